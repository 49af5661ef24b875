/*
 * Hostile inputs: whatever a console hands to the parser, it must neither throw nor hang, and must return
 * null or a well-formed, frozen `KusciaErrorInfo`. (Timings are printed by nothing and asserted nowhere,
 * except in the one `it.fails` below that pins a super-linear slowdown.)
 */
import { describe, expect, it } from 'vitest';
import { parseKusciaError } from '../../src/core/parse';
import { parseKusciaResponse } from '../../src/core/response';
import { shouldRetryKusciaError } from '../../src/core/retry';
import { unwrapKusciaResponse } from '../../src/core/unwrap';
import { isKusciaApiError } from '../../src/core/api-error';
import { assertWellFormed } from './helpers';

const FIVE_MB = 5 * 1024 * 1024;

function parse(input: unknown) {
  let info: ReturnType<typeof parseKusciaError> = null;
  expect(() => {
    info = parseKusciaError(input);
  }).not.toThrow();
  assertWellFormed(info);
  return info as unknown as NonNullable<ReturnType<typeof parseKusciaError>>;
}

function throwing(): never {
  throw new Error('getter exploded');
}

describe('cycles', () => {
  it('an envelope whose status.details contains the envelope itself', () => {
    const body: { status: { code: number; message: string; details: unknown[] }; data: null } = {
      status: { code: 11305, message: 'domain bob not found', details: [] },
      data: null,
    };
    body.status.details.push(body, body.status);
    const info = parse(body);
    expect(info).toMatchObject({
      code: 11305,
      source: 'kuscia',
      serverMessage: 'domain bob not found',
    });
    expect(info.details).toContain('[Circular]');
  });

  it('an error that is its own cause', () => {
    const error = new Error('loop');
    Object.defineProperty(error, 'cause', { value: error });
    expect(parse(error)).toMatchObject({ source: 'unknown', serverMessage: 'loop' });
  });

  it('two errors that are each other’s cause', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.defineProperty(a, 'cause', { value: b });
    expect(parse(a).source).toBe('unknown');
  });

  it('an axios-like error whose response is itself, and an info that points back', () => {
    const error: Record<string, unknown> = { message: 'self' };
    error.response = error;
    error.info = error;
    error.data = error;
    error.cause = error;
    expect(parse(error).source).toBe('unknown');
  });

  it('a cycle that also carries a code', () => {
    const status: Record<string, unknown> = { code: 11103, message: 'master down' };
    status.details = { again: status };
    status.self = status;
    expect(parse({ status })).toMatchObject({ code: 11103, retryable: true });
  });
});

describe('throwing getters', () => {
  it('on status, code, message and response', () => {
    for (const key of [
      'status',
      'code',
      'message',
      'msg',
      'response',
      'cause',
      'name',
      'info',
      'data',
      'details',
    ]) {
      const value = Object.defineProperty({}, key, { get: throwing, enumerable: true });
      parse(value);
    }
  });

  it('on every property at once', () => {
    const value = {};
    for (const key of [
      'status',
      'code',
      'message',
      'response',
      'cause',
      'name',
      'ok',
      'headers',
      'text',
    ]) {
      Object.defineProperty(value, key, { get: throwing, enumerable: true });
    }
    expect(parse(value).source).toBe('unknown');
  });

  it('inside the status, keeping what can be read', () => {
    const status = Object.defineProperty({ code: 11305 }, 'message', {
      get: throwing,
      enumerable: true,
    });
    expect(parse({ status })).toMatchObject({ code: 11305, serverMessage: null });
  });

  it('on a details entry (details cannot be serialized)', () => {
    const details = [Object.defineProperty({}, 'x', { get: throwing, enumerable: true })];
    expect(parse({ status: { code: 11305, message: 'm', details } })).toMatchObject({
      code: 11305,
      details: null,
    });
  });

  it('on an Error subclass', () => {
    class Weird extends Error {
      override get message(): string {
        return throwing();
      }
      override get name(): string {
        return throwing();
      }
    }
    parse(new Weird());
  });

  it('on response.data and response.status', () => {
    const response = Object.defineProperties(
      {},
      { data: { get: throwing }, status: { get: throwing } },
    );
    parse({ isAxiosError: true, response });
  });

  it('a toJSON that throws inside details', () => {
    const info = parse({ status: { code: 11101, message: 'm', details: [{ toJSON: throwing }] } });
    expect(info).toMatchObject({ code: 11101, details: null });
  });
});

describe('proxies', () => {
  it('a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ status: { code: 11305 } }, {});
    revoke();
    expect(parse(proxy).source).toBe('unknown');
  });

  it('a revoked Proxy array as status.details keeps the code', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(parse({ status: { code: 11305, message: 'm', details: proxy } })).toMatchObject({
      code: 11305,
      details: null,
    });
  });

  it('a Proxy whose every trap throws', () => {
    const handler = new Proxy(
      {},
      {
        get() {
          return throwing;
        },
      },
    );
    const proxy = new Proxy({}, handler);
    expect(parse(proxy).source).toBe('unknown');
    // The same object as a cause, a response and a status.
    parse(new Error('wrapped', { cause: proxy }));
    parse({ response: proxy });
    parse({ status: proxy });
    parse({ status: { code: 11305, details: proxy } });
  });

  // BUG: a Proxy of an array whose `get` trap throws, used as status.details, makes `readStatus` throw on
  // `rawDetails.length` (safeIsArray sees through the Proxy, `.length` is read unguarded), so the whole
  // envelope degrades to source 'unknown' and the code 11305 is lost.
  it('a Proxy array with a throwing get trap as status.details keeps the code', () => {
    const details = new Proxy([], { get: throwing });
    expect(parse({ status: { code: 11305, message: 'm', details } })).toMatchObject({
      code: 11305,
    });
  });

  it('a Proxy that pretends to be a Response', () => {
    const fake = new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'status') return 401;
          if (key === 'ok') return false;
          if (key === 'headers') return {};
          if (key === 'text') return () => Promise.reject(new Error('no'));
          return undefined;
        },
      },
    );
    expect(parse(fake)).toMatchObject({ source: 'http', httpStatus: 401 });
  });
});

describe('primitives and odd objects', () => {
  it('symbols', () => {
    expect(parse(Symbol('x')).source).toBe('unknown');
    expect(parse(Symbol.for('11305')).source).toBe('unknown');
    parse({ status: { code: Symbol('c'), message: Symbol('m') } });
  });

  it('bigint codes', () => {
    expect(parse(11305n)).toMatchObject({ code: 11305, known: true });
    expect(parse({ status: { code: 11103n, message: 'm' } })).toMatchObject({
      code: 11103,
      retryable: true,
    });
    expect(parse(10n ** 30n)).toMatchObject({ code: null, source: 'unknown' });
    expect(parse(-(10n ** 30n))).toMatchObject({ code: null, source: 'unknown' });
    expect(parse({ status: { code: 2n ** 64n } }).source).toBe('unknown');
    expect(
      parse({ status: { code: 11305, message: 'm', details: [{ big: 10n ** 30n }] } }).details,
    ).toContain('1000000000000000000000000000000');
  });

  it('booleans', () => {
    expect(parse(true).source).toBe('unknown');
    expect(parse(false).source).toBe('unknown');
  });

  it('functions', () => {
    parse(() => undefined);
    parse(function named() {});
    parse(
      class Empty {
        readonly marker = 1;
      },
    );
    parse(Object.assign(() => undefined, { status: { code: 11305 } }));
    parse(() => Promise.reject(new Error('x')));
  });

  it('Object.create(null), with and without a status', () => {
    expect(parse(Object.create(null)).source).toBe('unknown');
    const bare = Object.assign(Object.create(null) as object, { code: 11306, message: 'exists' });
    expect(parse(bare)).toMatchObject({ code: 11306 });
    const status = Object.assign(Object.create(null) as object, { code: 11305 });
    expect(parse(Object.assign(Object.create(null) as object, { status }))).toMatchObject({
      code: 11305,
    });
  });

  it('arrays', () => {
    parse([]);
    parse([1, 2, 3]);
    parse([{ status: { code: 11305 } }]);
    parse(new Array(1_000_000));
    parse(new Uint8Array(16));
  });

  it('Date, Map, Set, RegExp, WeakMap, Promise, ArrayBuffer', () => {
    for (const value of [
      new Date(Number.NaN),
      new Date(),
      new Map([['status', { code: 11305 }]]),
      new Set([11305]),
      /11305/,
      new WeakMap(),
      Promise.resolve(11305),
      new ArrayBuffer(8),
    ]) {
      expect(parse(value).source).toBe('unknown');
    }
  });

  it('boxed primitives', () => {
    parse(new String('11305'));
    parse(new Number(11305));
    parse(Object(Symbol('s')));
    parse(Object(10n));
  });

  it('frozen and sealed objects', () => {
    const body = Object.freeze({
      status: Object.freeze({ code: 11305, message: 'm', details: Object.freeze([]) }),
    });
    expect(parse(body)).toMatchObject({ code: 11305, serverMessage: 'm' });
    expect(parse(Object.seal(new Error('sealed')))).toMatchObject({ serverMessage: 'sealed' });
    expect(parse(Object.freeze(new TypeError('Failed to fetch')))).toMatchObject({
      source: 'network',
    });
  });

  it('a code that is an object with valueOf / toString', () => {
    const tricky = { valueOf: () => 11305, toString: () => '11305' };
    expect(parse({ status: { code: tricky } }).source).toBe('unknown');
    const exploding = { valueOf: throwing, toString: throwing, [Symbol.toPrimitive]: throwing };
    parse({ status: { code: exploding, message: exploding } });
    parse(exploding);
  });

  it('an object with a huge number of keys', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 100_000; i += 1) wide[`k${i}`] = i;
    parse(wide);
    parse({ status: { code: 11305, details: wide } });
  });
});

describe('huge strings', () => {
  it('a 5 MB plain string', () => {
    const info = parse('x'.repeat(FIVE_MB));
    expect(info.source).toBe('unknown');
    expect(info.serverMessage?.length).toBeLessThanOrEqual(2000);
  });

  it('a 5 MB JSON-looking but invalid string', () => {
    const text = `{"status":{"code":11305,"message":"${'a'.repeat(FIVE_MB)}`;
    const info = parse(text);
    expect(info.serverMessage?.length ?? 0).toBeLessThanOrEqual(2000);
  });

  it('a 5 MB valid JSON envelope given as text', () => {
    const text = JSON.stringify({
      status: { code: 11305, message: 'm'.repeat(FIVE_MB) },
      data: null,
    });
    const info = parse(text);
    expect(info.serverMessage?.length ?? 0).toBeLessThanOrEqual(2000);
  });

  it('a 5 MB message inside an envelope is capped at 2000 characters', () => {
    const info = parse({
      status: { code: 11305, message: 'm'.repeat(FIVE_MB), details: [] },
      data: null,
    });
    expect(info.code).toBe(11305);
    expect(info.serverMessage?.length).toBeLessThanOrEqual(2000);
    expect(info.serverMessage?.startsWith('mmmm')).toBe(true);
  });

  it('5 MB of whitespace', () => {
    expect(parseKusciaError(' '.repeat(FIVE_MB))).toBeNull();
  });

  it('5 MB of digits', () => {
    expect(parse('1'.repeat(FIVE_MB)).source).toBe('unknown');
  });

  it('a 5 MB HTML page', () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body>${'<p>x</p>'.repeat(FIVE_MB / 8)}</body></html>`;
    const info = parse(html);
    expect(info.serverMessage).toBe('502 Bad Gateway');
    expect(parse({ response: { status: 502, data: html } })).toMatchObject({
      httpStatus: 502,
      serverMessage: '502 Bad Gateway',
    });
  });

  it('5 MB details', () => {
    const info = parse({ status: { code: 11305, message: 'm', details: ['d'.repeat(FIVE_MB)] } });
    expect(info.details?.length).toBeLessThanOrEqual(4000);
  });

  it('a 5 MB body through parseKusciaResponse', async () => {
    const info = await parseKusciaResponse(new Response('z'.repeat(FIVE_MB), { status: 503 }));
    assertWellFormed(info);
    expect(info.serverMessage?.length).toBeLessThanOrEqual(2000);
  });

  // BUG (minor): toMessage (src/core/safe.ts) cuts the text to 2 × 2000 characters *before* trimming, so a
  // message with more than 4000 leading whitespace characters becomes null although it has words.
  // Fix: trimStart() first (or skip leading whitespace with a bounded scan), then cut.
  it('a message after more than 4000 leading spaces is kept', () => {
    const info = parse({
      status: { code: 11305, message: `${' '.repeat(5000)}domain bob not found` },
    });
    expect(info.serverMessage).toBe('domain bob not found');
  });

  it('lone surrogates and control characters', () => {
    const info = parse({ status: { code: 11305, message: '\ud800\u0000\u202e\udfff abc' } });
    expect(info.code).toBe(11305);
  });

  // BUG: htmlToText (src/core/safe.ts) runs backtracking regexes over the whole body: `<title[^>]*>…` and
  // `<[^>]*>` rescan to the end of the text from every `<` that is never closed, so an HTML-looking body
  // below the 1 MB parse cap (or of any size through parseKusciaResponse / axios response.data) costs
  // O(n²): over a second for this 96 KB input, minutes at 1 MB, with the main thread blocked.
  it(
    'an HTML-looking body full of unclosed tags parses in linear time',
    { timeout: 120_000 },
    () => {
      const body = `<html>${'<title'.repeat(16_000)}`;
      const started = performance.now();
      parse(body);
      expect(performance.now() - started).toBeLessThan(300);
    },
  );
});

describe('deep nesting', () => {
  it('a 10 000-deep cause chain (built iteratively) does not overflow the stack', () => {
    let error: Error = new Error('root', { cause: { status: { code: 11305 } } });
    for (let i = 0; i < 10_000; i += 1) error = new Error(`level ${i}`, { cause: error });
    const info = parse(error);
    expect(info.serverMessage).toBe('level 9999');
  });

  it('a 10 000-deep plain object chain through cause, response and data', () => {
    let value: Record<string, unknown> = { status: { code: 11305 } };
    for (let i = 0; i < 10_000; i += 1) value = { cause: value, response: { data: value } };
    parse(value);
  });

  it('100 000-deep nested details arrays', () => {
    const details: unknown[] = [];
    let current = details;
    for (let i = 0; i < 100_000; i += 1) {
      const next: unknown[] = [];
      current.push(next);
      current = next;
    }
    expect(parse({ status: { code: 11305, message: 'm', details } })).toMatchObject({
      code: 11305,
    });
  });

  it('a deep cause chain passed to the rest of the API', async () => {
    let error: unknown = new TypeError('Failed to fetch');
    for (let i = 0; i < 10_000; i += 1) error = new Error(`w${i}`, { cause: error });
    expect(() => shouldRetryKusciaError(0, error)).not.toThrow();
    expect(() => unwrapKusciaResponse(error)).toThrow();
    expect(await parseKusciaResponse(new Response(null, { status: 500 }))).not.toBeNull();
  });
});

describe('forged KusciaApiError brands', () => {
  const BRAND = Symbol.for('kuscia-error-kit.KusciaApiError');

  it('a brand without an info object is not a KusciaApiError', () => {
    expect(isKusciaApiError({ [BRAND]: true })).toBe(false);
    expect(isKusciaApiError({ [BRAND]: true, info: 11305 })).toBe(false);
    expect(isKusciaApiError({ [BRAND]: 'yes', info: {} })).toBe(false);
    parse({ [BRAND]: true, info: 'x' });
  });

  // BUG: parseObject returns `value.info` of anything branded with the registered symbol as is, so a forged
  // or foreign-version object yields an "info" that is neither frozen nor well-formed (here serverMessage is
  // an object, which React cannot render). Fix: validate the branded info's fields (or re-run toErrorInfo on
  // them) before returning it.
  it('a branded object with a malformed info still gives a well-formed info', () => {
    parse({ [BRAND]: true, info: { serverMessage: {}, code: 'x' } });
  });
});

// Public functions called from untyped code. Each of these once threw or said "undefined".
describe('public functions given the wrong types', () => {
  it('KusciaApiError rebuilds an info it did not get', async () => {
    const { KusciaApiError } = await import('../../src/core/api-error');
    const fromNull = new KusciaApiError(null as never);
    expect(fromNull.info.source).toBe('unknown');
    expect(fromNull.message).toBe('[unknown]');
    expect(isKusciaApiError(fromNull)).toBe(true);
    const fromString = new KusciaApiError('boom' as never);
    expect(fromString.message).not.toContain('undefined');
    const fromFields = new KusciaApiError({ code: 11305, serverMessage: 'nf' } as never);
    expect(fromFields.message).toBe('[Kuscia 11305] nf');
    expect(fromFields.info.definition?.key).toBe('KusciaAPIErrDomainNotExists');
  });

  it('parseKusciaResponse parses a value that is not a Response instead of calling it no error', async () => {
    const { parseKusciaResponse } = await import('../../src/core/response');
    const envelope = { status: { code: 11305, message: 'nf', details: [] } };
    expect((await parseKusciaResponse(envelope as never))?.code).toBe(11305);
    expect(await parseKusciaResponse(null as never)).toBeNull();
    expect((await parseKusciaResponse('<html>502</html>' as never))?.source).toBe('unknown');
  });

  it('describeWithMessages names the mistake when messages is not a messages object', async () => {
    const { describeWithMessages } = await import('../../src/core/format');
    expect(() => describeWithMessages({} as never, 11305)).toThrow(
      /`messages` must be a locale's messages/,
    );
  });
});
