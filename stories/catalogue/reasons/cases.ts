import type { KusciaReasonFamily } from '../../../src';
import type { Locale } from '../../../test/fixtures';
import { kubernetes } from '../../../test/fixtures/reason/kubernetes';
import { kuscia } from '../../../test/fixtures/reason/kuscia';
import { transport } from '../../../test/fixtures/reason/transport';
import { validation } from '../../../test/fixtures/reason/validation';

/** One real KusciaAPI failure and what the alert must say for it. */
export interface ReasonCase {
  /** What happened, in the catalogue's own words (story text). */
  readonly label: string;
  /** The code and message as KusciaAPI sends them, with the upstream line they come from. */
  readonly fixture: { readonly code: number; readonly message: string; readonly source: string };
  /** `status` for a warning (nothing is broken), `alert` for an error. */
  readonly role: 'alert' | 'status';
  /** Whether the alert offers Retry (the cause may clear without a change). */
  readonly retry: boolean;
  /** The title and next step per locale. */
  readonly text: Readonly<Record<Locale, { readonly title: string; readonly resolution: string }>>;
}

/*
 * The oracle of the reason catalogue: for each family, real messages from test/fixtures/reason (upstream
 * format strings filled in, each with its source) and the texts the alert must show, written out as
 * literals. Each is src/locales/<locale>/reasons.ts's text for the key the message calls for, its
 * placeholders filled by hand from the message (kinds, phases and lists in that locale's words); never the
 * kit's own output. When a locale file changes on purpose, change them with it.
 */
export const REASON_CASES: Readonly<
  Record<
    Exclude<KusciaReasonFamily, 'sessionExpired' | 'permissionDenied' | 'accountLocked'>,
    readonly ReasonCase[]
  >
> = {
  notFound: [
    {
      label: 'A Job that does not exist (job/query)',
      fixture: kubernetes.notFoundJob,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Job “job-psi-1” does not exist',
          resolution:
            'Check the ID in the request, or create the Job first; it may also have been deleted in the meantime.',
        },
        'zh-CN': {
          title: '任务“job-psi-1”不存在',
          resolution: '请检查请求中的 ID，或先创建该任务；它也可能已被删除。',
        },
      },
    },
    {
      label: 'A data source missing in its Domain, wrapped by Kuscia',
      fixture: kubernetes.notFoundDataSourceWrapped,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'DomainDataSource “ds-1” does not exist in Domain alice',
          resolution:
            'Check the ID and the Domain in the request, or create the DomainDataSource in Domain alice first.',
        },
        'zh-CN': {
          title: '节点 alice 中不存在数据源“ds-1”',
          resolution: '请检查请求中的 ID 和节点，或先在节点 alice 中创建该数据源。',
        },
      },
    },
    {
      label: 'A Serving that does not exist, or this Domain is not one of its parties',
      fixture: kuscia.servingNotFound,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'The Serving does not exist, or this Domain is not one of its participants',
          resolution:
            'Check the Serving ID. Only the participants of a Serving can query, update or delete it.',
        },
        'zh-CN': {
          title: 'Serving 不存在，或本节点不是该 Serving 的参与方',
          resolution: '请检查 Serving ID；只有 Serving 的参与方才能查询、更新或删除它。',
        },
      },
    },
  ],
  alreadyExists: [
    {
      label: 'A job_id already taken, under the generic create code 11201',
      fixture: kubernetes.alreadyExistsJob,
      role: 'status',
      retry: false,
      text: {
        'en-US': {
          title: 'Job “job-1” already exists',
          resolution: 'Use another ID, or query or update the existing Job instead.',
        },
        'zh-CN': {
          title: '任务“job-1”已存在',
          resolution: '请换一个 ID，或改为查询、更新已有的任务。',
        },
      },
    },
    {
      label: 'A DomainRoute created twice',
      fixture: kubernetes.alreadyExistsRoute,
      role: 'status',
      retry: false,
      text: {
        'en-US': {
          title: 'DomainRoute “alice-bob” already exists',
          resolution:
            'A DomainRoute cannot be changed in place: delete it, then create it again with the new settings.',
        },
        'zh-CN': {
          title: '节点路由“alice-bob”已存在',
          resolution: '节点路由不能直接修改：请先删除，再按新的配置重新创建。',
        },
      },
    },
    {
      label: 'A configuration key created twice',
      fixture: kuscia.configKeyExists,
      role: 'status',
      retry: false,
      text: {
        'en-US': {
          title: 'Configuration key “db-password” already exists',
          resolution: 'Use another key, or update the existing one instead of creating it.',
        },
        'zh-CN': {
          title: '配置项“db-password”已存在',
          resolution: '请换一个键，或改用更新接口修改已有配置。',
        },
      },
    },
  ],
  updateConflict: [
    {
      label: 'A Job changed between read and write, under 11205',
      fixture: kubernetes.conflictJob,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: 'Job “job-1” was changed by someone else at the same time',
          resolution:
            "Reload the Job and try again. Kuscia's controllers update objects constantly, so a second attempt usually succeeds.",
        },
        'zh-CN': {
          title: '任务“job-1”已被他人同时修改',
          resolution:
            '请重新加载该任务后重试；Kuscia 的控制器会频繁更新对象，再试一次通常即可成功。',
        },
      },
    },
    {
      label: 'A delete precondition failed on a Domain',
      fixture: kubernetes.conflictStorage,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: 'Domain “alice” was changed by someone else at the same time',
          resolution:
            "Reload the Domain and try again. Kuscia's controllers update objects constantly, so a second attempt usually succeeds.",
        },
        'zh-CN': {
          title: '节点“alice”已被他人同时修改',
          resolution:
            '请重新加载该节点后重试；Kuscia 的控制器会频繁更新对象，再试一次通常即可成功。',
        },
      },
    },
  ],
  invalidObject: [
    {
      label: 'A Job the CRD rejects for two fields',
      fixture: kubernetes.invalidTwoCauses,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Job “job-1” was rejected: 2 fields are not valid',
          resolution:
            'max_parallelism: Must be at most 128; tasks[0].task_id: Must match [a-z0-9]([-a-z0-9]*[a-z0-9])? (got “---”). Correct these fields and submit again.',
        },
        'zh-CN': {
          title: '任务“job-1”被拒绝：2 个字段不合法',
          resolution:
            'max_parallelism：不能大于 128；tasks[0].task_id：必须匹配 [a-z0-9]([-a-z0-9]*[a-z0-9])?（当前值“---”）。请修正这些字段后重新提交。',
        },
      },
    },
    {
      label: 'A Domain ID Kuscia accepts but Kubernetes rejects',
      fixture: kubernetes.invalidName,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Domain “alice..bob” was rejected: domain_id is not valid',
          resolution:
            "Only lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (got “alice..bob”). Correct domain_id and submit again.",
        },
        'zh-CN': {
          title: '节点“alice..bob”被拒绝：字段 domain_id 不合法',
          resolution:
            '只能包含小写字母、数字、“-”和“.”，且以字母或数字开头和结尾（当前值“alice..bob”）。请修正 domain_id 后重新提交。',
        },
      },
    },
    {
      label: 'A DomainRoute token method the CRD does not allow',
      fixture: kubernetes.invalidRouteEnum,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'DomainRoute “alice-bob” was rejected: token_config.token_gen_method is not valid',
          resolution:
            '“RAND-GEN” is not supported; use one of RSA-GEN, UID-RSA-GEN. Correct token_config.token_gen_method and submit again.',
        },
        'zh-CN': {
          title: '节点路由“alice-bob”被拒绝：字段 token_config.token_gen_method 不合法',
          resolution:
            '不支持“RAND-GEN”，请使用 RSA-GEN、UID-RSA-GEN 之一。请修正 token_config.token_gen_method 后重新提交。',
        },
      },
    },
  ],
  forbidden: [
    {
      label: "Kuscia's service account lacks a permission",
      fixture: kubernetes.forbiddenRbac,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Kuscia is not allowed to create DomainData “dd-1” in Domain alice',
          resolution:
            "Kuscia's internal identity lacks this Kubernetes permission (RBAC). An administrator must grant it; retrying will not help.",
        },
        'zh-CN': {
          title: 'Kuscia 无权在节点 alice 中创建节点数据“dd-1”',
          resolution:
            'Kuscia 的内部身份缺少这项 Kubernetes 权限（RBAC），需由管理员授予；重试无济于事。',
        },
      },
    },
    {
      label: 'Creating in a Domain that is being deleted',
      fixture: kubernetes.forbiddenTerminating,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Domain alice is being deleted',
          resolution:
            'Nothing new can be created in a Domain that is being deleted. Wait until the deletion finishes, then create the Domain again if you still need it.',
        },
        'zh-CN': {
          title: '节点 alice 正在删除中',
          resolution:
            '正在删除的节点中不能创建新内容。请等待删除完成；如仍需要，再重新创建该节点。',
        },
      },
    },
  ],
  unauthorized: [
    {
      label: "Kuscia's credentials for its Kubernetes API refused",
      fixture: kubernetes.unauthorized,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Kuscia could not authenticate to its internal Kubernetes API',
          resolution:
            "Check Kuscia's kubeconfig and certificates (on a lite node, its token for the master) and restart Kuscia after rotating them. Your own KusciaAPI token is not the problem.",
        },
        'zh-CN': {
          title: 'Kuscia 未通过其内部 Kubernetes API 的身份认证',
          resolution:
            '请检查 Kuscia 的 kubeconfig 和证书（Lite 节点还需检查其访问 Master 的令牌），轮换证书后请重启 Kuscia。问题不在您的 KusciaAPI 令牌。',
        },
      },
    },
    {
      label: "The same, in client-go's words",
      fixture: kubernetes.unauthorizedClientGo,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Kuscia could not authenticate to its internal Kubernetes API',
          resolution:
            "Check Kuscia's kubeconfig and certificates (on a lite node, its token for the master) and restart Kuscia after rotating them. Your own KusciaAPI token is not the problem.",
        },
        'zh-CN': {
          title: 'Kuscia 未通过其内部 Kubernetes API 的身份认证',
          resolution:
            '请检查 Kuscia 的 kubeconfig 和证书（Lite 节点还需检查其访问 Master 的令牌），轮换证书后请重启 Kuscia。问题不在您的 KusciaAPI 令牌。',
        },
      },
    },
  ],
  serverBusy: [
    {
      label: "Kubernetes' storage unavailable",
      fixture: kubernetes.busyStorage,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: "Kuscia's Kubernetes API is busy",
          resolution:
            'Wait a few seconds and try again. If it persists, check the load on the Kuscia (k3s) instance.',
        },
        'zh-CN': {
          title: 'Kuscia 的 Kubernetes API 繁忙',
          resolution: '请稍等几秒后重试；若持续出现，请检查 Kuscia（k3s）实例的负载。',
        },
      },
    },
    {
      label: 'A create that timed out in Kubernetes',
      fixture: kubernetes.busyTimeout,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: "Kuscia's Kubernetes API timed out",
          resolution:
            'The operation may still complete. Check whether it took effect (query the object) before trying again.',
        },
        'zh-CN': {
          title: 'Kuscia 的 Kubernetes API 处理超时',
          resolution: '操作可能仍会完成。重试前请先确认是否已生效（例如查询该对象）。',
        },
      },
    },
  ],
  serverInternal: [
    {
      label: 'A cluster webhook that cannot be called',
      fixture: kubernetes.internalWebhook,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: 'The cluster webhook “validate.kyverno.svc” could not be called',
          resolution:
            'Kubernetes could not reach an admission webhook of the cluster. Ask the cluster administrator to check it, then try again.',
        },
        'zh-CN': {
          title: '无法调用集群的 Webhook“validate.kyverno.svc”',
          resolution: 'Kubernetes 无法访问集群的准入 Webhook。请集群管理员检查后再重试。',
        },
      },
    },
    {
      label: 'An internal error of the Kubernetes API',
      fixture: kubernetes.internalServer,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: "Kuscia's Kubernetes API reported an internal error",
          resolution: 'Try again. If it persists, check the Kuscia (k3s) logs.',
        },
        'zh-CN': {
          title: 'Kuscia 的 Kubernetes API 发生内部错误',
          resolution: '请重试；若持续出现，请查看 Kuscia（k3s）日志。',
        },
      },
    },
  ],
  apiserverUnreachable: [
    {
      label: 'The embedded k3s refusing connections',
      fixture: transport.apiserverRefused,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: "Kuscia's Kubernetes API is not running",
          resolution:
            'The connection was refused: the embedded k3s is down or restarting. Check the Kuscia container and its logs, then try again.',
        },
        'zh-CN': {
          title: 'Kuscia 的 Kubernetes API 未在运行',
          resolution:
            '连接被拒绝：内置 k3s 已停止或正在重启。请检查 Kuscia 容器及其日志，然后重试。',
        },
      },
    },
    {
      label: "A lite node that cannot resolve the master's API",
      fixture: transport.apiserverLiteDns,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: "This node cannot reach the master's Kubernetes API (apiserver.master.svc)",
          resolution:
            "Check the network route from this lite node to the master and the master's health, then try again.",
        },
        'zh-CN': {
          title: '本节点无法访问 Master 的 Kubernetes API（apiserver.master.svc）',
          resolution: '请检查本 Lite 节点到 Master 的网络路由以及 Master 的健康状态，然后重试。',
        },
      },
    },
    {
      label: "A certificate the Kubernetes API's client rejects",
      fixture: transport.apiserverTls,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: 'Kuscia could not set up a secure connection to its Kubernetes API',
          resolution:
            "A certificate was rejected. Check Kuscia's certificates and kubeconfig, and restart Kuscia after rotating them.",
        },
        'zh-CN': {
          title: 'Kuscia 无法与其 Kubernetes API 建立安全连接',
          resolution: '证书被拒绝。请检查 Kuscia 的证书和 kubeconfig，轮换证书后请重启 Kuscia。',
        },
      },
    },
  ],
  masterUnreachable: [
    {
      label: 'The master answering HTTP 503',
      fixture: transport.masterStatus503,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: 'The Kuscia master answered HTTP 503 to this lite node',
          resolution:
            "The master or its gateway is unavailable or failing. Check the master's health and the route to it, then try again.",
        },
        'zh-CN': {
          title: 'Kuscia Master 向本 Lite 节点返回了 HTTP 503',
          resolution:
            'Master 或其网关不可用或出错。请检查 Master 的健康状态及到它的路由，然后重试。',
        },
      },
    },
    {
      label: 'The master refusing this lite node (HTTP 401)',
      fixture: transport.masterStatus401,
      role: 'alert',
      // A registration or token problem: an unchanged retry is refused again (13386f4).
      retry: false,
      text: {
        'en-US': {
          title: 'The Kuscia master refused this lite node (HTTP 401)',
          resolution:
            "The master's gateway does not accept this node. Check the node's registration, certificates and token on the master.",
        },
        'zh-CN': {
          title: 'Kuscia Master 拒绝了本 Lite 节点（HTTP 401）',
          resolution: 'Master 的网关不接受本节点。请在 Master 上检查本节点的注册信息、证书和令牌。',
        },
      },
    },
    {
      label: 'A lite node that cannot resolve the master',
      fixture: transport.masterTransport,
      role: 'alert',
      retry: true,
      text: {
        'en-US': {
          title: 'This lite node cannot connect to the Kuscia master',
          resolution:
            "Check DNS, the network route to the master and the master's health, then try again.",
        },
        'zh-CN': {
          title: '本 Lite 节点无法连接 Kuscia Master',
          resolution: '请检查 DNS、到 Master 的网络路由以及 Master 的健康状态，然后重试。',
        },
      },
    },
  ],
  admissionDenied: [
    {
      label: 'A Gatekeeper policy denying the object, with its reason',
      fixture: kubernetes.admissionDenied,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Blocked by cluster policy “validation.gatekeeper.sh”',
          resolution:
            'The policy says: [require-labels] you must provide labels: {"owner"}. Change the object to satisfy it, or ask the cluster administrator.',
        },
        'zh-CN': {
          title: '被集群策略“validation.gatekeeper.sh”拦截',
          resolution:
            '策略说明：[require-labels] you must provide labels: {"owner"}。请按要求修改对象，或联系集群管理员。',
        },
      },
    },
    {
      label: 'A policy denying the object without a reason',
      fixture: kubernetes.admissionNoExplanation,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Blocked by cluster policy “policy.example.com”',
          resolution:
            'An admission webhook of the Kubernetes cluster rejected the object without saying why. Ask the cluster administrator about this policy.',
        },
        'zh-CN': {
          title: '被集群策略“policy.example.com”拦截',
          resolution:
            'Kubernetes 集群的准入 Webhook 拒绝了该对象且未说明原因。请向集群管理员咨询该策略。',
        },
      },
    },
  ],
  apiNotSupported: [
    {
      label: 'A master-only API called on a lite node',
      fixture: kuscia.liteNotSupported,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'This API is not available on a lite node',
          resolution: "Call the master's KusciaAPI, or an autonomy node's, instead.",
        },
        'zh-CN': {
          title: 'Lite 节点不提供此 API',
          resolution: '请改为调用 Master 或 Autonomy 节点的 KusciaAPI。',
        },
      },
    },
    {
      label: 'A task API called on the master',
      fixture: kuscia.masterNotSupported,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'This API is not available on the master',
          resolution: 'Call the KusciaAPI of the node that runs the task.',
        },
        'zh-CN': {
          title: 'Master 节点不提供此 API',
          resolution: '请调用运行该子任务的节点的 KusciaAPI。',
        },
      },
    },
  ],
  jobState: [
    {
      label: 'Suspending a Job that has succeeded',
      fixture: kuscia.jobSuspendSucceeded,
      role: 'status',
      retry: false,
      text: {
        'en-US': {
          title: 'Job “job-1” has already succeeded; only running Jobs can be suspended',
          resolution:
            'Query the Job to see its phase. A Job that has finished cannot be suspended.',
        },
        'zh-CN': {
          title: '任务“job-1”已成功结束，只有运行中的任务才能暂停',
          resolution: '请查询任务以了解其状态；已结束的任务不能暂停。',
        },
      },
    },
    {
      label: 'Restarting a Job that is running',
      fixture: kuscia.jobRestartRunning,
      role: 'status',
      retry: false,
      text: {
        'en-US': {
          title: 'Job “job-psi-2” is running; only failed or suspended Jobs can be restarted',
          resolution:
            'Query the Job to see its phase. Suspend a running Job before restarting it; to run a finished Job again, create a new Job.',
        },
        'zh-CN': {
          title: '任务“job-psi-2”正在运行，只有失败或已暂停的任务才能重跑',
          resolution:
            '请查询任务以了解其状态；运行中的任务需先暂停再重跑，已结束的任务如需再次运行，请创建新任务。',
        },
      },
    },
    {
      label: 'Suspending a Job Kuscia has not scheduled yet',
      fixture: kuscia.jobSuspendEmptyPhase,
      role: 'status',
      retry: true,
      text: {
        'en-US': {
          title: 'Job “job-1” has not been scheduled yet, so it cannot be suspended',
          resolution: 'Kuscia has not processed the Job yet. Wait a few seconds and try again.',
        },
        'zh-CN': {
          title: '任务“job-1”尚未被调度，暂不能暂停',
          resolution: 'Kuscia 尚未处理该任务。请等待几秒后重试。',
        },
      },
    },
  ],
  emptyIdentifier: [
    {
      label: 'An empty ID the Kubernetes client refuses to send',
      fixture: kubernetes.emptyResourceName,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'A required ID is missing',
          resolution: "Fill in the ID (lowercase letters, digits, '-' and '.').",
        },
        'zh-CN': {
          title: '缺少必填的 ID',
          resolution: '请填写 ID（小写字母、数字、“-”和“.”）。',
        },
      },
    },
    {
      label: 'An empty Domain ID',
      fixture: kubernetes.emptyNamespace,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'The Domain ID is missing',
          resolution: "Fill in domain_id (lowercase letters, digits, '-' and '.').",
        },
        'zh-CN': {
          title: '缺少节点 ID',
          resolution: '请填写 domain_id（小写字母、数字、“-”和“.”）。',
        },
      },
    },
    {
      label: "A Domain ID of '..'",
      fixture: kubernetes.invalidNamespaceName,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Domain ID “..” contains a character that is not allowed',
          resolution:
            "Use only lowercase letters, digits, '-' and '.'. '/' and '%' are not allowed, nor '.' or '..' on their own.",
        },
        'zh-CN': {
          title: '节点 ID“..”包含不允许的字符',
          resolution: '只能使用小写字母、数字、“-”和“.”；不能包含“/”和“%”，也不能只是“.”或“..”。',
        },
      },
    },
  ],
  fieldRequired: [
    {
      label: 'An empty domain_id',
      fixture: validation.domainIdEmpty,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field domain_id is required',
          resolution: 'Fill it in and send the request again.',
        },
        'zh-CN': {
          title: '字段 domain_id 为必填项',
          resolution: '请填写后重新发送请求。',
        },
      },
    },
    {
      label: 'A DomainRoute without endpoint or transit',
      fixture: validation.endpointWithoutTransit,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field endpoint is required when no transit is set',
          resolution: 'Fill in endpoint, or configure a transit route.',
        },
        'zh-CN': {
          title: '未设置中转时，字段 endpoint 为必填项',
          resolution: '请填写 endpoint，或配置中转路由。',
        },
      },
    },
    {
      label: 'Two empty IDs, joined by ;',
      fixture: validation.handlerValidateJoined,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: '2 required fields are empty: domain_id, domaindata_id',
          resolution: 'Fill them in and send the request again.',
        },
        'zh-CN': {
          title: '2 个必填字段为空：domain_id、domaindata_id',
          resolution: '请填写后重新发送请求。',
        },
      },
    },
  ],
  fieldFormat: [
    {
      label: "A domain_id with capitals and '_'",
      fixture: validation.nameRegexDomainId,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title:
            "Field domain_id: only lowercase letters, digits, '-' and '.' are allowed (got “Alice_1”)",
          resolution:
            'Use 1 to 63 characters that start and end with a lowercase letter or digit, for example alice-1.',
        },
        'zh-CN': {
          title: '字段 domain_id：只能包含小写字母、数字、“-”和“.”（当前值“Alice_1”）',
          resolution: '长度为 1 到 63 个字符，以小写字母或数字开头和结尾，例如 alice-1。',
        },
      },
    },
    {
      label: "A Serving's service_name_prefix starting with a digit",
      fixture: validation.serviceNamePrefix,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title:
            "Field parties[0].service_name_prefix: must start with a lowercase letter and use only lowercase letters, digits and '-' (got “1abc”)",
          resolution: 'Use at most 48 characters, ending with a letter or digit.',
        },
        'zh-CN': {
          title:
            '字段 parties[0].service_name_prefix：必须以小写字母开头，且只能包含小写字母、数字和“-”（当前值“1abc”）',
          resolution: '最多 48 个字符，以字母或数字结尾。',
        },
      },
    },
    {
      label: "The reserved Domain ID 'master'",
      fixture: validation.reservedMaster,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field domain_id: “master” is a reserved Domain ID',
          resolution: 'Choose another ID.',
        },
        'zh-CN': {
          title: '字段 domain_id：“master”是保留的节点 ID',
          resolution: '请换一个 ID。',
        },
      },
    },
  ],
  fieldEnum: [
    {
      label: 'A data source type Kuscia does not support',
      fixture: validation.dataSourceType,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title:
            'Field type: “ftp” is not supported; use one of localfs, oss, mysql, odps, postgresql, hive, dameng',
          resolution: 'Choose one of these values and send the request again.',
        },
        'zh-CN': {
          title:
            '字段 type：不支持“ftp”，请使用 localfs、oss、mysql、odps、postgresql、hive、dameng 之一',
          resolution: '请从这些取值中选择一个后重新发送请求。',
        },
      },
    },
    {
      label: 'A Domain role other than partner',
      fixture: validation.roleInvalid,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field role must be empty or partner',
          resolution: 'Leave it empty, or set it to partner.',
        },
        'zh-CN': {
          title: '字段 role 必须为空或为 partner',
          resolution: '请留空，或设为 partner。',
        },
      },
    },
    {
      label: 'A certificate key type other than PKCS#1 or PKCS#8',
      fixture: validation.keyType,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field key_type must be one of PKCS#1, PKCS#8',
          resolution: 'Choose one of these values and send the request again.',
        },
        'zh-CN': {
          title: '字段 key_type 必须是 PKCS#1、PKCS#8 之一',
          resolution: '请从这些取值中选择一个后重新发送请求。',
        },
      },
    },
  ],
  fieldRange: [
    {
      label: 'A DomainRoute port out of range',
      fixture: validation.routePort,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field endpoint.ports[].port: the port must be between 1 and 65535',
          resolution: 'Correct the port and send the request again.',
        },
        'zh-CN': {
          title: '字段 endpoint.ports[].port：端口必须在 1 到 65535 之间',
          resolution: '请修正端口后重新发送请求。',
        },
      },
    },
    {
      label: "A Serving's memory written as 4GB",
      fixture: validation.servingQuantity,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field parties[].resources[].min_memory: “4GB” is not a valid resource quantity',
          resolution:
            'Use a Kubernetes quantity such as 2, 500m, 4Gi or 512Mi (not "4GB" or "2cores").',
        },
        'zh-CN': {
          title: '字段 parties[].resources[].min_memory：“4GB”不是有效的资源数量',
          resolution:
            '请使用 Kubernetes 数量格式，例如 2、500m、4Gi 或 512Mi（不要写成 4GB 或 2cores）。',
        },
      },
    },
    {
      label: 'A configuration key longer than 256 bytes',
      fixture: validation.configKeyLength,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Field key: the configuration key is too long (300 bytes; at most 256)',
          resolution: 'Use a shorter key.',
        },
        'zh-CN': {
          title: '字段 key：配置键过长（300 字节，最多 256 字节）',
          resolution: '请使用更短的键。',
        },
      },
    },
  ],
  scopeDenied: [
    {
      label: 'Domain alice acting on Domain bob',
      fixture: kuscia.scopeOwnDomain,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Domain alice may only operate on its own Domain (the request named bob)',
          resolution: 'Call the KusciaAPI of Domain bob, or correct domain_id.',
        },
        'zh-CN': {
          title: '节点 alice 只能操作自己的节点（请求中为 bob）',
          resolution: '请调用节点 bob 的 KusciaAPI，或修正 domain_id。',
        },
      },
    },
    {
      label: 'Querying a DomainRoute between two other Domains',
      fixture: kuscia.scopeRouteQuery,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Domain alice may only query its own DomainRoutes (the request named carol → bob)',
          resolution:
            "Query a route that starts or ends at Domain alice, or call the right Domain's KusciaAPI.",
        },
        'zh-CN': {
          title: '节点 alice 只能查询与自己相关的节点路由（请求中为 carol → bob）',
          resolution: '请查询以节点 alice 为起点或终点的路由，或调用正确节点的 KusciaAPI。',
        },
      },
    },
    {
      label: 'A P2P Job whose initiator is another Domain',
      fixture: kuscia.scopeInitiatorP2P,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'In P2P mode the initiator must be alice, not bob',
          resolution: 'Set initiator to alice, the Domain whose KusciaAPI you are calling.',
        },
        'zh-CN': {
          title: 'P2P 模式下发起方必须是 alice，而不是 bob',
          resolution: '请将 initiator 设为 alice，即您正在调用其 KusciaAPI 的节点。',
        },
      },
    },
  ],
  malformedBody: [
    {
      label: 'An empty request body',
      fixture: kuscia.bodyEof,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'The request body is empty or cut short',
          resolution: 'Send the whole JSON object as the request body.',
        },
        'zh-CN': {
          title: '请求体为空或被截断',
          resolution: '请在请求体中发送完整的 JSON 对象。',
        },
      },
    },
    {
      label: 'A request body that is not JSON',
      fixture: kuscia.bodySyntax,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'The request body is not valid JSON (unexpected character “}”)',
          resolution: 'Fix the JSON syntax of the request body.',
        },
        'zh-CN': {
          title: '请求体不是合法的 JSON（意外的字符“}”）',
          resolution: '请修正请求体的 JSON 语法。',
        },
      },
    },
    {
      label: 'A camelCase field in the request body',
      fixture: kuscia.bodyUnknownField,
      role: 'alert',
      retry: false,
      text: {
        'en-US': {
          title: 'Unknown field domainId in the request body',
          resolution:
            'Remove the field or correct its name. KusciaAPI spells fields in snake_case, such as domain_id.',
        },
        'zh-CN': {
          title: '请求体中有未知字段 domainId',
          resolution:
            '请删除该字段或修正其名称；KusciaAPI 的字段名使用下划线命名，例如 domain_id。',
        },
      },
    },
  ],
};
