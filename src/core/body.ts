import { htmlToText, looksLikeHtml } from './html';
import { toErrorInfo } from './info';
import { readProperty, safeIsArray, toInteger, toJsonText, toMessage, tryParseJson } from './read';
import type { KusciaErrorInfo } from './types';

/**
 * A KusciaAPI `Status` (`{ code, message, details }`) or SecretPad's (`{ code, msg }`) read from `value`,
 * or `undefined` when `value` has no integer `code`.
 */
export function readStatus(value: unknown):
  | {
      code: number;
      message: string | null;
      details: string | null;
      source: 'kuscia' | 'secretpad';
    }
  | undefined {
  const code = toInteger(readProperty(value, 'code'));
  if (code === null) return undefined;
  const kusciaMessage = readProperty(value, 'message');
  const secretpadMessage = readProperty(value, 'msg');
  const message = toMessage(kusciaMessage) ?? toMessage(secretpadMessage);
  // Kuscia's status has `message`, SecretPad's `msg` (CODES.md §3.1): a `msg` alone is SecretPad's answer,
  // whether or not its catalogue is registered.
  const source =
    kusciaMessage === undefined && typeof secretpadMessage === 'string' ? 'secretpad' : 'kuscia';
  const rawDetails = readProperty(value, 'details');
  const details =
    rawDetails == null || (safeIsArray(rawDetails) && readProperty(rawDetails, 'length') === 0)
      ? null
      : typeof rawDetails === 'string'
        ? toMessage(rawDetails)
        : toJsonText(rawDetails);
  return { code, message, details, source };
}

/** The `Status` of a KusciaAPI envelope (`{ status: {...} }`) or a bare status (`{ code, message }`). */
export function readEnvelopeStatus(body: unknown): ReturnType<typeof readStatus> {
  const status = readProperty(body, 'status');
  if (status !== null && typeof status === 'object') return readStatus(status);
  return readStatus(body);
}

/** A text body's own words: an HTML page's title or text, or the plain text itself. */
export function textMessage(text: string): string | null {
  return looksLikeHtml(text) ? htmlToText(text) : toMessage(text, 300);
}

/** A body's own words when it has no status: a JSON `message`/`error`, an HTML title, or plain text. */
function bodyMessage(body: unknown): string | null {
  if (typeof body === 'string') return textMessage(body);
  return (
    toMessage(readProperty(body, 'message')) ??
    toMessage(readProperty(body, 'error')) ??
    toMessage(readProperty(body, 'msg'))
  );
}

const isSuccess = (httpStatus: number | null): boolean =>
  httpStatus !== null && httpStatus >= 200 && httpStatus <= 299;

/**
 * Parses a response body together with its HTTP status. KusciaAPI answers business failures with 200 and
 * `status.code != 0`, so the body decides first; the HTTP status decides only when the body has no code.
 * A successful status with a body that is text, not JSON (an SSO proxy's login page, a cut-off body), is
 * no KusciaAPI answer: a failure of its own, or the app would read garbage as data.
 */
export function parseBodyWithStatus(
  body: unknown,
  httpStatus: number | null,
  input: unknown,
): KusciaErrorInfo | null {
  const parsedBody = typeof body === 'string' ? (tryParseJson(body) ?? body) : body;
  const status = readEnvelopeStatus(parsedBody);
  if (status && status.code !== 0) {
    return toErrorInfo({
      source: status.source,
      code: status.code,
      serverMessage: status.message,
      details: status.details,
      httpStatus,
      input,
    });
  }
  if (isSuccess(httpStatus)) {
    return typeof parsedBody === 'string' && parsedBody.trim() !== ''
      ? toErrorInfo({
          source: 'invalidResponse',
          serverMessage: textMessage(parsedBody),
          httpStatus,
          input,
        })
      : null;
  }
  if (httpStatus === null) return null;
  return toErrorInfo({
    source: 'http',
    serverMessage: status?.message ?? bodyMessage(parsedBody),
    httpStatus,
    input,
  });
}
