import type { KusciaJobTexts } from '../../core/job';

/**
 * 失败任务的简体中文文本。词汇沿用 Kuscia 文档：Job 为任务，Task 为子任务，Domain 为节点，AppImage 为应用镜像，
 * DomainData 为节点数据，DomainDataSource 为数据源，DomainRoute 为节点路由；RestartJob 为重跑任务。
 * 节点名直接写出（`bob 无法…`），其他名称放在“…”中。
 */
export const jobs: KusciaJobTexts = {
  families: {
    imagePull: {
      title: '{domain} 无法拉取应用镜像',
      resolution:
        '请检查应用镜像（AppImage）中的镜像名称与标签，确认 {domain} 能访问镜像仓库，或在该节点上导入镜像（`kuscia image load`）。镜像拉取退避时 Kuscia 不会让子任务失败：若任务仍在运行，请先停止任务，再重跑任务。',
    },
    'imagePull.failed': {
      title: '{domain} 无法拉取镜像“{image}”',
      resolution:
        '请检查应用镜像（AppImage）中的镜像名称与标签，确认 {domain} 能访问镜像仓库，或在该节点上导入镜像（`kuscia image load`），然后重跑任务。',
    },
    'imagePull.stuck': {
      title: '{domain} 无法拉取镜像“{image}”，任务不会自行结束',
      resolution:
        'Kuscia 会一直重试拉取，不会让子任务失败。请先停止任务，检查应用镜像中的镜像名称与标签，确认 {domain} 能访问镜像仓库（或在该节点上执行 `kuscia image load` 导入镜像），然后重跑任务。',
    },
    'imagePull.content': {
      title: '{domain} 机器上的应用镜像不完整',
      resolution:
        '{domain} 机器上的容器运行时在创建容器“{container}”时找不到镜像的部分内容（{reason}）：本地镜像已损坏或被部分删除，直接重跑会以同样方式失败。请在该节点上删除该镜像后重新拉取，或重新导入（`kuscia image load`），然后重跑任务。',
    },
    outOfMemory: {
      title: '{domain} 的容器因内存不足被终止',
      resolution:
        '请调大 {domain} 参与方的内存（resources.memory）或其节点、容器的内存上限，或减小数据量。配置不变时重跑任务会以同样方式失败。',
    },
    'outOfMemory.partyUnknown': {
      title: '某个节点的容器因内存不足被终止',
      resolution:
        '请调大失败参与方的内存（resources.memory）或其节点、容器的内存上限，或减小数据量。配置不变时重跑任务会以同样方式失败。',
    },
    insufficientResources: {
      title: '{domain} 没有可以启动该子任务的节点',
      resolution:
        '请释放或扩充 {domain} 的机器资源（`kubectl describe node` 可查看缺少的资源），停止其他任务，或降低子任务申请的资源，然后重跑任务。',
    },
    'insufficientResources.cpu': {
      title: '{domain} 的 CPU 不足，无法启动该子任务',
      resolution:
        '请释放 {domain} 的 CPU（停止其他任务）、增加机器，或降低子任务的 CPU 申请，然后重跑任务。',
    },
    'insufficientResources.memory': {
      title: '{domain} 的内存不足，无法启动该子任务',
      resolution:
        '请释放 {domain} 的内存（停止其他任务）、增加机器，或降低子任务的内存申请，然后重跑任务。',
    },
    'insufficientResources.disk': {
      title: '{domain} 的磁盘空间不足',
      resolution:
        '磁盘空间不足的机器无法启动子任务：调度器不会使用磁盘压力过高的机器，容器运行时也无法在已满的磁盘上创建容器。请清理 {domain} 机器上的磁盘空间（旧镜像、日志、数据），然后重跑任务。',
    },
    'insufficientResources.pid': {
      title: '{domain} 的进程号（PID）不足',
      resolution:
        '调度器不会使用 PID 压力过高的机器。请结束 {domain} 机器上耗尽进程号的进程，然后重跑任务。',
    },
    'insufficientResources.other': {
      title: '{domain} 的 {resource} 资源不足，无法启动该子任务',
      resolution: '请释放 {domain} 的 {resource} 资源或降低子任务对它的申请，然后重跑任务。',
    },
    'insufficientResources.cpuMemory': {
      title: '{domain} 没有 CPU 和内存都足够的机器来运行该子任务',
      resolution:
        'Kuscia 的资源预检查未在 {domain} 找到空闲 CPU 和内存满足申请的就绪机器。请停止其他任务、增加机器或降低子任务的资源申请，然后重跑任务。',
    },
    'insufficientResources.nodeStatus': {
      title: 'Kuscia 找不到 {domain} 的任何机器',
      resolution:
        '{domain} 的机器可能已离线或从未上报资源。请确认其正常运行且网络连通（`kubectl get nodes`），然后重跑任务。',
    },
    'insufficientResources.quota': {
      title: '{domain} 的资源配额“{quota}”已用完',
      resolution:
        '{domain} 的命名空间资源配额已用完，Kubernetes 拒绝创建子任务的 Pod（{detail}）。请等待或停止 {domain} 的其他任务，或请其运维人员调高配额，然后重跑任务。',
    },
    configError: {
      title: '任务无法在 {domain} 上完成部署准备',
      resolution:
        '请查看下方信息。通常是 {domain} 上缺少应用镜像，或缺少与该参与方角色匹配的部署模板；修正后重跑任务。',
    },
    'configError.appImage': {
      title: '{domain} 上未注册应用镜像“{appImage}”',
      resolution:
        '请在 {domain} 上创建应用镜像“{appImage}”（`kubectl get appimage` 可列出已有的应用镜像），或修正子任务的 app_image，然后重跑任务。',
    },
    'configError.template': {
      title: '应用镜像“{appImage}”没有适用于 {domain} 的部署模板',
      resolution: '请在应用镜像“{appImage}”中添加与 {domain} 角色匹配的部署模板，然后重跑任务。',
    },
    'configError.ports': {
      title: 'Kuscia 无法为 {domain} 分配端口',
      resolution: '请检查应用镜像部署模板中声明的端口以及 {domain} 的可用端口，然后重跑任务。',
    },
    'configError.duplicateTask': {
      title: '子任务“{task}”已存在于另一个任务中',
      resolution:
        '子任务 ID 在所有任务间共享，重跑该任务仍会冲突。请使用唯一的 task_id 创建新任务。',
    },
    'configError.admission': {
      title: '{domain} 的 Kubernetes 集群拒绝了子任务的 Pod',
      resolution:
        '{domain} 宿主集群的准入校验 Webhook 拒绝了该 Pod（RunK 模式）。请对照下方信息检查其规则，然后重跑任务。',
    },
    'configError.container': {
      title: '{domain} 无法创建容器“{container}”（{reason}）',
      resolution:
        '请对照下方信息检查应用镜像中 {domain} 的部署模板（启动命令、环境变量、挂载、配置文件），然后重跑任务。',
    },
    partnerUnreachable: {
      title: '{domain} 无法连接其他参与方',
      resolution:
        '请按 Kuscia 的网络授权检查文档检查各参与方之间的节点路由（`kubectl get cdr` 的 READY 列），并请合作方检查其节点。路由就绪后重跑任务。',
    },
    'partnerUnreachable.route': {
      title: '{src} 无法连接 {dst}（{routeReason}）',
      resolution:
        '{src} 到 {dst} 的节点路由未就绪。请在 {src} 上用 `kubectl get cdr` 检查，并按 Kuscia 的网络授权检查文档排查；路由就绪后重跑任务。',
    },
    'partnerUnreachable.log': {
      title: '{domain} 的应用与合作方断开了连接',
      resolution:
        '日志以连接错误结束（{detail}）。请确认合作方的子任务是否已启动，并检查到合作方的节点路由（`kubectl get cdr`）；就绪后重跑任务。',
    },
    'partnerUnreachable.partner': {
      title: '{domain} 无法创建或启动该任务',
      resolution:
        '原因在 {domain} 一侧。请联系 {domain} 的运维人员检查其 Kuscia 节点及该任务的日志，修复后重跑任务。',
    },
    dataError: {
      title: '{domain} 的输入数据缺失或无法读取',
      resolution:
        '请检查 {domain} 上注册的节点数据与数据源、数据授权、文件路径和列名，然后重跑任务。',
    },
    'dataError.detail': {
      title: '{domain} 的输入数据缺失或无法读取：{detail}',
      resolution:
        '请检查 {domain} 上注册的节点数据与数据源、数据授权、文件路径和列名，然后重跑任务。',
    },
    'dataError.duplicateKeys': {
      title: '{domain} 的输入数据存在重复的键：{detail}',
      resolution:
        '{domain} 数据表中的键列（例如隐私求交的关联键）必须唯一。请删除重复行或改用唯一的键列，然后重跑任务。',
    },
    appCrash: {
      title: '{domain} 的应用异常退出',
      resolution:
        '请在 {domain} 上查看子任务日志（`/api/v1/log/task/query` 或 Pod 的标准输出），并检查组件参数。仅当错误看起来是偶发时才重跑任务。',
    },
    'appCrash.detail': {
      title: '{domain} 的应用异常退出：{detail}',
      resolution:
        '请查看下方日志末尾及 {domain} 上完整的子任务日志，并检查组件参数。仅当错误看起来是偶发时才重跑任务。',
    },
    'appCrash.backOff': {
      title: '{domain} 的容器“{container}”反复崩溃',
      resolution: '请在 {domain} 上查看子任务日志找出其退出原因，修正应用镜像或参数后重跑任务。',
    },
    platformError: {
      title: 'Kuscia 在 {domain} 上丢失了子任务的状态',
      resolution:
        '可能是机器或其 Agent 重启，或 Kuscia 内部出错。请确认 {domain} 运行正常（`kubectl get nodes`），然后重跑任务。',
    },
    'platformError.retries': {
      title: 'Kuscia 重试 {retries} 次后放弃：{detail}',
      resolution:
        'Kuscia 控制器在某个内部步骤上持续失败。请检查 Kuscia 日志和各节点的运行状态，然后重跑任务。',
    },
    'platformError.podMissing': {
      title: '{domain} 上子任务的 Pod 已消失',
      resolution:
        'Pod 已被删除或其所在机器已重启。请确认 {domain} 运行正常（`kubectl get nodes`），然后重跑任务。',
    },
    'platformError.restart': {
      title: 'Kuscia 无法重跑该任务',
      resolution:
        '清理上次运行失败的子任务时出错：{detail}。请检查 Kuscia 日志，然后再次重跑任务。',
    },
    'platformError.runtime': {
      title: '{domain} 的机器无法创建容器“{container}”（{reason}）',
      resolution:
        '{domain} 机器上的容器运行时报告了下方错误。超时或容器名仍被上一次尝试占用属于暂时性问题：请确认机器运行正常（`kubectl describe node`：负载、磁盘、容器运行时），然后重跑任务。',
    },
    'platformError.localService': {
      title: '{domain} 的应用无法连接本节点的服务',
      resolution:
        '到 {domain} 本节点服务的连接失败（{detail}）：Kuscia 的 DataMesh 或其他本地服务没有响应，与合作方无关。请确认 {domain} 的 Kuscia 节点及其服务正常运行，然后重跑任务。',
    },
    scheduleTimeout: {
      title: '子任务未能在所有参与方上完成调度',
      resolution:
        '子任务启动前，每个参与方都需预留资源。请确认所有参与方在线且有空闲资源，然后重跑任务。',
    },
    'scheduleTimeout.lifecycle': {
      title: '子任务“{task}”未能在 {timeoutSeconds} 秒内完成调度',
      resolution:
        '每个参与方都需在 schedule_config.task_timeout_seconds 内预留资源。请确认所有参与方在线且有空闲的 CPU 和内存，或调大该超时时间，然后重跑任务。',
    },
    'scheduleTimeout.waiting': {
      title: '{domain} 一直在等待其他参与方为子任务“{task}”预留资源',
      resolution:
        '子任务的其他参与方未能及时获得资源。请确认它们在线且有空闲的 CPU 和内存，然后重跑任务。',
    },
    'scheduleTimeout.group': {
      title: '能为子任务“{task}”预留资源的参与方不足',
      resolution: '请确认每个参与方都在线且有空闲的 CPU 和内存（{detail}），然后重跑任务。',
    },
    partyThreshold: {
      title: '因 {party} 失败，子任务失败',
      resolution:
        '{party} 的失败原因只在 {party} 的节点上可见：请向 {party} 的运维人员索取子任务日志或其查询任务的结果，待其修复后重跑任务。',
    },
    'partyThreshold.task': {
      title: '因 {party} 失败，子任务“{task}”失败',
      resolution:
        '{party} 的失败原因只在 {party} 的节点上可见：请向 {party} 的运维人员索取子任务日志或其查询任务的结果，待其修复后重跑任务。',
    },
    approvalRejected: {
      title: '{by} 拒绝了该任务',
      resolution:
        'Kuscia 不会透出拒绝原因。请联系 {by}，协商一致后创建新任务：被拒绝的任务无法重跑。',
    },
    userAction: {
      title: '{by} 结束了该任务',
      resolution: '没有出错。如需再次运行，请重跑任务。',
    },
    'userAction.stop': {
      title: '{by} 停止了该任务',
      resolution: '没有出错。如需再次运行，请重跑任务。',
    },
    'userAction.stopWithCause': {
      title: '{by} 停止了该任务',
      resolution: '该任务中还出现了失败（见下方列表）：请先修复其原因，再重跑任务。',
    },
    'userAction.cancel': {
      title: '{by} 取消了该任务',
      resolution: '已取消的任务无法重跑。如需再次运行，请创建新任务。',
    },
    'userAction.suspend': {
      title: '该任务已暂停',
      resolution: '没有出错。重跑任务即可继续运行。',
    },
    'userAction.suspendWithCause': {
      title: '该任务已暂停',
      resolution: '该任务中还出现了失败（见下方列表）：请先修复其原因，再重跑任务以继续运行。',
    },
    'userAction.stopped': {
      title: '任务结束，子任务“{task}”随之停止',
      resolution: '这是结果而非原因：请查看其他子任务的失败原因。',
    },
    jobInvalid: {
      title: 'Kuscia 拒绝了该任务的定义',
      resolution:
        '通常是子任务的 dependencies 引用了不存在的子任务或存在循环依赖，或发起方不是已知节点。请修正任务定义并创建新任务：重跑该任务不会生效。',
    },
    'jobInvalid.detail': {
      title: 'Kuscia 拒绝了该任务的定义：{detail}',
      resolution: '请修正任务定义（子任务依赖、发起方、参与方）并创建新任务：重跑该任务不会生效。',
    },
    unknown: {
      title: '任务失败，Kuscia 未记录原因',
      resolution:
        '请在每个参与方的节点上执行 `kubectl get kt <子任务> -n cross-domain -o yaml` 并查看子任务日志。可以尝试重跑一次。',
    },
    'unknown.unrecognized': {
      title: '子任务在 {domain} 上失败',
      resolution: '请查看下方信息及 {domain} 上的子任务日志。',
    },
    'unknown.restarted': {
      title: '{by} 重跑了该任务，但任务再次失败',
      resolution:
        '任务信息仍显示“This job is restarted by {by}”，掩盖了新的失败原因。请查看下方各子任务的信息及各参与方节点上的子任务日志。',
    },
  },
  familyNames: {
    approvalRejected: '审批被拒绝',
    userAction: '人为结束',
    imagePull: '镜像拉取失败',
    outOfMemory: '内存不足',
    insufficientResources: '资源不足',
    configError: '部署配置错误',
    partnerUnreachable: '合作方不可达',
    dataError: '数据错误',
    appCrash: '应用错误',
    platformError: 'Kuscia 内部错误',
    scheduleTimeout: '调度超时',
    partyThreshold: '其他参与方失败',
    jobInvalid: '任务定义无效',
    unknown: '未记录原因',
  },
  restart: {
    yes: '重跑任务可能解决',
    afterFix: '修复原因后重跑任务',
    no: '无法重跑：请创建新任务',
    unknown: '弄清原因后再重跑任务',
  },
  warnings: {
    failedTaskInRunningJob: '子任务“{task}”已失败（{family}），但任务仍在运行',
    partyWaiting: '{domain} 在子任务“{task}”中被阻塞（{family}）',
  },
  fallbacks: {
    domain: '某个节点',
    party: '某个节点',
    by: '某个节点',
    src: '某个节点',
    dst: '合作方节点',
  },
  labels: {
    failingParties: '失败的参与方',
    task: '子任务',
    party: '节点',
    cause: '原因',
    message: '信息',
    logTail: '日志末尾',
    restart: '重跑任务',
    stop: '停止任务',
    alsoSeen: '同时发现',
    copyLog: '复制日志',
    copied: '已复制',
    showLog: '显示日志',
    hideLog: '隐藏日志',
    wholeJob: '整个任务',
    unknownParty: '未知',
    stuck: '已卡住',
    warnings: '警告',
    consequence: '连带结果',
    failure: '{task} · {party} — {cause}',
    failureWithMessage: '{task} · {party} — {cause}：{message}',
  },
};
