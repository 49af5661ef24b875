/**
 * How a console talks to KusciaAPI: POST JSON to `/api/v1/...` on its own origin (the dev proxy adds the
 * `Token` header), then let the kit decide whether it failed. KusciaAPI reports business failures with
 * HTTP 200 and `status.code != 0`, so `response.ok` is not enough.
 */
import { readKusciaResponse } from 'kuscia-error-kit';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

let requestLanguage = 'en-US';

/**
 * The console's locale, sent as `Accept-Language` with every call so that a backend that localizes its
 * messages (SecretPad's `msg`) answers in the language the user reads. The kit titles its alerts in the
 * UI's locale whatever the server's language; this only keeps the server message in Details consistent.
 */
export function setRequestLanguage(locale: string): void {
  requestLanguage = locale;
}

/**
 * POSTs `body` to `/api/v1/<path>` and returns the response's `data`. Rejects with a `KusciaApiError` for
 * an HTTP-level failure (401 with no body, a gateway's 502 page) or a KusciaAPI failure (`status.code != 0`),
 * and with the browser's own error (a `TypeError`, an `AbortError`) when no response came.
 */
export async function callKuscia<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`/api/v1/${path}`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'Accept-Language': requestLanguage },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  // Reads the body once: data on success, a KusciaApiError for HTTP and KusciaAPI failures alike, and
  // for a 2xx body that is no KusciaAPI answer (a proxy's login page).
  return readKusciaResponse<T>(response);
}

// --- KusciaAPI shapes the console uses (snake_case, as KusciaAPI sends them) ---

export interface DomainData {
  domain_id: string;
  role: string;
  cert?: string;
  master_domain_id?: string;
  node_statuses?: { name: string; status: string; version?: string }[];
  annotations?: Record<string, string>;
}

export interface DomainRouteEndpoint {
  host: string;
  ports: { name: string; port: number; protocol: string; isTLS?: boolean }[];
}

export interface DomainRoute {
  source: string;
  destination: string;
  endpoint: DomainRouteEndpoint;
  authentication_type: string;
  status?: { status: string; reason?: string };
}

export interface DomainDataColumn {
  name: string;
  type: string;
  comment?: string;
}

export interface DomainDataItem {
  domaindata_id: string;
  domain_id: string;
  name: string;
  type: string;
  relative_uri: string;
  datasource_id?: string;
  columns?: DomainDataColumn[];
}

export interface JobTaskParty {
  domain_id: string;
  role?: string;
}

export interface JobTask {
  app_image: string;
  parties: JobTaskParty[];
  alias: string;
  task_id: string;
  dependencies: string[];
  task_input_config: string;
  priority?: number;
}

export interface JobStatus {
  state: string;
  err_msg?: string;
  create_time?: string;
  start_time?: string;
  end_time?: string;
}

export interface Job {
  job_id: string;
  initiator: string;
  max_parallelism?: number;
  tasks?: JobTask[];
  status?: JobStatus;
}
