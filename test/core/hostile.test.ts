/*
 * Hostile inputs: whatever a console hands to the parser, it must not throw, and must return null or a
 * well-formed, frozen `KusciaErrorInfo` that says what could be read. Nothing here is timed: speed is for
 * `npm run bench`; what keeps hostile text cheap (every scan is capped) is checked as a length.
 */
import { describe, expect, it } from 'vitest';
import { KusciaApiError, isKusciaApiError } from '../../src/core/api-error';
import { parseKusciaError } from '../../src/core/parse';
import { parseKusciaResponse } from '../../src/core/response';
import { shouldRetryKusciaError } from '../../src/core/retry';
import { unwrapKusciaResponse } from '../../src/core/unwrap';
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

/** What an unreadable value gives: a failure of unknown source that claims nothing. */
const NOTHING_READ = {
  source: 'unknown',
  code: null,
  serverMessage: null,
  httpStatus: null,
  details: null,
} as const;

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
    expect(parse(a)).toMatchObject({ source: 'unknown', code: null, serverMessage: 'a' });
  });

  it('an axios-like error whose response is itself, and an info that points back', () => {
    const error: Record<string, unknown> = { message: 'self' };
    error.response = error;
    error.info = error;
    error.data = error;
    error.cause = error;
    expect(parse(error)).toMatchObject({ source: 'unknown', code: null, serverMessage: 'self' });
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
      expect(parse(value), key).toMatchObject(NOTHING_READ);
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
    expect(parse(value)).toMatchObject(NOTHING_READ);
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
    expect(parse(new Weird())).toMatchObject(NOTHING_READ);
  });

  it('on response.data and response.status', () => {
    const response = Object.defineProperties(
      {},
      { data: { get: throwing }, status: { get: throwing } },
    );
    expect(parse({ isAxiosError: true, response })).toMatchObject(NOTHING_READ);
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
    expect(parse(proxy)).toMatchObject(NOTHING_READ);
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
    expect(parse(proxy)).toMatchObject(NOTHING_READ);
    // The same object as a cause, a response and a status: what lies around it is still read.
    expect(parse(new Error('wrapped', { cause: proxy }))).toMatchObject({
      source: 'unknown',
      serverMessage: 'wrapped',
    });
    expect(parse({ response: proxy })).toMatchObject(NOTHING_READ);
    expect(parse({ status: proxy })).toMatchObject(NOTHING_READ);
    expect(parse({ status: { code: 11305, details: proxy } })).toMatchObject({
      source: 'kuscia',
      code: 11305,
      details: null,
    });
  });

  it('a Proxy array with a throwing get trap as status.details keeps the code', () => {
    const details = new Proxy([], { get: throwing });
    expect(parse({ status: { code: 11305, message: 'm', details } })).toMatchObject({
      source: 'kuscia',
      code: 11305,
      serverMessage: 'm',
      details: null,
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
    expect(parse(Symbol('x'))).toMatchObject(NOTHING_READ);
    expect(parse(Symbol.for('11305'))).toMatchObject(NOTHING_READ);
    expect(parse({ status: { code: Symbol('c'), message: Symbol('m') } })).toMatchObject(
      NOTHING_READ,
    );
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
    expect(parse(true)).toMatchObject(NOTHING_READ);
    expect(parse(false)).toMatchObject(NOTHING_READ);
  });

  it('functions', () => {
    expect(parse(() => undefined)).toMatchObject(NOTHING_READ);
    expect(parse(function named() {})).toMatchObject(NOTHING_READ);
    expect(
      parse(
        class Empty {
          readonly marker = 1;
        },
      ),
    ).toMatchObject(NOTHING_READ);
    expect(parse(() => Promise.reject(new Error('x')))).toMatchObject(NOTHING_READ);
    // A function is an object: a status hung on it is read like any other.
    expect(parse(Object.assign(() => undefined, { status: { code: 11305 } }))).toMatchObject({
      source: 'kuscia',
      code: 11305,
    });
  });

  it('Object.create(null), with and without a status', () => {
    expect(parse(Object.create(null))).toMatchObject(NOTHING_READ);
    const bare = Object.assign(Object.create(null) as object, { code: 11306, message: 'exists' });
    expect(parse(bare)).toMatchObject({ code: 11306 });
    const status = Object.assign(Object.create(null) as object, { code: 11305 });
    expect(parse(Object.assign(Object.create(null) as object, { status }))).toMatchObject({
      code: 11305,
    });
  });

  it('arrays: a list is not an envelope, even a list of envelopes', () => {
    for (const value of [
      [],
      [1, 2, 3],
      [{ status: { code: 11305 } }],
      new Array(1_000_000),
      new Uint8Array(16),
    ]) {
      expect(parse(value)).toMatchObject(NOTHING_READ);
    }
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
      expect(parse(value)).toMatchObject(NOTHING_READ);
    }
  });

  it('boxed primitives are objects, not codes', () => {
    for (const value of [
      new String('11305'),
      new Number(11305),
      Object(Symbol('s')) as object,
      Object(10n) as object,
    ]) {
      expect(parse(value)).toMatchObject(NOTHING_READ);
    }
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
    expect(parse({ status: { code: tricky } })).toMatchObject(NOTHING_READ);
    const exploding = { valueOf: throwing, toString: throwing, [Symbol.toPrimitive]: throwing };
    expect(parse({ status: { code: exploding, message: exploding } })).toMatchObject(NOTHING_READ);
    expect(parse(exploding)).toMatchObject(NOTHING_READ);
  });

  it('an object with a huge number of keys', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 100_000; i += 1) wide[`k${i}`] = i;
    expect(parse(wide)).toMatchObject(NOTHING_READ);
    const info = parse({ status: { code: 11305, details: wide } });
    expect(info).toMatchObject({ source: 'kuscia', code: 11305 });
    expect(info.details).toHaveLength(4000);
    expect(info.details?.startsWith('{"k0":0,"k1":1,')).toBe(true);
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
    expect(info).toMatchObject({ source: 'unknown', code: null });
    expect(info.serverMessage).toHaveLength(2000);
    expect(info.serverMessage?.startsWith('{"status":{"code":11305,"message":"aaa')).toBe(true);
  });

  // Past MAX_PARSED_BODY_LENGTH (1 MB) text is not parsed as JSON: its head is kept as the message.
  it('a 5 MB valid JSON envelope given as text', () => {
    const text = JSON.stringify({
      status: { code: 11305, message: 'm'.repeat(FIVE_MB) },
      data: null,
    });
    const info = parse(text);
    expect(info).toMatchObject({ source: 'unknown', code: null });
    expect(info.serverMessage).toHaveLength(2000);
    expect(info.serverMessage?.startsWith('{"status":{"code":11305,"message":"mmm')).toBe(true);
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
    const info = parse('1'.repeat(FIVE_MB));
    expect(info).toMatchObject({ source: 'unknown', code: null });
    expect(info.serverMessage).toBe(`${'1'.repeat(1999)}…`);
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
    expect(info).toMatchObject({ source: 'http', httpStatus: 503 });
    // A plain-text body's words are cut at 300 characters (an HTML title's too).
    expect(info.serverMessage).toBe(`${'z'.repeat(299)}…`);
  });

  it('a message after more than 4000 leading spaces is kept', () => {
    const info = parse({
      status: { code: 11305, message: `${' '.repeat(5000)}domain bob not found` },
    });
    expect(info.serverMessage).toBe('domain bob not found');
  });

  it('lone surrogates and control characters', () => {
    const info = parse({ status: { code: 11305, message: '\ud800\u0000\u202e\udfff abc' } });
    expect(info).toMatchObject({
      code: 11305,
      serverMessage: '\ud800\u0000\u202e\udfff abc',
    });
  });

  // A page of unclosed tags once cost quadratic time. The patterns cannot cross a `<` now, and only the
  // first 16 KiB of a page is scanned: a title past that is never looked for. (Speed is the bench's.)
  it('reads only the head of an HTML-looking body full of unclosed tags', () => {
    const body = `<html>${'<title'.repeat(16_000)}<title>Late</title>`;
    const info = parse(body);
    expect(info).toMatchObject({ source: 'unknown', code: null });
    expect(info.serverMessage).toBe(`${'<title'.repeat(49)}<titl…`);
    expect(info.serverMessage).not.toContain('Late');
  });

  it('finds the title of a page only in its first 16 KiB', () => {
    const early = `<html><head><title>Early</title></head><body>${'x'.repeat(20_000)}</body></html>`;
    expect(parse(early).serverMessage).toBe('Early');
    const late = `<html><body>${' '.repeat(20_000)}<title>Late</title></body></html>`;
    expect(parse(late)).toMatchObject({ source: 'unknown', serverMessage: null });
  });
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
    // Nesting is followed four levels deep: the code at the bottom is out of reach.
    expect(parse(value)).toMatchObject(NOTHING_READ);
  });

  it('100 000-deep nested details arrays', () => {
    const details: unknown[] = [];
    let current = details;
    for (let i = 0; i < 100_000; i += 1) {
      const next: unknown[] = [];
      current.push(next);
      current = next;
    }
    const info = parse({ status: { code: 11305, message: 'm', details } });
    expect(info).toMatchObject({ code: 11305, serverMessage: 'm' });
    // Too deep for JSON.stringify (it overflows the stack): no details rather than no answer.
    expect(info.details).toBeNull();
  });

  it('a deep cause chain passed to the rest of the API', async () => {
    let error: unknown = new TypeError('Failed to fetch');
    for (let i = 0; i < 10_000; i += 1) error = new Error(`w${i}`, { cause: error });
    // The network failure at the bottom is out of reach: an unknown failure, not retried.
    expect(shouldRetryKusciaError(0, error)).toBe(false);
    expect(() => unwrapKusciaResponse(error)).toThrow('[unknown] w9999');
    expect(await parseKusciaResponse(error as Response)).toMatchObject({
      source: 'unknown',
      serverMessage: 'w9999',
    });
  });
});

describe('objects that borrow an issued info', () => {
  it('an object whose prototype is an issued info is rebuilt, and its fields can be read', () => {
    const issued = parse({ status: { code: 11306, message: 'exists' } });
    for (const borrowed of [
      Object.create(issued) as object,
      Object.create(Object.getPrototypeOf(issued) as object) as object,
    ]) {
      const info = parse(borrowed);
      expect(info).not.toBe(borrowed);
      expect([info.reason, info.retryable, info.severity]).toEqual([
        null,
        expect.any(Boolean),
        expect.any(String),
      ]);
    }
    expect(parse(Object.create(issued))).toMatchObject({
      code: 11306,
      serverMessage: 'exists',
      severity: 'warning',
    });
  });
});

describe('forged KusciaApiError brands', () => {
  const BRAND = Symbol.for('kuscia-error-kit.KusciaApiError');

  it('a brand without an info object is not a KusciaApiError', () => {
    expect(isKusciaApiError({ [BRAND]: true })).toBe(false);
    expect(isKusciaApiError({ [BRAND]: true, info: 11305 })).toBe(false);
    expect(isKusciaApiError({ [BRAND]: 'yes', info: {} })).toBe(false);
    expect(parse({ [BRAND]: true, info: 'x' })).toMatchObject(NOTHING_READ);
  });

  it('a branded object with a malformed info still gives a well-formed info', () => {
    expect(parse({ [BRAND]: true, info: { serverMessage: {}, code: 'x' } })).toMatchObject(
      NOTHING_READ,
    );
    expect(
      parse({ [BRAND]: true, info: { source: 'http', httpStatus: 502, serverMessage: 'bad' } }),
    ).toMatchObject({ source: 'http', httpStatus: 502, serverMessage: 'bad', retryable: true });
  });
});

// Public functions called from untyped code. Each of these once threw or said "undefined".
describe('public functions given the wrong types', () => {
  it('KusciaApiError rebuilds an info it did not get', () => {
    const fromNull = new KusciaApiError(null as never);
    expect(fromNull.info).toMatchObject(NOTHING_READ);
    expect(fromNull.message).toBe('[unknown]');
    expect(isKusciaApiError(fromNull)).toBe(true);
    const fromString = new KusciaApiError('boom' as never);
    expect(fromString.info).toMatchObject(NOTHING_READ);
    expect(fromString.message).toBe('[unknown]');
    const fromFields = new KusciaApiError({ code: 11305, serverMessage: 'nf' } as never);
    expect(fromFields.message).toBe('[Kuscia 11305] nf');
    expect(fromFields.info.definition?.key).toBe('KusciaAPIErrDomainNotExists');
  });

  it('parseKusciaResponse parses a value that is not a Response instead of calling it no error', async () => {
    const envelope = { status: { code: 11305, message: 'nf', details: [] } };
    expect((await parseKusciaResponse(envelope as never))?.code).toBe(11305);
    expect(await parseKusciaResponse(null as never)).toBeNull();
    expect(await parseKusciaResponse('<html>502</html>' as never)).toMatchObject({
      source: 'unknown',
      serverMessage: '502',
    });
  });
});
