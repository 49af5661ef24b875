/*
 * Shared helpers of the KusciaAPI-compatible server's tests: start a server in this process on a free port,
 * and call it with real `fetch`, as a console would.
 */
import { afterEach } from 'vitest';
import {
  createKusciaApiServer,
  type KusciaApiServerOptions,
  type RunningKusciaApiServer,
} from '../../examples/kuscia-api-server/server.mjs';

/** A KusciaAPI response body, as far as the tests read it. */
export interface KusciaBody {
  status: { code: number; message: string; details?: unknown[] };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever the operation answers: its shape is what a test checks
  data?: any;
}

/** JobStatusDetail, as `job/query` answers it. */
export interface JobStatusDetail {
  state: string;
  err_msg: string;
  create_time: string;
  start_time: string;
  end_time: string;
  tasks: {
    task_id: string;
    state: string;
    err_msg: string;
    create_time: string;
    start_time: string;
    end_time: string;
    parties: { domain_id: string; state: string; err_msg: string; endpoints: unknown[] }[];
    alias: string;
    progress: number;
  }[];
  stage_status_list: { domain_id: string; state: string }[];
  approve_status_list: { domain_id: string; state: string }[];
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body; only meaningful for a JSON answer. */
  readonly body: KusciaBody;
}

const running: RunningKusciaApiServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((api) => api.close()));
});

/** Starts a server for the current test; it is closed after the test. */
export async function startServer(
  options: KusciaApiServerOptions = {},
): Promise<RunningKusciaApiServer> {
  const api = await createKusciaApiServer(options);
  running.push(api);
  return api;
}

/** A clock the test moves by hand, for the jobs' state machine. */
export function manualClock(start = Date.UTC(2025, 0, 1)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface CallOptions {
  /** `null`: no `Token` header at all. Default (or `undefined`): the server's token. */
  token?: string | null | undefined;
  method?: string;
  /** Sent as is, instead of `JSON.stringify(body)`. */
  raw?: string;
  signal?: AbortSignal;
  /** More request headers, e.g. `Kuscia-Source` or `Accept-Language`. */
  headers?: Record<string, string>;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: KusciaBody;
  try {
    body = JSON.parse(text) as KusciaBody;
  } catch {
    body = { status: { code: Number.NaN, message: '(not JSON)' } };
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** POSTs `body` to `path` (e.g. `/api/v1/domain/create`) with the server's token. */
export async function call(
  api: RunningKusciaApiServer,
  path: string,
  body: unknown = {},
  options: CallOptions = {},
): Promise<Answer> {
  const token = options.token === undefined ? api.token : options.token;
  const method = options.method ?? 'POST';
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Token: token }),
      ...options.headers,
    },
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: options.raw ?? JSON.stringify(body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return answer(response);
}

/** Calls `/api/v1/<operation>` and returns the parsed body. */
export async function kuscia(
  api: RunningKusciaApiServer,
  operation: string,
  body: unknown = {},
  options: CallOptions = {},
): Promise<KusciaBody> {
  return (await call(api, `/api/v1/${operation}`, body, options)).body;
}

/**
 * Splits a stream of JSON objects written back to back, with no delimiter (as Go's encoder writes the job
 * watch), into the parsed objects. Throws if the text is not exactly such a sequence.
 */
export function parseConcatenatedJson(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      if (depth === 0) start = at;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) values.push(JSON.parse(text.slice(start, at + 1)));
    } else if (depth === 0) {
      throw new Error(`unexpected ${JSON.stringify(char)} between objects at ${at}`);
    }
  }
  if (depth !== 0 || inString) throw new Error('the stream ends inside an object');
  return values;
}

/** Creates domains (local unless a role is given), failing the test if Kuscia refuses. */
export async function createDomains(api: RunningKusciaApiServer, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const { status } = await kuscia(api, 'domain/create', { domain_id: id });
    if (status.code !== 0) throw new Error(`domain/create ${id}: ${status.code} ${status.message}`);
  }
}
