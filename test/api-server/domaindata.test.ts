/* `/api/v1/domaindata/*`: create, query, batchQuery, list, update, delete. */
import { describe, expect, it } from 'vitest';
import { createDomains, kuscia, startServer } from './helpers';

const table = (overrides: Record<string, unknown> = {}) => ({
  domain_id: 'alice',
  domaindata_id: 'alice-table',
  name: 'alice.csv',
  type: 'table',
  relative_uri: 'alice.csv',
  columns: [{ name: 'id1', type: 'str' }],
  ...overrides,
});

describe('domaindata/create', () => {
  it('creates a table that query (wrapped in `data`) returns', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const created = await kuscia(api, 'domaindata/create', table());
    expect(created).toEqual({
      status: { code: 0, message: 'success', details: [] },
      data: { domaindata_id: 'alice-table' },
    });
    const { status, data } = await kuscia(api, 'domaindata/query', {
      data: { domain_id: 'alice', domaindata_id: 'alice-table' },
    });
    expect(status.code).toBe(0);
    expect(data).toMatchObject({
      domaindata_id: 'alice-table',
      domain_id: 'alice',
      type: 'table',
      relative_uri: 'alice.csv',
      datasource_id: 'default-data-source',
      vendor: 'manual',
      status: 'Available',
      author: 'alice',
      columns: [{ name: 'id1', type: 'str' }],
    });
  });

  it('generates an id when none is given', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const { status, data } = await kuscia(api, 'domaindata/create', table({ domaindata_id: '' }));
    expect(status.code).toBe(0);
    expect(data.domaindata_id).toMatch(/^domaindata-[0-9a-f]{8}$/);
  });

  it('answers 11507 with the Kubernetes text for a duplicate id', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindata/create', table());
    expect((await kuscia(api, 'domaindata/create', table())).status).toEqual({
      code: 11507,
      message: 'domaindatas.kuscia.secretflow "alice-table" already exists',
      details: [],
    });
  });

  it('fails in a missing domain, naming the domain (its data source cannot exist)', async () => {
    const api = await startServer();
    expect((await kuscia(api, 'domaindata/create', table({ domain_id: 'carol' }))).status).toEqual({
      code: 11806,
      message: 'domain data source `default-data-source` is not exists in domain `carol`',
      details: [],
    });
  });

  it.each([
    [{ domain_id: '' }, 'request domain id can not be empty'],
    [{ type: '' }, 'request type can not be empty'],
    [{ relative_uri: '' }, 'request relative_uri can not be empty'],
    [
      { domaindata_id: 'Alice Table' },
      'Field "domaindata_id" is invalid, invalid value: "Alice Table": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ',
    ],
  ])('answers 11100 for %j', async (overrides, message) => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect((await kuscia(api, 'domaindata/create', table(overrides))).status).toEqual({
      code: 11100,
      message,
      details: [],
    });
  });
});

describe('domaindata/query, update and delete', () => {
  it('answer 11506 with the Kubernetes text for missing data', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const expected = {
      code: 11506,
      message: 'domaindatas.kuscia.secretflow "nope" not found',
      details: [],
    };
    const key = { domain_id: 'alice', domaindata_id: 'nope' };
    expect((await kuscia(api, 'domaindata/query', { data: key })).status).toEqual(expected);
    expect((await kuscia(api, 'domaindata/update', key)).status).toEqual(expected);
    expect((await kuscia(api, 'domaindata/delete', key)).status).toEqual(expected);
  });

  it('answers 11100 when the query forgets the `data` wrapper', async () => {
    const api = await startServer();
    const { status } = await kuscia(api, 'domaindata/query', {
      domain_id: 'alice',
      domaindata_id: 'x',
    });
    expect(status).toEqual({
      code: 11100,
      message: 'domain id and domaindata id can not be empty',
      details: [],
    });
  });

  it('updates the fields given and keeps the others', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindata/create', table());
    const updated = await kuscia(api, 'domaindata/update', {
      domain_id: 'alice',
      domaindata_id: 'alice-table',
      relative_uri: 'v2/alice.csv',
    });
    expect(updated.status.code).toBe(0);
    const { data } = await kuscia(api, 'domaindata/query', {
      data: { domain_id: 'alice', domaindata_id: 'alice-table' },
    });
    expect(data).toMatchObject({ relative_uri: 'v2/alice.csv', name: 'alice.csv', type: 'table' });
  });

  it('deletes', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindata/create', table());
    const key = { domain_id: 'alice', domaindata_id: 'alice-table' };
    expect((await kuscia(api, 'domaindata/delete', key)).status.code).toBe(0);
    expect((await kuscia(api, 'domaindata/query', { data: key })).status.code).toBe(11506);
  });
});

describe('domaindata/list', () => {
  it('lists a domain’s data, filtered by type', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindata/create', table());
    await kuscia(api, 'domaindata/create', table({ domaindata_id: 'alice-model', type: 'model' }));
    const all = await kuscia(api, 'domaindata/list', { data: { domain_id: 'alice' } });
    expect(all.data.domaindata_list).toHaveLength(2);
    const models = await kuscia(api, 'domaindata/list', {
      data: { domain_id: 'alice', domaindata_type: 'model' },
    });
    const listed = models.data.domaindata_list as { domaindata_id: string }[];
    expect(listed.map((item) => item.domaindata_id)).toEqual(['alice-model']);
  });

  it('finds nothing (not an error) in a domain that does not exist', async () => {
    const api = await startServer();
    const { status, data } = await kuscia(api, 'domaindata/list', { data: { domain_id: 'carol' } });
    expect(status.code).toBe(0);
    expect(data).toEqual({ domaindata_list: [] });
  });

  it.each([
    [{}, 'request data should not be nil'],
    [{ data: {} }, 'request domainID should not be empty'],
  ])(
    'answers %j from the handler’s Validate(): 11100 in the framework’s hand-built body',
    async (body, message) => {
      const api = await startServer();
      // No `details`, no `data`: the framework builds this body itself.
      expect(await kuscia(api, 'domaindata/list', body)).toEqual({
        status: { code: 11100, message },
      });
    },
  );
});

describe('domaindata/batchQuery', () => {
  it('answers the tables found, leaving out the missing ones', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindata/create', table());
    const { status, data } = await kuscia(api, 'domaindata/batchQuery', {
      data: [
        { domain_id: 'alice', domaindata_id: 'nothing' },
        { domain_id: 'alice', domaindata_id: 'alice-table' },
      ],
    });
    expect(status).toEqual({ code: 0, message: 'success', details: [] });
    expect(
      (data.domaindata_list as { domaindata_id: string }[]).map((item) => item.domaindata_id),
    ).toEqual(['alice-table']);
  });

  it.each([
    [{}, 'request data should not be nil'],
    [{ data: [] }, 'request data should not be nil'],
    [{ data: [{ domaindata_id: 't' }] }, 'request domainID should not be empty'],
    [
      { data: [{ domain_id: 'alice', domaindata_id: 't' }, { domain_id: 'alice' }] },
      'request domainDataID should not be empty',
    ],
  ])(
    'answers %j with 11100 from Validate(), which stops at the first problem',
    async (body, message) => {
      const api = await startServer();
      expect(await kuscia(api, 'domaindata/batchQuery', body)).toEqual({
        status: { code: 11100, message },
      });
    },
  );
});
