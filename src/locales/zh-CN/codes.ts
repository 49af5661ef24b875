import type { KusciaLocaleMessages } from '../../core/messages';

/** One title and next step per Kuscia code. */
export const codes: KusciaLocaleMessages['codes'] = {
  2000: {
    title: 'ConfManager 请求入参校验错误',
    resolution:
      'ConfManager 请求入参校验不通过，可根据具体错误描述信息检查请求入参对应字段，若配置项已存在，请使用更新接口',
  },
  2001: {
    title: 'ConfManager 未知异常',
    resolution: 'ConfManager 系统未捕获异常，需通过日志排查具体错误原因',
  },
  2102: {
    title: 'ConfManager 创建配置失败',
    resolution:
      'ConfManager 创建配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  2103: {
    title: 'ConfManager 查询配置失败',
    resolution:
      'ConfManager 查询配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  2104: {
    title: 'ConfManager 更新配置失败',
    resolution:
      'ConfManager 更新配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  2105: {
    title: 'ConfManager 删除配置失败',
    resolution:
      'ConfManager 删除配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  2106: {
    title: 'ConfManager 批量查询配置失败',
    resolution:
      'ConfManager 批量查询配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  2200: {
    title: 'ConfManager 生成密钥证书失败',
    resolution:
      'ConfManager 生成密钥证书失败，请确认节点证书配置正确、密钥格式为 PKCS#1 或 PKCS#8，具体原因可通过报错信息与日志确认具体原因',
  },
  3000: {
    title: 'Reporter 请求入参校验错误',
    resolution: 'Reporter 请求入参校验不通过，可根据具体错误描述信息检查请求入参对应字段',
  },
  3001: {
    title: 'Reporter 未知异常',
    resolution: 'Reporter 系统未捕获异常，需通过日志排查具体错误原因',
  },
  11100: {
    title: '请求入参校验错误',
    resolution: '请求入参校验不通过，可根据具体错误描述信息检查请求入参对应字段',
  },
  11101: {
    title: '未知异常',
    resolution: '系统未捕获异常，需通过日志排查具体错误原因',
  },
  11102: {
    title: '权限校验异常',
    resolution: '权限校验异常，请确认请求接口具备相应权限',
  },
  11103: {
    title: '请求 Master 失败',
    resolution: '请求 Master 失败，请确认 Master 节点的连接状态',
  },
  11104: {
    title: 'Lite 节点不支持的 API',
    resolution: 'Lite 节点不支持的 API，请确认请求节点地址',
  },
  11105: {
    title: 'Master 节点不支持的 API',
    resolution: 'Master 节点不支持的 API，请确认请求节点地址，该 API 需请求 Lite 节点或自治节点',
  },
  11201: {
    title: '创建任务失败',
    resolution: '创建任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11202: {
    title: '查询任务失败',
    resolution: '查询任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11203: {
    title: '查询任务状态失败',
    resolution: '查询任务状态失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11204: {
    title: '删除任务失败',
    resolution: '删除任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11205: {
    title: '停止任务失败',
    resolution: '停止任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11206: {
    title: '审批任务失败',
    resolution: '审批任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11207: {
    title: '暂停任务失败',
    resolution: '暂停任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11208: {
    title: '重跑任务失败',
    resolution: '重跑任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11209: {
    title: '取消任务失败',
    resolution: '取消任务失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11210: {
    title: '任务未在运行中，无法暂停',
    resolution: '仅运行中的任务可以暂停，请查询任务当前状态确认',
  },
  11211: {
    title: '任务未处于暂停或失败状态，无法重跑',
    resolution: '仅已暂停或失败的任务可以重跑，请查询任务当前状态确认',
  },
  11300: {
    title: '创建节点失败',
    resolution: '创建节点失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11301: {
    title: '查询节点失败',
    resolution: '查询节点失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11302: {
    title: '查询节点状态失败',
    resolution: '查询节点状态失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11303: {
    title: '更新节点失败',
    resolution: '更新节点失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11304: {
    title: '删除节点失败',
    resolution: '删除节点失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11305: {
    title: '节点不存在异常',
    resolution: '节点不存在异常，确认节点是否存在',
  },
  11306: {
    title: '节点已存在异常',
    resolution: '节点已存在异常，是否需要使用更新接口',
  },
  11400: {
    title: '创建节点路由失败',
    resolution: '创建节点路由失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11401: {
    title: '查询节点路由失败',
    resolution: '查询节点路由失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11402: {
    title: '查询节点路由状态失败',
    resolution: '查询节点路由状态失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11403: {
    title: '删除节点路由失败',
    resolution: '删除节点路由失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11404: {
    title: '节点路由不存在异常',
    resolution: '节点路由不存在异常，请确认路由已创建',
  },
  11405: {
    title: '节点路由已存在异常',
    resolution: '节点路由已存在异常，如果需要变更，需要删除后再创建',
  },
  11500: {
    title: '创建节点数据失败',
    resolution: '创建节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11501: {
    title: '删除节点数据失败',
    resolution: '删除节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11502: {
    title: '获取节点数据失败',
    resolution: '获取节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11503: {
    title: '获取节点数据列表失败',
    resolution: '获取节点数据列表失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11504: {
    title: '更新合并数据失败',
    resolution: '更新合并数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11505: {
    title: '更新补充数据失败',
    resolution: '更新补充数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11506: {
    title: '节点数据不存在异常',
    resolution: '节点数据不存在异常，请确认请求入参的节点数据 ID',
  },
  11507: {
    title: '节点数据已存在异常',
    resolution: '节点数据已存在异常，请确认请求入参的节点数据 ID',
  },
  11600: {
    title: '创建 Serving 失败',
    resolution: '创建 Serving 失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11601: {
    title: '查询 Serving 失败',
    resolution: '查询 Serving 失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11602: {
    title: '查询 Serving 状态失败',
    resolution:
      '查询 Serving 状态失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11603: {
    title: '更新 Serving 失败',
    resolution: '更新 Serving 失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11604: {
    title: '删除 Serving 失败',
    resolution: '删除 Serving 失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11700: {
    title: '创建数据授权失败',
    resolution: '创建数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11701: {
    title: '更新数据授权失败',
    resolution: '更新数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11702: {
    title: '查询数据授权失败',
    resolution: '查询数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11703: {
    title: '删除数据授权失败',
    resolution: '删除数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11704: {
    title: '数据授权已存在异常',
    resolution: '数据授权已存在异常，请确认请求入参授权 ID',
  },
  11705: {
    title: '数据授权不存在异常',
    resolution: '数据授权不存在异常，请确认请求入参授权 ID',
  },
  11800: {
    title: '创建数据源失败',
    resolution: '创建数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11801: {
    title: '更新数据源失败',
    resolution: '更新数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11802: {
    title: '查询数据源失败',
    resolution: '查询数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11803: {
    title: '批量查询数据源失败',
    resolution: '批量查询数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11804: {
    title: '删除数据源失败',
    resolution: '删除数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11805: {
    title: '数据源已存在异常',
    resolution: '数据源已存在异常，请确认数据源 ID',
  },
  11806: {
    title: '数据源不存在异常',
    resolution: '数据源不存在异常，请确认数据源 ID',
  },
  11807: {
    title: '数据源信息转码异常',
    resolution:
      '数据源信息转码异常，请确认数据源信息与数据源类型匹配，参考接口异常返回或日志中确认具体错误原因',
  },
  11808: {
    title: '获取数据源列表失败',
    resolution: '获取数据源列表失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11900: {
    title: '创建配置失败',
    resolution: '创建配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11901: {
    title: '查询配置失败',
    resolution: '查询配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11902: {
    title: '更新配置失败',
    resolution: '更新配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11903: {
    title: '删除配置失败',
    resolution: '删除配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11904: {
    title: '批量查询配置失败',
    resolution: '批量查询配置失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  11907: {
    title: '数据源信息转码异常',
    resolution: '数据源信息转码异常，参考接口异常返回或日志中确认具体错误原因',
  },
  12100: {
    title: 'DataMesh 请求入参校验错误',
    resolution: 'DataMesh 请求入参校验不通过，可根据具体错误描述信息检查请求入参对应字段',
  },
  12101: {
    title: 'DataMesh 未知异常',
    resolution: 'DataMesh 系统未捕获异常，需通过日志排查具体错误原因',
  },
  12200: {
    title: 'DataMesh 创建节点数据失败',
    resolution:
      'DataMesh 创建节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12201: {
    title: 'DataMesh 查询节点数据失败',
    resolution:
      'DataMesh 查询节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12202: {
    title: 'DataMesh 从 K8s 获取节点数据失败',
    resolution:
      'DataMesh 从 K8s 获取节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12203: {
    title: 'DataMesh 更新合并数据失败',
    resolution:
      'DataMesh 更新合并数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12204: {
    title: 'DataMesh 更新补充数据失败',
    resolution:
      'DataMesh 更新补充数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12205: {
    title: 'DataMesh 删除节点数据失败',
    resolution:
      'DataMesh 删除节点数据失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12300: {
    title: 'DataMesh 创建数据源失败',
    resolution:
      'DataMesh 创建数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12301: {
    title: 'DataMesh 解析数据源失败',
    resolution:
      'DataMesh 解析数据源失败，请确认数据源信息与数据源类型匹配，参考接口异常返回或日志中确认具体错误原因',
  },
  12302: {
    title: 'DataMesh 查询数据源失败',
    resolution:
      'DataMesh 查询数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12303: {
    title: 'DataMesh 删除数据源失败',
    resolution:
      'DataMesh 删除数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12304: {
    title: 'DataMesh 数据源已存在异常',
    resolution: 'DataMesh 数据源已存在异常，请确认数据源 ID',
  },
  12305: {
    title: 'DataMesh 数据源不存在异常',
    resolution: 'DataMesh 数据源不存在异常，请确认数据源 ID',
  },
  12306: {
    title: 'DataMesh 从 K8s 获取数据源失败',
    resolution:
      'DataMesh 从 K8s 获取数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12307: {
    title: 'DataMesh 数据源信息解码异常',
    resolution: 'DataMesh 数据源信息解码异常，参考接口异常返回或日志中确认具体错误原因',
  },
  12308: {
    title: 'DataMesh 数据源信息转码异常',
    resolution:
      'DataMesh 数据源信息转码异常，请确认数据源信息与数据源类型匹配，参考接口异常返回或日志中确认具体错误原因',
  },
  12309: {
    title: 'DataMesh 更新合并数据源失败',
    resolution:
      'DataMesh 更新合并数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12310: {
    title: 'DataMesh 更新补充数据源失败',
    resolution:
      'DataMesh 更新补充数据源失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12400: {
    title: 'DataMesh 创建数据授权失败',
    resolution:
      'DataMesh 创建数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12401: {
    title: 'DataMesh 更新数据授权失败',
    resolution:
      'DataMesh 更新数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12402: {
    title: 'DataMesh 查询数据授权失败',
    resolution:
      'DataMesh 查询数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12403: {
    title: 'DataMesh 删除数据授权失败',
    resolution:
      'DataMesh 删除数据授权失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  12404: {
    title: 'DataMesh 数据授权已存在异常',
    resolution: 'DataMesh 数据授权已存在异常，请确认请求入参授权 ID',
  },
  12405: {
    title: 'DataMesh 数据授权不存在异常',
    resolution: 'DataMesh 数据授权不存在异常，请确认请求入参授权 ID',
  },
  13100: {
    title: '创建应用镜像失败',
    resolution: '创建应用镜像失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  13101: {
    title: '查询应用镜像失败',
    resolution: '查询应用镜像失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  13102: {
    title: '更新应用镜像失败',
    resolution: '更新应用镜像失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  13103: {
    title: '删除应用镜像失败',
    resolution: '删除应用镜像失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  13104: {
    title: '批量查询应用镜像失败',
    resolution: '批量查询应用镜像失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  13105: {
    title: '应用镜像不存在异常',
    resolution: '应用镜像不存在异常，请确认请求入参的应用镜像名称',
  },
  13106: {
    title: '应用镜像已存在异常',
    resolution: '应用镜像已存在异常，是否需要使用更新接口',
  },
  13107: {
    title: '获取应用镜像列表失败',
    resolution: '获取应用镜像列表失败：接口 API 请求异常，具体原因可通过报错信息与日志确认具体原因',
  },
  13200: {
    title: '查询日志失败',
    resolution:
      '查询日志失败：接口 API 请求异常，若 Pod 尚未创建或仍在等待调度，请稍后重新查询，其他原因可通过报错信息与日志确认',
  },
  13201: {
    title: '查询 Pod 所在 K8s 节点失败',
    resolution:
      '查询 Pod 所在 K8s 节点失败：接口 API 请求异常，若 Pod 尚未创建或仍在等待调度，请稍后重新查询，其他原因可通过报错信息与日志确认',
  },
};

/** gRPC canonical codes (1-16), which Kuscia's `Status.code` may carry. */
export const grpc: KusciaLocaleMessages['grpc'] = {
  1: {
    title: '请求已取消',
    resolution: '请求在完成前被取消，通常由调用方或代理发起，如仍需结果请重新发起请求',
  },
  2: {
    title: '未知错误',
    resolution: '服务端返回了未分类的错误，请根据服务端信息与 KusciaAPI 日志确认具体原因',
  },
  3: {
    title: '请求参数无效',
    resolution: '请求入参校验不通过，可根据服务端信息检查请求入参对应字段',
  },
  4: {
    title: '请求超出截止时间',
    resolution: '请求未在规定时间内完成，操作可能已经生效，请先查询资源状态再决定是否重新发起',
  },
  5: {
    title: '资源不存在',
    resolution:
      '请求的资源或接口不存在，请确认请求入参中的 ID，以及服务端的 Kuscia 版本是否提供该接口',
  },
  6: {
    title: '资源已存在',
    resolution: '资源已存在，是否需要使用更新接口，或更换请求入参中的 ID',
  },
  7: {
    title: '权限不足',
    resolution: '调用方无权执行该操作，请确认请求操作的是本节点的资源，并确认客户端证书或身份正确',
  },
  8: {
    title: '资源耗尽',
    resolution:
      '已达到配额或限制（如消息大小、请求频率），请减小单次请求的数据量或降低请求频率后再试',
  },
  9: {
    title: '前置条件不满足',
    resolution: '资源当前状态不允许该操作，请先查询资源状态并做相应调整，原样重试仍会失败',
  },
  10: {
    title: '操作已中止',
    resolution: '操作因并发修改等原因被中止，请重新查询资源，基于最新状态再次操作',
  },
  11: {
    title: '参数超出范围',
    resolution: '请求中的数值超出有效范围（如分页位置超过末尾），请检查请求入参中的数值字段',
  },
  12: {
    title: '接口未实现',
    resolution:
      '服务端未实现该接口，请确认客户端与 Kuscia 版本匹配，且请求发往正确的服务（Master、Lite、DataMesh 或 ConfManager）',
  },
  13: {
    title: '服务端内部错误',
    resolution: '服务端内部异常，请根据服务端信息与 KusciaAPI 日志确认具体原因',
  },
  14: {
    title: '服务不可用',
    resolution:
      '服务暂时无法访问或过载，请稍后重试；如持续出现，请确认 KusciaAPI 正在运行且 gRPC 端口（默认 8083）可以访问',
  },
  15: {
    title: '数据丢失',
    resolution: '服务端报告了不可恢复的数据丢失或损坏，请暂停操作，检查 Kuscia 日志与存储',
  },
  16: {
    title: '身份认证失败',
    resolution: '服务端未接受调用方的凭证，请检查 Token 或客户端证书，Token 可能已经轮换',
  },
};
