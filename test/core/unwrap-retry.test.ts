import { describe, expect, it } from 'vitest';
import { isKusciaApiError, KusciaApiError } from '../../src/core/api-error';
import { parseKusciaError } from '../../src/core/parse';
import { shouldRetryKusciaError } from '../../src/core/retry';
import { unwrapKusciaResponse } from '../../src/core/unwrap';
import { assertWellFormed, fixture } from './helpers';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('unwrapKusciaResponse', () => {
  it('returns data on status.code 0', () => {
    const body = fixture('success-query-domain.json') as { data: { domain_id: string } };
    const data = unwrapKusciaResponse<{ domain_id: string }>(body);
    expect(data).toBe(body.data);
    expect(data.domain_id).toBe('alice');
  });

  it('returns undefined for a create-domain success, which has no data', () => {
    expect(unwrapKusciaResponse(fixture('success-create-domain.json'))).toBeUndefined();
  });

  it('returns data for a job that ran and failed (status.code 0)', () => {
    const data = unwrapKusciaResponse<{ status: { state: string } }>(
      fixture('job-failed-state.json'),
    );
    expect(data.status.state).toBe('Failed');
  });

  it('returns null data as null', () => {
    expect(
      unwrapKusciaResponse({ status: { code: 0, message: 'success', details: [] }, data: null }),
    ).toBeNull();
  });

  it('throws a KusciaApiError carrying the info for a failure', () => {
    const body = fixture('domain-not-exists-11305.json');
    const error = thrown(() => unwrapKusciaResponse(body));
    expect(error).toBeInstanceOf(KusciaApiError);
    expect(error).toBeInstanceOf(Error);
    expect(isKusciaApiError(error)).toBe(true);
    const { info } = error as KusciaApiError;
    assertWellFormed(info);
    expect(info).toMatchObject({
      code: 11305,
      source: 'kuscia',
      serverMessage: 'domains.kuscia.secretflow "bob" not found',
    });
    expect(info.input).toBe(body);
    expect((error as KusciaApiError).name).toBe('KusciaApiError');
    expect((error as KusciaApiError).message).toContain('11305');
    expect((error as KusciaApiError).cause).toBe(body);
  });

  it('throws for every failing fixture with the right code', () => {
    const cases: [string, number][] = [
      ['domain-exists-11306.json', 11306],
      ['validate-11100.json', 11100],
      ['malformed-body-11101.json', 11101],
      ['master-unreachable-11103.json', 11103],
      ['legacy-flat-11100.json', 11100],
      ['secretpad-9digit.json', 202011402],
      ['grpc-unavailable.json', 14],
    ];
    for (const [file, code] of cases) {
      const error = thrown(() => unwrapKusciaResponse(fixture(file)));
      expect(isKusciaApiError(error), file).toBe(true);
      expect((error as KusciaApiError).info.code, file).toBe(code);
    }
  });

  it('throws invalidResponse, saying so, for a body without a status', () => {
    const bodies: [label: string, body: unknown][] = [
      ['{}', {}],
      ['{ data: 1 }', { data: 1 }],
      ['{ items: [] }', { items: [] }],
      ['null', null],
      ['undefined', undefined],
      ['true', true],
      ['[]', []],
      ["{ status: 'ok' }", { status: 'ok' }],
      ['{ status: {} }', { status: {} }],
      ['JSON text without status', '{"items":[]}'],
    ];
    for (const [label, body] of bodies) {
      const error = thrown(() => unwrapKusciaResponse(body));
      expect(isKusciaApiError(error), label).toBe(true);
      const { info, message } = error as KusciaApiError;
      assertWellFormed(info);
      expect(info.source, label).toBe('invalidResponse');
      expect(message, label).toBe(
        '[invalidResponse] the answer is not a KusciaAPI response (no JSON status)',
      );
    }
  });

  it('throws invalidResponse with the text for a string that is not JSON', () => {
    const error = thrown(() => unwrapKusciaResponse('oops')) as KusciaApiError;
    expect(error.info).toMatchObject({ source: 'invalidResponse', serverMessage: 'oops' });
    expect(error.message).toBe(
      '[invalidResponse] the answer is not a KusciaAPI response (no JSON status): oops',
    );
    const page = thrown(() =>
      unwrapKusciaResponse('<html><head><title>Sign in</title></head></html>'),
    ) as KusciaApiError;
    expect(page.info).toMatchObject({ source: 'invalidResponse', serverMessage: 'Sign in' });
  });

  it('reads a bare number as a code, as parseKusciaError does', () => {
    expect((thrown(() => unwrapKusciaResponse(11305)) as KusciaApiError).info.code).toBe(11305);
  });

  it('makes a failed 200 reject inside a promise chain (the TanStack Query / SWR fetcher pattern)', async () => {
    const fetcher = async () =>
      unwrapKusciaResponse(
        await new Response(JSON.stringify(fixture('domain-not-exists-11305.json'))).json(),
      );
    await expect(fetcher()).rejects.toSatisfy(isKusciaApiError);
  });
});

describe('KusciaApiError and isKusciaApiError', () => {
  const info = parseKusciaError(fixture('domain-not-exists-11305.json'));
  assertWellFormed(info);

  it('is an Error with a developer message naming the code and the server message', () => {
    const error = new KusciaApiError(info);
    expect(error.message).toBe('[Kuscia 11305] domains.kuscia.secretflow "bob" not found');
    expect(error.info).toBe(info);
  });

  it('names the HTTP status or the source when there is no code', () => {
    const http = parseKusciaError(new Response(null, { status: 401 }));
    assertWellFormed(http);
    expect(new KusciaApiError(http).message).toBe('[HTTP 401]');
    const network = parseKusciaError(new TypeError('Failed to fetch'));
    assertWellFormed(network);
    expect(new KusciaApiError(network).message).toBe(
      '[network] no response: the request did not reach the server: Failed to fetch',
    );
  });

  it('takes an explicit cause', () => {
    const cause = new Error('root');
    expect(new KusciaApiError(info, { cause }).cause).toBe(cause);
  });

  it('recognizes an error from a second copy of the kit by its registered brand', () => {
    const foreign = Object.assign(new Error('[Kuscia 11305]'), {
      [Symbol.for('kuscia-error-kit.KusciaApiError')]: true,
      info,
    });
    expect(foreign).not.toBeInstanceOf(KusciaApiError);
    expect(isKusciaApiError(foreign)).toBe(true);
    expect(parseKusciaError(foreign)).toBe(info);
  });

  it('rejects plain errors, look-alikes and garbage', () => {
    const values = [
      new Error('x'),
      Object.assign(new Error('x'), { name: 'KusciaApiError', info }),
      { info },
      { [Symbol('kuscia-error-kit.KusciaApiError')]: true, info },
      { [Symbol.for('kuscia-error-kit.KusciaApiError')]: true },
      { [Symbol.for('kuscia-error-kit.KusciaApiError')]: 1, info },
      null,
      undefined,
      11305,
      'KusciaApiError',
    ];
    for (const value of values) expect(isKusciaApiError(value)).toBe(false);
  });

  it('does not throw on a revoked Proxy or throwing getters', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isKusciaApiError(proxy)).toBe(false);
    const getter = Object.defineProperty({}, 'info', {
      get() {
        throw new Error('x');
      },
    });
    expect(isKusciaApiError(getter)).toBe(false);
  });
});

describe('shouldRetryKusciaError', () => {
  const retryable: [string, unknown][] = [
    ['11103 envelope', fixture('master-unreachable-11103.json')],
    [
      '11103 KusciaApiError',
      thrown(() => unwrapKusciaResponse(fixture('master-unreachable-11103.json'))),
    ],
    ['network TypeError', new TypeError('Failed to fetch')],
    ['axios ERR_NETWORK', { isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error' }],
    ['timeout DOMException', new DOMException('t', 'TimeoutError')],
    ['axios timeout', { code: 'ECONNABORTED', message: 'timeout of 5000ms exceeded' }],
    ['408', new Response(null, { status: 408 })],
    ['429', new Response(null, { status: 429 })],
    ['502', new Response('<html></html>', { status: 502 })],
    ['503', { response: { status: 503, data: 'no healthy upstream' } }],
    ['504', { response: { status: 504, data: '' } }],
    ['gRPC 14', fixture('grpc-unavailable.json')],
  ];

  const notRetryable: [string, unknown][] = [
    ['11305', fixture('domain-not-exists-11305.json')],
    ['11306', fixture('domain-exists-11306.json')],
    ['11100', fixture('validate-11100.json')],
    ['11101', fixture('malformed-body-11101.json')],
    ['11102', { status: { code: 11102, message: 'auth failed' } }],
    ['401', new Response(null, { status: 401 })],
    ['403', { response: { status: 403, data: '' } }],
    ['404', new Response('404 page not found', { status: 404 })],
    ['500', new Response(null, { status: 500 })],
    ['aborted', new DOMException('a', 'AbortError')],
    ['axios cancel', { name: 'CanceledError', code: 'ERR_CANCELED' }],
    ['gRPC 5', { status: { code: 5, message: 'not found' } }],
    ['SecretPad code', fixture('secretpad-9digit.json')],
    ['plain Error', new Error('boom')],
    ['success envelope', fixture('success-create-domain.json')],
    ['null', null],
    ['undefined', undefined],
  ];

  for (const [label, error] of retryable) {
    it(`retries ${label} after failures 0, 1 and 2, not at 3`, () => {
      expect(shouldRetryKusciaError(0, error)).toBe(true);
      expect(shouldRetryKusciaError(1, error)).toBe(true);
      expect(shouldRetryKusciaError(2, error)).toBe(true);
      expect(shouldRetryKusciaError(3, error)).toBe(false);
      expect(shouldRetryKusciaError(10, error)).toBe(false);
    });
  }

  for (const [label, error] of notRetryable) {
    it(`never retries ${label}`, () => {
      for (const count of [0, 1, 2, 3]) expect(shouldRetryKusciaError(count, error)).toBe(false);
    });
  }

  it('says no, without throwing, for values that are no failure it can read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const error of [proxy, Symbol('x'), 10n ** 40n, () => 1]) {
      expect(shouldRetryKusciaError(0, error)).toBe(false);
    }
  });

  it('says no for a failure count that is not a finite number below 3', () => {
    const network = new TypeError('Failed to fetch');
    for (const count of [Number.NaN, Infinity]) {
      expect(shouldRetryKusciaError(count, network), String(count)).toBe(false);
    }
  });
});
