/*
 * The SecretPad flavour: the same operations, answered as SecretPad's backend answers its console
 * (secretpad/CODES.md §3-§5): HTTP 200, `{"status":{"code","msg"},"data"}`, `msg` from the zh-CN or en-US
 * catalog by `Accept-Language`, Kuscia's message embedded where SecretPad embeds it.
 */
import { describe, expect, it } from 'vitest';
import type { RunningKusciaApiServer } from '../../examples/kuscia-api-server/server.mjs';
import { call, createDomains, kuscia, manualClock, startServer } from './helpers';

async function secretPad(options = {}) {
  const clock = manualClock();
  return { api: await startServer({ now: clock.now, ...options }) };
}

/**
 * Calls one operation in the SecretPad flavour, with `User-Token` (SecretPad's header) and no `Token`; the
 * flavour switch is live, so the setup calls around it stay in the Kuscia flavour.
 */
async function pad(
  api: RunningKusciaApiServer,
  operation: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  api.switches.flavour = 'secretpad';
  const answer = await call(api, `/api/v1/${operation}`, body, {
    token: null,
    headers: { 'User-Token': api.token, ...headers },
  });
  api.switches.flavour = 'kuscia';
  expect(answer.status).toBe(200);
  return JSON.parse(answer.text) as unknown;
}

const EN = { 'Accept-Language': 'en-US,en;q=0.9' };

describe('success', () => {
  it('is code 0 and msg "success", with the operation’s data', async () => {
    const { api } = await secretPad();
    await createDomains(api, 'alice');
    expect(await pad(api, 'domain/create', { domain_id: 'bob' })).toEqual({
      status: { code: 0, msg: 'success' },
      data: null,
    });
    expect(await pad(api, 'domain/batchQuery', { domain_ids: ['alice'] })).toMatchObject({
      status: { code: 0, msg: 'success' },
      data: { domains: [{ domain_id: 'alice' }] },
    });
  });
});

describe('the login check (202011602)', () => {
  it.each([
    [{}, '用户认证失败: The request header does not contain User-Token!'],
    [{ 'User-Token': 'wrong' }, '用户认证失败: login is required'],
  ])('refuses %j with HTTP 200 and %s', async (headers, msg) => {
    const { api } = await secretPad({ flavour: 'secretpad' });
    const answer = await call(
      api,
      '/api/v1/domain/query',
      { domain_id: 'alice' },
      { token: null, headers },
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ status: { code: 202011602, msg }, data: null });
  });

  it('says the login expired when the tokenExpired switch is on, in English for an English browser', async () => {
    const { api } = await secretPad({ flavour: 'secretpad', tokenExpired: true });
    const zh = await call(
      api,
      '/api/v1/domain/query',
      {},
      { token: null, headers: { 'User-Token': api.token } },
    );
    expect(JSON.parse(zh.text)).toEqual({
      status: { code: 202011602, msg: '用户认证失败: login is expire, please login again.' },
      data: null,
    });
    const en = await call(
      api,
      '/api/v1/domain/query',
      {},
      {
        token: null,
        headers: { 'User-Token': api.token, ...EN },
      },
    );
    expect(JSON.parse(en.text)).toEqual({
      status: {
        code: 202011602,
        msg: 'Authentication user failed: login is expire, please login again.',
      },
      data: null,
    });
  });

  it('accepts KusciaAPI’s Token header too, so one proxy serves both flavours', async () => {
    const { api } = await secretPad({ flavour: 'secretpad' });
    const answer = await call(api, '/api/v1/domain/query', { domain_id: 'alice' });
    expect(JSON.parse(answer.text)).toEqual({
      status: { code: 202011403, msg: '节点不存在: alice' },
      data: null,
    });
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, '节点不存在: bob'],
    ['en', 'Node not exist: bob'],
    ['en-GB', 'Node not exist: bob'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '节点不存在: bob'],
    ['de-DE,de;q=0.9', '节点不存在: bob'],
    ['fr;q=0.5, en;q=0.9', 'Node not exist: bob'],
  ])('%s gives %s', async (language, msg) => {
    const { api } = await secretPad();
    const headers: Record<string, string> = language ? { 'Accept-Language': language } : {};
    expect(await pad(api, 'domain/query', { domain_id: 'bob' }, headers)).toEqual({
      status: { code: 202011403, msg },
      data: null,
    });
  });
});

describe('Kuscia failures, as SecretPad wraps them', () => {
  it('domain/create: 202011402 with the node id and Kuscia’s message after "in kuscia :"', async () => {
    const { api } = await secretPad();
    await createDomains(api, 'alice');
    expect(await pad(api, 'domain/create', { domain_id: 'alice' })).toEqual({
      status: {
        code: 202011402,
        msg: '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
      },
      data: null,
    });
    expect(await pad(api, 'domain/create', { domain_id: 'alice' }, EN)).toEqual({
      status: {
        code: 202011402,
        msg: 'Node create error: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
      },
      data: null,
    });
  });

  it('domain/create while the Master is unreachable: the 11103 text inside', async () => {
    const { api } = await secretPad({ masterUnreachable: true });
    expect(await pad(api, 'domain/create', { domain_id: 'alice' })).toEqual({
      status: {
        code: 202011402,
        msg: `节点创建失败: alice node create fail in kuscia :unexpected error, status_code: '503', msg: "no healthy upstream"`,
      },
      data: null,
    });
  });

  it('domain/delete: 202011404 with Kuscia’s message; a missing domain is 202011403', async () => {
    const { api } = await secretPad();
    expect(await pad(api, 'domain/delete', { domain_id: 'bob' })).toEqual({
      status: { code: 202011403, msg: '节点不存在: bob' },
      data: null,
    });
    expect(await pad(api, 'domain/delete', {})).toEqual({
      status: { code: 202011404, msg: '节点删除失败: domain id can not be empty' },
      data: null,
    });
  });

  it('route/create: an existing route is 202012901; other failures hide Kuscia’s text', async () => {
    const { api } = await secretPad();
    await createDomains(api, 'alice', 'bob');
    const route = {
      source: 'alice',
      destination: 'bob',
      authentication_type: 'Token',
      endpoint: { host: 'bob.example', ports: [{ port: 1080, protocol: 'HTTP' }] },
    };
    await kuscia(api, 'route/create', route);
    expect(await pad(api, 'route/create', route)).toEqual({
      status: { code: 202012901, msg: '路由已经存在 route exist alice->bob' },
      data: null,
    });
    expect(await pad(api, 'route/create', { ...route, destination: 'carol' }, EN)).toEqual({
      status: { code: 202011403, msg: 'Node not exist: carol' },
      data: null,
    });
    expect(
      await pad(api, 'route/create', {
        ...route,
        destination: 'alice',
        source: 'bob',
        endpoint: { host: 'a', ports: [{ port: 1, protocol: 'TCP' }] },
      }),
    ).toEqual({
      status: { code: 202012902, msg: '路由创建失败 create node router failed.' },
      data: null,
    });
  });

  it('route/delete: 202012904 with Kuscia’s message, a space and no colon in zh', async () => {
    const { api } = await secretPad();
    expect(await pad(api, 'route/delete', { source: 'alice', destination: 'bob' })).toEqual({
      status: {
        code: 202012904,
        msg: '路由删除失败 clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
      },
      data: null,
    });
    expect(await pad(api, 'route/delete', { source: 'alice', destination: 'bob' }, EN)).toEqual({
      status: {
        code: 202012904,
        msg: 'NodeRoute delete error: clusterdomainroutes.kuscia.secretflow "alice-bob" not found',
      },
      data: null,
    });
  });

  it('domaindata/create: 202011805 with a literal {0}, SecretPad passing no argument', async () => {
    const { api } = await secretPad();
    expect(
      await pad(api, 'domaindata/create', {
        domain_id: 'bob',
        type: 'table',
        relative_uri: 'b.csv',
      }),
    ).toEqual({ status: { code: 202011805, msg: '参数不合法: {0}' }, data: null });
  });

  it('domaindata/list and delete: the datatable codes, Kuscia’s text hidden', async () => {
    const { api } = await secretPad();
    expect(await pad(api, 'domaindata/list', {})).toEqual({
      status: { code: 202011303, msg: '查询数据表失败' },
      data: null,
    });
    expect(await pad(api, 'domaindata/delete', { domain_id: 'a', domaindata_id: 'b' }, EN)).toEqual(
      { status: { code: 202011304, msg: 'Delete datatable failed' }, data: null },
    );
  });

  it('domaindatasource/list: 202011100 with the whole Kuscia Status in protobuf text format', async () => {
    const { api } = await secretPad();
    expect(await pad(api, 'domaindatasource/list', {})).toEqual({
      status: {
        code: 202011100,
        msg: `入参校验失败: failed to query domain data sources code: 11100\nmessage: "request domainID can\\'t be empty"\n`,
      },
      data: null,
    });
  });

  it('job/create: 202011902 with Kuscia’s message', async () => {
    const { api } = await secretPad();
    await createDomains(api, 'alice', 'bob');
    const job = {
      job_id: 'job-1',
      initiator: 'alice',
      tasks: [
        {
          alias: 'psi',
          app_image: 'secretflow/psi:1.2',
          parties: [{ domain_id: 'alice' }, { domain_id: 'bob' }],
          task_input_config: JSON.stringify({ sf_input_ids: ['alice-table'] }),
        },
      ],
    };
    expect(await pad(api, 'job/create', job)).toEqual({
      status: {
        code: 202011902,
        msg: '项目任务创建失败: domaindatas.kuscia.secretflow "alice-table" not found',
      },
      data: null,
    });
    expect(await pad(api, 'job/create', { ...job, job_id: 'Job_1' }, EN)).toEqual({
      status: {
        code: 202011902,
        msg: 'Project job create error: Field "job_id" is invalid, invalid value: "Job_1": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ',
      },
      data: null,
    });
  });

  it('job/query and job/stop of a missing job: 202011901; a stop that fails otherwise is ignored', async () => {
    const { api } = await secretPad();
    expect(await pad(api, 'job/query', { job_id: 'job-9' })).toEqual({
      status: { code: 202011901, msg: '项目任务不存在' },
      data: null,
    });
    expect(await pad(api, 'job/stop', { job_id: 'job-9' }, EN)).toEqual({
      status: { code: 202011901, msg: 'Project job not exist' },
      data: null,
    });
    await createDomains(api, 'alice');
    await kuscia(api, 'job/create', {
      job_id: 'job-1',
      initiator: 'alice',
      tasks: [{ alias: 'a', parties: [{ domain_id: 'alice' }] }],
    });
    api.switches.updateConflict = true;
    expect(await pad(api, 'job/stop', { job_id: 'job-1' })).toEqual({
      status: { code: 0, msg: 'success' },
      data: null,
    });
  });

  it('job/restart: 202015009 with Kuscia’s message', async () => {
    const { api } = await secretPad();
    await createDomains(api, 'alice');
    await kuscia(api, 'job/create', {
      job_id: 'job-1',
      initiator: 'alice',
      tasks: [{ alias: 'a', parties: [{ domain_id: 'alice' }] }],
    });
    expect(await pad(api, 'job/restart', { job_id: 'job-1' })).toEqual({
      status: {
        code: 202015009,
        msg: '定时任务重跑失败: job: job-1 current status is Pending can not be restart.',
      },
      data: null,
    });
  });

  it('anything else: 202012101, Kuscia’s gRPC error code, with Kuscia’s message', async () => {
    const { api } = await secretPad();
    expect(
      await pad(api, 'domaindatasource/query', { domain_id: 'alice', datasource_id: 'x' }, EN),
    ).toEqual({
      status: {
        code: 202012101,
        msg: 'Kuscia grpc error: get domain alice kuscia data source x failed, domaindatasources.kuscia.secretflow "x" not found',
      },
      data: null,
    });
  });

  it('a body Spring cannot read: 202011101 with the reader’s reason', async () => {
    const { api } = await secretPad({ flavour: 'secretpad' });
    const answer = await call(api, '/api/v1/domain/query', undefined, {
      token: null,
      raw: '{"domain_id":',
      headers: { 'User-Token': api.token },
    });
    expect(JSON.parse(answer.text)).toEqual({
      status: { code: 202011101, msg: '系统未知错误: unexpected EOF' },
      data: null,
    });
  });

  it('leaves the gateway in front as it is: HTTP 502 with HTML', async () => {
    const { api } = await secretPad({ flavour: 'secretpad', gateway502: true });
    const answer = await call(api, '/api/v1/domain/query', {}, { token: null });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe('text/html');
  });
});
