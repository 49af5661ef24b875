/* `/api/v1/domaindatasource/*`: create, query, list, delete, and the 11807 encoding failure. */
import { describe, expect, it } from 'vitest';
import { createDomains, kuscia, startServer } from './helpers';

const oss = (overrides: Record<string, unknown> = {}) => ({
  domain_id: 'alice',
  datasource_id: 'alice-oss',
  type: 'oss',
  name: 'Alice OSS',
  info: {
    oss: {
      endpoint: 'https://oss.example.com',
      bucket: 'secretflow',
      prefix: 'kuscia/',
      access_key_id: 'ak',
      access_key_secret: 'sk',
      virtualhost: true,
    },
  },
  access_directly: true,
  ...overrides,
});

describe('domaindatasource/create', () => {
  it('creates a data source that query returns, every info block present', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect(await kuscia(api, 'domaindatasource/create', oss())).toEqual({
      status: { code: 0, message: 'success', details: [] },
      data: { datasource_id: 'alice-oss' },
    });
    const { status, data } = await kuscia(api, 'domaindatasource/query', {
      domain_id: 'alice',
      datasource_id: 'alice-oss',
    });
    expect(status.code).toBe(0);
    expect(data).toMatchObject({
      domain_id: 'alice',
      datasource_id: 'alice-oss',
      type: 'oss',
      status: '',
      info: { localfs: null, database: null, odps: null, oss: { bucket: 'secretflow' } },
      info_key: '',
      access_directly: true,
    });
  });

  it('answers 11807 for info that cannot be encoded: a NUL character', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const body = oss({ type: 'localfs', info: { localfs: { path: '/data\u0000/alice' } } });
    expect((await kuscia(api, 'domaindatasource/create', body)).status).toEqual({
      code: 11807,
      message: 'encode data source info failed, info.localfs.path contains a NUL character',
      details: [],
    });
  });

  it('answers 11807 for info that cannot be encoded: a value that is not a string', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const body = oss({
      type: 'mysql',
      info: {
        database: { endpoint: 'db:3306', user: 'u', password: 'p', database: { name: 'kuscia' } },
      },
    });
    expect((await kuscia(api, 'domaindatasource/create', body)).status).toEqual({
      code: 11807,
      message:
        'encode data source info failed, info.database.database must be a string, got object',
      details: [],
    });
    expect(api.state.dataSources.get('alice')?.has('alice-oss')).toBe(false);
  });

  it.each([
    [{ domain_id: '' }, 'domain id can not be empty'],
    [
      { type: 'ftp' },
      'domain data source type "ftp" doesn\'t support, the available types are [localfs,oss,mysql,odps,postgresql]',
    ],
    [{ type: 'localfs' }, 'localfs info is nil'],
    [{ info: { oss: { bucket: 'b' } } }, "oss 'endpoint' is empty"],
  ])('answers 11100 for %j', async (overrides, message) => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect((await kuscia(api, 'domaindatasource/create', oss(overrides))).status).toEqual({
      code: 11100,
      message,
      details: [],
    });
  });

  it('answers 11800 for a duplicate, for no info, and for an info key it cannot resolve', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindatasource/create', oss());
    expect((await kuscia(api, 'domaindatasource/create', oss())).status).toEqual({
      code: 11800,
      message: 'domain data source alice-oss already exist',
      details: [],
    });
    expect(
      (await kuscia(api, 'domaindatasource/create', oss({ datasource_id: 'x', info: null }))).status
        .message,
    ).toBe('domain data source info key and info all empty');
    expect(
      (
        await kuscia(
          api,
          'domaindatasource/create',
          oss({ datasource_id: 'y', info_key: 'secret-1' }),
        )
      ).status,
    ).toEqual({
      code: 11800,
      message: 'domain data source info key secret-1 not exist',
      details: [],
    });
  });

  it('answers 11305 with the namespace text in a missing domain', async () => {
    const api = await startServer();
    expect(
      (await kuscia(api, 'domaindatasource/create', oss({ domain_id: 'carol' }))).status,
    ).toEqual({
      code: 11305,
      message: 'namespaces "carol" not found',
      details: [],
    });
  });
});

describe('domaindatasource/query, list and delete', () => {
  it('answers 11802 (not 11806) for a missing data source, Kuscia wrapping the Kubernetes text', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    expect(
      await kuscia(api, 'domaindatasource/query', { domain_id: 'alice', datasource_id: 'nope' }),
    ).toEqual({
      status: {
        code: 11802,
        message:
          'get domain alice kuscia data source nope failed, domaindatasources.kuscia.secretflow "nope" not found',
        details: [],
      },
      data: null,
    });
  });

  it('lists the default data source of a new local domain', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    const { status, data } = await kuscia(api, 'domaindatasource/list', { domain_id: 'alice' });
    expect(status.code).toBe(0);
    expect(data.datasource_list).toEqual([
      expect.objectContaining({
        datasource_id: 'default-data-source',
        type: 'localfs',
        info: expect.objectContaining({ localfs: { path: '/home/kuscia/var/storage/data' } }),
      }),
    ]);
    expect((await kuscia(api, 'domaindatasource/list', {})).status).toEqual({
      code: 11100,
      message: "request domainID can't be empty",
      details: [],
    });
  });

  it('deletes, and treats deleting a missing data source as done, as Kuscia does', async () => {
    const api = await startServer();
    await createDomains(api, 'alice');
    await kuscia(api, 'domaindatasource/create', oss());
    const key = { domain_id: 'alice', datasource_id: 'alice-oss' };
    expect((await kuscia(api, 'domaindatasource/delete', key)).status.code).toBe(0);
    expect((await kuscia(api, 'domaindatasource/delete', key)).status.code).toBe(0);
    expect((await kuscia(api, 'domaindatasource/query', key)).status.code).toBe(11802);
  });
});
