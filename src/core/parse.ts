import { isKusciaApiError } from './api-error';
import { parseBodyWithStatus, readEnvelopeStatus } from './body';
import { htmlToText, looksLikeHtml } from './html';
import { isIssuedInfo, reviveErrorInfo, toErrorInfo } from './info';
import { MAX_PARSED_BODY_LENGTH, readProperty, toInteger, toMessage, tryParseJson } from './read';
import type { KusciaErrorInfo, KusciaErrorSource } from './types';

// Errors nest (axios error → response → data; Error → cause → cause); a cycle must end somewhere.
const MAX_DEPTH = 4;

const TIMEOUT_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'ETIMEDOUT',
  'ECONNABORTED', // axios' code for its own `timeout` option
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const NETWORK_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'ERR_NETWORK',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
]);
// What browsers and Node say when fetch gets no response at all.
const NETWORK_MESSAGE =
  /failed to fetch|fetch failed|networkerror|load failed|network request failed/i;

/**
 * Normalizes any failure a console can meet into a `KusciaErrorInfo`, or `null` when there is no error
 * (`null`, `undefined`, an empty string, or a KusciaAPI envelope whose `status.code` is 0).
 *
 * Accepts the KusciaAPI envelope, a bare status, SecretPad's `{ status: { code, msg } }`, a `KusciaApiError`,
 * a failed fetch `Response`, an axios-style error, network, abort and timeout errors, a code as a number or
 * string, and anything else (`source: 'unknown'`). Never throws: cycles, throwing getters, revoked proxies,
 * symbols, bigints and megabyte strings all give a result.
 */
export function parseKusciaError(input: unknown): KusciaErrorInfo | null {
  // An info the kit issued is already the answer: parsing it again would read it as a bare status.
  if (isIssuedInfo(input)) return input;
  try {
    return parseValue(input, input, 0);
  } catch {
    return toErrorInfo({ source: 'unknown', input });
  }
}

function parseValue(value: unknown, input: unknown, depth: number): KusciaErrorInfo | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return parseCode(toInteger(value), input);
    case 'string':
      return parseString(value, input, depth);
    case 'object':
    case 'function':
      return depth > MAX_DEPTH ? unknown(input) : parseObject(value, input, depth);
    default:
      return unknown(input);
  }
}

function unknown(input: unknown, serverMessage: string | null = null): KusciaErrorInfo {
  return toErrorInfo({ source: 'unknown', serverMessage, input });
}

function parseCode(code: number | null, input: unknown): KusciaErrorInfo | null {
  if (code === null) return unknown(input);
  return code === 0 ? null : toErrorInfo({ source: 'kuscia', code, input });
}

function parseString(text: string, input: unknown, depth: number): KusciaErrorInfo | null {
  const head = text.length > MAX_PARSED_BODY_LENGTH ? text.slice(0, 4096) : text;
  if (head.trim() === '') return null;
  const code = toInteger(head);
  if (code !== null) return parseCode(code, input);
  const json = tryParseJson(text);
  if (json !== undefined) return parseValue(json, input, depth + 1);
  return unknown(input, looksLikeHtml(head) ? htmlToText(head) : toMessage(head));
}

function isResponseLike(value: object): boolean {
  return (
    typeof readProperty(value, 'status') === 'number' &&
    typeof readProperty(value, 'ok') === 'boolean' &&
    typeof readProperty(value, 'headers') === 'object' &&
    typeof readProperty(value, 'text') === 'function'
  );
}

function transportSource(value: object): KusciaErrorSource | null {
  const name = readProperty(value, 'name');
  const code = readProperty(value, 'code');
  const message = readProperty(value, 'message');
  if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code)))
    return 'timeout';
  if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED')
    return 'aborted';
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return 'network';
  if (name === 'TypeError' && typeof message === 'string' && NETWORK_MESSAGE.test(message))
    return 'network';
  return null;
}

/** An info built by another copy of the kit (ESM beside CJS, two versions): its fields, not a status. */
function looksLikeInfo(value: object): boolean {
  return (
    typeof readProperty(value, 'fingerprint') === 'string' &&
    typeof readProperty(value, 'source') === 'string' &&
    readProperty(value, 'serverMessage') !== undefined
  );
}

function parseObject(value: object, input: unknown, depth: number): KusciaErrorInfo | null {
  if (isKusciaApiError(value)) return reviveErrorInfo(value.info);
  if (looksLikeInfo(value)) return reviveErrorInfo(value);

  // A fetch Response whose body was not read: only its status can tell. KusciaAPI's business failures
  // arrive as 200 with a body, which `parseKusciaResponse` reads.
  if (isResponseLike(value)) {
    if (readProperty(value, 'ok') === true) return null;
    const status = toInteger(readProperty(value, 'status'));
    // `Response.error()` and opaque failures carry status 0: nothing answered.
    return status === 0
      ? toErrorInfo({ source: 'network', input })
      : parseBodyWithStatus(null, status, input);
  }

  // axios (error.response.data / .status) and clients shaped like it.
  const response = readProperty(value, 'response');
  if (typeof response === 'object' && response !== null) {
    const fromResponse = parseBodyWithStatus(
      readProperty(response, 'data'),
      toInteger(readProperty(response, 'status')),
      input,
    );
    if (fromResponse) return fromResponse;
  }

  const transport = transportSource(value);
  if (transport) {
    const inner = readProperty(value, 'cause');
    const message =
      toMessage(readProperty(inner, 'message')) ?? toMessage(readProperty(value, 'message'));
    return toErrorInfo({ source: transport, serverMessage: message, input });
  }

  const status = readEnvelopeStatus(value);
  if (status) {
    if (status.code === 0) return null;
    return toErrorInfo({
      source: status.source,
      code: status.code,
      serverMessage: status.message,
      details: status.details,
      input,
    });
  }

  // SWR's documented pattern (error.info + error.status) and other wrappers that attach the body.
  const httpStatus =
    toInteger(readProperty(value, 'status')) ?? toInteger(readProperty(value, 'statusCode'));
  let heldSuccess = false;
  for (const key of ['info', 'data', 'body']) {
    const body = readProperty(value, key);
    if (body === null || body === undefined || body === value) continue;
    const fromBody = parseBodyWithStatus(body, httpStatus, input);
    if (fromBody) return fromBody;
    heldSuccess ||=
      readEnvelopeStatus(typeof body === 'string' ? tryParseJson(body) : body)?.code === 0;
  }
  if (httpStatus !== null && httpStatus >= 400 && httpStatus <= 599) {
    return parseBodyWithStatus(null, httpStatus, input);
  }
  if (heldSuccess) return null;

  // An Error wrapping the real failure (`new Error('load failed', { cause })`).
  const inner = readProperty(value, 'cause');
  if (inner !== null && inner !== undefined && inner !== value) {
    const fromCause = parseValue(inner, input, depth + 1);
    if (fromCause && fromCause.source !== 'unknown') return fromCause;
  }

  return unknown(input, toMessage(readProperty(value, 'message')));
}
