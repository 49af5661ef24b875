/*
 * Recipe: fetch. KusciaAPI answers business failures with HTTP 200 and `status.code != 0`, a bad token with
 * 401 and an empty body, and whatever sits in front of it with its own pages, so `response.ok` is not
 * enough. `readKusciaResponse` reads the body once and resolves with `data`, or rejects with a
 * `KusciaApiError` that the alert shows as it is.
 */
import { readKusciaResponse } from 'kuscia-error-kit';

/** Your backend or a proxy that adds KusciaAPI's `Token` header (browsers cannot send it themselves). */
export const KUSCIA_API = '/api/v1';

/** What `domain/query` answers in `data` (the fields this recipe reads). */
export interface Domain {
  domain_id: string;
  role: string;
}

/**
 * POSTs `body` to a KusciaAPI path (`'domain/query'`) and resolves with the response's `data`. Rejects with
 * a `KusciaApiError` for every failure the server or a gateway reports; a request that got no answer
 * rejects as fetch does (`TypeError`, `AbortError`, `TimeoutError`), which the kit reads too.
 */
export async function callKuscia<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${KUSCIA_API}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: signal ?? null,
  });
  return readKusciaResponse<T>(response);
}
