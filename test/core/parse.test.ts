import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KusciaApiError } from '../../src/core/api-error';
import { getKusciaErrorDefinition } from '../../src/core/codes';
import { parseKusciaError } from '../../src/core/parse';
import { assertWellFormed, fixture, fixtureText } from './helpers';

/** Parses and insists on a well-formed result. */
function parse(input: unknown) {
  const info = parseKusciaError(input);
  assertWellFormed(info);
  return info;
}

describe('parseKusciaError: KusciaAPI envelopes (fixtures)', () => {
  const cases = [
    {
      file: 'domain-not-exists-11305.json',
      code: 11305,
      message: 'domains.kuscia.secretflow "bob" not found',
      severity: 'error',
    },
    {
      file: 'domain-exists-11306.json',
      code: 11306,
      message: 'domains.kuscia.secretflow "alice" already exists',
      severity: 'warning',
    },
    {
      file: 'route-exists-11405.json',
      code: 11405,
      message: 'clusterdomainroutes.kuscia.secretflow "alice-bob" already exists',
      severity: 'warning',
    },
    {
      file: 'job-exists-11201.json',
      code: 11201,
      message: 'kusciajobs.kuscia.secretflow "job-1" already exists',
      // 11201 is an error code, but the message says the Job exists: nothing is broken.
      severity: 'warning',
    },
    {
      file: 'validate-11100.json',
      code: 11100,
      // Upstream's text ends with a space; the parser trims it and keeps the rest verbatim.
      message:
        'Field "domain_id" is invalid, invalid value: "Alice_1": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$"',
      severity: 'error',
    },
    {
      file: 'validate-11100-empty-field.json',
      code: 11100,
      message: 'domain id can not be empty',
      severity: 'error',
    },
    {
      file: 'malformed-body-11101.json',
      code: 11101,
      message: 'unexpected EOF',
      severity: 'error',
    },
    {
      file: 'master-unreachable-11103.json',
      code: 11103,
      message: `unexpected error, status_code: '503', msg: "no healthy upstream"`,
      severity: 'error',
    },
    {
      file: 'job-suspend-11210.json',
      code: 11210,
      message: 'job: job-1 current status is Succeeded can not be suspend.',
      severity: 'warning',
    },
  ] as const;

  for (const { file, code, message, severity } of cases) {
    it(`${file} → ${code}`, () => {
      const body = fixture(file);
      const info = parse(body);
      expect(info.code).toBe(code);
      expect(info.known).toBe(true);
      expect(info.definition).toBe(getKusciaErrorDefinition(code));
      expect(info.source).toBe('kuscia');
      expect(info.serverMessage).toBe(message);
      expect(info.httpStatus).toBeNull();
      // `details: []` and a missing `details` both mean "no details".
      expect(info.details).toBeNull();
      expect(info.retryable).toBe(code === 11103);
      expect(info.severity).toBe(severity);
      expect(info.input).toBe(body);
    });
  }

  it('keeps the server message of the validate fixture whole, trailing space aside', () => {
    const raw = (fixture('validate-11100.json') as { status: { message: string } }).status.message;
    expect(raw.endsWith(' ')).toBe(true);
    expect(parse(fixture('validate-11100.json')).serverMessage).toBe(raw.trimEnd());
  });

  it('parses the envelope as JSON text too (a body read with response.text())', () => {
    const info = parse(fixtureText('domain-not-exists-11305.json'));
    expect(info).toMatchObject({ code: 11305, source: 'kuscia', known: true, httpStatus: null });
    expect(info.serverMessage).toBe('domains.kuscia.secretflow "bob" not found');
  });

  it('renders non-empty status.details as JSON text', () => {
    const details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'NOT_FOUND' }];
    const info = parse({ status: { code: 11305, message: 'x', details }, data: null });
    expect(info.details).not.toBeNull();
    expect(JSON.parse(info.details as string)).toEqual(details);
  });

  it('keeps a string status.details as text', () => {
    expect(parse({ status: { code: 11101, message: 'x', details: '  see logs ' } }).details).toBe(
      'see logs',
    );
  });
});

describe('parseKusciaError: no error', () => {
  it('returns null for a success envelope without data (create domain)', () => {
    expect(parseKusciaError(fixture('success-create-domain.json'))).toBeNull();
  });

  it('returns null for a success envelope with data (query domain)', () => {
    expect(parseKusciaError(fixture('success-query-domain.json'))).toBeNull();
    expect(parseKusciaError(fixtureText('success-query-domain.json'))).toBeNull();
  });

  it('returns null for a job that ran and failed: status.code 0 is not an API error', () => {
    const body = fixture('job-failed-state.json') as {
      data: { status: { state: string; err_msg: string } };
    };
    expect(body.data.status.state).toBe('Failed');
    expect(body.data.status.err_msg).not.toBe('');
    expect(parseKusciaError(body)).toBeNull();
  });

  it('returns null for null, undefined and empty or blank strings', () => {
    for (const value of [null, undefined, '', '   ', '\n\t']) {
      expect(parseKusciaError(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('returns null for code 0 in any spelling', () => {
    for (const value of [
      0,
      -0,
      '0',
      ' 0 ',
      0n,
      { code: 0 },
      { status: { code: 0 } },
      { status: { code: '0' } },
    ]) {
      expect(parseKusciaError(value), typeof value).toBeNull();
    }
  });
});

describe('parseKusciaError: bare and flat statuses', () => {
  it('reads the pre-v0.10 flat shape', () => {
    const info = parse(fixture('legacy-flat-11100.json'));
    expect(info).toMatchObject({ code: 11100, known: true, source: 'kuscia', httpStatus: null });
    expect(info.serverMessage).toBe('domain id can not be empty');
  });

  it('reads the inter-connection bare shape', () => {
    const info = parse(fixture('interconn-bare.json'));
    expect(info).toMatchObject({ code: 12101, known: true, source: 'kuscia' });
    expect(info.definition).toMatchObject({ service: 'datamesh' });
    expect(info.serverMessage).toBe(
      "invalid character '}' looking for beginning of object key string",
    );
  });

  it('reads a status object passed on its own', () => {
    const info = parse({ code: 11404, message: 'route not found', details: [] });
    expect(info).toMatchObject({ code: 11404, known: true, serverMessage: 'route not found' });
  });

  it('reads a numeric-string status.code', () => {
    expect(parse({ status: { code: '11305', message: 'm' } })).toMatchObject({
      code: 11305,
      known: true,
    });
  });
});

describe('parseKusciaError: SecretPad and gRPC codes', () => {
  it('takes SecretPad msg as the server message and keeps its 9-digit code', () => {
    const info = parse(fixture('secretpad-9digit.json'));
    expect(info.code).toBe(202011402);
    expect(info.known).toBe(false);
    expect(info.definition).toBeUndefined();
    // `msg`, not Kuscia's `message`: SecretPad's answer, even with its catalogue not imported.
    expect(info.source).toBe('secretpad');
    expect(info.serverMessage).toBe('节点路由不存在');
    expect(info.retryable).toBe(false);
    expect(info.severity).toBe('error');
  });

  it('prefers message over msg when both are present', () => {
    expect(parse({ status: { code: 11305, message: 'm1', msg: 'm2' } }).serverMessage).toBe('m1');
    expect(parse({ status: { code: 11305, message: '', msg: 'm2' } }).serverMessage).toBe('m2');
  });

  it('keeps a Kuscia code Kuscia`s, however its message is spelled (a console backend passing it on)', () => {
    expect(parse({ status: { code: 11305, msg: 'domain not exist' } }).source).toBe('kuscia');
    expect(parse({ status: { code: 202099999, message: 'x' } }).source).toBe('kuscia');
  });

  it('keeps SecretPad -1 (its fold of unknown transport failures)', () => {
    expect(parse({ status: { code: -1, msg: '系统异常' } })).toMatchObject({
      code: -1,
      known: false,
      source: 'secretpad',
    });
  });

  it('treats gRPC 14 (UNAVAILABLE) as retryable', () => {
    const info = parse(fixture('grpc-unavailable.json'));
    expect(info).toMatchObject({
      code: 14,
      known: false,
      source: 'kuscia',
      retryable: true,
      severity: 'error',
    });
    expect(info.serverMessage).toMatch(/connection refused/);
  });

  it('does not retry gRPC 5 (NOT_FOUND) or other canonical codes', () => {
    expect(parse({ status: { code: 5, message: 'not found' } }).retryable).toBe(false);
    for (let code = 1; code <= 16; code += 1) {
      expect(parse({ status: { code, message: 'x' } }).retryable, String(code)).toBe(code === 14);
    }
  });

  it('treats gRPC CANCELLED (1) and ALREADY_EXISTS (6) as warnings', () => {
    expect(parse({ status: { code: 1 } }).severity).toBe('warning');
    expect(parse({ status: { code: 6 } }).severity).toBe('warning');
    expect(parse({ status: { code: 13 } }).severity).toBe('error');
  });
});

describe('parseKusciaError: codes as numbers and strings', () => {
  it('reads a number', () => {
    const info = parse(11305);
    expect(info).toMatchObject({
      code: 11305,
      known: true,
      source: 'kuscia',
      serverMessage: null,
      httpStatus: null,
    });
    expect(info.input).toBe(11305);
  });

  it('reads a numeric string, with surrounding spaces', () => {
    expect(parse('11305')).toMatchObject({ code: 11305, known: true, source: 'kuscia' });
    expect(parse(' 11103 \n')).toMatchObject({ code: 11103, retryable: true });
  });

  it('reads a bigint', () => {
    expect(parse(11305n)).toMatchObject({ code: 11305, known: true });
  });

  it('keeps an unknown integer code, not known', () => {
    expect(parse(11999)).toMatchObject({
      code: 11999,
      known: false,
      source: 'kuscia',
      retryable: false,
    });
  });

  it('gives source unknown for non-integer numbers', () => {
    for (const value of [Number.NaN, Infinity, -Infinity, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect(parse(value), String(value)).toMatchObject({ code: null, source: 'unknown' });
    }
  });

  it('reads a string that is not a code as an unknown failure with that message', () => {
    expect(parse('  something broke  ')).toMatchObject({
      code: null,
      source: 'unknown',
      serverMessage: 'something broke',
    });
  });
});

describe('parseKusciaError: KusciaApiError', () => {
  it('returns the info a KusciaApiError carries', () => {
    const info = parse(fixture('domain-not-exists-11305.json'));
    const error = new KusciaApiError(info);
    expect(parseKusciaError(error)).toBe(info);
  });

  it('round-trips an http info and an unknown info', () => {
    const http = parse({ response: { status: 401, data: '' } });
    expect(parseKusciaError(new KusciaApiError(http))).toBe(http);
    const unknown = parse(new Error('boom'));
    expect(parseKusciaError(new KusciaApiError(unknown))).toBe(unknown);
  });

  it('finds a KusciaApiError wrapped as a cause', () => {
    const info = parse({ status: { code: 11306, message: 'exists' } });
    const wrapped = new Error('create failed', { cause: new KusciaApiError(info) });
    expect(parseKusciaError(wrapped)).toBe(info);
  });
});

describe('parseKusciaError: an info given back', () => {
  it('returns an info it issued as it is (===), whatever its source', () => {
    for (const input of [
      fixture('domain-not-exists-11305.json'),
      new Response(null, { status: 401 }),
      new TypeError('Failed to fetch'),
      new Error('boom'),
      fixtureText('gateway-502.html'),
    ]) {
      const info = parse(input);
      expect(parseKusciaError(info)).toBe(info);
    }
  });

  it('keeps serverMessage, details and httpStatus through any number of passes', () => {
    const info = parse({
      isAxiosError: true,
      response: {
        status: 200,
        data: { status: { code: 11101, message: 'panic', details: [{ reason: 'x' }] } },
      },
    });
    const again = parseKusciaError(parseKusciaError(parseKusciaError(info)));
    expect(again).toMatchObject({
      code: 11101,
      serverMessage: 'panic',
      details: '[{"reason":"x"}]',
      httpStatus: 200,
    });
  });

  it('revives an info built by another copy of the kit field by field, server message kept', () => {
    // What an ESM copy's info looks like to a CJS copy: a plain object with the public fields.
    const foreign = {
      code: 11305,
      known: true,
      source: 'kuscia',
      serverMessage: 'domains.kuscia.secretflow "bob" not found',
      details: null,
      httpStatus: 200,
      reason: null,
      retryable: false,
      severity: 'error',
      fingerprint: 'kuscia:11305',
      input: { status: { code: 11305 } },
    };
    const info = parse(foreign);
    expect(info).not.toBe(foreign);
    expect(info).toMatchObject({
      code: 11305,
      known: true,
      source: 'kuscia',
      serverMessage: 'domains.kuscia.secretflow "bob" not found',
      httpStatus: 200,
      fingerprint: 'kuscia:11305',
    });
    expect(info.definition).toBe(getKusciaErrorDefinition(11305));
    expect(info.input).toBe(foreign.input);
  });

  it('revives an info that went through JSON (a log line, postMessage) with its message', () => {
    const info = parse(new TypeError('Failed to fetch'));
    const revived = parse(JSON.parse(JSON.stringify(info)));
    expect(revived).toMatchObject({
      source: 'network',
      code: null,
      serverMessage: 'Failed to fetch',
      retryable: true,
      fingerprint: 'network:-:-',
    });
  });

  it('revives long details whole, up to the 4000 characters an info may hold', () => {
    const info = parse({ status: { code: 11305, message: 'm', details: ['d'.repeat(3000)] } });
    expect(info.details).toBe(`["${'d'.repeat(3000)}"]`);
    const revived = parse(JSON.parse(JSON.stringify({ ...info, input: null })));
    expect(revived.details).toBe(info.details);
  });

  it('rebuilds a forged info-like object instead of trusting its fields', () => {
    const info = parse({
      fingerprint: 'forged',
      source: 'martian',
      serverMessage: { html: '<b>x</b>' },
      code: 'x',
      httpStatus: '503',
      retryable: 'yes',
      severity: 'fatal',
    });
    expect(info).toMatchObject({
      source: 'unknown',
      code: null,
      known: false,
      serverMessage: null,
      httpStatus: 503,
      retryable: false,
      severity: 'error',
      fingerprint: 'unknown:-:503',
    });
    // The fields that are well-formed are kept, the code's policy recomputed from the table.
    expect(
      parse({ fingerprint: 'x', source: 'kuscia', serverMessage: null, code: '11306' }),
    ).toMatchObject({ code: 11306, known: true, severity: 'warning', fingerprint: 'kuscia:11306' });
  });

  it('does not take a KusciaAPI body for an info: a body has no fingerprint', () => {
    expect(parse({ status: { code: 11305, message: 'm' }, source: 'x' })).toMatchObject({
      source: 'kuscia',
      code: 11305,
    });
  });
});

describe('parseKusciaError: the fields read on demand', () => {
  it('reads the reason from a Kuscia message, and says null where there is none', () => {
    expect(parse(fixture('domain-not-exists-11305.json')).reason).toEqual({
      family: 'notFound',
      kind: 'Domain',
      resource: 'domains',
      group: 'kuscia.secretflow',
      name: 'bob',
    });
    expect(parse(new Error('boom')).reason).toBeNull();
    expect(
      parse({ status: { code: 11101, message: 'doBizProcess panic, err: nil map' } }).reason,
    ).toBeNull();
  });

  it('writes reason, retryable and severity into its JSON', () => {
    const info = parse(fixture('master-unreachable-11103.json'));
    expect(JSON.parse(JSON.stringify(info))).toEqual({
      code: 11103,
      known: true,
      definition: JSON.parse(JSON.stringify(getKusciaErrorDefinition(11103))) as unknown,
      source: 'kuscia',
      serverMessage: `unexpected error, status_code: '503', msg: "no healthy upstream"`,
      details: null,
      httpStatus: null,
      reason: { family: 'masterUnreachable', httpStatus: '503', detail: 'no healthy upstream' },
      retryable: true,
      severity: 'error',
      fingerprint: 'kuscia:11103',
    });
    expect(JSON.parse(JSON.stringify(parse(fixture('domain-exists-11306.json'))))).toMatchObject({
      retryable: false,
      severity: 'warning',
    });
  });

  it('leaves the input out of its JSON: a Token in request headers, a cycle, a BigInt', () => {
    const cyclic: Record<string, unknown> = { status: { code: 11305, message: 'm' } };
    cyclic.self = cyclic;
    const axiosLike = Object.assign(new Error('Request failed with status code 401'), {
      isAxiosError: true,
      config: { headers: { Token: 'SECRET-TOKEN-123' } },
      response: { status: 401, data: '' },
    });
    for (const input of [cyclic, axiosLike, { status: { code: 11305, message: 'm', n: 1n } }]) {
      const json = JSON.stringify(parse(input));
      expect(json).not.toContain('SECRET-TOKEN-123');
      expect(JSON.parse(json)).not.toHaveProperty('input');
    }
  });

  it('leaves the fields read on demand out of a spread copy, as its type says', () => {
    const copy = { ...parse(fixture('domain-exists-11306.json')) };
    expect(copy).toMatchObject({ code: 11306, source: 'kuscia' });
    expect(Object.keys(copy)).not.toContain('severity');
    // The copy is no longer the kit's own info: parsing it again revives it with its policy.
    expect(parse(copy)).toMatchObject({ code: 11306, severity: 'warning', retryable: false });
  });

  it('gives the same answer on every read', () => {
    const info = parse(new Response(null, { status: 503 }));
    expect([info.retryable, info.retryable, info.severity, info.severity]).toEqual([
      true,
      true,
      'error',
      'error',
    ]);
  });
});

describe('parseKusciaError: fetch Response objects', () => {
  it('returns null for an ok Response (its body is for parseKusciaResponse to read)', () => {
    expect(
      parseKusciaError(new Response(fixtureText('domain-not-exists-11305.json'), { status: 200 })),
    ).toBeNull();
    expect(parseKusciaError(new Response(null, { status: 204 }))).toBeNull();
  });

  it('gives http 401, not retryable, for the empty 401 of a bad token', () => {
    const response = new Response(null, { status: 401 });
    const info = parse(response);
    expect(info).toMatchObject({
      source: 'http',
      code: null,
      httpStatus: 401,
      retryable: false,
      serverMessage: null,
    });
    expect(info.input).toBe(response);
  });

  it('gives http 502, retryable, for a gateway failure', () => {
    const info = parse(new Response(fixtureText('gateway-502.html'), { status: 502 }));
    expect(info).toMatchObject({ source: 'http', httpStatus: 502, retryable: true });
  });

  it('retries 408, 429, 503 and 504 but not 400, 403, 404, 500', () => {
    for (const status of [408, 429, 503, 504])
      expect(parse(new Response(null, { status })).retryable).toBe(true);
    for (const status of [400, 403, 404, 500])
      expect(parse(new Response(null, { status })).retryable).toBe(false);
  });
});

describe('parseKusciaError: axios-style errors', () => {
  it('reads a Kuscia envelope in error.response.data (a 200 rejected by validateStatus or an interceptor)', () => {
    const body = fixture('domain-not-exists-11305.json');
    const error = {
      isAxiosError: true,
      message: 'Request failed',
      response: { status: 200, data: body },
    };
    const info = parse(error);
    expect(info).toMatchObject({ code: 11305, known: true, source: 'kuscia', httpStatus: 200 });
    expect(info.serverMessage).toBe('domains.kuscia.secretflow "bob" not found');
    expect(info.input).toBe(error);
  });

  it('reads an envelope given as JSON text in error.response.data', () => {
    const error = {
      isAxiosError: true,
      response: { status: 200, data: fixtureText('master-unreachable-11103.json') },
    };
    expect(parse(error)).toMatchObject({ code: 11103, retryable: true, source: 'kuscia' });
  });

  it('gives http 401 for an empty 401 body', () => {
    const info = parse({ isAxiosError: true, response: { status: 401, data: '' } });
    expect(info).toMatchObject({
      source: 'http',
      httpStatus: 401,
      code: null,
      serverMessage: null,
      retryable: false,
    });
  });

  it('gives http 502 with the page title for an HTML gateway page', () => {
    const info = parse({
      isAxiosError: true,
      response: { status: 502, data: fixtureText('gateway-502.html') },
    });
    expect(info).toMatchObject({
      source: 'http',
      httpStatus: 502,
      retryable: true,
      serverMessage: '502 Bad Gateway',
    });
  });

  it('gives timeout for axios` ECONNABORTED', () => {
    const info = parse({
      isAxiosError: true,
      code: 'ECONNABORTED',
      message: 'timeout of 5000ms exceeded',
    });
    expect(info).toMatchObject({
      source: 'timeout',
      retryable: true,
      code: null,
      httpStatus: null,
    });
    expect(info.serverMessage).toBe('timeout of 5000ms exceeded');
  });

  it('gives network for ERR_NETWORK', () => {
    expect(
      parse({ isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error' }),
    ).toMatchObject({
      source: 'network',
      retryable: true,
      serverMessage: 'Network Error',
    });
    expect(parse({ code: 'ERR_NETWORK' })).toMatchObject({
      source: 'network',
      serverMessage: null,
    });
  });

  it('gives aborted for a cancelled request', () => {
    const info = parse({ name: 'CanceledError', code: 'ERR_CANCELED', message: 'canceled' });
    expect(info).toMatchObject({ source: 'aborted', retryable: false, severity: 'warning' });
  });

  it('handles a real AxiosError', async () => {
    const { AxiosError } = await import('axios');
    const error = new AxiosError(
      'Request failed with status code 401',
      'ERR_BAD_REQUEST',
      undefined,
      undefined,
      {
        status: 401,
        statusText: 'Unauthorized',
        data: '',
        headers: {},
        config: { headers: {} as never },
      },
    );
    expect(parse(error)).toMatchObject({ source: 'http', httpStatus: 401, retryable: false });
    expect(parse(new AxiosError('timeout of 10ms exceeded', 'ECONNABORTED'))).toMatchObject({
      source: 'timeout',
    });
    expect(parse(new AxiosError('Network Error', 'ERR_NETWORK'))).toMatchObject({
      source: 'network',
    });
  });
});

describe('parseKusciaError: network, abort and timeout errors', () => {
  it("gives network for a browser's TypeError('Failed to fetch')", () => {
    expect(parse(new TypeError('Failed to fetch'))).toMatchObject({
      source: 'network',
      retryable: true,
      serverMessage: 'Failed to fetch',
    });
  });

  it("gives network for Firefox's and Safari's wording", () => {
    expect(parse(new TypeError('NetworkError when attempting to fetch resource.')).source).toBe(
      'network',
    );
    expect(parse(new TypeError('Load failed')).source).toBe('network');
  });

  it("gives network for Node's TypeError('fetch failed') with the cause's message", () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    const error = new TypeError('fetch failed', { cause });
    const info = parse(error);
    expect(info).toMatchObject({
      source: 'network',
      retryable: true,
      serverMessage: 'connect ECONNREFUSED 127.0.0.1:1',
    });
    expect(info.input).toBe(error);
  });

  it('does not take any TypeError for a network failure', () => {
    expect(parse(new TypeError("Cannot read properties of undefined (reading 'x')")).source).toBe(
      'unknown',
    );
  });

  it('gives aborted for an AbortError DOMException', () => {
    expect(parse(new DOMException('x', 'AbortError'))).toMatchObject({
      source: 'aborted',
      retryable: false,
    });
  });

  it('gives timeout for a TimeoutError DOMException', () => {
    expect(parse(new DOMException('x', 'TimeoutError'))).toMatchObject({
      source: 'timeout',
      retryable: true,
    });
  });

  it('gives timeout for the reason of AbortSignal.timeout', async () => {
    const signal = AbortSignal.timeout(1);
    const reason = await new Promise<unknown>((resolve) => {
      signal.addEventListener(
        'abort',
        () => {
          resolve(signal.reason);
        },
        { once: true },
      );
    });
    expect(parse(reason)).toMatchObject({ source: 'timeout', retryable: true });
  });

  it('gives timeout for UND_ERR_* timeouts and ETIMEDOUT', () => {
    for (const code of [
      'ETIMEDOUT',
      'UND_ERR_CONNECT_TIMEOUT',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
    ]) {
      expect(parse(Object.assign(new Error('t'), { code })).source, code).toBe('timeout');
    }
  });

  it('gives network for the Node system error codes', () => {
    for (const code of [
      'ECONNREFUSED',
      'ECONNRESET',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EHOSTUNREACH',
      'ENETUNREACH',
    ]) {
      expect(parse(Object.assign(new Error('n'), { code })).source, code).toBe('network');
    }
  });
});

describe('parseKusciaError: real fetch rejections from Node', () => {
  let server: Server;
  let port = 0;
  let closedPort = 0;

  beforeAll(async () => {
    // A server that never answers (for timeouts and aborts) and a port nobody listens on.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => {
      probe.close(() => {
        resolve();
      });
    });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  });

  async function rejection(promise: Promise<unknown>): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      return error;
    }
    throw new Error('expected a rejection');
  }

  it('connection refused → network, with the cause message', async () => {
    const error = await rejection(
      fetch(`http://127.0.0.1:${closedPort}/api/v1/domain/query`, { method: 'POST' }),
    );
    const info = parse(error);
    expect(info.source).toBe('network');
    expect(info.retryable).toBe(true);
    expect(info.serverMessage).toMatch(/ECONNREFUSED/);
  });

  it('AbortSignal.timeout → timeout', async () => {
    const error = await rejection(
      fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(50) }),
    );
    expect(parse(error)).toMatchObject({ source: 'timeout', retryable: true });
  });

  it('AbortController.abort() → aborted', async () => {
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 20);
    expect(parse(await rejection(pending))).toMatchObject({ source: 'aborted', retryable: false });
  });
});

describe('parseKusciaError: wrappers', () => {
  it("reads SWR's documented pattern (error.info + error.status)", () => {
    const body = fixture('domain-not-exists-11305.json');
    const error = Object.assign(new Error('An error occurred while fetching the data.'), {
      info: body,
      status: 200,
    });
    const info = parse(error);
    expect(info).toMatchObject({ code: 11305, known: true, source: 'kuscia', httpStatus: 200 });
    expect(info.input).toBe(error);
  });

  it('reads SWR-style 401 with no info as http 401', () => {
    const error = Object.assign(new Error('An error occurred'), { info: null, status: 401 });
    expect(parse(error)).toMatchObject({ source: 'http', httpStatus: 401 });
  });

  it('reads an Error whose cause is an envelope', () => {
    const body = fixture('route-exists-11405.json');
    const error = new Error('could not create route', { cause: body });
    const info = parse(error);
    expect(info).toMatchObject({ code: 11405, source: 'kuscia', severity: 'warning' });
    expect(info.input).toBe(error);
  });

  it('reads an envelope two causes deep', () => {
    const error = new Error('outer', {
      cause: new Error('middle', { cause: fixture('domain-not-exists-11305.json') }),
    });
    expect(parse(error)).toMatchObject({ code: 11305 });
  });

  it('reads a body attached as data or body, with statusCode', () => {
    expect(parse({ statusCode: 200, body: fixture('validate-11100.json') })).toMatchObject({
      code: 11100,
    });
    expect(parse({ data: fixture('job-exists-11201.json') })).toMatchObject({ code: 11201 });
    expect(parse({ statusCode: 503, body: 'upstream connect error' })).toMatchObject({
      source: 'http',
      httpStatus: 503,
      serverMessage: 'upstream connect error',
    });
  });

  it('gives a plain Error source unknown with its message', () => {
    const error = new Error('boom');
    const info = parse(error);
    expect(info).toMatchObject({
      code: null,
      known: false,
      source: 'unknown',
      serverMessage: 'boom',
      httpStatus: null,
    });
    expect(info.retryable).toBe(false);
    expect(info.input).toBe(error);
  });

  it('keeps the outer message when the cause says nothing useful', () => {
    expect(parse(new Error('outer', { cause: new Error('inner') })).serverMessage).toBe('outer');
  });
});

describe('parseKusciaError: text bodies', () => {
  it('takes only the title text of an HTML gateway page', () => {
    const info = parse(fixtureText('gateway-502.html'));
    expect(info.source).toBe('unknown');
    expect(info.serverMessage).toBe('502 Bad Gateway');
  });

  it('takes the visible text of an HTML page without a title, without tags, scripts or styles', () => {
    const html =
      '<!DOCTYPE html><html><head><style>h1{color:red}</style><script>var a = "<b>";</script></head>' +
      '<body><h1>503 Service Temporarily Unavailable</h1><p>no healthy&nbsp;upstream &amp; retry</p></body></html>';
    const info = parse(html);
    expect(info.serverMessage).toBe(
      '503 Service Temporarily Unavailable no healthy upstream & retry',
    );
    expect(info.serverMessage).not.toContain('<');
    expect(info.serverMessage).not.toContain('color');
  });

  it('never returns markup for HTML input', () => {
    for (const html of [
      fixtureText('gateway-502.html'),
      '<html><body><center><h1>504 Gateway Time-out</h1></center></body></html>',
      '<?xml version="1.0"?><error><message>nope</message></error>',
    ]) {
      const message = parse(html).serverMessage ?? '';
      expect(message, html).not.toMatch(/<[a-z!?/]/i);
    }
  });

  it('decodes entities to the text they stand for (the page literally says "<b>")', () => {
    expect(
      parse('<html><title>&lt;b&gt; &#x4E2D;&#25991; &bogus;</title></html>').serverMessage,
    ).toBe('<b> 中文 &bogus;');
  });

  it('parses a JSON envelope string', () => {
    const json =
      '  {"status": {"code": 11506,  "message": "domaindata not exist", "details": []}, "data": null}';
    expect(parse(json)).toMatchObject({
      code: 11506,
      serverMessage: 'domaindata not exist',
      source: 'kuscia',
    });
  });

  it('reads a JSON string that is a bare status', () => {
    expect(parse('{"code":11100,"message":"job id can not be empty"}')).toMatchObject({
      code: 11100,
      serverMessage: 'job id can not be empty',
    });
  });

  it('keeps <script> in a server message verbatim (rendering it as text is the UI`s job)', () => {
    const message = '<script>alert("x")</script> domain <b>bob</b> & "co"';
    const info = parse({
      status: { code: 11305, message: `  ${message}\n`, details: [] },
      data: null,
    });
    expect(info.serverMessage).toBe(message);
  });

  it('caps a long server message at 2000 characters with an ellipsis', () => {
    const info = parse({ status: { code: 11101, message: 'x'.repeat(10_000) } });
    expect(info.serverMessage).toHaveLength(2000);
    expect(info.serverMessage?.endsWith('…')).toBe(true);
  });

  it('does not split a surrogate pair when it caps', () => {
    const info = parse({ status: { code: 11101, message: '😀'.repeat(3000) } });
    const message = info.serverMessage as string;
    expect(message.length).toBeLessThanOrEqual(2000);
    const beforeEllipsis = message.slice(0, -1);
    expect(beforeEllipsis).toBe('😀'.repeat(beforeEllipsis.length / 2));
  });
});

describe('parseKusciaError: fingerprint and freezing', () => {
  it('gives the same fingerprint for the same failure', () => {
    const a = parse(fixture('domain-not-exists-11305.json'));
    const b = parse({
      status: { code: 11305, message: 'domains.kuscia.secretflow "carol" not found' },
    });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(parse(new Response(null, { status: 401 })).fingerprint).toBe(
      parse({ response: { status: 401, data: '' } }).fingerprint,
    );
    expect(parse(new TypeError('Failed to fetch')).fingerprint).toBe(
      parse({ code: 'ERR_NETWORK' }).fingerprint,
    );
  });

  it('gives different fingerprints for a different code, status or source', () => {
    const prints = [
      parse(11305),
      parse(11306),
      parse(14),
      parse(new Response(null, { status: 401 })),
      parse(new Response(null, { status: 403 })),
      parse(new TypeError('Failed to fetch')),
      parse(new DOMException('x', 'TimeoutError')),
      parse(new DOMException('x', 'AbortError')),
      parse(new Error('boom')),
    ].map((info) => info.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('returns a frozen info', () => {
    const info = parse(fixture('domain-not-exists-11305.json'));
    expect(Object.isFrozen(info)).toBe(true);
    expect(() => {
      (info as { code: number | null }).code = 1;
    }).toThrow(TypeError);
    expect(info.code).toBe(11305);
  });
});
