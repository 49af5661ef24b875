/* `/api/v1/route/*`: DomainRoutes, named `<source>-<destination>`. */
import { describe, expect, it } from 'vitest';
import type { RunningKusciaApiServer } from '../../examples/kuscia-api-server/server.mjs';
import { createDomains, kuscia, startServer } from './helpers';

const route = (overrides: Record<string, unknown> = {}) => ({
  source: 'alice',
  destination: 'bob',
  authentication_type: 'Token',
  endpoint: {
    host: 'bob.example.internal',
    ports: [{ name: 'http', port: 1080, protocol: 'HTTP' }],
  },
  ...overrides,
});

async function withDomains(): Promise<RunningKusciaApiServer> {
  const api = await startServer();
  await createDomains(api, 'alice', 'bob');
  return api;
}

describe('route/create', () => {
  it('creates a route that query returns, with its status', async () => {
    const api = await withDomains();
    const created = await kuscia(api, 'route/create', route());
    // CreateDomainRouteResponse declares `data`, which Kuscia leaves unset.
    expect(created).toEqual({ status: { code: 0, message: 'success', details: [] }, data: null });
    const { status, data } = await kuscia(api, 'route/query', {
      source: 'alice',
      destination: 'bob',
    });
    expect(status.code).toBe(0);
    expect(data).toMatchObject({
      name: 'alice-bob',
      authentication_type: 'Token',
      endpoint: {
        host: 'bob.example.internal',
        ports: [{ name: 'http', port: 1080, protocol: 'HTTP', isTLS: false }],
      },
      token_config: { token_gen_method: 'RSA-GEN', rolling_update_period: '0' },
      mtls_config: null,
      status: { status: 'Succeeded' },
    });
  });

  it('answers 11405 with the Kubernetes text for a duplicate', async () => {
    const api = await withDomains();
    await kuscia(api, 'route/create', route());
    expect((await kuscia(api, 'route/create', route())).status).toEqual({
      code: 11405,
      message: 'clusterdomainroutes.kuscia.secretflow "alice-bob" already exists',
      details: [],
    });
  });

  it('passes the missing domain’s lookup failure through, naming it (11305)', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect((await kuscia(api, 'route/create', route())).status).toEqual({
      code: 11305,
      message: 'domains.kuscia.secretflow "bob" not found',
      details: [],
    });
    expect((await kuscia(api, 'route/create', route({ source: 'carol' }))).status.message).toBe(
      'domains.kuscia.secretflow "carol" not found',
    );
  });

  it('answers 11400 for a port protocol Kuscia cannot route', async () => {
    const api = await withDomains();
    const body = route({ endpoint: { host: 'bob', ports: [{ port: 1080, protocol: 'FTP' }] } });
    expect((await kuscia(api, 'route/create', body)).status).toEqual({
      code: 11400,
      message: 'DomainRoute Port Protocol should be HTTP or HTTPS or GRPC or GRPCS',
      details: [],
    });
  });

  it('turns HTTPS into HTTP with TLS', async () => {
    const api = await withDomains();
    await kuscia(
      api,
      'route/create',
      route({ endpoint: { host: 'bob', ports: [{ port: 443, protocol: 'https' }] } }),
    );
    const { data } = await kuscia(api, 'route/query', { source: 'alice', destination: 'bob' });
    expect(data.endpoint.ports[0]).toMatchObject({ protocol: 'HTTP', isTLS: true });
  });

  it.each([
    [{ source: '' }, 'source can not be empty'],
    [{ destination: '' }, 'destination can not be empty'],
    [{ endpoint: { host: 'bob', ports: [] } }, 'endpoint can not be empty when transit is not set'],
    // Upstream's text ends with a space.
    [
      { endpoint: { host: 'bob', ports: [{ port: 0, protocol: 'HTTP' }] } },
      'endpoint port should be positive and less than or equal to 65535 ',
    ],
    [
      { endpoint: { host: 'bob', ports: [{ port: 65536, protocol: 'HTTP' }] } },
      'endpoint port should be positive and less than or equal to 65535 ',
    ],
    [{ authentication_type: '' }, 'authentication type can not be empty'],
  ])('answers 11100 for %j', async (overrides, message) => {
    const api = await withDomains();
    expect((await kuscia(api, 'route/create', route(overrides))).status).toEqual({
      code: 11100,
      message,
      details: [],
    });
  });
});

describe('route/query and route/delete', () => {
  it('answer 11404 with the Kubernetes text for a missing route', async () => {
    const api = await withDomains();
    for (const operation of ['route/query', 'route/delete']) {
      expect(
        (await kuscia(api, operation, { source: 'alice', destination: 'bob' })).status,
        operation,
      ).toEqual({
        code: 11404,
        message: 'clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
        details: [],
      });
    }
  });

  it('deletes a route', async () => {
    const api = await withDomains();
    await kuscia(api, 'route/create', route());
    expect(
      (await kuscia(api, 'route/delete', { source: 'alice', destination: 'bob' })).status.code,
    ).toBe(0);
    expect(
      (await kuscia(api, 'route/query', { source: 'alice', destination: 'bob' })).status.code,
    ).toBe(11404);
  });
});
