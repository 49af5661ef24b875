import { KusciaApiError } from './api-error';
import { textMessage } from './body';
import { toErrorInfo } from './info';
import { parseKusciaError } from './parse';
import { readProperty, tryParseJson } from './read';

/**
 * Returns `body.data` of a KusciaAPI response whose `status.code` is 0, and throws a `KusciaApiError`
 * otherwise, so that a failure reported with HTTP 200 still rejects the surrounding promise. A body without
 * a `status` object is not a KusciaAPI response and throws too (source `invalidResponse`). JSON text is
 * parsed first.
 */
// T names the response's `data` for the caller (`unwrapKusciaResponse<DomainData>(body)`), as in the design.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function unwrapKusciaResponse<T = unknown>(input: unknown): T {
  const body = typeof input === 'string' ? (tryParseJson(input) ?? input) : input;
  if (typeof body === 'string') {
    throw new KusciaApiError(
      toErrorInfo({ source: 'invalidResponse', serverMessage: textMessage(body), input }),
    );
  }
  const info = parseKusciaError(body);
  const status = readProperty(body, 'status');
  if (typeof status === 'object' && status !== null) {
    // A status without an integer code is no KusciaAPI answer either.
    if (info?.source === 'unknown') throw new KusciaApiError(invalid(input));
    if (info) throw new KusciaApiError(info);
    return readProperty(body, 'data') as T;
  }
  // No envelope: a failure of another shape (a bare status, an axios or network error, an Error with its
  // own words) is itself; anything else is no KusciaAPI answer.
  if (info && (info.source !== 'unknown' || info.serverMessage !== null)) {
    throw new KusciaApiError(info);
  }
  throw new KusciaApiError(invalid(input));
}

const invalid = (input: unknown) => toErrorInfo({ source: 'invalidResponse', input });
