import { describe, expect, it } from 'vitest';
import { parseKusciaResponse } from '../../src/core/response';
import { assertWellFormed, fixtureText } from './helpers';

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
    expect(info.cause).toBe(response);
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

  it('resolves to null for a 200 that is not JSON, and for an empty 200 or 204', async () => {
    expect(
      await parseKusciaResponse(new Response('<html><body>ok</body></html>', { status: 200 })),
    ).toBeNull();
    expect(await parseKusciaResponse(new Response('plain text', { status: 200 }))).toBeNull();
    expect(await parseKusciaResponse(new Response(null, { status: 200 }))).toBeNull();
    expect(await parseKusciaResponse(new Response(null, { status: 204 }))).toBeNull();
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

  it('never rejects for garbage passed as a Response', async () => {
    for (const value of [
      null,
      undefined,
      {},
      42,
      'x',
      { status: 'x', text: 5 },
      { status: 500, text: () => 7 },
    ]) {
      const info = await parseKusciaResponse(value as unknown as Response);
      if (info !== null) assertWellFormed(info);
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
