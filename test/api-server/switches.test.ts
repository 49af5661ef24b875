/* The failure switches and the admin API that controls them (no token: a development-only door). */
import { describe, expect, it } from 'vitest';
import { call, createDomains, kuscia, startServer } from './helpers';

describe('masterUnreachable', () => {
  it('answers every call with 11103 and the Master client’s text, as a cut-off Lite node does', async () => {
    const api = await startServer({ masterUnreachable: true });
    const message = `unexpected error, status_code: '503', msg: "no healthy upstream"`;
    expect(await kuscia(api, 'domain/query', { domain_id: 'alice' })).toEqual({
      status: { code: 11103, message, details: [] },
      data: null,
    });
    // CreateDomainResponse has no data field, failing or not.
    expect(await kuscia(api, 'domain/create', { domain_id: 'alice' })).toEqual({
      status: { code: 11103, message, details: [] },
    });
    expect(api.state.domains.size).toBe(0);
  });

  it('leaves the token check and the binder in front of it', async () => {
    const api = await startServer({ masterUnreachable: true });
    expect((await call(api, '/api/v1/domain/query', {}, { token: 'wrong' })).status).toBe(401);
    expect(
      (await call(api, '/api/v1/domain/query', undefined, { raw: '{' })).body.status.code,
    ).toBe(11101);
  });
});

describe('gateway502', () => {
  it('answers every API call with HTTP 502 and an HTML page, before any token check', async () => {
    const api = await startServer({ gateway502: true });
    for (const token of [undefined, null]) {
      const answer = await call(api, '/api/v1/domain/query', { domain_id: 'alice' }, { token });
      expect(answer.status).toBe(502);
      expect(answer.headers.get('content-type')).toBe('text/html');
      expect(answer.text).toMatch(/^<html>\r\n<head><title>502 Bad Gateway<\/title><\/head>/);
    }
  });
});

describe('latencyMs', () => {
  it('holds every API response back, long enough for a client timeout to fire', async () => {
    const api = await startServer({ latencyMs: 400 });
    await expect(
      call(
        api,
        '/api/v1/domain/query',
        { domain_id: 'alice' },
        { signal: AbortSignal.timeout(100) },
      ),
    ).rejects.toMatchObject({ name: 'TimeoutError' });

    const started = performance.now();
    const answer = await call(api, '/api/v1/domain/query', { domain_id: 'alice' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(answer.body.status.code).toBe(11305);
  });

  it('does not hold back the admin API, nor keep a closing server open', async () => {
    const api = await startServer({ latencyMs: 600_000 });
    const started = performance.now();
    expect((await call(api, '/admin/switches', undefined, { method: 'GET' })).status).toBe(200);
    const pending = call(api, '/api/v1/domain/query', {}).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api.close();
    expect(await pending).toBeInstanceOf(TypeError);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('updateConflict', () => {
  it('makes the next update conflict once, then turns itself off', async () => {
    const api = await startServer({ updateConflict: true });
    await createDomains(api, 'alice', 'bob');
    // A read, and a write that changes nothing, leave the switch armed.
    expect((await kuscia(api, 'domain/query', { domain_id: 'alice' })).status.code).toBe(0);
    expect(api.switches.updateConflict).toBe(true);
    expect(await kuscia(api, 'domain/update', { domain_id: 'alice', role: 'partner' })).toEqual({
      status: {
        code: 11303,
        message:
          'Operation cannot be fulfilled on domains.kuscia.secretflow "alice": the object has been modified; please apply your changes to the latest version and try again',
        details: [],
      },
    });
    expect(api.switches.updateConflict).toBe(false);
    expect(api.state.domains.get('alice')?.role).toBe('');
    expect(
      (await kuscia(api, 'domain/update', { domain_id: 'alice', role: 'partner' })).status.code,
    ).toBe(0);
    expect(api.state.domains.get('alice')?.role).toBe('partner');
  });

  it('leaves a call that fails earlier, for a missing object, to its own failure', async () => {
    const api = await startServer({ updateConflict: true });
    expect((await kuscia(api, 'domain/update', { domain_id: 'carol' })).status.code).toBe(11305);
    expect(api.switches.updateConflict).toBe(true);
  });
});

describe('tokenExpired', () => {
  it('refuses the configured token with HTTP 401 and an empty body', async () => {
    const api = await startServer();
    await call(api, '/admin/switches', { tokenExpired: true }, { token: null });
    const answer = await call(api, '/api/v1/domain/query', { domain_id: 'alice' });
    expect(answer.status).toBe(401);
    expect(answer.text).toBe('');
    await call(api, '/admin/switches', { tokenExpired: false }, { token: null });
    expect((await call(api, '/api/v1/domain/query', { domain_id: 'alice' })).status).toBe(200);
  });
});

describe('the admin API', () => {
  it('reports and updates the switches without a token', async () => {
    const api = await startServer();
    const initial = await call(api, '/admin/switches', undefined, { method: 'GET', token: null });
    expect(JSON.parse(initial.text)).toEqual({
      masterUnreachable: false,
      latencyMs: 0,
      gateway502: false,
      updateConflict: false,
      tokenExpired: false,
      flavour: 'kuscia',
    });

    const updated = await call(
      api,
      '/admin/switches',
      { gateway502: true, latencyMs: 10 },
      { token: null },
    );
    expect(updated.status).toBe(200);
    expect(JSON.parse(updated.text)).toEqual({
      masterUnreachable: false,
      latencyMs: 10,
      gateway502: true,
      updateConflict: false,
      tokenExpired: false,
      flavour: 'kuscia',
    });
    expect((await call(api, '/api/v1/domain/query', { domain_id: 'alice' })).status).toBe(502);

    await call(
      api,
      '/admin/switches',
      { gateway502: false, masterUnreachable: true },
      { token: null },
    );
    expect((await kuscia(api, 'domain/query', { domain_id: 'alice' })).status.code).toBe(11103);
  });

  it.each([
    [{ latencyMs: -1 }, 'latencyMs must be a whole number of milliseconds from 0 to 600000'],
    [{ latencyMs: '100' }, 'latencyMs must be a whole number of milliseconds from 0 to 600000'],
    [{ gateway502: 'yes' }, 'gateway502 must be true or false'],
    [{ updateConflict: 1 }, 'updateConflict must be true or false'],
    [{ flavour: 'SecretPad' }, 'flavour must be "kuscia" or "secretpad"'],
    [
      { serverDown: true },
      'unknown switch "serverDown": the switches are masterUnreachable, latencyMs, gateway502, updateConflict, tokenExpired and flavour',
    ],
    [[true], 'expected a JSON object of switches'],
  ])('refuses %j with 400 and changes nothing', async (patch, error) => {
    const api = await startServer();
    const answer = await call(api, '/admin/switches', patch);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ error });
    expect(api.switches).toEqual({
      masterUnreachable: false,
      latencyMs: 0,
      gateway502: false,
      updateConflict: false,
      tokenExpired: false,
      flavour: 'kuscia',
    });
  });

  it('refuses malformed JSON and the wrong method', async () => {
    const api = await startServer();
    expect((await call(api, '/admin/switches', undefined, { raw: '{' })).status).toBe(400);
    const wrongMethod = await call(api, '/admin/reset', undefined, { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await call(api, '/admin/nothing')).status).toBe(404);
  });

  it('resets every resource and every failure switch, and goes back to the start-up flavour', async () => {
    const api = await startServer({ latencyMs: 5, flavour: 'secretpad' });
    await call(api, '/admin/switches', { flavour: 'kuscia' }, { token: null });
    await createDomains(api, 'alice');
    await call(api, '/admin/switches', { masterUnreachable: true, tokenExpired: true });
    const answer = await call(api, '/admin/reset', undefined, { token: null });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      masterUnreachable: false,
      latencyMs: 0,
      gateway502: false,
      updateConflict: false,
      tokenExpired: false,
      flavour: 'secretpad',
    });
    await call(api, '/admin/switches', { flavour: 'kuscia' }, { token: null });
    expect(api.state.domains.size).toBe(0);
    expect(api.state.dataSources.size).toBe(0);
    expect((await kuscia(api, 'domain/query', { domain_id: 'alice' })).status.code).toBe(11305);
  });

  it('shuts the server down after answering 202, so the next call meets a refused connection', async () => {
    const api = await startServer();
    const closed = new Promise((resolve) => api.server.once('close', resolve));
    const answer = await call(api, '/admin/shutdown', undefined, { token: null });
    expect(answer.status).toBe(202);
    expect(JSON.parse(answer.text)).toEqual({ shuttingDown: true });
    await closed;
    await expect(call(api, '/api/v1/domain/query', {})).rejects.toMatchObject({
      cause: { code: 'ECONNREFUSED' },
    });
  });
});
