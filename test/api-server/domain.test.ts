/* `/api/v1/domain/*`: create, query, update, delete, batchQuery. */
import { describe, expect, it } from 'vitest';
import { createDomains, kuscia, startServer } from './helpers';

const REGEX_MESSAGE =
  'Field "domain_id" is invalid, invalid value: "Alice_1": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ';

describe('domain/create', () => {
  it('creates a domain that query then returns', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const { status, data } = await kuscia(api, 'domain/query', { domain_id: 'alice' });
    expect(status).toEqual({ code: 0, message: 'success', details: [] });
    expect(data).toMatchObject({ domain_id: 'alice', role: '', cert: '', master_domain_id: '' });
  });

  it('answers 11306 with the Kubernetes text for a duplicate', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const { status } = await kuscia(api, 'domain/create', { domain_id: 'alice' });
    expect(status).toEqual({
      code: 11306,
      message: 'domains.kuscia.secretflow "alice" already exists',
      details: [],
    });
  });

  it.each([
    [{}, 'domain id can not be empty'],
    [{ domain_id: 'Alice_1' }, REGEX_MESSAGE],
    [{ domain_id: 'master' }, "domain id can not be 'master', please choose another name"],
    [{ domain_id: 'bob', role: 'guest' }, 'role is invalid, must be empty or partner'],
    [
      { domain_id: 'bob', role: 'partner', master_domain_id: 'carol' },
      'check master domain id failed with err domains.kuscia.secretflow "carol" not found',
    ],
  ])('answers 11100 naming the field for %j', async (body, message) => {
    const api = await startServer();
    const { status } = await kuscia(api, 'domain/create', body);
    expect(status).toEqual({ code: 11100, message, details: [] });
  });

  it('checks the master domain has the same role', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const { status } = await kuscia(api, 'domain/create', {
      domain_id: 'bob',
      role: 'partner',
      master_domain_id: 'alice',
    });
    expect(status.code).toBe(11100);
    expect(status.message).toBe('master domain role is , but current role is partner');
  });

  it('gives a local domain a default data source, and a partner none', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domain/create', { domain_id: 'bob', role: 'partner' });
    expect([...(api.state.dataSources.get('alice')?.keys() ?? [])]).toEqual([
      'default-data-source',
    ]);
    expect(api.state.dataSources.get('bob')).toBeUndefined();
  });
});

describe('domain/query', () => {
  it('answers 11305 with the raw Kubernetes not-found text', async () => {
    const api = await startServer();
    const body = await kuscia(api, 'domain/query', { domain_id: 'bob' });
    expect(body).toEqual({
      status: { code: 11305, message: 'domains.kuscia.secretflow "bob" not found', details: [] },
      data: null,
    });
  });

  it('answers 11100 for an empty id', async () => {
    const api = await startServer();
    const { status } = await kuscia(api, 'domain/query', { domain_id: '' });
    expect(status).toEqual({ code: 11100, message: 'domain id can not be empty', details: [] });
  });
});

describe('domain/update and domain/delete', () => {
  it('updates an existing domain', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect(
      (await kuscia(api, 'domain/update', { domain_id: 'alice', cert: 'Y2VydA==' })).status.code,
    ).toBe(0);
    expect((await kuscia(api, 'domain/query', { domain_id: 'alice' })).data.cert).toBe('Y2VydA==');
  });

  it('answers 11102 when a domain caller (Kuscia-Source) reads or changes another domain', async () => {
    const api = await startServer();
    await createDomains(api, 'alice', 'bob');
    const asAlice = { headers: { 'Kuscia-Source': 'alice' } };
    for (const operation of ['domain/query', 'domain/update']) {
      expect(await kuscia(api, operation, { domain_id: 'bob' }, asAlice), operation).toMatchObject({
        status: {
          code: 11102,
          message:
            "domain's kusciaAPI could only operate its own Domain, request.DomainID must be alice not bob",
          details: [],
        },
      });
    }
    expect((await kuscia(api, 'domain/query', { domain_id: 'alice' }, asAlice)).status.code).toBe(
      0,
    );
  });

  it('answers 11303 with the Conflict text when someone else changed the domain (updateConflict)', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    api.switches.updateConflict = true;
    expect(await kuscia(api, 'domain/update', { domain_id: 'alice', cert: 'Y2VydA==' })).toEqual({
      status: {
        code: 11303,
        message:
          'Operation cannot be fulfilled on domains.kuscia.secretflow "alice": the object has been modified; please apply your changes to the latest version and try again',
        details: [],
      },
    });
  });

  it('answers 11305 for a missing domain, on update and on delete', async () => {
    const api = await startServer();
    for (const operation of ['domain/update', 'domain/delete']) {
      const { status } = await kuscia(api, operation, { domain_id: 'bob' });
      expect(status, operation).toEqual({
        code: 11305,
        message: 'domains.kuscia.secretflow "bob" not found',
        details: [],
      });
    }
  });

  it('deletes a domain with everything in its namespace', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindata/create', {
      domain_id: 'alice',
      domaindata_id: 't1',
      type: 'table',
      relative_uri: 't1.csv',
    });
    expect((await kuscia(api, 'domain/delete', { domain_id: 'alice' })).status.code).toBe(0);
    expect((await kuscia(api, 'domain/query', { domain_id: 'alice' })).status.code).toBe(11305);
    expect(api.state.domainData.has('alice')).toBe(false);
    expect(api.state.dataSources.has('alice')).toBe(false);
  });
});

describe('domain/batchQuery', () => {
  it('returns the domains in the order asked', async () => {
    const api = await startServer();
    await createDomains(api, 'alice', 'bob');
    const { status, data } = await kuscia(api, 'domain/batchQuery', {
      domain_ids: ['bob', 'alice'],
    });
    expect(status.code).toBe(0);
    const domains = data.domains as { domain_id: string }[];
    expect(domains.map((domain) => domain.domain_id)).toEqual(['bob', 'alice']);
  });

  it('fails on the first missing domain, and on empty ids', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect(
      (await kuscia(api, 'domain/batchQuery', { domain_ids: ['alice', 'carol'] })).status,
    ).toEqual({
      code: 11305,
      message: 'domains.kuscia.secretflow "carol" not found',
      details: [],
    });
    expect((await kuscia(api, 'domain/batchQuery', { domain_ids: [] })).status.message).toBe(
      'domain ids can not be empty',
    );
    expect(
      (await kuscia(api, 'domain/batchQuery', { domain_ids: ['alice', ''] })).status.message,
    ).toBe('domain id can not be empty on index 1');
  });
});
