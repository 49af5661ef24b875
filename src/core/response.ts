import { KusciaApiError } from './api-error';
import { parseBodyWithStatus } from './body';
import { toErrorInfo } from './info';
import { parseKusciaError } from './parse';
import { readProperty, toInteger, tryParseJson } from './read';
import type { KusciaErrorInfo } from './types';
import { unwrapKusciaResponse } from './unwrap';

/** The body text and HTTP status of a fetch `Response`; the body is read once, and never throws. */
async function readBody(
  response: Response,
): Promise<{ text: string | null; status: number | null }> {
  const status = toInteger(readProperty(response, 'status'));
  try {
    const text: unknown = await response.text();
    return { text: typeof text === 'string' ? text : null, status };
  } catch {
    // Body already used, or the connection dropped mid-body: the status alone must do.
    return { text: null, status };
  }
}

/** The failure a response's body and status describe, or `null`. */
function failureOf(text: string | null, status: number | null, response: Response) {
  // An empty 200 is no KusciaAPI answer either (it always sends a status); 204 is a deliberate "nothing".
  if (text?.trim() === '' && status === 200) {
    return toErrorInfo({ source: 'invalidResponse', httpStatus: status, input: response });
  }
  return parseBodyWithStatus(text?.trim() === '' ? null : text, status, response);
}

const isResponse = (value: unknown): value is Response =>
  typeof readProperty(value, 'text') === 'function';

/**
 * Reads a fetch `Response` (JSON, text or empty) and parses it with its HTTP status. KusciaAPI answers
 * business failures with HTTP 200 and `status.code != 0`, and authentication failures with 401 and no
 * body, so both matter. Resolves to `null` when the response holds no error; never rejects. Reads the
 * body: to also get the data, use `readKusciaResponse` instead. Anything that is not a Response is handed
 * to `parseKusciaError`.
 */
export async function parseKusciaResponse(response: Response): Promise<KusciaErrorInfo | null> {
  if (!isResponse(response)) return parseKusciaError(response);
  const { text, status } = await readBody(response);
  try {
    return failureOf(text, status, response);
  } catch {
    return toErrorInfo({ source: 'unknown', httpStatus: status, input: response });
  }
}

/**
 * The `data` of a KusciaAPI response, or a rejection with a `KusciaApiError` for any failure: HTTP (401
 * with no body, a gateway's 502 page), KusciaAPI (`status.code != 0` with HTTP 200) or a body that is no
 * KusciaAPI answer. Reads the body once.
 *
 * @example const domain = await readKusciaResponse<Domain>(await fetch('/api/v1/domain/query', init));
 */
export async function readKusciaResponse<T = unknown>(response: Response): Promise<T> {
  if (!isResponse(response)) return unwrapKusciaResponse<T>(response);
  const { text, status } = await readBody(response);
  const failure = failureOf(text, status, response);
  if (failure) throw new KusciaApiError(failure);
  // A deliberate "nothing" (204): there is no data to give.
  if (text?.trim() === '') return undefined as T;
  const body = text === null ? undefined : tryParseJson(text);
  const envelope = readProperty(body, 'status');
  if (typeof envelope !== 'object' || envelope === null) {
    // JSON without a status, or a body that could not be read: no KusciaAPI answer.
    throw new KusciaApiError(
      toErrorInfo({ source: 'invalidResponse', httpStatus: status, input: response }),
    );
  }
  return readProperty(body, 'data') as T;
}
