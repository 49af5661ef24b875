/*
 * Jobs that fail as Kuscia's do, on a hand-moved clock. A task's `app_image` tag picks the failure; every
 * answer is `status.code` 0, the failure sitting in `data.status`. Expected texts are Kuscia's formats filled
 * in (JOBS.md §2, §3): Go-quoted log tails, the threshold sentence, the v1.0 aggregate.
 */
import { describe, expect, it } from 'vitest';
import type { RunningKusciaApiServer } from '../../examples/kuscia-api-server/server.mjs';
import { createDomains, kuscia, manualClock, startServer, type JobStatusDetail } from './helpers';

const TIMINGS = { pendingMs: 1000, runningMs: 3000 };
const CREATED = '2025-01-01T00:00:00Z';
const TASK_CREATED = '2025-01-01T00:00:01Z';
const ENDED = '2025-01-01T00:00:04Z';
const STAGES = [
  { domain_id: 'alice', state: 'JobCreateStageSucceeded' },
  { domain_id: 'bob', state: 'JobCreateStageSucceeded' },
];
const ACCEPTED = [
  { domain_id: 'alice', state: 'JobAccepted' },
  { domain_id: 'bob', state: 'JobAccepted' },
];

// Party texts as KusciaAPI returns them: `%q` leaves `\n`, `\t` and `\"` as two characters each.
const OOM = String.raw`container[secretflow] terminated state reason "OOMKilled", message: "2025-01-01 00:00:03,126\tINFO psi.py:186 -- psi protocol PROTOCOL_RR22, input rows 80000000\n2025-01-01 00:00:03,874\tINFO psi.py:203 -- building the oprf table\n"`;
const APP_CRASH = String.raw`container[secretflow] terminated state reason "Error", message: "sh: 1: python: not found\n"`;
const DATA_ERROR = String.raw`container[secretflow] terminated state reason "Error", message: "2025-01-01 00:00:03,207\tERROR entry.py:75 -- read_data failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>\n"`;
const IMAGE_PULL = String.raw`container[secretflow] waiting state reason: "ImagePullBackOff", message: "Back-off pulling image \"secretflow/psi:fail-image-pull\"";`;

const ALICE_FAILED =
  'The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[], running party[bob], successful party[], failed party[alice]';
const BOB_FAILED =
  'The remaining no-failed party task counts 1 are less than the task success threshold 2. pending party[], running party[alice], successful party[], failed party[bob]';

/** A server with alice and bob, and job-1 over one task whose image is `appImage`. */
async function jobWith(appImage: string) {
  const clock = manualClock();
  const api = await startServer({ now: clock.now, jobTimings: TIMINGS });
  await createDomains(api, 'alice', 'bob');
  const created = await kuscia(api, 'job/create', {
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
  expect(created.status.code).toBe(0);
  return { api, clock };
}

async function statusOf(api: RunningKusciaApiServer, jobId = 'job-1') {
  const { status, data } = await kuscia(api, 'job/query', { job_id: jobId });
  expect(status).toEqual({ code: 0, message: 'success', details: [] });
  return data.status as JobStatusDetail;
}

/** The failed task's entry, for a job over one task `psi` that failed when its time was up. */
const failedTask = (errMsg: string, parties: unknown[]) => ({
  task_id: 'job-1-psi',
  state: 'Failed',
  err_msg: errMsg,
  create_time: TASK_CREATED,
  start_time: TASK_CREATED,
  end_time: ENDED,
  parties,
  alias: 'psi',
  progress: 0.9,
});

const party = (domain: string, state: string, errMsg = '') => ({
  domain_id: domain,
  state,
  err_msg: errMsg,
  endpoints: [],
});

describe('a job that succeeds', () => {
  it('goes Pending, then Running (its progress in tenths), then Succeeded', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    expect(await statusOf(api)).toMatchObject({
      state: 'Pending',
      start_time: CREATED,
      end_time: '',
    });
    clock.advance(TIMINGS.pendingMs + 1500);
    expect(await statusOf(api)).toMatchObject({
      state: 'Running',
      tasks: [{ state: 'Running', progress: 0.5, create_time: TASK_CREATED }],
    });
    clock.advance(1500);
    expect(await statusOf(api)).toEqual({
      state: 'Succeeded',
      err_msg: '',
      create_time: CREATED,
      start_time: CREATED,
      end_time: ENDED,
      tasks: [
        {
          task_id: 'job-1-psi',
          state: 'Succeeded',
          err_msg: '',
          create_time: TASK_CREATED,
          start_time: TASK_CREATED,
          end_time: ENDED,
          parties: [party('alice', 'Succeeded'), party('bob', 'Succeeded')],
          alias: 'psi',
          progress: 1,
        },
      ],
      stage_status_list: STAGES,
      approve_status_list: ACCEPTED,
    });
  });
});

describe('a party killed for memory (fail-oom)', () => {
  it('ends Failed; the task says the threshold, the party the OOMKilled log tail, the job the v1.0 aggregate', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-oom');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs - 1);
    expect((await statusOf(api)).state).toBe('Running');
    clock.advance(1);
    expect(await statusOf(api)).toEqual({
      state: 'Failed',
      err_msg: `Task[psi]-Party[alice]: ${OOM}`,
      create_time: CREATED,
      start_time: CREATED,
      end_time: ENDED,
      tasks: [failedTask(ALICE_FAILED, [party('alice', 'Failed', OOM), party('bob', 'Failed')])],
      stage_status_list: STAGES,
      approve_status_list: ACCEPTED,
    });
  });

  it('reads the tag of any image reference, a registry port included', async () => {
    const { api, clock } = await jobWith('registry.local:5000/secretflow/psi:fail-oom');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect((await statusOf(api)).tasks[0]?.parties[0]?.err_msg).toBe(OOM);
  });
});

describe('an application that crashes on every party (fail-crash, or fail)', () => {
  it.each(['secretflow/psi:fail-crash', 'fail'])(
    '%s: joins the parties’ messages with "; " in the job’s err_msg',
    async (image) => {
      const { api, clock } = await jobWith(image);
      clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
      const status = await statusOf(api);
      expect(status.err_msg).toBe(
        `Task[psi]-Party[alice]: ${APP_CRASH}; Task[psi]-Party[bob]: ${APP_CRASH}`,
      );
      expect(status.tasks).toEqual([
        failedTask(
          'The remaining no-failed party task counts 0 are less than the task success threshold 2. pending party[], running party[], successful party[], failed party[alice,bob]',
          [party('alice', 'Failed', APP_CRASH), party('bob', 'Failed', APP_CRASH)],
        ),
      ]);
    },
  );
});

describe('input data that is missing (fail-data)', () => {
  it('puts Python’s error in the party’s log tail', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-data');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    const status = await statusOf(api);
    expect(status.err_msg).toBe(`Task[psi]-Party[alice]: ${DATA_ERROR}`);
    expect(status.tasks[0]?.parties).toEqual([
      party('alice', 'Failed', DATA_ERROR),
      party('bob', 'Failed'),
    ]);
  });

  it('leaves the job’s err_msg empty with -pre-v1, the cause only in the party, as Kuscia before v1.0', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-data-pre-v1');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect(await statusOf(api)).toEqual({
      state: 'Failed',
      err_msg: '',
      create_time: CREATED,
      start_time: CREATED,
      end_time: ENDED,
      tasks: [
        failedTask(ALICE_FAILED, [party('alice', 'Failed', DATA_ERROR), party('bob', 'Failed')]),
      ],
      stage_status_list: STAGES,
      approve_status_list: ACCEPTED,
    });
  });
});

describe('the partner failing on its own node (fail-partner)', () => {
  it('shows only the threshold text: bob has no party entry, alice fails with nothing to say', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-partner');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect(await statusOf(api)).toEqual({
      state: 'Failed',
      err_msg: '',
      create_time: CREATED,
      start_time: CREATED,
      end_time: ENDED,
      tasks: [failedTask(BOB_FAILED, [party('alice', 'Failed')])],
      stage_status_list: STAGES,
      approve_status_list: ACCEPTED,
    });
  });
});

describe('an image that cannot be pulled (fail-image-pull, or hang)', () => {
  it('keeps the job Running for ever, bob Pending with the back-off text', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-image-pull');
    clock.advance(3_600_000);
    expect(await statusOf(api)).toEqual({
      state: 'Running',
      err_msg: '',
      create_time: CREATED,
      start_time: CREATED,
      end_time: '',
      tasks: [
        {
          task_id: 'job-1-psi',
          state: 'Running',
          err_msg: '',
          create_time: TASK_CREATED,
          start_time: TASK_CREATED,
          end_time: '',
          parties: [party('alice', 'Running'), party('bob', 'Pending', IMAGE_PULL)],
          alias: 'psi',
          progress: 0,
        },
      ],
      stage_status_list: STAGES,
      approve_status_list: ACCEPTED,
    });
  });

  it('names the image the task asked for', async () => {
    const { api, clock } = await jobWith('hang');
    clock.advance(TIMINGS.pendingMs);
    expect((await statusOf(api)).tasks[0]?.parties[1]?.err_msg).toBe(
      String.raw`container[secretflow] waiting state reason: "ImagePullBackOff", message: "Back-off pulling image \"hang\"";`,
    );
  });
});

describe('a partner that rejects the job (fail-reject)', () => {
  it('waits for approval, then ends ApprovalReject with no text anywhere and no task created', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-reject');
    expect(await statusOf(api)).toMatchObject({
      state: 'AwaitingApproval',
      approve_status_list: [{ domain_id: 'alice', state: 'JobAccepted' }],
    });
    clock.advance(TIMINGS.pendingMs);
    expect(await statusOf(api)).toEqual({
      state: 'ApprovalReject',
      err_msg: '',
      create_time: CREATED,
      start_time: CREATED,
      end_time: '2025-01-01T00:00:01Z',
      tasks: [
        {
          task_id: 'job-1-psi',
          state: 'Pending',
          err_msg: '',
          create_time: '',
          start_time: '',
          end_time: '',
          parties: [],
          alias: 'psi',
          progress: 0,
        },
      ],
      stage_status_list: STAGES,
      approve_status_list: [
        { domain_id: 'alice', state: 'JobAccepted' },
        { domain_id: 'bob', state: 'JobRejected' },
      ],
    });
    clock.advance(3_600_000);
    expect((await statusOf(api)).state).toBe('ApprovalReject');
  });
});

describe('a job of several tasks', () => {
  it('runs them in spec order; after a failure the later ones stay in the never-created form', async () => {
    const clock = manualClock();
    const api = await startServer({ now: clock.now, jobTimings: TIMINGS });
    await createDomains(api, 'alice', 'bob');
    const parties = [{ domain_id: 'alice' }, { domain_id: 'bob' }];
    await kuscia(api, 'job/create', {
      job_id: 'job-1',
      initiator: 'alice',
      tasks: [
        { alias: 'psi', task_id: 'job-1-psi', app_image: 'secretflow/psi:1.2', parties },
        { alias: 'train', task_id: 'job-1-train', app_image: 'sf:fail-oom', parties },
        { alias: 'eval', task_id: 'job-1-eval', app_image: 'secretflow/psi:1.2', parties },
      ],
    });
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    const status = await statusOf(api);
    expect(status.state).toBe('Failed');
    expect(status.end_time).toBe('2025-01-01T00:00:03Z');
    expect(status.tasks.map((entry) => [entry.alias, entry.state])).toEqual([
      ['psi', 'Succeeded'],
      ['train', 'Failed'],
      ['eval', 'Pending'],
    ]);
    expect(status.err_msg).toBe(`Task[train]-Party[alice]: ${OOM}`);
    expect(status.tasks[2]).toEqual({
      task_id: 'job-1-eval',
      state: 'Pending',
      err_msg: '',
      create_time: '',
      start_time: '',
      end_time: '',
      parties: [],
      alias: 'eval',
      progress: 0,
    });
  });
});
