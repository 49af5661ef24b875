import { describe, expect, it, vi } from 'vitest';
import { isKusciaApiError, type KusciaApiError } from '../../src/core/api-error';
import { parseKusciaResponse, readKusciaResponse } from '../../src/core/response';
import { assertWellFormed, fixture, fixtureText } from './helpers';

const json = { 'content-type': 'application/json' };

describe('parseKusciaResponse', () => {
  it('reads a 200 carrying the 11305 envelope (business failures come with HTTP 200)', async () => {
    const response = new Response(fixtureText('domain-not-exists-11305.json'), {
      status: 200,
      headers: json,
    });
    const info = await parseKusciaResponse(response);
    assertWellFormed(info);
    expect(info).toMatchObject({
      code: 11305,
      known: true,
      source: 'kuscia',
      httpStatus: 200,
      serverMessage: 'domains.kuscia.secretflow "bob" not found',
      details: null,
      retryable: false,
    });
    expect(info.input).toBe(response);
  });

  it('reads every failing fixture with its code', async () => {
    const cases: [string, number][] = [
      ['domain-exists-11306.json', 11306],
      ['route-exists-11405.json', 11405],
      ['job-exists-11201.json', 11201],
      ['validate-11100.json', 11100],
      ['malformed-body-11101.json', 11101],
      ['master-unreachable-11103.json', 11103],
      ['job-suspend-11210.json', 11210],
      ['legacy-flat-11100.json', 11100],
      ['interconn-bare.json', 12101],
      ['secretpad-9digit.json', 202011402],
      ['grpc-unavailable.json', 14],
    ];
    for (const [file, code] of cases) {
      const info = await parseKusciaResponse(
        new Response(fixtureText(file), { status: 200, headers: json }),
      );
      assertWellFormed(info);
      expect(info.code, file).toBe(code);
      expect(info.httpStatus, file).toBe(200);
    }
  });

  it('resolves to null for a 200 success envelope, with or without data', async () => {
    for (const file of [
      'success-create-domain.json',
      'success-query-domain.json',
      'job-failed-state.json',
    ]) {
      expect(
        await parseKusciaResponse(new Response(fixtureText(file), { status: 200, headers: json })),
        file,
      ).toBeNull();
    }
  });

  it('gives http 401, not retryable, for the empty 401 of a missing or wrong token', async () => {
    const info = await parseKusciaResponse(new Response(null, { status: 401 }));
    assertWellFormed(info);
    expect(info).toMatchObject({
      source: 'http',
      code: null,
      known: false,
      httpStatus: 401,
      retryable: false,
      serverMessage: null,
    });
    expect(await parseKusciaResponse(new Response('', { status: 401 }))).toMatchObject({
      httpStatus: 401,
    });
  });

  it('gives http 502 with the page title as the server message for a gateway HTML page', async () => {
    const response = new Response(fixtureText('gateway-502.html'), {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
    const info = await parseKusciaResponse(response);
    assertWellFormed(info);
    expect(info).toMatchObject({
      source: 'http',
      httpStatus: 502,
      retryable: true,
      serverMessage: '502 Bad Gateway',
    });
    expect(info.serverMessage).not.toContain('<');
  });

  it('takes a plain-text error body (the router`s 404) as the server message', async () => {
    const info = await parseKusciaResponse(new Response('404 page not found', { status: 404 }));
    expect(info).toMatchObject({
      source: 'http',
      httpStatus: 404,
      serverMessage: '404 page not found',
    });
  });

  it('takes a JSON error body`s message on a failed status', async () => {
    const info = await parseKusciaResponse(
      new Response('{"error":"upstream request timeout"}', { status: 504, headers: json }),
    );
    expect(info).toMatchObject({
      source: 'http',
      httpStatus: 504,
      serverMessage: 'upstream request timeout',
    });
  });

  it('lets a Kuscia code in the body win over a failed HTTP status', async () => {
    const info = await parseKusciaResponse(
      new Response(fixtureText('master-unreachable-11103.json'), { status: 503, headers: json }),
    );
    expect(info).toMatchObject({ source: 'kuscia', code: 11103, httpStatus: 503, retryable: true });
  });

  it('gives http for a failed status whose body is a success envelope', async () => {
    const info = await parseKusciaResponse(
      new Response(fixtureText('success-create-domain.json'), { status: 500, headers: json }),
    );
    expect(info).toMatchObject({
      source: 'http',
      httpStatus: 500,
      code: null,
      serverMessage: 'success',
    });
  });

  it('gives invalidResponse for a 200 whose body is text, not JSON: a login page, plain text, a cut-off body', async () => {
    const cases: [body: string, serverMessage: string][] = [
      [
        '<!DOCTYPE html><html><head><title>Sign in - Corp SSO</title></head><body><form></form></body></html>',
        'Sign in - Corp SSO',
      ],
      ['<html><body><h1>Welcome</h1><p>Please log in.</p></body></html>', 'Welcome Please log in.'],
      ['plain text', 'plain text'],
      ['{"status":{"code":113', '{"status":{"code":113'],
    ];
    for (const [body, serverMessage] of cases) {
      const response = new Response(body, { status: 200 });
      const info = await parseKusciaResponse(response);
      assertWellFormed(info);
      expect(info, body).toMatchObject({
        source: 'invalidResponse',
        code: null,
        httpStatus: 200,
        serverMessage,
        retryable: false,
        severity: 'error',
        fingerprint: 'invalidResponse:-:200',
      });
      expect(info.input).toBe(response);
    }
  });

  it('gives invalidResponse for an empty 200 (KusciaAPI always sends a status), null for an empty 204', async () => {
    for (const body of [null, '']) {
      expect(await parseKusciaResponse(new Response(body, { status: 200 }))).toMatchObject({
        source: 'invalidResponse',
        httpStatus: 200,
        serverMessage: null,
      });
    }
    expect(await parseKusciaResponse(new Response(null, { status: 204 }))).toBeNull();
  });

  it('gives invalidResponse for a 200 whose body is only whitespace, as for an empty one', async () => {
    expect(await parseKusciaResponse(new Response(' \r\n', { status: 200 }))).toMatchObject({
      source: 'invalidResponse',
      httpStatus: 200,
      serverMessage: null,
    });
  });

  it('resolves to null for a JSON 200 without a status (a backend-for-frontend answers so)', async () => {
    for (const body of ['{"items":[]}', '[]', '{"data":{"domain_id":"alice"}}']) {
      expect(
        await parseKusciaResponse(new Response(body, { status: 200, headers: json })),
        body,
      ).toBeNull();
    }
  });

  it('falls back to the status when the body was already read', async () => {
    const failed = new Response(fixtureText('domain-not-exists-11305.json'), { status: 401 });
    await failed.text();
    expect(failed.bodyUsed).toBe(true);
    const info = await parseKusciaResponse(failed);
    assertWellFormed(info);
    expect(info).toMatchObject({ source: 'http', httpStatus: 401 });

    const ok = new Response(fixtureText('domain-not-exists-11305.json'), { status: 200 });
    await ok.json();
    // The body is gone: the status alone says nothing failed.
    await expect(parseKusciaResponse(ok)).resolves.toBeNull();
  });

  it('still resolves when the body stream errors', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"status":{"code":113'));
        controller.error(new Error('socket hang up'));
      },
    });
    const info = await parseKusciaResponse(new Response(stream, { status: 503 }));
    assertWellFormed(info);
    expect(info).toMatchObject({ source: 'http', httpStatus: 503, retryable: true });

    const okStream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    await expect(parseKusciaResponse(new Response(okStream, { status: 200 }))).resolves.toBeNull();
  });

  it('still resolves when text() rejects or throws synchronously (a Response-like object)', async () => {
    const rejecting = {
      status: 502,
      ok: false,
      headers: new Headers(),
      text: () => Promise.reject(new Error('stream error')),
    } as unknown as Response;
    expect(await parseKusciaResponse(rejecting)).toMatchObject({ source: 'http', httpStatus: 502 });

    const throwing = {
      status: 500,
      ok: false,
      headers: new Headers(),
      text: () => {
        throw new Error('sync');
      },
    } as unknown as Response;
    expect(await parseKusciaResponse(throwing)).toMatchObject({ source: 'http', httpStatus: 500 });
  });

  it('parses garbage passed as a Response as parseKusciaError would, without rejecting', async () => {
    const cases: [unknown, Record<string, unknown> | null][] = [
      [null, null],
      [undefined, null],
      [{}, { source: 'unknown', code: null, serverMessage: null }],
      [42, { source: 'kuscia', code: 42, known: false }],
      ['x', { source: 'unknown', serverMessage: 'x' }],
      [
        { status: 'x', text: 5 },
        { source: 'unknown', httpStatus: null },
      ],
      // Has a text() and a failed status: read as a Response whose body says nothing.
      [
        { status: 500, text: () => 7 },
        { source: 'http', httpStatus: 500, serverMessage: null },
      ],
    ];
    for (const [value, expected] of cases) {
      const info = await parseKusciaResponse(value as Response);
      if (expected === null) {
        expect(info, String(value)).toBeNull();
      } else {
        assertWellFormed(info);
        expect(info, JSON.stringify(value)).toMatchObject(expected);
      }
    }
  });

  it('reads a UTF-8 body with a BOM-free Chinese SecretPad message', async () => {
    const info = await parseKusciaResponse(
      new Response(fixtureText('secretpad-9digit.json'), { status: 200 }),
    );
    expect(info).toMatchObject({ code: 202011402, known: false, serverMessage: '节点路由不存在' });
  });

  it('leaves a clone usable: parse the clone, keep the original', async () => {
    const response = new Response(fixtureText('domain-not-exists-11305.json'), { status: 200 });
    const info = await parseKusciaResponse(response.clone());
    expect(info?.code).toBe(11305);
    expect(((await response.json()) as { status: { code: number } }).status.code).toBe(11305);
  });
});

/** The KusciaApiError `promise` rejects with (fails the test if it resolves or rejects with anything else). */
async function rejection(promise: Promise<unknown>): Promise<KusciaApiError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  if (!isKusciaApiError(caught))
    throw new Error(`expected a KusciaApiError, got ${String(caught)}`);
  return caught;
}

describe('readKusciaResponse', () => {
  it('resolves the data of a success envelope', async () => {
    const data = await readKusciaResponse<{ domain_id: string }>(
      new Response(fixtureText('success-query-domain.json'), { status: 200, headers: json }),
    );
    expect(data).toEqual(
      (fixture('success-query-domain.json') as { data: { domain_id: string } }).data,
    );
    expect(data.domain_id).toBe('alice');
  });

  it('resolves undefined for a success without data (domain/create), and the data of a failed job', async () => {
    expect(
      await readKusciaResponse(new Response(fixtureText('success-create-domain.json'))),
    ).toBeUndefined();
    const job = await readKusciaResponse<{ status: { state: string } }>(
      new Response(fixtureText('job-failed-state.json')),
    );
    expect(job.status.state).toBe('Failed');
  });

  it('rejects a Kuscia failure sent with HTTP 200', async () => {
    const response = new Response(fixtureText('domain-not-exists-11305.json'), { status: 200 });
    const error = await rejection(readKusciaResponse(response));
    assertWellFormed(error.info);
    expect(error.info).toMatchObject({
      source: 'kuscia',
      code: 11305,
      httpStatus: 200,
      serverMessage: 'domains.kuscia.secretflow "bob" not found',
    });
    expect(error.info.input).toBe(response);
    expect(error.message).toBe('[Kuscia 11305] domains.kuscia.secretflow "bob" not found');
  });

  it('rejects the empty 401 of a bad token, and a gateway`s 502 page', async () => {
    const unauthorized = await rejection(readKusciaResponse(new Response(null, { status: 401 })));
    expect(unauthorized.info).toMatchObject({ source: 'http', httpStatus: 401, retryable: false });
    expect(unauthorized.message).toBe('[HTTP 401]');
    const gateway = await rejection(
      readKusciaResponse(new Response(fixtureText('gateway-502.html'), { status: 502 })),
    );
    expect(gateway.info).toMatchObject({
      source: 'http',
      httpStatus: 502,
      retryable: true,
      serverMessage: '502 Bad Gateway',
    });
  });

  it('lets a Kuscia code in the body win over a failed status', async () => {
    const error = await rejection(
      readKusciaResponse(
        new Response(fixtureText('master-unreachable-11103.json'), { status: 503 }),
      ),
    );
    expect(error.info).toMatchObject({ source: 'kuscia', code: 11103, httpStatus: 503 });
  });

  it('rejects a 200 login page as invalidResponse, saying what happened', async () => {
    const page = '<html><head><title>Sign in - Corp SSO</title></head><body></body></html>';
    const error = await rejection(readKusciaResponse(new Response(page, { status: 200 })));
    expect(error.info).toMatchObject({
      source: 'invalidResponse',
      httpStatus: 200,
      serverMessage: 'Sign in - Corp SSO',
    });
    expect(error.message).toBe(
      '[HTTP 200] the answer is not a KusciaAPI response (no JSON status): Sign in - Corp SSO',
    );
  });

  it('rejects an empty 200 as invalidResponse', async () => {
    const error = await rejection(readKusciaResponse(new Response(null, { status: 200 })));
    expect(error.info).toMatchObject({ source: 'invalidResponse', httpStatus: 200 });
    expect(error.message).toBe(
      '[HTTP 200] the answer is not a KusciaAPI response (no JSON status)',
    );
  });

  it('rejects a JSON 200 without a status as invalidResponse, keeping the HTTP status', async () => {
    const response = new Response('{"items":[]}', { status: 200, headers: json });
    const error = await rejection(readKusciaResponse(response));
    expect(error.info).toMatchObject({ source: 'invalidResponse', httpStatus: 200 });
    expect(error.message).toMatch(/the answer is not a KusciaAPI response \(no JSON status\)/);
  });

  it('resolves undefined for an empty 204, which parseKusciaResponse calls no error', async () => {
    await expect(readKusciaResponse(new Response(null, { status: 204 }))).resolves.toBeUndefined();
  });

  it('rejects, never resolves, when the body cannot be read (already used, or the stream broke)', async () => {
    const used = new Response(fixtureText('success-query-domain.json'), { status: 200 });
    await used.text();
    expect(isKusciaApiError(await rejection(readKusciaResponse(used)))).toBe(true);
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    expect(
      isKusciaApiError(await rejection(readKusciaResponse(new Response(broken, { status: 200 })))),
    ).toBe(true);
  });

  it('reads the body once: one text(), no clone, no json()', async () => {
    for (const [body, status] of [
      [fixtureText('success-query-domain.json'), 200],
      [fixtureText('domain-not-exists-11305.json'), 200],
      ['<html><title>502 Bad Gateway</title></html>', 502],
    ] as const) {
      const response = new Response(body, { status });
      const text = vi.spyOn(response, 'text');
      const clone = vi.spyOn(response, 'clone');
      const asJson = vi.spyOn(response, 'json');
      await readKusciaResponse(response).catch((error: unknown) => error);
      expect(text).toHaveBeenCalledTimes(1);
      expect(clone).not.toHaveBeenCalled();
      expect(asJson).not.toHaveBeenCalled();
      expect(response.bodyUsed).toBe(true);
    }
  });

  it('reads a body that can be read only once (a stream) and resolves its data', async () => {
    const bytes = new TextEncoder().encode(fixtureText('success-query-domain.json'));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    expect(await readKusciaResponse(new Response(stream))).toMatchObject({ domain_id: 'alice' });
  });

  it('unwraps what is not a Response: a parsed body', async () => {
    expect(
      await readKusciaResponse(fixture('success-query-domain.json') as Response),
    ).toMatchObject({ domain_id: 'alice' });
    const error = await rejection(
      readKusciaResponse(fixture('domain-exists-11306.json') as Response),
    );
    expect(error.info).toMatchObject({ source: 'kuscia', code: 11306, severity: 'warning' });
  });
});
