import { isKusciaApiError } from './api-error';
import { parseBodyWithStatus, readEnvelopeStatus } from './body';
import { reviveErrorInfo, toErrorInfo } from './info';
import {
  htmlToText,
  looksLikeHtml,
  MAX_PARSED_BODY_LENGTH,
  readProperty,
  toInteger,
  toMessage,
  tryParseJson,
} from './safe';
import type { KusciaErrorInfo, KusciaErrorSource } from './types';

// Errors nest (axios error → response → data; Error → cause → cause); a cycle must end somewhere.
const MAX_DEPTH = 4;

const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'ECONNABORTED', // axios' code for its own `timeout` option
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const NETWORK_CODES: ReadonlySet<string> = new Set([
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
  try {
    return parseValue(input, input, 0);
  } catch {
    return toErrorInfo({ source: 'unknown', cause: input });
  }
}

function parseValue(value: unknown, cause: unknown, depth: number): KusciaErrorInfo | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return parseCode(toInteger(value), cause);
    case 'string':
      return parseString(value, cause, depth);
    case 'object':
    case 'function':
      return depth > MAX_DEPTH ? unknown(cause) : parseObject(value, cause, depth);
    default:
      return unknown(cause);
  }
}

function unknown(cause: unknown, serverMessage: string | null = null): KusciaErrorInfo {
  return toErrorInfo({ source: 'unknown', serverMessage, cause });
}

function parseCode(code: number | null, cause: unknown): KusciaErrorInfo | null {
  if (code === null) return unknown(cause);
  return code === 0 ? null : toErrorInfo({ source: 'kuscia', code, cause });
}

function parseString(text: string, cause: unknown, depth: number): KusciaErrorInfo | null {
  const head = text.length > MAX_PARSED_BODY_LENGTH ? text.slice(0, 4096) : text;
  if (head.trim() === '') return null;
  const code = toInteger(head);
  if (code !== null) return parseCode(code, cause);
  const json = tryParseJson(text);
  if (json !== undefined) return parseValue(json, cause, depth + 1);
  return unknown(cause, looksLikeHtml(head) ? htmlToText(head) : toMessage(head));
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

function parseObject(value: object, cause: unknown, depth: number): KusciaErrorInfo | null {
  if (isKusciaApiError(value)) return reviveErrorInfo(value.info);

  // A fetch Response whose body was not read: only its status can tell. KusciaAPI's business failures
  // arrive as 200 with a body, which `parseKusciaResponse` reads.
  if (isResponseLike(value)) {
    if (readProperty(value, 'ok') === true) return null;
    const status = toInteger(readProperty(value, 'status'));
    // `Response.error()` and opaque failures carry status 0: nothing answered.
    return status === 0
      ? toErrorInfo({ source: 'network', cause })
      : parseBodyWithStatus(null, status, cause);
  }

  // axios (error.response.data / .status) and clients shaped like it.
  const response = readProperty(value, 'response');
  if (typeof response === 'object' && response !== null) {
    const fromResponse = parseBodyWithStatus(
      readProperty(response, 'data'),
      toInteger(readProperty(response, 'status')),
      cause,
    );
    if (fromResponse) return fromResponse;
  }

  const transport = transportSource(value);
  if (transport) {
    const inner = readProperty(value, 'cause');
    const message =
      toMessage(readProperty(inner, 'message')) ?? toMessage(readProperty(value, 'message'));
    return toErrorInfo({ source: transport, serverMessage: message, cause });
  }

  const status = readEnvelopeStatus(value);
  if (status) {
    if (status.code === 0) return null;
    return toErrorInfo({
      source: 'kuscia',
      code: status.code,
      serverMessage: status.message,
      details: status.details,
      cause,
    });
  }

  // SWR's documented pattern (error.info + error.status) and other wrappers that attach the body.
  const httpStatus =
    toInteger(readProperty(value, 'status')) ?? toInteger(readProperty(value, 'statusCode'));
  let heldSuccess = false;
  for (const key of ['info', 'data', 'body']) {
    const body = readProperty(value, key);
    if (body === null || body === undefined || body === value) continue;
    const fromBody = parseBodyWithStatus(body, httpStatus, cause);
    if (fromBody) return fromBody;
    heldSuccess ||=
      readEnvelopeStatus(typeof body === 'string' ? tryParseJson(body) : body)?.code === 0;
  }
  if (httpStatus !== null && httpStatus >= 400 && httpStatus <= 599) {
    return parseBodyWithStatus(null, httpStatus, cause);
  }
  if (heldSuccess) return null;

  // An Error wrapping the real failure (`new Error('load failed', { cause })`).
  const inner = readProperty(value, 'cause');
  if (inner !== null && inner !== undefined && inner !== value) {
    const fromCause = parseValue(inner, cause, depth + 1);
    if (fromCause && fromCause.source !== 'unknown') return fromCause;
  }

  return unknown(cause, toMessage(readProperty(value, 'message')));
}
