import { parseBodyWithStatus } from './body';
import { toErrorInfo } from './info';
import { parseKusciaError } from './parse';
import { readProperty, toInteger } from './safe';
import type { KusciaErrorInfo } from './types';

/**
 * Reads a fetch `Response` body safely (JSON, text or empty) and parses it with its HTTP status.
 * KusciaAPI answers business failures with HTTP 200 and `status.code != 0`, and authentication failures
 * with 401 and no body, so both the status and the body matter. Resolves to `null` when the response holds
 * no error. Never rejects. Reads the body: pass `response.clone()` if you still need it. Anything that is
 * not a Response is handed to `parseKusciaError`.
 */
export async function parseKusciaResponse(response: Response): Promise<KusciaErrorInfo | null> {
  // Not a Response (untyped callers, or a body already read): parse the value itself.
  if (typeof readProperty(response, 'text') !== 'function') return parseKusciaError(response);
  const httpStatus = toInteger(readProperty(response, 'status'));
  let body: string | null = null;
  try {
    body = await response.text();
  } catch {
    // Body already used, or the connection dropped mid-body: the status alone must do.
  }
  try {
    return parseBodyWithStatus(body === '' ? null : body, httpStatus, response);
  } catch {
    return toErrorInfo({ source: 'unknown', httpStatus, cause: response });
  }
}
