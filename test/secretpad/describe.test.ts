/*
 * SecretPad bodies described with the real catalogue registered: what the title says when the server message
 * gives the value of `{0}`, when it does not, and when the Kuscia failure inside decides retrying. Messages
 * as SecretPad v0.12.0b0 writes them (messages_*.properties, test/fixtures/secretpad), older ones noted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKusciaError } from '../../src/core/parse';
import { registerKusciaCatalog } from '../../src/core/registry';
import { shouldRetryKusciaError } from '../../src/core/retry';
import type { KusciaErrorInfo } from '../../src/core/types';
import { describeKusciaError } from '../../src/i18n/describe';
import '../../src/locales/zh-CN/index';
import { secretpad } from '../../src/secretpad';

const body = (code: number, msg: string) => ({ status: { code, msg }, data: null });

function parse(input: unknown): KusciaErrorInfo {
  const info = parseKusciaError(input);
  if (info === null) throw new Error('no failure parsed');
  return info;
}

beforeAll(() => {
  registerKusciaCatalog(secretpad);
});

describe('a title whose {0} sits inside the sentence', () => {
  it('is filled when the message gives the value', () => {
    const info = parse(body(202011600, '用户名或密码错误，剩余重试次数4次'));
    expect(describeKusciaError(info, 'en-US').title).toBe(
      'Username or password error,remaining retry 4 attempts',
    );
  });

  it.each([
    // P2pDataInit throws USER_NOT_FOUND without an argument: SecretPad sends its template unfilled.
    [
      202011600,
      '用户名或密码错误，剩余重试次数{0}次',
      'Wrong user name or password',
      '用户名或密码错误',
    ],
    // SecretPad before v0.4 (7a5791b): no count in the text.
    [202011601, '用户名或密码错误', 'Wrong user name or password', '用户名或密码错误'],
    [
      202011603,
      'Login is locked, Please try again in {0} minutes',
      'Sign-in is locked; try again later',
      '登录已被锁定，请稍后再试',
    ],
    [
      202011604,
      '重置密码功能被锁定,请{0}分钟后再试',
      'Password reset is locked; try again later',
      '重置密码功能已被锁定，请稍后再试',
    ],
  ])('is the kit`s own title when it does not: %i %s', (code, msg, en, zh) => {
    const info = parse(body(code, msg));
    expect(describeKusciaError(info, 'en-US').title).toBe(en);
    expect(describeKusciaError(info, 'zh-CN').title).toBe(zh);
  });

  it('is the kit`s own title for the code alone', () => {
    expect(describeKusciaError(202011603, 'en-US').title).toBe(
      'Sign-in is locked; try again later',
    );
  });
});

describe('lockouts', () => {
  it('a locked sign-in says for how long, in the UI`s language, from either version`s wording', () => {
    for (const msg of ['登录已被锁定，请30分钟后再试', '账号已被锁定，请30分钟后再试']) {
      const info = parse(body(202011603, msg));
      expect(describeKusciaError(info, 'en-US').title).toBe(
        'Sign-in is locked; try again in 30 minutes',
      );
    }
  });

  it('a locked password reset says so, not that sign-in is locked', () => {
    const info = parse(body(202011604, '重置密码功能被锁定,请15分钟后再试'));
    expect(info.reason).toBeNull();
    expect(describeKusciaError(info, 'en-US').title).toBe(
      'The reset password function has been locked, please try again in 15 minutes',
    );
    expect(describeKusciaError(info, 'zh-CN').title).toBe('重置密码功能被锁定,请15分钟后再试');
  });
});

describe('the Kuscia failure inside decides retrying', () => {
  it('RPC_ERROR (retryable as a code) wrapping "not found" is not retried', () => {
    const info = parse(
      body(202012101, 'Kuscia grpc error: domains.kuscia.secretflow "bob" not found'),
    );
    expect(info).toMatchObject({ source: 'secretpad', known: true, retryable: false });
    expect(describeKusciaError(info, 'en-US').title).toBe('Domain “bob” does not exist');
    expect(shouldRetryKusciaError(0, info)).toBe(false);
  });
});

describe('a code the catalogue does not know', () => {
  it('is still SecretPad`s answer, with its message as the next step', () => {
    const info = parse(body(202099999, '某个新的错误: 详情xyz'));
    expect(info).toMatchObject({ source: 'secretpad', known: false });
    expect(describeKusciaError(info, 'en-US')).toMatchObject({
      title: 'Unrecognized error code 202099999',
      resolution: '某个新的错误: 详情xyz',
    });
  });

  it('reads the Kuscia failure inside a gRPC code SecretPad folded in', () => {
    const info = parse(body(5, 'kusciajobs.kuscia.secretflow "job-1" not found'));
    expect(info).toMatchObject({ source: 'secretpad', code: 5 });
    expect(info.reason).toMatchObject({ family: 'notFound', kind: 'Job', name: 'job-1' });
  });
});

describe('a next step that fits every call site of its code', () => {
  it('FEATURE_TABLE_IP_FILTER names any address the user entered, not only a feature service', () => {
    // secretflow/secretpad#320: a MinIO data source at http://192.168.x.x:9000, refused by HttpUtils.detection.
    const info = parse(body(202012302, '禁止内网IP'));
    expect(describeKusciaError(info, 'en-US')).toMatchObject({
      title: 'feature table http url ip is not allow',
      resolution:
        'The address you entered (a data source endpoint such as OSS or MinIO, a feature service URL or an HTTP datatable) is an internal or loopback address, which SecretPad refuses. Use an address that is not internal.',
    });
  });
});
