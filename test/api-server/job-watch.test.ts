/*
 * `/api/v1/job/watch`: a chunked stream of Go `encoding/json` objects, back to back, `omitempty`
 * everywhere, `type` a number (ADDED has none), heartbeats after quiet periods, the end after
 * `timeout_seconds` (JOBS.md §1.4).
 */
import { describe, expect, it } from 'vitest';
import type { RunningKusciaApiServer } from '../../examples/kuscia-api-server/server.mjs';
import {
  call,
  createDomains,
  kuscia,
  manualClock,
  parseConcatenatedJson,
  startServer,
} from './helpers';

const TIMINGS = { pendingMs: 1000, runningMs: 3000 };
const HEARTBEAT_MS = 200;
const DATA_ERROR = String.raw`container[secretflow] terminated state reason "Error", message: "2025-01-01 00:00:03,207\tERROR entry.py:75 -- read_data failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>\n"`;
const STAGES = [
  { domain_id: 'alice', state: 'JobCreateStageSucceeded' },
  { domain_id: 'bob', state: 'JobCreateStageSucceeded' },
];
const ACCEPTED = [
  { domain_id: 'alice', state: 'JobAccepted' },
  { domain_id: 'bob', state: 'JobAccepted' },
];

async function setUp(appImage = 'secretflow/psi:1.2') {
  const clock = manualClock();
  const api = await startServer({
    now: clock.now,
    jobTimings: TIMINGS,
    watchHeartbeatMs: HEARTBEAT_MS,
  });
  await createDomains(api, 'alice', 'bob');
  await kuscia(api, 'job/create', {
    job_id: 'job-1',
    initiator: 'alice',
    tasks: [
      {
        alias: 'psi',
        task_id: 'job-1-psi',
        app_image: appImage,
        parties: [{ domain_id: 'alice' }, { domain_id: 'bob' }],
      },
    ],
  });
  return { api, clock };
}

/** Opens a watch; `body` is the raw text of the whole stream once it ends. */
async function watch(api: RunningKusciaApiServer, request: unknown, headers = {}) {
  const response = await fetch(`${api.url}/api/v1/job/watch`, {
    method: 'POST',
    headers: { Token: api.token, ...headers },
    body: JSON.stringify(request),
  });
  return { response, body: response.text() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('job/watch', () => {
  it('streams ADDED (no type), MODIFIED (1), DELETED (2) and heartbeats (4), then ends', async () => {
    const { api, clock } = await setUp('secretflow/psi:fail-data');
    const started = performance.now();
    const { response, body } = await watch(api, { timeout_seconds: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');

    await pause(HEARTBEAT_MS + 100);
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    await pause(250);
    await kuscia(api, 'job/delete', { job_id: 'job-1' });
    const text = await body;
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);

    // Go's encoder escapes <, > and & in strings.
    expect(text).toContain(String.raw`error \u003c[Errno 2]`);
    expect(text).not.toContain('\n{');
    const events = parseConcatenatedJson(text);
    const failed = {
      job_id: 'job-1',
      status: {
        state: 'Failed',
        err_msg: `Task[psi]-Party[alice]: ${DATA_ERROR}`,
        create_time: '2025-01-01T00:00:00Z',
        start_time: '2025-01-01T00:00:00Z',
        end_time: '2025-01-01T00:00:04Z',
        tasks: [
          {
            task_id: 'job-1-psi',
            state: 'Failed',
            err_msg:
              'The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[], running party[bob], successful party[], failed party[alice]',
            create_time: '2025-01-01T00:00:01Z',
            start_time: '2025-01-01T00:00:01Z',
            end_time: '2025-01-01T00:00:04Z',
            // Empty strings and lists are left out: bob has no err_msg, nobody has endpoints.
            parties: [
              { domain_id: 'alice', state: 'Failed', err_msg: DATA_ERROR },
              { domain_id: 'bob', state: 'Failed' },
            ],
            alias: 'psi',
            progress: 0.9,
          },
        ],
        stage_status_list: STAGES,
        approve_status_list: ACCEPTED,
      },
    };
    const isHeartbeat = (event: unknown) => JSON.stringify(event) === '{"type":4}';
    expect(events.filter((event) => !isHeartbeat(event))).toEqual([
      {
        object: {
          job_id: 'job-1',
          status: {
            state: 'Pending',
            create_time: '2025-01-01T00:00:00Z',
            start_time: '2025-01-01T00:00:00Z',
            // A task not created yet: no times, no parties, no progress.
            tasks: [{ task_id: 'job-1-psi', state: 'Pending', alias: 'psi' }],
            stage_status_list: STAGES,
            approve_status_list: ACCEPTED,
          },
        },
      },
      { type: 1, object: failed },
      { type: 2, object: failed },
    ]);
    // The quiet stretch before the change, and the one after the deletion, each got a heartbeat.
    expect(isHeartbeat(events[1])).toBe(true);
    expect(isHeartbeat(events.at(-1))).toBe(true);
  });

  it('sends MODIFIED when a running task’s progress moves', async () => {
    const { api, clock } = await setUp();
    clock.advance(TIMINGS.pendingMs);
    const { body } = await watch(api, { timeout_seconds: 1 });
    await pause(150);
    clock.advance(1500);
    const events = parseConcatenatedJson(await body) as Array<{
      type?: number;
      object?: { status: { tasks: Array<{ progress?: number }> } };
    }>;
    const progress = events
      .filter((event) => event.object)
      .map((event) => [event.type, event.object?.status.tasks[0]?.progress]);
    expect(progress).toEqual([
      [undefined, undefined],
      [1, 0.5],
    ]);
  });

  it('shows a domain caller only the jobs it takes part in', async () => {
    const { api } = await setUp();
    const asCarol = await watch(api, { timeout_seconds: 1 }, { 'Kuscia-Source': 'carol' });
    const asBob = await watch(api, { timeout_seconds: 1 }, { 'Kuscia-Source': 'bob' });
    const carolSees = parseConcatenatedJson(await asCarol.body);
    expect(carolSees.every((event) => JSON.stringify(event) === '{"type":4}')).toBe(true);
    expect(parseConcatenatedJson(await asBob.body)[0]).toMatchObject({
      object: { job_id: 'job-1' },
    });
  });

  it.each([-1, 2 ** 31])(
    'ends at once with HTTP 200 and no body for timeout_seconds %i (the error is only logged)',
    async (timeoutSeconds) => {
      const { api } = await setUp();
      const { response, body } = await watch(api, { timeout_seconds: timeoutSeconds });
      expect(response.status).toBe(200);
      expect(await body).toBe('');
    },
  );

  it('answers HTTP 400 with no body for a request Gin cannot bind', async () => {
    const { api } = await setUp();
    const answer = await call(api, '/api/v1/job/watch', undefined, {
      raw: '{"timeout_seconds": true}',
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe('');
  });

  it('ends with the server, even without a timeout', async () => {
    const { api } = await setUp();
    const { response, body } = await watch(api, {});
    expect(response.status).toBe(200);
    const started = performance.now();
    await api.close();
    const ended = await body.then(
      () => 'ended',
      () => 'cut off',
    );
    expect(['ended', 'cut off']).toContain(ended);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('still checks the token first', async () => {
    const { api } = await setUp();
    const answer = await call(api, '/api/v1/job/watch', { timeout_seconds: 1 }, { token: 'wrong' });
    expect(answer.status).toBe(401);
  });
});
