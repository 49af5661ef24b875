// @ts-check
/**
 * The SecretPad error codes this server answers with, and their texts in SecretPad's two catalogs.
 *
 * zh-CN and en-US texts of the SecretPad error codes are taken from secretflow/secretpad
 * (`secretpad-common/src/main/resources/i18n/messages_zh_CN.properties` and `messages_en_US.properties`,
 * v0.12.0b0), Copyright 2023 Ant Group Co., Ltd., licensed under the Apache License, Version 2.0.
 */

/** @typedef {'zh-CN' | 'en-US'} Locale */

/** By `<Enum>.<CONSTANT>`: the number and both catalog texts. */
export const SecretPadCode = Object.freeze({
  VALIDATION_ERROR: {
    code: 202011100,
    zh: '入参校验失败: {0}',
    en: 'Input parameter verification failed: {0}',
  },
  UNKNOWN_ERROR: { code: 202011101, zh: '系统未知错误: {0}', en: 'System unknown error: {0}' },
  QUERY_DATATABLE_FAILED: { code: 202011303, zh: '查询数据表失败', en: 'Query datatable failed' },
  DELETE_DATATABLE_FAILED: { code: 202011304, zh: '数据表删除失败', en: 'Delete datatable failed' },
  NODE_CREATE_ERROR: { code: 202011402, zh: '节点创建失败: {0}', en: 'Node create error: {0}' },
  NODE_NOT_EXIST_ERROR: { code: 202011403, zh: '节点不存在: {0}', en: 'Node not exist: {0}' },
  NODE_DELETE_ERROR: { code: 202011404, zh: '节点删除失败: {0}', en: 'Node delete error: {0}' },
  AUTH_FAILED: { code: 202011602, zh: '用户认证失败: {0}', en: 'Authentication user failed: {0}' },
  ILLEGAL_PARAMS_ERROR: { code: 202011805, zh: '参数不合法: {0}', en: 'Illegal parameters: {0}' },
  PROJECT_JOB_NOT_EXISTS: { code: 202011901, zh: '项目任务不存在', en: 'Project job not exist' },
  PROJECT_JOB_CREATE_ERROR: {
    code: 202011902,
    zh: '项目任务创建失败: {0}',
    en: 'Project job create error: {0}',
  },
  RPC_ERROR: { code: 202012101, zh: '远程调用Kuscia错误: {0}', en: 'Kuscia grpc error: {0}' },
  DATA_SOURCE_CREATE_FAIL: {
    code: 202012502,
    zh: '数据源创建失败: {0}',
    en: 'datasource create fail : {0}',
  },
  NODE_ROUTE_ALREADY_EXISTS: {
    code: 202012901,
    zh: '路由已经存在 {0}',
    en: 'NodeRoute already exist: {0}',
  },
  NODE_ROUTE_CREATE_ERROR: {
    code: 202012902,
    zh: '路由创建失败 {0}',
    en: 'NodeRoute create error: {0}',
  },
  NODE_ROUTE_NOT_EXIST_ERROR: {
    code: 202012903,
    zh: '路由不存在 {0}',
    en: 'NodeRoute not exist: {0}',
  },
  NODE_ROUTE_DELETE_ERROR: {
    code: 202012904,
    zh: '路由删除失败 {0}',
    en: 'NodeRoute delete error: {0}',
  },
  PROJECT_JOB_RESTART_ERROR: {
    code: 202015009,
    zh: '定时任务重跑失败: {0}',
    en: 'schedule job restart error: {0}',
  },
});

/** @typedef {(typeof SecretPadCode)[keyof typeof SecretPadCode]} SecretPadError */

/**
 * What Spring's message source makes of a catalog text: with no arguments the text comes back raw, a
 * literal `{0}` included; with arguments `{0}` is replaced, and an argument the text has no place for is
 * dropped.
 * @param {SecretPadError} error
 * @param {readonly string[]} args
 * @param {Locale} locale
 */
export function catalogMessage(error, args, locale) {
  const pattern = locale === 'en-US' ? error.en : error.zh;
  const [first] = args;
  return first === undefined ? pattern : pattern.replaceAll('{0}', first);
}
