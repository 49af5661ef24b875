// @ts-check
/**
 * `POST /api/v1/job/watch`: a stream of job events, as KusciaAPI writes it
 * (`pkg/kusciaapi/handler/httphandler/job/watch.go` and `WatchJob` in `job_service.go`):
 *
 * - HTTP 200, `Content-Type: application/json; charset=utf-8`, chunked; one Go `json.Marshal` of
 *   `WatchJobEventResponse` per event, back to back with no delimiter;
 * - `omitempty` everywhere, and `type` a number: ADDED (0) has no `type` key, MODIFIED is 1, DELETED 2;
 * - first an ADDED event for every job that exists (a Kubernetes watch without a resourceVersion starts so),
 *   then one event per change, and a heartbeat `{"type":4}` after `heartbeatMs` (10 s) without one;
 * - the stream ends after `timeout_seconds` (0: never); a value outside [0, 2^31-1] ends it at once with no
 *   body at all, the error being only logged upstream.
 *
 * Changes are found by looking at every job every `POLL_MS`, since a job's state follows the clock. A
 * running task's progress counts as a change, as Kuscia's task watch makes it one. Headers are not flushed
 * on their own: like Go's server, Node sends them with the first event.
 */
import { goJson } from '../gotext.mjs';
import { jobStatusDetail, omitEmpty } from './render.mjs';
import { simulate } from './simulate.mjs';

const POLL_MS = 100;
const MAX_TIMEOUT_SECONDS = 2 ** 31 - 1;
/** Node's timers take at most this many milliseconds; a longer watch simply has no end timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const EventType = Object.freeze({ MODIFIED: 1, DELETED: 2, HEARTBEAT: 4 });

/**
 * @param {import('../store.mjs').JobRecord} job
 * @param {import('../routes/index.mjs').Caller} caller
 */
const visibleTo = (job, { role, domain }) =>
  role === 'master' ||
  domain === job.initiator ||
  job.tasks.some((task) => task.parties.some((party) => party.domain_id === domain));

/** @type {import('../routes/index.mjs').StreamOperation['serve']} */
export function watchJobs(_req, res, body, context) {
  const { store, now, jobTimings, caller, signal, heartbeatMs } = context;
  const timeoutSeconds = Number(body.timeout_seconds ?? 0);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  if (
    !Number.isInteger(timeoutSeconds) ||
    timeoutSeconds < 0 ||
    timeoutSeconds > MAX_TIMEOUT_SECONDS
  ) {
    res.end();
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    /** What each job looked like at the last event sent for it, by job id. */
    /** @type {Map<string, { json: string, object: unknown }>} */
    const sent = new Map();
    /** @type {NodeJS.Timeout | undefined} */
    let heartbeat;
    /** @type {NodeJS.Timeout | undefined} */
    let deadline;
    /** @type {NodeJS.Timeout | undefined} */
    let poll;

    const finish = () => {
      clearTimeout(heartbeat);
      clearTimeout(deadline);
      clearInterval(poll);
      signal.removeEventListener('abort', finish);
      if (!res.writableEnded) res.end();
      resolve();
    };
    const armHeartbeat = () => {
      clearTimeout(heartbeat);
      heartbeat = setTimeout(() => {
        send({ type: EventType.HEARTBEAT });
      }, heartbeatMs);
    };
    /** @param {Record<string, unknown>} event */
    const send = (event) => {
      if (res.writableEnded || res.destroyed) return;
      res.write(goJson(event));
      armHeartbeat();
    };
    /** @param {import('../store.mjs').JobRecord} job */
    const objectOf = (job) =>
      omitEmpty({
        job_id: job.job_id,
        status: jobStatusDetail(job, simulate(job, now(), jobTimings)),
      });
    const look = () => {
      const present = new Set();
      for (const job of store.jobs.values()) {
        if (!visibleTo(job, caller)) continue;
        present.add(job.job_id);
        const object = objectOf(job);
        const json = JSON.stringify(object);
        const before = sent.get(job.job_id);
        if (before?.json === json) continue;
        sent.set(job.job_id, { json, object });
        send(before ? { type: EventType.MODIFIED, object } : { object });
      }
      for (const [jobId, { object }] of sent) {
        if (present.has(jobId)) continue;
        sent.delete(jobId);
        send({ type: EventType.DELETED, object });
      }
    };

    res.on('close', finish);
    signal.addEventListener('abort', finish);
    armHeartbeat();
    look();
    poll = setInterval(look, POLL_MS);
    const durationMs = (timeoutSeconds === 0 ? MAX_TIMEOUT_SECONDS : timeoutSeconds) * 1000;
    if (durationMs <= MAX_TIMER_MS) deadline = setTimeout(finish, durationMs);
  });
}
