// @ts-check
/**
 * The SecretPad flavour: the same operations, answered as SecretPad's backend (secretflow/secretpad
 * at commit 128ccd37, v0.12.0b0) answers its console after calling Kuscia for them.
 *
 * - Every answer is HTTP 200 with `{"status":{"code":<SecretPad code>,"msg":"<text>"},"data":…}`; success is
 *   code 0 and `msg` `success` (`SecretpadExceptionHandler`, `SecretPadResponse`).
 * - `msg` follows the request's `Accept-Language`: a first choice in English gets the en-US catalog, anything
 *   else (no header included) zh-CN (`LocaleMessageResolver.getSupportedLocale`).
 * - The token travels in `User-Token` (`AuthConstants.TOKEN_NAME`); `LoginInterceptor` refuses a call with
 *   202011602 (`AUTH_FAILED`) and an English reason.
 * - A Kuscia failure becomes the SecretPad code of the call site that made the Kuscia call; some embed
 *   Kuscia's message in `{0}`, others hide it (`OPERATION_FAILURES` below).
 */
import { SecretPadCode, catalogMessage } from './catalog.mjs';
import { Code } from '../codes.mjs';
import { text } from '../validate.mjs';

/**
 * @typedef {import('./catalog.mjs').Locale} Locale
 * @typedef {import('./catalog.mjs').SecretPadError} SecretPadError
 * @typedef {import('../envelope.mjs').Outcome} Outcome
 * @typedef {{ error: SecretPadError, args: string[] } | 'success'} Translation
 */

/**
 * The locale Spring resolves from `Accept-Language` (its highest-weighted language), reduced as SecretPad
 * reduces it: English, or else Chinese.
 * @param {string | undefined} header
 * @returns {Locale}
 */
export function localeOf(header) {
  let best = '';
  let bestWeight = 0;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (tag !== '' && tag !== '*' && weight > bestWeight) {
      best = tag;
      bestWeight = weight;
    }
  }
  return best.split(/[-_]/)[0]?.toLowerCase() === 'en' ? 'en-US' : 'zh-CN';
}

/**
 * SecretPad's answer body.
 * @param {number} code
 * @param {string} msg
 * @param {unknown} [data]
 */
const response = (code, msg, data = null) => ({ status: { code, msg }, data });

/**
 * @param {SecretPadError} error
 * @param {readonly string[]} args
 * @param {Locale} locale
 */
export const failure = (error, args, locale) =>
  response(error.code, catalogMessage(error, args, locale));

/**
 * `LoginInterceptor.processByUserRequest`: why the call is refused, or nothing. A missing header is
 * `AuthUtils.findTokenInHeader`'s text; a token SecretPad does not know, `login is required`; a known token
 * idle for more than a day, `login is expire, please login again.`
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string} token
 * @param {boolean} expired the `tokenExpired` switch
 */
export function loginRefusal(headers, token, expired) {
  // KusciaAPI's `Token` is accepted too, so a proxy written for KusciaAPI can switch flavours unchanged.
  const presented = headers['user-token'] ?? headers.token;
  if (typeof presented !== 'string' || presented === '') {
    return 'The request header does not contain User-Token!';
  }
  if (presented !== token) return 'login is required';
  if (expired) return 'login is expire, please login again.';
  return undefined;
}

/** `login is expire, …` and the others: the interceptor's refusal as SecretPad's console receives it. */
export const authFailure = (/** @type {string} */ reason, /** @type {Locale} */ locale) =>
  failure(SecretPadCode.AUTH_FAILED, [reason], locale);

/**
 * The name a Kubernetes not-found text quotes (`domains.kuscia.secretflow "bob" not found` → `bob`).
 * @param {string} message
 */
const quotedName = (message) => /^\S+ "([^"\\]*)" not found$/.exec(message)?.[1];

/**
 * Java protobuf's text format of Kuscia's `Status`, as `"…" + status` prints it: one `field: value` line per
 * set field, strings escaped byte by byte (`TextFormat.escapeBytes`), non-ASCII bytes in octal.
 * @param {Outcome} outcome
 */
function statusTextFormat({ code, message }) {
  let escaped = '';
  for (const byte of Buffer.from(message, 'utf8')) {
    const char = String.fromCharCode(byte);
    /** @type {Record<string, string>} */
    const named = {
      '\u0007': '\\a',
      '\b': '\\b',
      '\f': '\\f',
      '\n': '\\n',
      '\r': '\\r',
      '\t': '\\t',
      '\u000b': '\\v',
      '\\': '\\\\',
      "'": "\\'",
      '"': '\\"',
    };
    if (named[char] !== undefined) escaped += named[char];
    else if (byte >= 0x20 && byte < 0x7f) escaped += char;
    else escaped += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `code: ${code}\n${message === '' ? '' : `message: "${escaped}"\n`}`;
}

/**
 * @param {SecretPadError} error
 * @param {...string} args
 * @returns {Translation}
 */
const as = (error, ...args) => ({ error, args });

/** A Kuscia call's failure that SecretPad reports through the gRPC error code, with Kuscia's text. */
const rpcError = (/** @type {Outcome} */ outcome) => as(SecretPadCode.RPC_ERROR, outcome.message);

/** A lookup of a node (a Domain) that Kuscia did not find. */
const nodeLookup = (/** @type {Outcome} */ outcome, /** @type {Record<string, any>} */ body) =>
  outcome.code === Code.DomainNotExists
    ? as(SecretPadCode.NODE_NOT_EXIST_ERROR, quotedName(outcome.message) ?? text(body.domain_id))
    : rpcError(outcome);

/** Kuscia's job not-found, under whichever code the job call uses. */
const jobMissing = (/** @type {Outcome} */ outcome) => outcome.message.endsWith('" not found');

/**
 * Per operation: what SecretPad answers when its Kuscia call fails. Where SecretPad has no call site for an
 * operation, the answer is `RPC_ERROR` with Kuscia's message, the code SecretPad uses for a failed Kuscia
 * call it reports as such. (The README's table names the upstream line of each.)
 * @type {Record<string, (outcome: Outcome, body: Record<string, any>) => Translation>}
 */
const OPERATION_FAILURES = {
  // NodeManager.java:277
  'domain/create': (outcome, body) =>
    as(
      SecretPadCode.NODE_CREATE_ERROR,
      `${text(body.domain_id)} node create fail in kuscia :${outcome.message}`,
    ),
  'domain/query': nodeLookup,
  'domain/update': nodeLookup,
  'domain/batchQuery': nodeLookup,
  // NodeManager.java:371, NodeServiceImpl.java:290: the Kuscia call's error text.
  'domain/delete': (outcome, body) =>
    outcome.code === Code.DomainNotExists
      ? nodeLookup(outcome, body)
      : as(SecretPadCode.NODE_DELETE_ERROR, outcome.message),
  // NodeRouteManager.java:267 (its own check), :103 (Kuscia's answer hidden)
  'route/create': (outcome, body) => {
    if (outcome.code === Code.DomainRouteExists) {
      return as(
        SecretPadCode.NODE_ROUTE_ALREADY_EXISTS,
        `route exist ${text(body.source)}->${text(body.destination)}`,
      );
    }
    if (outcome.code === Code.DomainNotExists) return nodeLookup(outcome, body);
    return as(SecretPadCode.NODE_ROUTE_CREATE_ERROR, 'create node router failed.');
  },
  // NodeRouterServiceImpl.java:234
  'route/query': (outcome) =>
    outcome.code === Code.DomainRouteNotExists
      ? as(SecretPadCode.NODE_ROUTE_NOT_EXIST_ERROR, 'route not exist')
      : rpcError(outcome),
  // NodeRouteManager.java:137
  'route/delete': (outcome) => as(SecretPadCode.NODE_ROUTE_DELETE_ERROR, outcome.message),
  // DataManager.java:113,155 (CreateDomainData), :181 (QueryDomainData): thrown without an argument, so
  // `{0}` stays in the text.
  'domaindata/create': () => as(SecretPadCode.ILLEGAL_PARAMS_ERROR),
  'domaindata/query': () => as(SecretPadCode.ILLEGAL_PARAMS_ERROR),
  // DatatableManager.java:126 (BatchQueryDomainData, which SecretPad's datatable list uses too), :337
  'domaindata/batchQuery': () => as(SecretPadCode.QUERY_DATATABLE_FAILED),
  'domaindata/list': () => as(SecretPadCode.QUERY_DATATABLE_FAILED),
  'domaindata/delete': () => as(SecretPadCode.DELETE_DATATABLE_FAILED),
  // MysqlKusciaControlDatasourceHandler.java:149 (and the Odps and Oss handlers)
  'domaindatasource/create': () =>
    as(SecretPadCode.DATA_SOURCE_CREATE_FAIL, 'all node create datasource failed'),
  // ProjectGraphDomainDatasourceServiceImpl.java:157: the whole Kuscia Status, in protobuf text format.
  'domaindatasource/list': (outcome) =>
    as(
      SecretPadCode.VALIDATION_ERROR,
      `failed to query domain data sources ${statusTextFormat(outcome)}`,
    ),
  // JobManager.java:727
  'job/create': (outcome) => as(SecretPadCode.PROJECT_JOB_CREATE_ERROR, outcome.message),
  'job/query': (outcome) =>
    jobMissing(outcome) ? as(SecretPadCode.PROJECT_JOB_NOT_EXISTS) : rpcError(outcome),
  'job/status/batchQuery': (outcome) =>
    jobMissing(outcome) ? as(SecretPadCode.PROJECT_JOB_NOT_EXISTS) : rpcError(outcome),
  // ProjectServiceImpl.java:569 ignores the stop's status ("For job not found, should be treat as success");
  // a job it does not know fails earlier, on its own records.
  'job/stop': (outcome) =>
    jobMissing(outcome) ? as(SecretPadCode.PROJECT_JOB_NOT_EXISTS) : 'success',
  // ScheduledServiceImpl.java:417 (RestartJob) and :397 (DeleteJob)
  'job/restart': (outcome) => as(SecretPadCode.PROJECT_JOB_RESTART_ERROR, outcome.message),
  'job/delete': (outcome) => as(SecretPadCode.PROJECT_JOB_RESTART_ERROR, outcome.message),
};

/**
 * SecretPad's answer for an operation whose Kuscia call ended with `outcome`.
 * @param {string} operation the path after `/api/v1/`, e.g. `domain/create`
 * @param {Outcome} outcome
 * @param {Record<string, any>} body the request, for the names SecretPad puts in its texts
 * @param {Locale} locale
 */
export function translate(operation, outcome, body, locale) {
  if (outcome.code === Code.Success) return response(0, 'success', outcome.data ?? null);
  const translation = (OPERATION_FAILURES[operation] ?? rpcError)(outcome, body);
  if (translation === 'success') return response(0, 'success');
  return failure(translation.error, translation.args, locale);
}

/**
 * A request body SecretPad's Spring could not read: the catch-all handler answers `UNKNOWN_ERROR` with the
 * exception's message (Jackson's words upstream; the Go decoder's here).
 * @param {string} reason
 * @param {Locale} locale
 */
export const unreadableBody = (reason, locale) =>
  failure(SecretPadCode.UNKNOWN_ERROR, [reason], locale);
