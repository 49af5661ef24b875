/*
 * describeKusciaReason puts a reason into one locale's words: the most specific text the reason can fill,
 * kinds and fields localized, names as the message gave them, overrides on top, and never a
 * `{placeholder}` left visible.
 */
import { describe, expect, it } from 'vitest';
import {
  describeKusciaFieldIssues,
  describeKusciaReason,
  readKusciaReason,
  type KusciaErrorReason,
  type KusciaReasonTexts,
} from '../../../src/core/reason';
import { reasons as enUS } from '../../../src/locales/en-US/reasons';
import { reasons as zhCN } from '../../../src/locales/zh-CN/reasons';
import { kubernetes as k } from '../../fixtures/reason/kubernetes';
import { kuscia as c } from '../../fixtures/reason/kuscia';
import { transport as t } from '../../fixtures/reason/transport';
import type { MessageFixture } from '../../fixtures/reason/types';
import { validation as v } from '../../fixtures/reason/validation';

function reasonOf(fixture: MessageFixture): KusciaErrorReason {
  const reason = readKusciaReason(fixture.message, fixture.code);
  if (reason === null) throw new Error(`no reason in ${fixture.message}`);
  return reason;
}

describe('one real message per family, in both locales', () => {
  const cases: readonly (readonly [MessageFixture, string, string])[] = [
    [k.notFoundJob, 'Job “job-psi-1” does not exist', '任务“job-psi-1”不存在'],
    [
      k.notFoundDataSourceWrapped,
      'DomainDataSource “ds-1” does not exist in Domain alice',
      '节点 alice 中不存在数据源“ds-1”',
    ],
    [
      k.notFoundMasterDomain,
      'Master Domain “master-a” does not exist',
      'Master 节点“master-a”不存在',
    ],
    [
      c.domainDataNotExists,
      'DomainData “alice-table” could not be found',
      '找不到节点数据“alice-table”',
    ],
    [
      c.servingNotFound,
      'The Serving does not exist, or this Domain is not one of its participants',
      'Serving 不存在，或本节点不是该 Serving 的参与方',
    ],
    [k.alreadyExistsDomain, 'Domain “alice” already exists', '节点“alice”已存在'],
    [k.alreadyExistsRoute, 'DomainRoute “alice-bob” already exists', '节点路由“alice-bob”已存在'],
    [
      c.configKeyExists,
      'Configuration key “db-password” already exists',
      '配置项“db-password”已存在',
    ],
    [
      k.conflictJob,
      'Job “job-1” was changed by someone else at the same time',
      '任务“job-1”已被他人同时修改',
    ],
    [
      k.invalidMaxParallelism,
      'Job “job-psi-1” was rejected: max_parallelism is not valid',
      '任务“job-psi-1”被拒绝：字段 max_parallelism 不合法',
    ],
    [
      k.invalidTwoCauses,
      'Job “job-1” was rejected: 2 fields are not valid',
      '任务“job-1”被拒绝：2 个字段不合法',
    ],
    [k.invalidGeneric, 'Kubernetes rejected the object', 'Kubernetes 拒绝了该对象'],
    [
      k.forbiddenRbac,
      'Kuscia is not allowed to create DomainData “dd-1” in Domain alice',
      'Kuscia 无权在节点 alice 中创建节点数据“dd-1”',
    ],
    [
      k.forbiddenRbacCluster,
      'Kuscia is not allowed to get Domain “alice”',
      'Kuscia 无权读取节点“alice”',
    ],
    [k.forbiddenQuota, 'The resource quota “compute” would be exceeded', '将超出资源配额“compute”'],
    [k.forbiddenTerminating, 'Domain alice is being deleted', '节点 alice 正在删除中'],
    [
      k.unauthorized,
      'Kuscia could not authenticate to its internal Kubernetes API',
      'Kuscia 未通过其内部 Kubernetes API 的身份认证',
    ],
    [k.busyStorage, "Kuscia's Kubernetes API is busy", 'Kuscia 的 Kubernetes API 繁忙'],
    [
      k.busyGatewayTimeout,
      "Kuscia's Kubernetes API timed out",
      'Kuscia 的 Kubernetes API 处理超时',
    ],
    [
      k.internalWebhook,
      'The cluster webhook “validate.kyverno.svc” could not be called',
      '无法调用集群的 Webhook“validate.kyverno.svc”',
    ],
    [
      k.internalServer,
      "Kuscia's Kubernetes API reported an internal error",
      'Kuscia 的 Kubernetes API 发生内部错误',
    ],
    [
      t.apiserverRefused,
      "Kuscia's Kubernetes API is not running",
      'Kuscia 的 Kubernetes API 未在运行',
    ],
    [
      t.apiserverLiteDns,
      "This node cannot reach the master's Kubernetes API (apiserver.master.svc)",
      '本节点无法访问 Master 的 Kubernetes API（apiserver.master.svc）',
    ],
    [
      t.bareDeadline,
      "Kuscia's Kubernetes API did not answer in time",
      'Kuscia 的 Kubernetes API 未能及时响应',
    ],
    [
      t.masterStatus503,
      'The Kuscia master answered HTTP 503 to this lite node',
      'Kuscia Master 向本 Lite 节点返回了 HTTP 503',
    ],
    [
      t.masterStatus401,
      'The Kuscia master refused this lite node (HTTP 401)',
      'Kuscia Master 拒绝了本 Lite 节点（HTTP 401）',
    ],
    [
      t.masterTransport,
      'This lite node cannot connect to the Kuscia master',
      '本 Lite 节点无法连接 Kuscia Master',
    ],
    [
      k.admissionDenied,
      'Blocked by cluster policy “validation.gatekeeper.sh”',
      '被集群策略“validation.gatekeeper.sh”拦截',
    ],
    [c.liteNotSupported, 'This API is not available on a lite node', 'Lite 节点不提供此 API'],
    [c.masterNotSupported, 'This API is not available on the master', 'Master 节点不提供此 API'],
    [
      c.jobRestartSucceeded,
      'Job “job-1” has already succeeded; only failed or suspended Jobs can be restarted',
      '任务“job-1”已成功结束，只有失败或已暂停的任务才能重跑',
    ],
    [
      c.jobSuspendSucceeded,
      'Job “job-1” has already succeeded; only running Jobs can be suspended',
      '任务“job-1”已成功结束，只有运行中的任务才能暂停',
    ],
    [
      c.jobSuspendEmptyPhase,
      'Job “job-1” has not been scheduled yet, so it cannot be suspended',
      '任务“job-1”尚未被调度，暂不能暂停',
    ],
    [
      c.jobRestartUnknownPhase,
      'Job “job-1” is in phase “Rebooting”; only failed or suspended Jobs can be restarted',
      '任务“job-1”处于“Rebooting”状态，只有失败或已暂停的任务才能重跑',
    ],
    [k.emptyNamespace, 'The Domain ID is missing', '缺少节点 ID'],
    [
      k.invalidResourceName,
      'ID “a/b” contains a character that is not allowed',
      'ID“a/b”包含不允许的字符',
    ],
    [v.domainIdEmpty, 'Field domain_id is required', '字段 domain_id 为必填项'],
    [
      v.endpointWithoutTransit,
      'Field endpoint is required when no transit is set',
      '未设置中转时，字段 endpoint 为必填项',
    ],
    [
      v.handlerValidateJoined,
      '2 required fields are empty: domain_id, domaindata_id',
      '2 个必填字段为空：domain_id、domaindata_id',
    ],
    [v.infoKeyAndInfoEmpty, 'One of info_key, info is required', 'info_key、info 至少需要填写一项'],
    [v.sourceHeaderSet, 'The request has no Kuscia-Source header', '请求缺少 Kuscia-Source 请求头'],
    [
      v.nameRegexDomainId,
      "Field domain_id: only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
      '字段 domain_id：只能包含小写字母、数字、“-”和“.”（当前值“Alice_1”）',
    ],
    [
      v.serviceNamePrefix,
      "Field parties[0].service_name_prefix: must start with a lowercase letter and use only lowercase letters, digits and '-' (got “1abc”)",
      '字段 parties[0].service_name_prefix：必须以小写字母开头，且只能包含小写字母、数字和“-”（当前值“1abc”）',
    ],
    [v.certNotBase64, 'Field cert is not a valid certificate', '字段 cert 不是有效的证书'],
    [
      v.reservedMaster,
      'Field domain_id: “master” is a reserved Domain ID',
      '字段 domain_id：“master”是保留的节点 ID',
    ],
    [
      v.odpsEndpoint,
      'Field info.odps.endpoint: the ODPS endpoint must start with http:// or https://',
      '字段 info.odps.endpoint：ODPS 地址必须以 http:// 或 https:// 开头',
    ],
    [v.roleInvalid, 'Field role must be empty or partner', '字段 role 必须为空或为 partner'],
    [
      v.dataSourceType,
      'Field type: “ftp” is not supported; use one of localfs, oss, mysql, odps, postgresql, hive, dameng',
      '字段 type：不支持“ftp”，请使用 localfs、oss、mysql、odps、postgresql、hive、dameng 之一',
    ],
    [
      v.routeProtocol,
      'Field endpoint.ports[].protocol must be one of HTTP, HTTPS, GRPC, GRPCS',
      '字段 endpoint.ports[].protocol 必须是 HTTP、HTTPS、GRPC、GRPCS 之一',
    ],
    [
      v.approveResultLegal,
      'Field result has a value that is not supported',
      '字段 result 的取值不受支持',
    ],
    [
      v.routePort,
      'Field endpoint.ports[].port: the port must be between 1 and 65535',
      '字段 endpoint.ports[].port：端口必须在 1 到 65535 之间',
    ],
    [
      v.servingQuantity,
      'Field parties[].resources[].min_memory: “4GB” is not a valid resource quantity',
      '字段 parties[].resources[].min_memory：“4GB”不是有效的资源数量',
    ],
    [
      v.appImageMemoryQuantity,
      'Field deploy_templates[].containers[].resources.limits.memory is not a valid resource quantity',
      '字段 deploy_templates[].containers[].resources.limits.memory 不是有效的资源数量',
    ],
    [v.bareQuantity, 'A resource quantity is not valid', '资源数量格式不正确'],
    [
      v.configKeyLength,
      'Field key: the configuration key is too long (300 bytes; at most 256)',
      '字段 key：配置键过长（300 字节，最多 256 字节）',
    ],
    [
      v.configSize,
      "The Domain's configuration is too large (3670100 bytes; at most 3670016)",
      '节点配置总量过大（3670100 字节，上限 3670016 字节）',
    ],
    [
      v.certificateJoined,
      '3 fields are missing or not valid: common_name, duration_sec, key_type',
      '3 个字段缺失或不合法：common_name、duration_sec、key_type',
    ],
    [
      c.scopeOwnDomainData,
      'Domain alice may only operate on its own DomainData (the request named bob)',
      '节点 alice 只能操作自己的节点数据（请求中为 bob）',
    ],
    [
      c.scopeRouteQuery,
      'Domain alice may only query its own DomainRoutes (the request named carol → bob)',
      '节点 alice 只能查询与自己相关的节点路由（请求中为 carol → bob）',
    ],
    [
      c.scopeJobRetrieve,
      'This Domain may only query Jobs it takes part in',
      '本节点只能查询自己参与的任务',
    ],
    [
      c.scopeInitiatorP2P,
      'In P2P mode the initiator must be alice, not bob',
      'P2P 模式下发起方必须是 alice，而不是 bob',
    ],
    [c.scopeGrantSelf, 'A Domain cannot grant data to itself', '节点不能把数据授权给自己'],
    [c.bodyUnexpectedEof, 'The request body is empty or cut short', '请求体为空或被截断'],
    [
      c.bodyType,
      'Field domain_id in the request body has the wrong type (number given)',
      '请求体中字段 domain_id 的类型错误（传入的是 number）',
    ],
    [
      c.bodyUnknownField,
      'Unknown field domainId in the request body',
      '请求体中有未知字段 domainId',
    ],
  ];
  it.each(cases.map(([f, en, zh]) => ({ f, en, zh })))('$f.message', ({ f, en, zh }) => {
    const reason = reasonOf(f);
    expect(describeKusciaReason(reason, enUS).title).toBe(en);
    expect(describeKusciaReason(reason, zhCN).title).toBe(zh);
  });
});

describe('resolutions', () => {
  it('says the next step with the parameters filled', () => {
    expect(describeKusciaReason(reasonOf(k.notFoundDataSourceWrapped), enUS).resolution).toBe(
      'Check the ID and the Domain in the request, or create the DomainDataSource in Domain alice first.',
    );
    expect(describeKusciaReason(reasonOf(k.invalidMaxParallelism), enUS).resolution).toBe(
      'Must be at most 128. Correct max_parallelism and submit again.',
    );
    expect(describeKusciaReason(reasonOf(k.invalidMaxParallelism), zhCN).resolution).toBe(
      '不能大于 128。请修正 max_parallelism 后重新提交。',
    );
    expect(describeKusciaReason(reasonOf(k.invalidTwoCauses), enUS).resolution).toBe(
      'max_parallelism: Must be at most 128; tasks[0].task_id: Must match [a-z0-9]([-a-z0-9]*[a-z0-9])? (got “---”). Correct these fields and submit again.',
    );
    expect(describeKusciaReason(reasonOf(v.certificateJoined), zhCN).resolution).toBe(
      'common_name：必填；duration_sec：必须大于 0；key_type：必须是 PKCS#1、PKCS#8 之一。请修正后重新发送请求。',
    );
    expect(describeKusciaReason(reasonOf(k.admissionDenied), enUS).resolution).toBe(
      'The policy says: [require-labels] you must provide labels: {"owner"}. Change the object to satisfy it, or ask the cluster administrator.',
    );
    expect(describeKusciaReason(reasonOf(c.scopeDataSource), zhCN).resolution).toBe(
      '请将 domain_id 设为 alice，或调用节点 bob 的 KusciaAPI。',
    );
  });

  it('tells to wait and retry a job that is not processed yet', () => {
    expect(describeKusciaReason(reasonOf(c.jobSuspendEmptyPhase), enUS)).toEqual({
      title: 'Job “job-1” has not been scheduled yet, so it cannot be suspended',
      resolution: 'Kuscia has not processed the Job yet. Wait a few seconds and try again.',
    });
  });
});

describe("objects Kuscia keeps for itself, and Kubernetes' words", () => {
  it('never tells the user to create a ConfigMap, a Pod or a Node', () => {
    expect(describeKusciaReason(reasonOf(k.notFoundConfigMapQuery), enUS)).toEqual({
      title: 'ConfigMap “domain-config” does not exist',
      resolution:
        'Kuscia creates and manages this Kubernetes object itself; it cannot be created through KusciaAPI. It may not be ready yet or may have been removed: try again in a moment, and if the error persists, check the Kuscia logs.',
    });
    expect(describeKusciaReason(reasonOf(k.notFoundConfigMapKey), zhCN)).toEqual({
      title: 'ConfigMap“domain-config”不存在',
      resolution:
        '该 Kubernetes 对象由 Kuscia 自行创建和管理，无法通过 KusciaAPI 创建。它可能尚未就绪或已被删除：请稍后重试；若持续出现，请查看 Kuscia 日志。',
    });
    expect(describeKusciaReason(reasonOf(k.notFoundPod), enUS).title).toBe(
      'Pod “job-1-0” does not exist',
    );
    expect(describeKusciaReason(reasonOf(k.notFoundService), zhCN).title).toBe(
      'Service“job-1-0-fed”不存在',
    );
    expect(describeKusciaReason(reasonOf(k.notFoundNodeWrapped), zhCN).title).toBe(
      'Kubernetes 节点“node-1”不存在',
    );
  });

  it('names the leftover Deployment, not the Serving', () => {
    expect(describeKusciaReason(reasonOf(c.deploymentExists), enUS)).toEqual({
      title: 'Deployment “serving-1” already exists',
      resolution:
        'Kuscia manages this Kubernetes object itself and will not replace it; it is probably left over from an earlier object with the same ID. Use another ID, or ask an administrator to delete the leftover Deployment.',
    });
    expect(describeKusciaReason(reasonOf(c.deploymentExists), zhCN)).toEqual({
      title: 'Deployment“serving-1”已存在',
      resolution:
        '该 Kubernetes 对象由 Kuscia 自行管理，Kuscia 不会覆盖它；它可能是此前同 ID 对象的残留。请换一个 ID，或请管理员删除残留的 Deployment。',
    });
  });

  it('says what a used-up quota allows, with no RBAC advice', () => {
    expect(describeKusciaReason(reasonOf(k.forbiddenQuota), enUS).resolution).toBe(
      'The quota allows requests.cpu=8; requests.cpu=8 is in use and requests.cpu=2 was requested. Free resources (stop or delete Jobs and Servings that are no longer needed), or ask the cluster administrator to raise the quota.',
    );
    expect(describeKusciaReason(reasonOf(k.forbiddenQuota), zhCN).resolution).toBe(
      '配额上限为 requests.cpu=8，已使用 requests.cpu=8，本次申请 requests.cpu=2。请释放资源（停止或删除不再需要的任务和 Serving），或请集群管理员调高配额。',
    );
  });

  it('reads a type error as the types, in words', () => {
    expect(describeKusciaReason(reasonOf(k.invalidType), enUS)).toEqual({
      title: 'Job “job-1” was rejected: initiator is not valid',
      resolution: 'Must be a string (got an integer). Correct initiator and submit again.',
    });
    expect(describeKusciaReason(reasonOf(k.invalidType), zhCN).resolution).toBe(
      '必须是字符串（传入的是整数）。请修正 initiator 后重新提交。',
    );
    // A type the locale does not name is shown as the server wrote it.
    expect(
      describeKusciaFieldIssues(
        {
          family: 'invalidObject',
          fields: [
            {
              family: 'invalidObject',
              field: 'x',
              rule: 'type',
              expected: 'int-or-string',
              value: 'array',
            },
          ],
        },
        enUS,
      ),
    ).toEqual({ x: 'Must be of type int-or-string' });
  });

  it('counts every cause of a long aggregate, not only those it lists', () => {
    expect(describeKusciaReason(reasonOf(k.invalidManyCauses), enUS).title).toBe(
      'Job “job-1” was rejected: 25 fields are not valid',
    );
    expect(describeKusciaReason(reasonOf(k.invalidManyCauses), zhCN).title).toBe(
      '任务“job-1”被拒绝：25 个字段不合法',
    );
  });

  it('localizes Kubernetes verbs in zh-CN, keeping one it does not know, set apart by spaces', () => {
    const rbac = { family: 'forbidden', rule: 'rbac', kind: 'Node' } as const;
    expect(describeKusciaReason({ ...rbac, verb: 'list' }, zhCN).title).toBe(
      'Kuscia 无权列出 Kubernetes 节点',
    );
    expect(describeKusciaReason({ ...rbac, verb: 'escalate' }, zhCN).title).toBe(
      'Kuscia 无权 escalate Kubernetes 节点',
    );
    expect(describeKusciaReason({ ...rbac, verb: 'list' }, enUS).title).toBe(
      'Kuscia is not allowed to list Node',
    );
  });
});

describe('catalogue reasons', () => {
  it('session expired: sign in again', () => {
    expect(describeKusciaReason({ family: 'sessionExpired' }, enUS)).toEqual({
      title: 'Your session has expired',
      resolution: 'Sign in again to continue.',
    });
    expect(describeKusciaReason({ family: 'sessionExpired' }, zhCN)).toEqual({
      title: '登录已过期',
      resolution: '请重新登录后继续。',
    });
  });

  it('permission denied: ask an administrator, never sign in', () => {
    const en = describeKusciaReason({ family: 'permissionDenied' }, enUS);
    expect(en).toEqual({
      title: 'You are not allowed to do this',
      resolution: 'Ask an administrator for access if you need it.',
    });
    expect(`${en.title} ${en.resolution}`).not.toMatch(/sign in|log in/i);
    const zh = describeKusciaReason({ family: 'permissionDenied' }, zhCN);
    expect(`${zh.title}${zh.resolution}`).not.toMatch(/登录/);
  });

  it('account locked, with and without the minutes', () => {
    expect(describeKusciaReason({ family: 'accountLocked', minutes: '5' }, enUS).title).toBe(
      'Sign-in is locked; try again in 5 minutes',
    );
    expect(describeKusciaReason({ family: 'accountLocked', minutes: '5' }, zhCN).title).toBe(
      '登录已被锁定，请 5 分钟后再试',
    );
    expect(describeKusciaReason({ family: 'accountLocked' }, enUS).title).toBe('Sign-in is locked');
  });
});

describe('choosing and filling the text', () => {
  it('falls back to a less specific text when a parameter is missing', () => {
    expect(describeKusciaReason({ family: 'notFound', kind: 'Job' }, enUS).title).toBe(
      'Job does not exist',
    );
    expect(describeKusciaReason({ family: 'notFound' }, enUS).title).toBe(
      'The object does not exist',
    );
    expect(describeKusciaReason({ family: 'masterUnreachable' }, zhCN).title).toBe(
      '本 Lite 节点无法访问 Kuscia Master',
    );
    expect(describeKusciaReason({ family: 'fieldEnum', value: 'x' }, enUS).title).toBe(
      'A field has a value that is not supported',
    );
  });

  it('localizes kinds and fields through the maps, and leaves names as they are', () => {
    const texts: KusciaReasonTexts = {
      ...enUS,
      kinds: { ...enUS.kinds, Job: 'training job' },
      fields: { 'tasks[].alias': 'Task name', domain_id: 'Domain ID' },
    };
    expect(
      describeKusciaReason({ family: 'notFound', kind: 'Job', name: 'Job-{x}' }, texts).title,
    ).toBe('training job “Job-{x}” does not exist');
    expect(
      describeKusciaReason({ family: 'fieldRequired', field: 'tasks[2].alias' }, texts).title,
    ).toBe('Field Task name is required');
    expect(describeKusciaReason({ family: 'fieldRequired', field: 'domain_id' }, texts).title).toBe(
      'Field Domain ID is required',
    );
  });

  it('reads inherited names from no map', () => {
    expect(
      describeKusciaReason({ family: 'notFound', kind: 'constructor', name: 'x' }, enUS).title,
    ).toBe('constructor “x” does not exist');
  });

  it('lets overrides win, per text key and per part', () => {
    const reason = reasonOf(k.notFoundJob);
    expect(
      describeKusciaReason(reason, enUS, { 'notFound.named': { title: 'No job called {name}' } }),
    ).toEqual({
      title: 'No job called job-psi-1',
      resolution:
        'Check the ID in the request, or create the Job first; it may also have been deleted in the meantime.',
    });
    expect(
      describeKusciaReason(reason, zhCN, { 'notFound.named': { resolution: '请联系管理员。' } }),
    ).toEqual({ title: '任务“job-psi-1”不存在', resolution: '请联系管理员。' });
  });

  it('skips an override that needs a parameter the reason lacks, and never shows a placeholder', () => {
    const reason = reasonOf(k.notFoundJob);
    expect(
      describeKusciaReason(reason, enUS, { 'notFound.named': { title: '{kind} {name} in {zone}' } })
        .title,
    ).toBe('Job does not exist');
    expect(
      describeKusciaReason({ family: 'unauthorized' }, enUS, {
        unauthorized: { title: 'Denied by {server}', resolution: 'Ask {who} now' },
      }),
    ).toEqual({ title: 'Denied by', resolution: 'Ask now' });
  });

  it('gives empty strings for a family it does not know, and never throws', () => {
    expect(describeKusciaReason({ family: 'nope' } as unknown as KusciaErrorReason, enUS)).toEqual({
      title: '',
      resolution: '',
    });
    expect(describeKusciaReason(null as unknown as KusciaErrorReason, enUS)).toEqual({
      title: '',
      resolution: '',
    });
    expect(
      describeKusciaReason({ family: 'notFound' }, {} as unknown as KusciaReasonTexts),
    ).toEqual({ title: '', resolution: '' });
  });
});

describe('describing the same reason again', () => {
  it('gives the same text, and follows a change of locale or overrides', () => {
    const reason = readKusciaReason(k.notFoundJob.message, k.notFoundJob.code);
    if (reason === null) throw new Error('no reason');
    expect(describeKusciaReason(reason, enUS).title).toBe('Job “job-psi-1” does not exist');
    expect(describeKusciaReason(reason, enUS).title).toBe('Job “job-psi-1” does not exist');
    expect(describeKusciaReason(reason, zhCN).title).toBe('任务“job-psi-1”不存在');
    const overrides = { 'notFound.named': { title: 'No {kind} named {name}' } };
    expect(describeKusciaReason(reason, enUS, overrides).title).toBe('No Job named job-psi-1');
    expect(describeKusciaReason(reason, enUS).title).toBe('Job “job-psi-1” does not exist');
  });
});
