import type { KusciaReasonTexts } from '../../core/reason';

/**
 * 简体中文：从 KusciaAPI 消息中读出的原因。
 *
 * 用词沿用 Kuscia 官方文档：Domain = 节点，DomainRoute = 节点路由，DomainData = 节点数据，
 * DomainDataGrant = 数据授权，DomainDataSource = 数据源，Job = 任务，Task = 子任务，
 * AppImage = 应用镜像，Config = 配置；Serving 与官方文档一样不译。
 * 标题说明出了什么问题（带上消息中的取值），解决方案用一两句话给出下一步。
 * 字段名保持 API 的写法（如 domain_id），便于与请求对照；应用可通过 `fields` 换成自己的表单标签。
 */
export const reasons: KusciaReasonTexts = {
  texts: {
    notFound: {
      title: '对象不存在',
      resolution: '请检查请求中的 ID，或先创建该对象；任务或 Serving 可能已被删除。',
    },
    'notFound.kind': {
      title: '{kind}不存在',
      resolution: '请检查请求中的 ID，或先创建该{kind}。',
    },
    'notFound.named': {
      title: '{kind}“{name}”不存在',
      resolution: '请检查请求中的 ID，或先创建该{kind}；它也可能已被删除。',
    },
    'notFound.inDomain': {
      title: '节点 {namespace} 中不存在{kind}“{name}”',
      resolution: '请检查请求中的 ID 和节点，或先在节点 {namespace} 中创建该{kind}。',
    },
    'notFound.lookup': {
      title: '找不到{kind}“{name}”',
      resolution:
        '请检查 ID。Kuscia 对任何查询失败都会返回此提示；若 ID 无误，请确认 Kuscia 的 Kubernetes API 正常运行后重试。',
    },
    'notFound.lookupUnnamed': {
      title: '找不到{kind}',
      resolution:
        '请检查 ID。Kuscia 对任何查询失败都会返回此提示；若 ID 无误，请确认 Kuscia 的 Kubernetes API 正常运行后重试。',
    },
    'notFound.serving': {
      title: 'Serving 不存在，或本节点不是该 Serving 的参与方',
      resolution: '请检查 Serving ID；只有 Serving 的参与方才能查询、更新或删除它。',
    },
    'notFound.masterDomain': {
      title: 'Master 节点“{name}”不存在',
      resolution: '请检查 master_domain_id：它必须是一个已存在节点的 ID，即本节点所属的 Master。',
    },
    'notFound.internal': {
      title: '{kind}“{name}”不存在',
      resolution:
        '该 Kubernetes 对象由 Kuscia 自行创建和管理，无法通过 KusciaAPI 创建。它可能尚未就绪或已被删除：请稍后重试；若持续出现，请查看 Kuscia 日志。',
    },
    'notFound.task': {
      title: '子任务“{name}”不存在',
      resolution:
        '请检查请求中的 task_id。子任务无法通过 KusciaAPI 创建，由 Kuscia 在运行任务时创建：请查询所属任务，确认其子任务及 ID。子任务可能尚未启动，或所属任务已被删除。',
    },
    alreadyExists: {
      title: '对象已存在',
      resolution: '请换一个 ID，或改为查询、更新已有对象。',
    },
    'alreadyExists.named': {
      title: '{kind}“{name}”已存在',
      resolution: '请换一个 ID，或改为查询、更新已有的{kind}。',
    },
    'alreadyExists.route': {
      title: '节点路由“{name}”已存在',
      resolution: '节点路由不能直接修改：请先删除，再按新的配置重新创建。',
    },
    'alreadyExists.config': {
      title: '配置项“{name}”已存在',
      resolution: '请换一个键，或改用更新接口修改已有配置。',
    },
    'alreadyExists.internal': {
      title: '{kind}“{name}”已存在',
      resolution:
        '该 Kubernetes 对象由 Kuscia 自行管理，Kuscia 不会覆盖它；它可能是此前同 ID 对象的残留。请换一个 ID，或请管理员删除残留的{kind}。',
    },
    updateConflict: {
      title: '对象已被他人同时修改',
      resolution: '请重新加载后重试；Kuscia 的控制器会频繁更新对象，再试一次通常即可成功。',
    },
    'updateConflict.kind': {
      title: '{kind}已被他人同时修改',
      resolution: '请重新加载该{kind}后重试；Kuscia 的控制器会频繁更新对象，再试一次通常即可成功。',
    },
    'updateConflict.named': {
      title: '{kind}“{name}”已被他人同时修改',
      resolution: '请重新加载该{kind}后重试；Kuscia 的控制器会频繁更新对象，再试一次通常即可成功。',
    },
    'updateConflict.internal': {
      title: '{kind}“{name}”同时被更新',
      resolution:
        '该对象由 Kuscia 自行管理，处理请求期间它发生了变化。请重试；再试一次通常即可成功。',
    },
    invalidObject: {
      title: 'Kubernetes 拒绝了该对象',
      resolution:
        '某个值违反了 Kuscia 的 Kubernetes 资源规则。请查看服务端消息，修正字段后重新提交。',
    },
    'invalidObject.named': {
      title: '{kind}“{name}”被拒绝',
      resolution: '某个值违反了{kind}资源的规则。请查看服务端消息，修正字段后重新提交。',
    },
    'invalidObject.cause': {
      title: '{kind}“{name}”被拒绝：字段 {field} 不合法',
      resolution: '{issue}。请修正 {field} 后重新提交。',
    },
    'invalidObject.required': {
      title: '{kind}“{name}”被拒绝：字段 {field} 为必填项',
      resolution: '请填写 {field} 后重新提交。',
    },
    'invalidObject.causes': {
      title: '{kind}“{name}”被拒绝：{count} 个字段不合法',
      resolution: '{issueList}。请修正这些字段后重新提交。',
    },
    forbidden: {
      title: 'Kubernetes 拒绝了 Kuscia 的请求',
      resolution:
        'Kuscia 自身的身份无权执行此操作。请管理员检查 Kuscia 的 Kubernetes 权限（RBAC）和集群策略。',
    },
    'forbidden.rbac': {
      title: 'Kuscia 无权{verb}{kind}',
      resolution:
        'Kuscia 的内部身份缺少这项 Kubernetes 权限（RBAC），需由管理员授予；重试无济于事。',
    },
    'forbidden.rbacInDomain': {
      title: 'Kuscia 无权在节点 {namespace} 中{verb}{kind}',
      resolution:
        'Kuscia 的内部身份缺少这项 Kubernetes 权限（RBAC），需由管理员授予；重试无济于事。',
    },
    'forbidden.rbacNamed': {
      title: 'Kuscia 无权{verb}{kind}“{name}”',
      resolution:
        'Kuscia 的内部身份缺少这项 Kubernetes 权限（RBAC），需由管理员授予；重试无济于事。',
    },
    'forbidden.rbacNamedInDomain': {
      title: 'Kuscia 无权在节点 {namespace} 中{verb}{kind}“{name}”',
      resolution:
        'Kuscia 的内部身份缺少这项 Kubernetes 权限（RBAC），需由管理员授予；重试无济于事。',
    },
    'forbidden.quota': {
      title: '将超出资源配额“{quota}”',
      resolution:
        '配额上限为 {limited}，已使用 {used}，本次申请 {requested}。请释放资源（停止或删除不再需要的任务和 Serving），或请集群管理员调高配额。',
    },
    'forbidden.terminating': {
      title: '节点 {namespace} 正在删除中',
      resolution: '正在删除的节点中不能创建新内容。请等待删除完成；如仍需要，再重新创建该节点。',
    },
    unauthorized: {
      title: 'Kuscia 未通过其内部 Kubernetes API 的身份认证',
      resolution:
        '请检查 Kuscia 的 kubeconfig 和证书（Lite 节点还需检查其访问 Master 的令牌），轮换证书后请重启 Kuscia。问题不在您的 KusciaAPI 令牌。',
    },
    serverBusy: {
      title: 'Kuscia 的 Kubernetes API 繁忙',
      resolution: '请稍等几秒后重试；若持续出现，请检查 Kuscia（k3s）实例的负载。',
    },
    'serverBusy.timeout': {
      title: 'Kuscia 的 Kubernetes API 处理超时',
      resolution: '操作可能仍会完成。重试前请先确认是否已生效（例如查询该对象）。',
    },
    serverInternal: {
      title: 'Kuscia 的 Kubernetes API 发生内部错误',
      resolution: '请重试；若持续出现，请查看 Kuscia（k3s）日志。',
    },
    'serverInternal.webhook': {
      title: '无法调用集群的 Webhook“{webhook}”',
      resolution: 'Kubernetes 无法访问集群的准入 Webhook。请集群管理员检查后再重试。',
    },
    apiserverUnreachable: {
      title: 'Kuscia 无法访问其 Kubernetes API',
      resolution: '请确认 Kuscia（内置 k3s）正在运行，然后重试。',
    },
    'apiserverUnreachable.master': {
      title: '本节点无法访问 Master 的 Kubernetes API（{host}）',
      resolution: '请检查本 Lite 节点到 Master 的网络路由以及 Master 的健康状态，然后重试。',
    },
    'apiserverUnreachable.down': {
      title: 'Kuscia 的 Kubernetes API 未在运行',
      resolution: '连接被拒绝：内置 k3s 已停止或正在重启。请检查 Kuscia 容器及其日志，然后重试。',
    },
    'apiserverUnreachable.timeout': {
      title: 'Kuscia 的 Kubernetes API 未能及时响应',
      resolution: '它可能过载或无法访问。请稍后重试；若持续出现，请查看 Kuscia（k3s）日志。',
    },
    'apiserverUnreachable.dns': {
      title: '无法解析 Kuscia 的 Kubernetes API 地址',
      resolution: '请检查 Kuscia 部署的 DNS 和网络配置，然后重试。',
    },
    'apiserverUnreachable.dropped': {
      title: '与 Kuscia 的 Kubernetes API 的连接中断',
      resolution: '请重试；若反复出现，请检查网络以及 k3s 是否在重启。',
    },
    'apiserverUnreachable.tls': {
      title: 'Kuscia 无法与其 Kubernetes API 建立安全连接',
      resolution: '证书被拒绝。请检查 Kuscia 的证书和 kubeconfig，轮换证书后请重启 Kuscia。',
    },
    'apiserverUnreachable.cancelled': {
      title: '对 Kuscia 的 Kubernetes API 的请求已取消',
      resolution: '调用方在收到应答前放弃了请求。请重试；如设置了超时，可适当延长。',
    },
    masterUnreachable: {
      title: '本 Lite 节点无法访问 Kuscia Master',
      resolution: '请检查本节点到 Master 的路由以及 Master 的健康状态，然后重试。',
    },
    'masterUnreachable.httpStatus': {
      title: 'Kuscia Master 向本 Lite 节点返回了 HTTP {httpStatus}',
      resolution: 'Master 或其网关不可用或出错。请检查 Master 的健康状态及到它的路由，然后重试。',
    },
    'masterUnreachable.rejected': {
      title: 'Kuscia Master 拒绝了本 Lite 节点（HTTP {httpStatus}）',
      resolution: 'Master 的网关不接受本节点。请在 Master 上检查本节点的注册信息、证书和令牌。',
    },
    'masterUnreachable.notSupported': {
      title: 'Kuscia Master 不提供此接口（HTTP {httpStatus}）',
      resolution:
        '本 Lite 节点与 Master 的 Kuscia 版本很可能不一致。请将两者升级到同一版本；重试无济于事。',
    },
    'masterUnreachable.tooLarge': {
      title: '请求超出了 Kuscia Master 网关的大小限制（HTTP {httpStatus}）',
      resolution: '请减小请求，或请 Master 的管理员调高网关的请求大小限制；重试无济于事。',
    },
    'masterUnreachable.clientError': {
      title: 'Kuscia Master 拒绝了该请求（HTTP {httpStatus}）',
      resolution:
        'Master 或其网关拒绝了按原样发送的请求，重试无济于事。请查看 Master 的日志，并确认本 Lite 节点与 Master 的 Kuscia 版本一致。',
    },
    'masterUnreachable.transport': {
      title: '本 Lite 节点无法连接 Kuscia Master',
      resolution: '请检查 DNS、到 Master 的网络路由以及 Master 的健康状态，然后重试。',
    },
    admissionDenied: {
      title: '集群策略拦截了该对象',
      resolution: 'Kubernetes 集群的准入 Webhook 拒绝了它。请向集群管理员确认适用的策略。',
    },
    'admissionDenied.webhook': {
      title: '被集群策略“{webhook}”拦截',
      resolution:
        'Kubernetes 集群的准入 Webhook 拒绝了该对象且未说明原因。请向集群管理员咨询该策略。',
    },
    'admissionDenied.reason': {
      title: '被集群策略“{webhook}”拦截',
      resolution: '策略说明：{detail}。请按要求修改对象，或联系集群管理员。',
    },
    apiNotSupported: {
      title: '本节点不提供此 API',
      resolution: '请在提供此 API 的节点上调用。',
    },
    'apiNotSupported.lite': {
      title: 'Lite 节点不提供此 API',
      resolution: '请改为调用 Master 或 Autonomy 节点的 KusciaAPI。',
    },
    'apiNotSupported.master': {
      title: 'Master 节点不提供此 API',
      resolution: '请调用运行该子任务的节点的 KusciaAPI。',
    },
    jobState: {
      title: '任务当前的状态不允许此操作',
      resolution:
        '只有运行中的任务才能暂停，只有失败或已暂停的任务才能重跑。请查询任务以了解其状态。',
    },
    'jobState.suspend': {
      title: '任务“{jobId}”{state}，只有运行中的任务才能暂停',
      resolution: '请查询任务以了解其状态；已结束的任务不能暂停。',
    },
    'jobState.restart': {
      title: '任务“{jobId}”{state}，只有失败或已暂停的任务才能重跑',
      resolution:
        '请查询任务以了解其状态；运行中的任务需先暂停再重跑，已结束的任务如需再次运行，请创建新任务。',
    },
    'jobState.suspendPending': {
      title: '任务“{jobId}”尚未被调度，暂不能暂停',
      resolution: 'Kuscia 尚未处理该任务。请等待几秒后重试。',
    },
    'jobState.restartPending': {
      title: '任务“{jobId}”尚未被调度，暂不能重跑',
      resolution: 'Kuscia 尚未处理该任务。请等待几秒后重试。',
    },
    emptyIdentifier: {
      title: '缺少必填的 ID',
      resolution: '请填写 ID（小写字母、数字、“-”和“.”）。',
    },
    'emptyIdentifier.namespace': {
      title: '缺少节点 ID',
      resolution: '请填写 domain_id（小写字母、数字、“-”和“.”）。',
    },
    'emptyIdentifier.invalid': {
      title: 'ID“{value}”包含不允许的字符',
      resolution: '只能使用小写字母、数字、“-”和“.”；不能包含“/”和“%”，也不能只是“.”或“..”。',
    },
    'emptyIdentifier.invalidNamespace': {
      title: '节点 ID“{value}”包含不允许的字符',
      resolution: '只能使用小写字母、数字、“-”和“.”；不能包含“/”和“%”，也不能只是“.”或“..”。',
    },
    fieldRequired: {
      title: '缺少必填字段',
      resolution: '服务端消息中指明了字段名。请填写后重新发送请求。',
    },
    'fieldRequired.field': {
      title: '字段 {field} 为必填项',
      resolution: '请填写后重新发送请求。',
    },
    'fieldRequired.withoutTransit': {
      title: '未设置中转时，字段 {field} 为必填项',
      resolution: '请填写 {field}，或配置中转路由。',
    },
    'fieldRequired.withTransit': {
      title: '设置了中转时，字段 {field} 为必填项',
      resolution: '请填写 {field}，或去掉中转配置。',
    },
    'fieldRequired.thirdDomain': {
      title: '经第三方节点中转时，字段 {field} 为必填项',
      resolution: '请填写负责中转的节点。',
    },
    'fieldRequired.several': {
      title: '{count} 个必填字段为空：{fieldList}',
      resolution: '请填写后重新发送请求。',
    },
    'fieldRequired.oneOf': {
      title: '{fieldList} 至少需要填写一项',
      resolution: '请填写其中一项后重新发送请求。',
    },
    'fieldRequired.sourceHeader': {
      title: '请求缺少 Kuscia-Source 请求头',
      resolution:
        '通过此端口调用时，必须在 Kuscia-Source 请求头中指明调用方节点。请配置客户端发送该请求头。',
    },
    'fieldRequired.mixed': {
      title: '{count} 个字段缺失或不合法：{fieldList}',
      resolution: '{issueList}。请修正后重新发送请求。',
    },
    fieldFormat: {
      title: '字段格式不正确',
      resolution: '服务端消息中指明了字段名。请修正后重新发送请求。',
    },
    'fieldFormat.field': {
      title: '字段 {field} 格式不正确',
      resolution: '请修正后重新发送请求。',
    },
    'fieldFormat.k3sName': {
      title: '字段 {field}：只能包含小写字母、数字、“-”和“.”（当前值“{value}”）',
      resolution: '长度为 1 到 63 个字符，以小写字母或数字开头和结尾，例如 alice-1。',
    },
    'fieldFormat.serviceNamePrefix': {
      title: '字段 {field}：必须以小写字母开头，且只能包含小写字母、数字和“-”（当前值“{value}”）',
      resolution: '最多 48 个字符，以字母或数字结尾。',
    },
    'fieldFormat.regex': {
      title: '字段 {field}：“{value}”不符合要求的格式',
      resolution: '取值必须匹配 {regex}。',
    },
    'fieldFormat.certificate': {
      title: '字段 {field} 不是有效的证书',
      resolution: '请提供 Base64 编码的 PEM 格式 X.509 证书。',
    },
    'fieldFormat.reservedMaster': {
      title: '字段 {field}：“master”是保留的节点 ID',
      resolution: '请换一个 ID。',
    },
    'fieldFormat.odpsEndpoint': {
      title: '字段 {field}：ODPS 地址必须以 http:// 或 https:// 开头',
      resolution: '请补上协议前缀，例如 https://service.odps.aliyun.com/api。',
    },
    'fieldFormat.several': {
      title: '{count} 个字段不合法：{fieldList}',
      resolution: '{issueList}。请修正后重新发送请求。',
    },
    fieldEnum: {
      title: '字段取值不受支持',
      resolution: '服务端消息中指明了字段名和允许的取值。请修正后重新发送请求。',
    },
    'fieldEnum.field': {
      title: '字段 {field} 的取值不受支持',
      resolution: '请查阅 API 文档中的可选值后重新发送请求。',
    },
    'fieldEnum.value': {
      title: '字段 {field}：不支持“{value}”',
      resolution: '请查阅 API 文档中的可选值后重新发送请求。',
    },
    'fieldEnum.allowed': {
      title: '字段 {field} 必须是 {allowed} 之一',
      resolution: '请从这些取值中选择一个后重新发送请求。',
    },
    'fieldEnum.valueAllowed': {
      title: '字段 {field}：不支持“{value}”，请使用 {allowed} 之一',
      resolution: '请从这些取值中选择一个后重新发送请求。',
    },
    'fieldEnum.emptyOr': {
      title: '字段 {field} 必须为空或为 {allowed}',
      resolution: '请留空，或设为 {allowed}。',
    },
    'fieldEnum.several': {
      title: '{count} 个字段不合法：{fieldList}',
      resolution: '{issueList}。请修正后重新发送请求。',
    },
    fieldRange: {
      title: '取值超出范围',
      resolution: '服务端消息中指明了字段名。请修正后重新发送请求。',
    },
    'fieldRange.field': {
      title: '字段 {field} 的取值超出范围',
      resolution: '请修正后重新发送请求。',
    },
    'fieldRange.port': {
      title: '字段 {field}：端口必须在 1 到 65535 之间',
      resolution: '请修正端口后重新发送请求。',
    },
    'fieldRange.positive': {
      title: '字段 {field} 必须大于 0',
      resolution: '请修正后重新发送请求。',
    },
    'fieldRange.nonNegative': {
      title: '字段 {field} 不能为负数',
      resolution: '请修正后重新发送请求。',
    },
    'fieldRange.timeout': {
      title: '字段 {field} 必须在 0 到 2147483647 秒之间',
      resolution: '请修正后重新发送请求。',
    },
    'fieldRange.replicaIndex': {
      title: '字段 {field} 不是有效的副本序号',
      resolution: '请使用该子任务已有副本的序号（从 0 开始）。',
    },
    'fieldRange.quantity': {
      title: '字段 {field} 不是有效的资源数量',
      resolution:
        '请使用 Kubernetes 数量格式，例如 2、500m、4Gi 或 512Mi（不要写成 4GB 或 2cores）。',
    },
    'fieldRange.quantityValue': {
      title: '字段 {field}：“{value}”不是有效的资源数量',
      resolution:
        '请使用 Kubernetes 数量格式，例如 2、500m、4Gi 或 512Mi（不要写成 4GB 或 2cores）。',
    },
    'fieldRange.quantityUnnamed': {
      title: '资源数量格式不正确',
      resolution: '请检查 CPU 和内存的取值，使用 Kubernetes 数量格式，例如 2、500m、4Gi 或 512Mi。',
    },
    'fieldRange.configKeyLength': {
      title: '字段 {field}：配置键过长（{length} 字节，最多 {max} 字节）',
      resolution: '请使用更短的键。',
    },
    'fieldRange.configSize': {
      title: '节点配置总量过大（{size} 字节，上限 {max} 字节）',
      resolution: '请删除不再需要的配置项，或将较大的内容存放到别处。',
    },
    'fieldRange.several': {
      title: '{count} 个字段不合法：{fieldList}',
      resolution: '{issueList}。请修正后重新发送请求。',
    },
    scopeDenied: {
      title: '本节点无权操作该资源',
      resolution:
        '节点只能操作自己的资源，或自己参与的任务和 Serving。请调用正确节点的 KusciaAPI。',
    },
    'scopeDenied.ownResource': {
      title: '节点 {expected} 只能操作自己的{kind}（请求中为 {actual}）',
      resolution: '请调用节点 {actual} 的 KusciaAPI，或修正 domain_id。',
    },
    'scopeDenied.routeDestination': {
      title: '节点 {expected} 只能管理目标节点为自己的节点路由（请求中为 {actual}）',
      resolution: '请调用节点 {actual} 的 KusciaAPI，或修正 destination。',
    },
    'scopeDenied.routeQuery': {
      title: '节点 {domain} 只能查询与自己相关的节点路由（请求中为 {source} → {destination}）',
      resolution: '请查询以节点 {domain} 为起点或终点的路由，或调用正确节点的 KusciaAPI。',
    },
    'scopeDenied.jobCreate': {
      title: '本节点只能创建自己参与的任务',
      resolution: '请将本节点加入任务的参与方，或由参与方节点创建该任务。',
    },
    'scopeDenied.jobDelete': {
      title: '本节点只能删除自己参与的任务',
      resolution: '请由该任务的参与方删除它。',
    },
    'scopeDenied.jobRetrieve': {
      title: '本节点只能查询自己参与的任务',
      resolution: '请检查任务 ID，或向该任务的参与方查询。',
    },
    'scopeDenied.jobApprove': {
      title: '本节点只能审批自己参与的任务',
      resolution: '只有任务的参与方才能同意或拒绝它。',
    },
    'scopeDenied.serving': {
      title: '本节点只能管理自己参与的 Serving',
      resolution: '请将本节点加入 Serving 的参与方，或调用参与方节点的 KusciaAPI。',
    },
    'scopeDenied.liteDomainData': {
      title: '本 Lite 节点只能管理节点 {expected} 的节点数据（请求中为 {actual}）',
      resolution: '请将 domain_id 设为 {expected}，或调用节点 {actual} 的 KusciaAPI。',
    },
    'scopeDenied.dataSource': {
      title: '节点 {expected} 无权管理节点 {actual} 的数据源',
      resolution: '请将 domain_id 设为 {expected}，或调用节点 {actual} 的 KusciaAPI。',
    },
    'scopeDenied.masterDataSource': {
      title: 'Master 的 KusciaAPI 不能管理数据源',
      resolution: '请调用拥有该数据源的节点（Autonomy 或 Lite 节点）的 KusciaAPI。',
    },
    'scopeDenied.initiator': {
      title: 'P2P 模式下发起方必须是 {expected}',
      resolution: '请将 initiator 设为 {expected}，即您正在调用其 KusciaAPI 的节点。',
    },
    'scopeDenied.initiatorActual': {
      title: 'P2P 模式下发起方必须是 {expected}，而不是 {actual}',
      resolution: '请将 initiator 设为 {expected}，即您正在调用其 KusciaAPI 的节点。',
    },
    'scopeDenied.initiatorNotParty': {
      title: '发起方 {actual} 不在参与方中',
      resolution: '请将节点 {actual} 加入参与方，或从参与方中选择发起方。',
    },
    'scopeDenied.grantSelf': {
      title: '节点不能把数据授权给自己',
      resolution: '请将 grant_domain 设为其他节点。',
    },
    malformedBody: {
      title: '请求体不是该 API 可接受的 JSON',
      resolution: '请修正请求体；这是客户端的问题，不是服务端故障。',
    },
    'malformedBody.eof': {
      title: '请求体为空或被截断',
      resolution: '请在请求体中发送完整的 JSON 对象。',
    },
    'malformedBody.syntax': {
      title: '请求体不是合法的 JSON（意外的字符“{char}”）',
      resolution: '请修正请求体的 JSON 语法。',
    },
    'malformedBody.type': {
      title: '请求体中字段 {field} 的类型错误（传入的是 {jsonType}）',
      resolution: '请按 API 要求的类型传值，例如字符串需要加引号。',
    },
    'malformedBody.unknownField': {
      title: '请求体中有未知字段 {field}',
      resolution: '请删除该字段或修正其名称；KusciaAPI 的字段名使用下划线命名，例如 domain_id。',
    },
    sessionExpired: {
      title: '登录已过期',
      resolution: '请重新登录后继续。',
    },
    permissionDenied: {
      title: '您无权执行此操作',
      resolution: '如确有需要，请联系管理员开通权限。',
    },
    accountLocked: {
      title: '登录已被锁定',
      resolution: '失败次数过多，请稍后再试。',
    },
    'accountLocked.minutes': {
      title: '登录已被锁定，请 {minutes} 分钟后再试',
      resolution: '失败次数过多。请等待，或联系管理员解锁账号。',
    },
  },
  issues: {
    fieldRequired: '必填',
    fieldFormat: '格式不正确',
    'fieldFormat.value': '格式不正确（当前值“{value}”）',
    'fieldFormat.k3sName': '只能包含小写字母、数字、“-”和“.”（当前值“{value}”）',
    'fieldFormat.serviceNamePrefix':
      '必须以小写字母开头，且只能包含小写字母、数字和“-”（当前值“{value}”）',
    'fieldFormat.regex': '必须匹配 {expected}（当前值“{value}”）',
    'fieldFormat.certificate': '必须是 Base64 编码的 PEM 格式 X.509 证书',
    'fieldFormat.reservedMaster': '“master”是保留 ID，请换一个',
    'fieldFormat.odpsEndpoint': '必须以 http:// 或 https:// 开头',
    'fieldFormat.dnsSubdomain':
      '只能包含小写字母、数字、“-”和“.”，且以字母或数字开头和结尾（当前值“{value}”）',
    'fieldFormat.dnsLabel':
      '只能包含小写字母、数字和“-”，以字母或数字开头和结尾，最多 63 个字符（当前值“{value}”）',
    'fieldFormat.label':
      '只能包含字母、数字、“-”、“_”和“.”，以字母或数字开头和结尾，最多 63 个字符（当前值“{value}”）',
    'fieldFormat.pattern': '必须匹配 {expected}（当前值“{value}”）',
    fieldEnum: '取值不受支持',
    'fieldEnum.value': '不支持“{value}”',
    'fieldEnum.allowed': '必须是 {allowed} 之一',
    'fieldEnum.valueAllowed': '不支持“{value}”，请使用 {allowed} 之一',
    'fieldEnum.emptyOr': '必须为空或为 {allowed}',
    fieldRange: '超出范围',
    'fieldRange.port': '必须在 1 到 65535 之间',
    'fieldRange.positive': '必须大于 0',
    'fieldRange.nonNegative': '不能为负数',
    'fieldRange.timeout': '必须在 0 到 2147483647 之间',
    'fieldRange.replicaIndex': '不是有效的副本序号',
    'fieldRange.quantity': '不是有效的数量（例如 2、500m、4Gi）',
    'fieldRange.quantityValue': '“{value}”不是有效的数量（例如 2、500m、4Gi）',
    'fieldRange.configKeyLength': '过长（最多 {limit} 字节）',
    'fieldRange.max': '不能大于 {limit}',
    'fieldRange.min': '不能小于 {limit}',
    'fieldRange.maxLength': '最多 {limit} 个字符',
    'fieldRange.minLength': '至少 {limit} 个字符',
    'fieldRange.maxItems': '最多 {limit} 项',
    'fieldRange.minItems': '至少 {limit} 项',
    invalidObject: '不合法',
    'invalidObject.value': '“{value}”不合法',
    'invalidObject.type': '类型必须是 {expected}',
    'invalidObject.typeValue': '必须是{expectedType}（传入的是{actualType}）',
    'invalidObject.duplicate': '“{value}”重复',
    'invalidObject.forbidden': '不允许设置',
  },
  kinds: {
    Domain: '节点',
    DomainRoute: '节点路由',
    DomainData: '节点数据',
    DomainDataGrant: '数据授权',
    DomainDataSource: '数据源',
    Job: '任务',
    Task: '子任务',
    Serving: 'Serving',
    AppImage: '应用镜像',
    Config: '配置',
    Node: 'Kubernetes 节点',
  },
  fields: {},
  verbs: {
    get: '读取',
    list: '列出',
    watch: '监听',
    create: '创建',
    update: '更新',
    patch: '修改',
    delete: '删除',
    deletecollection: '批量删除',
  },
  jsonTypes: {
    string: '字符串',
    integer: '整数',
    number: '数值',
    boolean: '布尔值',
    array: '数组',
    object: '对象',
    null: 'null',
  },
  phases: {
    Pending: '仍在等待调度',
    Running: '正在运行',
    Succeeded: '已成功结束',
    Failed: '已失败',
    Cancelled: '已取消',
    Suspended: '已暂停',
    AwaitingApproval: '正在等待审批',
    ApprovalReject: '已被参与方拒绝',
    initialized: '仍在初始化',
    other: '处于“{phase}”状态',
  },
  lists: { separator: '、', issue: '{field}：{issue}', issueSeparator: '；' },
};
