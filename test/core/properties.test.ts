/*
 * Property tests (fast-check). Each `fc.assert` below is one property; RUNS gives its number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeKusciaError,
  isKusciaApiError,
  KusciaApiError,
  kusciaErrorCodes,
  parseKusciaError,
  parseKusciaResponse,
  resolveKusciaLocale,
  shouldRetryKusciaError,
  unwrapKusciaResponse,
  type KusciaErrorInfo,
} from '../../src/entries/core';
// Loaded for its side effect: zh tags find Chinese text (P8, P9).
import '../../src/locales/zh-CN/index';
import { assertWellFormed } from './helpers';

const RUNS = 1000;

const tableCodes = kusciaErrorCodes.map((d) => d.code);

/** Everything fast-check can make, with every optional kind switched on. */
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
  maxDepth: 4,
});

/** Codes as servers and wrappers spell them, and things that are not codes. */
const codeArb = fc.oneof(
  fc.constantFrom(...tableCodes),
  fc.integer({ min: 1, max: 16 }),
  fc.constant(0),
  fc.integer(),
  fc.integer({ min: 100_000_000, max: 999_999_999 }),
  fc.maxSafeInteger(),
  fc.constantFrom(...tableCodes).map(String),
  fc.integer().map((n) => ` ${n} `),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.double(),
  anything,
);

const messageArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ maxLength: 5000 }),
  fc.constantFrom(
    '',
    '   ',
    'domains.kuscia.secretflow "bob" not found',
    '<script>alert(1)</script>',
  ),
  anything,
);

const statusArb = fc.record(
  {
    code: codeArb,
    message: messageArb,
    msg: messageArb,
    details: fc.oneof(fc.constant([]), fc.array(anything, { maxLength: 3 }), anything),
  },
  { requiredKeys: ['code'] },
);

const envelopeArb = fc.oneof(
  fc.record({ status: statusArb, data: anything }, { requiredKeys: ['status'] }),
  statusArb,
);

function toJsonSafely(value: unknown): string {
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols, whatever its typings say.
    const json = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'bigint' ? Number(v) : v,
    ) as string | undefined;
    return json ?? 'null';
  } catch {
    return '{}';
  }
}

/** The ways an envelope reaches the parser: as is, as text, inside axios, SWR and Error wrappers. */
const deliveredArb = fc
  .tuple(
    envelopeArb,
    fc.constantFrom('plain', 'json', 'axios', 'swr', 'cause', 'response-text'),
    fc.integer({ min: 100, max: 599 }),
  )
  .map(([envelope, how, httpStatus]) => {
    switch (how) {
      case 'json':
        return toJsonSafely(envelope);
      case 'axios':
        return {
          isAxiosError: true,
          message: 'Request failed',
          response: { status: httpStatus, data: envelope },
        };
      case 'swr':
        return Object.assign(new Error('An error occurred'), {
          info: envelope,
          status: httpStatus,
        });
      case 'cause':
        return new Error('wrapped', { cause: envelope });
      case 'response-text':
        return { response: { status: httpStatus, data: toJsonSafely(envelope) } };
      default:
        return envelope;
    }
  });

function parseChecked(input: unknown): KusciaErrorInfo | null {
  const info = parseKusciaError(input);
  if (info !== null) assertWellFormed(info);
  return info;
}

// Generous: thousands of runs share the CPU with the other test files.
describe('properties', { timeout: 60_000 }, () => {
  it('P1: parseKusciaError never throws on anything and returns null or a well-formed info', () => {
    fc.assert(
      fc.property(anything, (value) => {
        parseChecked(value);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('P2: parseKusciaError never throws on envelope-shaped values, however delivered', () => {
    fc.assert(
      fc.property(deliveredArb, (value) => {
        parseChecked(value);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('P3: an envelope with a non-zero integer code keeps that code, source kuscia', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.constantFrom(...tableCodes)).filter((c) => c !== 0),
        messageArb,
        (code, message) => {
          const info = parseChecked({ status: { code, message, details: [] }, data: null });
          expect(info?.code).toBe(code);
          expect(info?.source).toBe('kuscia');
          expect(info?.httpStatus).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P4: a string server message is kept trimmed and verbatim up to 2000 characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tableCodes),
        fc.string({ unit: 'binary', maxLength: 2100 }),
        (code, message) => {
          const info = parseChecked({ status: { code, message } });
          const trimmed = message.trim();
          if (trimmed === '') expect(info?.serverMessage).toBeNull();
          else if (trimmed.length <= 2000) expect(info?.serverMessage).toBe(trimmed);
          else expect(info?.serverMessage?.endsWith('…')).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P5: every table code in an envelope is parsed with that code and known', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tableCodes), fc.string(), (code, message) => {
        const info = parseChecked({ status: { code, message } });
        expect(info?.code).toBe(code);
        expect(info?.known).toBe(true);
        expect(info?.definition?.code).toBe(code);
      }),
      { numRuns: RUNS },
    );
  });

  it('P6: parseKusciaError(new KusciaApiError(info)) gives back the same code for any parsed info', () => {
    fc.assert(
      fc.property(fc.oneof(anything, deliveredArb), (value) => {
        const info = parseKusciaError(value);
        if (info === null) return;
        const error = new KusciaApiError(info);
        expect(isKusciaApiError(error)).toBe(true);
        const again = parseKusciaError(error);
        expect(again?.code).toBe(info.code);
        expect(again?.fingerprint).toBe(info.fingerprint);
      }),
      { numRuns: RUNS },
    );
  });

  it('P6b: an info given back is returned as it is, and its JSON is revived with the same fields', () => {
    fc.assert(
      fc.property(fc.oneof(anything, deliveredArb), (value) => {
        const info = parseKusciaError(value);
        if (info === null) return;
        expect(parseKusciaError(info)).toBe(info);
        // The input may not survive JSON (bigints, cycles); the fields that describe the failure must.
        const json = JSON.parse(JSON.stringify({ ...info, input: null })) as unknown;
        const revived = parseChecked(json);
        expect(revived).toMatchObject({
          code: info.code,
          source: info.source,
          serverMessage: info.serverMessage,
          details: info.details,
          httpStatus: info.httpStatus,
          fingerprint: info.fingerprint,
          retryable: info.retryable,
          severity: info.severity,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('P7: parsing is deterministic: the same input gives the same fingerprint, code and source', () => {
    fc.assert(
      fc.property(fc.oneof(anything, deliveredArb), (value) => {
        const a = parseKusciaError(value);
        const b = parseKusciaError(value);
        expect(b?.fingerprint).toBe(a?.fingerprint);
        expect(b?.code).toBe(a?.code);
        expect(b?.source).toBe(a?.source);
        expect(b?.serverMessage).toBe(a?.serverMessage);
      }),
      { numRuns: RUNS },
    );
  });

  it('P8: describeKusciaError never throws and gives non-empty strings for any integer code and any locale string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.constantFrom(...tableCodes),
          fc.integer({ min: -2, max: 20 }),
        ),
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom('zh', 'zh-CN', 'zh-Hant', 'en-GB', 'fr'),
        ),
        (code, locale) => {
          const text = describeKusciaError(code, locale);
          expect(typeof text.title).toBe('string');
          expect(typeof text.resolution).toBe('string');
          expect(text.title.trim().length).toBeGreaterThan(0);
          expect(text.resolution.trim().length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P9: describeKusciaError never throws for any parsed info, in either locale', () => {
    fc.assert(
      fc.property(
        fc.oneof(anything, deliveredArb),
        fc.constantFrom('zh-CN', 'en-US'),
        (value, locale) => {
          const info = parseKusciaError(value);
          if (info === null) return;
          const text = describeKusciaError(info, locale);
          expect(text.title.trim().length).toBeGreaterThan(0);
          expect(text.resolution.trim().length).toBeGreaterThan(0);
          expect(text.title).not.toMatch(/\{(code|status)\}/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P10: resolveKusciaLocale always returns one of the two locales', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `zh-${s}`),
          fc.string().map((s) => `en_${s}`),
          anything,
        ),
        (tag) => {
          expect(['zh-CN', 'en-US']).toContain(resolveKusciaLocale(tag as string));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P11: shouldRetryKusciaError never throws, is false from the third retry on, and follows info.retryable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 10 }),
        fc.oneof(anything, deliveredArb),
        (count, error) => {
          const retry = shouldRetryKusciaError(count, error);
          expect(typeof retry).toBe('boolean');
          if (count >= 3) expect(retry).toBe(false);
          else expect(retry).toBe(parseKusciaError(error)?.retryable === true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P12: unwrapKusciaResponse returns data for code 0 and throws a KusciaApiError with the code otherwise', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.integer(), fc.constantFrom(...tableCodes)),
        anything,
        (code, data) => {
          const body = { status: { code, message: 'm', details: [] }, data };
          if (code === 0) {
            expect(unwrapKusciaResponse(body)).toBe(data);
            return;
          }
          let caught: unknown;
          try {
            unwrapKusciaResponse(body);
          } catch (error) {
            caught = error;
          }
          expect(isKusciaApiError(caught)).toBe(true);
          expect((caught as KusciaApiError).info.code).toBe(code);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('P13: parseKusciaResponse never rejects, for any status and body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s)),
        fc.oneof(fc.string({ unit: 'binary' }), envelopeArb.map(toJsonSafely), fc.constant('')),
        async (status, body) => {
          const info = await parseKusciaResponse(new Response(body, { status }));
          if (info !== null) {
            assertWellFormed(info);
            expect(info.httpStatus).toBe(status);
          }
          if (status >= 300) expect(info).not.toBeNull();
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });

  it('P14: a 200 whose body is text that is not a JSON object or array is invalidResponse, with that text', async () => {
    const notJson = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((text) => {
      if (text.trim() === '') return false;
      try {
        const value: unknown = JSON.parse(text);
        return typeof value !== 'object' || value === null;
      } catch {
        return true;
      }
    });
    await fc.assert(
      fc.asyncProperty(notJson, async (body) => {
        const info = await parseKusciaResponse(new Response(body, { status: 200 }));
        assertWellFormed(info);
        expect(info.source).toBe('invalidResponse');
        expect(info.httpStatus).toBe(200);
        expect(info.code).toBeNull();
        expect(info.serverMessage).not.toBeNull();
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
