/**
 * The console's own chrome (headings, labels, buttons) in both locales. Every error text on the page
 * comes from kuscia-error-kit, never from here.
 */
import { createContext, useContext } from 'react';

export type ConsoleLocale = 'en-US' | 'zh-CN';

const enUS = {
  /** The locale of this text, for the kit's functions that take one (`getKusciaFieldErrors`). */
  locale: 'en-US' as ConsoleLocale,
  appTitle: 'Kuscia console',
  appTagline: 'A demo of kuscia-error-kit against a local KusciaAPI-compatible server',
  sectionsNav: 'Sections',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  domains: 'Domains',
  domainsIntro: 'Create, query and delete Domains (the parties of a federation).',
  domainRoutes: 'DomainRoutes',
  domainRoutesIntro: 'Routes from one Domain to another: how the source reaches the destination.',
  domainData: 'DomainData',
  domainDataIntro: 'Tables and files a Domain registers for Jobs to use.',
  jobs: 'Jobs',
  jobsIntro:
    'Create a Job over DomainData, then query or stop it. A create that KusciaAPI refuses shows its code; a Job that ran and failed shows its state.',
  switches: 'Failure switches',
  switchesIntro:
    'Make the local server fail the way a real deployment does. They reset when it restarts.',
  domainId: 'Domain ID',
  role: 'Role',
  roleLocal: 'Local (empty)',
  rolePartner: 'partner',
  masterDomainId: 'Master Domain ID',
  optional: 'optional',
  create: 'Create',
  query: 'Query',
  delete: 'Delete',
  stop: 'Stop',
  list: 'List',
  refresh: 'Refresh',
  working: 'Working…',
  source: 'Source',
  destination: 'Destination',
  host: 'Host',
  port: 'Port',
  authentication: 'Authentication',
  domainDataId: 'DomainData ID',
  name: 'Name',
  type: 'Type',
  relativeUri: 'Relative URI',
  columns: 'Columns',
  columnsHint: 'name:type, comma-separated',
  jobId: 'Job ID',
  initiator: 'Initiator',
  partner: 'Partner Domain',
  inputDomainData: 'Input DomainData ID',
  appImage: 'AppImage',
  appImageHint:
    'On the local server the image tag picks how the Job ends: secretflow/psi:fail-oom, :fail-data, :fail-crash, :fail-partner, :fail-reject, :hang; any other tag succeeds.',
  status: 'Status',
  message: 'Message',
  actions: 'Actions',
  noRows: 'Nothing here yet.',
  queriedDomain: 'Queried Domain',
  nodes: 'Nodes',
  routesTable: 'Routes created in this session',
  domainDataTable: 'DomainData of the Domain',
  jobsTable: 'Jobs submitted from this console',
  createdDomain: 'Domain {id} created.',
  deletedDomain: 'Domain {id} deleted.',
  createdRoute: 'DomainRoute {id} created.',
  deletedRoute: 'DomainRoute {id} deleted.',
  createdDomainData: 'DomainData {id} created.',
  deletedDomainData: 'DomainData {id} deleted.',
  createdJob: 'Job {id} created.',
  stoppedJob: 'Job {id} stopped.',
  notCreated: 'Not created',
  masterUnreachable: 'Master unreachable',
  masterUnreachableHint: 'Every call answers 11103, as a Lite that cannot reach its Master does.',
  latency: 'Latency',
  latencyHint: 'Delay every answer by this many milliseconds, to see loading states.',
  latencyUnit: 'ms',
  gateway502: 'Gateway answers 502',
  gateway502Hint: 'Answer like an ingress whose upstream is down: HTTP 502 with an HTML page.',
  tokenExpired: 'Token expired',
  tokenExpiredHint:
    "Refuse the console's token: KusciaAPI answers HTTP 401, SecretPad 202011602 (the session has expired).",
  updateConflict: 'Update conflict',
  updateConflictHint:
    "The next write to an object fails once with Kubernetes' conflict text: stop a running Job to see it, then Retry.",
  backend: 'Backend',
  backendHint:
    'Whose backend the local server plays. SecretPad answers with its own 9-digit codes and a message in the language the console asks for.',
  backendKuscia: 'KusciaAPI',
  backendSecretpad: 'SecretPad',
  backendIsKuscia: "The console talks to KusciaAPI (Kuscia's own codes, 11xxx).",
  backendIsSecretpad:
    "The console talks to SecretPad's backend (codes 202xxxxxx, messages in English).",
  server: 'Server',
  shutdown: 'Shut down',
  shutdownHint: 'Stop the local server, as if it crashed; start it again with npm start.',
  shutdownConfirm: 'Stop the local KusciaAPI server? Restart it with npm start.',
  on: 'On',
  off: 'Off',
  apply: 'Apply',
  switchesStale: 'Could not read the switches.',
  signedOutTitle: 'Signed out',
  signedOutBody:
    'Your session has expired. A real console would now take you to its sign-in page; this demo has none.',
  signedOutHint: 'To sign in again here, turn the “Token expired” failure switch off, then Retry.',
  continue: 'Continue',
  footer: 'Every error text on this page comes from kuscia-error-kit.',
};

export type UiText = typeof enUS;

const zhCN: UiText = {
  locale: 'zh-CN',
  appTitle: 'Kuscia 控制台',
  appTagline: '在本地 KusciaAPI 兼容服务上演示 kuscia-error-kit',
  sectionsNav: '导航',
  language: '语言',
  theme: '主题',
  themeSystem: '跟随系统',
  themeLight: '浅色',
  themeDark: '深色',
  domains: '节点（Domain）',
  domainsIntro: '创建、查询和删除节点（联邦中的参与方）。',
  domainRoutes: '节点路由（DomainRoute）',
  domainRoutesIntro: '从一个节点到另一个节点的路由：源节点如何访问目标节点。',
  domainData: '数据（DomainData）',
  domainDataIntro: '节点登记的、供任务使用的数据表和文件。',
  jobs: '任务（Job）',
  jobsIntro:
    '基于 DomainData 创建任务，再查询或停止。被 KusciaAPI 拒绝的创建显示错误码；运行失败的任务显示其状态。',
  switches: '故障开关',
  switchesIntro: '让本地服务像真实部署那样出错。服务重启后开关复位。',
  domainId: '节点 ID',
  role: '角色',
  roleLocal: '本方（空）',
  rolePartner: 'partner（合作方）',
  masterDomainId: 'Master 节点 ID',
  optional: '可选',
  create: '创建',
  query: '查询',
  delete: '删除',
  stop: '停止',
  list: '列出',
  refresh: '刷新',
  working: '处理中…',
  source: '源节点',
  destination: '目标节点',
  host: '主机',
  port: '端口',
  authentication: '认证方式',
  domainDataId: 'DomainData ID',
  name: '名称',
  type: '类型',
  relativeUri: '相对路径',
  columns: '列',
  columnsHint: '名称:类型，用逗号分隔',
  jobId: '任务 ID',
  initiator: '发起方',
  partner: '合作方节点',
  inputDomainData: '输入 DomainData ID',
  appImage: '应用镜像',
  appImageHint:
    '在本地服务上，镜像标签决定任务的结局：secretflow/psi:fail-oom、:fail-data、:fail-crash、:fail-partner、:fail-reject、:hang；其他标签都会成功。',
  status: '状态',
  message: '信息',
  actions: '操作',
  noRows: '暂无数据。',
  queriedDomain: '查询到的节点',
  nodes: '节点实例',
  routesTable: '本次会话创建的路由',
  domainDataTable: '节点的 DomainData',
  jobsTable: '从本控制台提交的任务',
  createdDomain: '节点 {id} 已创建。',
  deletedDomain: '节点 {id} 已删除。',
  createdRoute: '路由 {id} 已创建。',
  deletedRoute: '路由 {id} 已删除。',
  createdDomainData: 'DomainData {id} 已创建。',
  deletedDomainData: 'DomainData {id} 已删除。',
  createdJob: '任务 {id} 已创建。',
  stoppedJob: '任务 {id} 已停止。',
  notCreated: '未创建',
  masterUnreachable: 'Master 不可达',
  masterUnreachableHint: '所有调用都返回 11103，就像无法连接 Master 的 Lite 节点。',
  latency: '延迟',
  latencyHint: '每个响应延迟的毫秒数，用来观察加载状态。',
  latencyUnit: '毫秒',
  gateway502: '网关返回 502',
  gateway502Hint: '像上游宕机的 Ingress 那样响应：HTTP 502 和一个 HTML 页面。',
  tokenExpired: 'Token 过期',
  tokenExpiredHint:
    '拒绝控制台的 Token：KusciaAPI 返回 HTTP 401，SecretPad 返回 202011602（登录已过期）。',
  updateConflict: '更新冲突',
  updateConflictHint:
    '下一次写操作会因 Kubernetes 的冲突提示失败一次：停止一个运行中的任务即可看到，再点重试。',
  backend: '后端',
  backendHint:
    '本地服务扮演谁的后端。SecretPad 返回它自己的 9 位错误码，信息使用控制台请求的语言。',
  backendKuscia: 'KusciaAPI',
  backendSecretpad: 'SecretPad',
  backendIsKuscia: '控制台正在访问 KusciaAPI（Kuscia 自己的错误码，11xxx）。',
  backendIsSecretpad: '控制台正在访问 SecretPad 后端（错误码 202xxxxxx，信息为中文）。',
  server: '服务',
  shutdown: '关闭',
  shutdownHint: '停止本地服务，就像它崩溃了一样；用 npm start 重新启动。',
  shutdownConfirm: '停止本地 KusciaAPI 服务？可用 npm start 重新启动。',
  on: '开',
  off: '关',
  apply: '应用',
  switchesStale: '无法读取开关状态。',
  signedOutTitle: '已退出登录',
  signedOutBody: '登录已过期。真实的控制台此时会带你前往登录页；本演示没有登录页。',
  signedOutHint: '要在这里“重新登录”，请关闭故障开关“Token 过期”，然后点重试。',
  continue: '继续',
  footer: '本页所有错误文案均来自 kuscia-error-kit。',
};

export const uiText: Readonly<Record<ConsoleLocale, UiText>> = { 'en-US': enUS, 'zh-CN': zhCN };

export const UiTextContext = createContext<UiText>(enUS);

/** The console's locale. */
export function useConsoleLocale(): ConsoleLocale {
  return useContext(UiTextContext).locale;
}

/** The console's chrome text in the current locale. */
export function useUiText(): UiText {
  return useContext(UiTextContext);
}

/** Replaces `{name}` placeholders. */
export function format(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
