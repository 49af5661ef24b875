import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSecretPadMessage, secretpadCodes } from '../../src/secretpad';

/* Whatever a console hands over, readMessage neither throws nor hangs. */
const read = readSecretPadMessage as (code: unknown, message: unknown) => unknown;

function readSafely(code: unknown, message: unknown): unknown {
  let reading: unknown;
  expect(() => {
    reading = read(code, message);
  }).not.toThrow();
  return reading;
}

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;

describe('hostile input', () => {
  it.each([
    ['null message', 202011602, null],
    ['undefined message', 202011602, undefined],
    ['number message', 202011602, 42],
    ['object message', 202011602, { msg: '用户认证失败: auth failed' }],
    ['cyclic message', 202011602, cyclic],
    ['string code', '202011602', '用户认证失败: auth failed'],
    ['NaN code', Number.NaN, '用户认证失败: auth failed'],
    ['Infinity code', Number.POSITIVE_INFINITY, '用户认证失败: auth failed'],
    ['object code', { valueOf: (): number => 202011602 }, '用户认证失败: auth failed'],
    ['a String object', 202011602, Object('用户认证失败: auth failed')],
  ])('%s gives nothing', (_case, code, message) => {
    expect(readSafely(code, message)).toBeNull();
  });

  it('reads only the first 8 KiB of a 1 MB message, quickly', () => {
    const huge = `节点创建失败: alice node create fail in kuscia :${'x'.repeat(1024 * 1024)}`;
    const started = performance.now();
    const reading = readSafely(202011402, huge) as {
      values: { '0': string };
      kusciaMessage: string;
    };
    expect(performance.now() - started).toBeLessThan(200);
    expect(reading.values['0'].length).toBe(8192 - '节点创建失败: '.length);
    expect(reading.kusciaMessage).toMatch(/^x+$/);
  });

  it('a 1 MB lockout message is not a lockout', () => {
    expect(
      readSafely(202011603, `登录已被锁定，请${'9'.repeat(1024 * 1024)}分钟后再试`),
    ).toBeNull();
  });

  it.each([
    ['a trailing backslash', 'message: "abc\\'],
    ['a run of backslashes', `message: "${'\\'.repeat(100_000)}`],
    ['octal escapes past 0xff', 'message: "\\777\\400"'],
    ['a lone surrogate', 'message: "\ud800 \udfff"'],
    ['quotes only', `message: ${'"'.repeat(100_000)}`],
    ['a huge code', 'code: 99999999999999999999\nmessage: "x"'],
  ])('a protobuf Status with %s', (_case, status) => {
    readSafely(202011100, `入参校验失败: failed to query domain data sources ${status}`);
  });

  it('any code and any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...secretpadCodes), fc.integer(), fc.double()),
        fc.string({ maxLength: 300, unit: 'binary' }),
        (code, message) => {
          readSafely(code, message);
        },
      ),
    );
  });

  it('any argument inside any template', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '节点创建失败: ',
          '入参校验失败: failed to query domain data sources ',
          '入参校验失败: failed to query domain data sources code: 1\nmessage: "',
          '用户认证失败: ',
          '登录已被锁定，请',
          '路由删除失败 ',
        ),
        fc.string({ maxLength: 300, unit: 'binary' }),
        fc.constantFrom(...secretpadCodes),
        (prefix, tail, code) => {
          readSafely(code, prefix + tail);
        },
      ),
    );
  });
});
