import type { KusciaGenericTexts } from '../../core/messages';

/** Failures without a known code: transport, HTTP, unknown codes. */
export const generic: KusciaGenericTexts = {
  unknownCode: {
    title: '未知错误码 {code}',
    resolution:
      '该错误码不在本组件的错误码表中，可能来自更新版本的 Kuscia 或 SecretPad，请根据服务端信息确认具体原因',
  },
  unknown: {
    title: '请求失败',
    resolution:
      '请求失败，且未返回错误码或可识别的响应，请查看详情，并结合 KusciaAPI 日志确认具体原因',
  },
  invalidResponse: {
    title: '返回内容不是 KusciaAPI 响应',
    resolution:
      '服务端有应答，但返回的不是 KusciaAPI 的 JSON 响应：常见原因是代理或单点登录的登录页、端口错误或响应被截断。请检查请求地址（KusciaAPI 的 HTTP 端口为 8082，路径前缀为 /api/v1/）以及中间的代理。',
  },
  network: {
    title: '无法连接 KusciaAPI',
    resolution:
      '请求未收到任何响应：服务可能未运行、连接被拒绝、网络已断开或被代理拦截，请确认 KusciaAPI 地址与端口正确且服务正在运行',
  },
  timeout: {
    title: '请求超时',
    resolution:
      'KusciaAPI 未在规定时间内响应，操作可能已经生效，请先查询资源状态再重新发起；如频繁超时，请检查网络与 KusciaAPI 负载',
  },
  aborted: {
    title: '请求已取消',
    resolution:
      '请求在完成前被取消（如页面切换或被新的请求取代），无需处理，如仍需结果请重新发起请求',
  },
  http401: {
    title: '身份认证失败',
    resolution:
      'KusciaAPI 未接受请求中的 Token（返回 HTTP 401 且响应体为空），请确认请求头 Token 与 Kuscia 的 Token 文件一致，Token 可能已经轮换；浏览器无法直接调用 KusciaAPI，请经由后端服务或代理转发',
  },
  http403: {
    title: '访问被拒绝',
    resolution:
      '服务端或其前置代理拒绝了该请求，请检查代理的访问控制规则，并确认调用方有权访问该 KusciaAPI',
  },
  http404: {
    title: '接口路径不存在',
    resolution:
      '服务端未提供该路径，基础地址或 API 版本可能有误，请确认 KusciaAPI 地址、端口（HTTP 默认 8082）与路径前缀（如 /api/v1/）',
  },
  http413: {
    title: '请求体过大',
    resolution:
      '请求体超过服务端或代理允许的大小，请减少单次请求的数据量，或调大代理的请求体大小限制',
  },
  http429: {
    title: '请求过于频繁',
    resolution: '服务端或代理对当前客户端进行了限流，请稍后重试，并降低请求频率',
  },
  httpGateway: {
    title: '网关无法连接 KusciaAPI',
    resolution:
      'KusciaAPI 前置的代理或网关（如 Envoy、Ingress）无法连接 KusciaAPI 或等待超时，请稍后重试；如持续出现，请确认 KusciaAPI 正在运行，并检查网关的上游配置',
  },
  http4xx: {
    title: '请求被拒绝（HTTP {status}）',
    resolution: '服务端以 HTTP 状态码 {status} 拒绝了请求，请检查请求路径、请求头与请求体',
  },
  http5xx: {
    title: '服务端错误（HTTP {status}）',
    resolution:
      '服务端或代理返回了 HTTP 状态码 {status}，请检查 KusciaAPI 及其前置网关的日志后重试',
  },
  httpOther: {
    title: '异常响应（HTTP {status}）',
    resolution:
      '服务端返回了 HTTP 状态码 {status}，不属于成功响应，请确认 KusciaAPI 地址及中间代理的配置',
  },
};
