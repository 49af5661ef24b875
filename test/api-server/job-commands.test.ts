/*
 * What stop, cancel, suspend, restart and approve do to a job, and how they refuse: each command's checks
 * in Kuscia's order, its codes (11205-11211, 11102), and the job messages its controller writes.
 */
import { describe, expect, it } from 'vitest';
import type { RunningKusciaApiServer } from '../../examples/kuscia-api-server/server.mjs';
import {
  call,
  createDomains,
  kuscia,
  manualClock,
  startServer,
  type JobStatusDetail,
} from './helpers';

const TIMINGS = { pendingMs: 1000, runningMs: 3000 };
const SUCCESS = { code: 0, message: 'success', details: [] };
const CONFLICT =
  'Operation cannot be fulfilled on kusciajobs.kuscia.secretflow "job-1": the object has been modified; please apply your changes to the latest version and try again';
const OOM = String.raw`container[secretflow] terminated state reason "OOMKilled", message: "2025-01-01 00:00:03,126\tINFO psi.py:186 -- psi protocol PROTOCOL_RR22, input rows 80000000\n2025-01-01 00:00:03,874\tINFO psi.py:203 -- building the oprf table\n"`;
const IMAGE_PULL = String.raw`container[secretflow] waiting state reason: "ImagePullBackOff", message: "Back-off pulling image \"secretflow/psi:fail-image-pull\"";`;

/** A server with alice and bob (bob a partner if asked), and job-1 over one task of `appImage`. */
async function jobWith(appImage: string, { bobRole = '' } = {}) {
  const clock = manualClock();
  const api = await startServer({ now: clock.now, jobTimings: TIMINGS });
  await createDomains(api, 'alice');
  await kuscia(api, 'domain/create', { domain_id: 'bob', role: bobRole });
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

async function statusOf(api: RunningKusciaApiServer) {
  const { data } = await kuscia(api, 'job/query', { job_id: 'job-1' });
  return data.status as JobStatusDetail;
}

/** Calls `operation` on job-1, as `source` when given (the `Kuscia-Source` header). */
const command = (api: RunningKusciaApiServer, operation: string, source?: string, body = {}) =>
  kuscia(
    api,
    `job/${operation}`,
    { job_id: 'job-1', ...body },
    source ? { headers: { 'Kuscia-Source': source } } : {},
  );

const stages = (state: string) => [
  { domain_id: 'alice', state },
  { domain_id: 'bob', state },
];

describe('job/stop', () => {
  it('ends a running job Failed with "Party: alice execute the cmd: Stop.", its task with "Job was stopped"', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs + 1500);
    expect(await command(api, 'stop', undefined, { reason: 'wrong input' })).toEqual({
      status: SUCCESS,
      data: { job_id: 'job-1' },
    });
    clock.advance(3_600_000);
    expect(await statusOf(api)).toEqual({
      state: 'Failed',
      err_msg: 'Party: alice execute the cmd: Stop.',
      create_time: '2025-01-01T00:00:00Z',
      start_time: '2025-01-01T00:00:00Z',
      end_time: '2025-01-01T00:00:02Z',
      tasks: [
        {
          task_id: 'job-1-psi',
          state: 'Failed',
          err_msg: 'Job was stopped',
          create_time: '2025-01-01T00:00:01Z',
          start_time: '2025-01-01T00:00:01Z',
          end_time: '2025-01-01T00:00:02Z',
          parties: [
            { domain_id: 'alice', state: 'Failed', err_msg: '', endpoints: [] },
            { domain_id: 'bob', state: 'Failed', err_msg: '', endpoints: [] },
          ],
          alias: 'psi',
          progress: 0.5,
        },
      ],
      stage_status_list: stages('JobStopStageSucceeded'),
      approve_status_list: [
        { domain_id: 'alice', state: 'JobAccepted' },
        { domain_id: 'bob', state: 'JobAccepted' },
      ],
    });
  });

  it('names the domain that stopped it, for a domain caller', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    await command(api, 'stop', 'bob');
    expect((await statusOf(api)).err_msg).toBe('Party: bob execute the cmd: Stop.');
  });

  it('ends a job stuck on an image pull; the party keeps its waiting text', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-image-pull');
    clock.advance(60_000);
    await command(api, 'stop');
    const status = await statusOf(api);
    expect(status.state).toBe('Failed');
    expect(status.tasks[0]?.parties).toEqual([
      { domain_id: 'alice', state: 'Failed', err_msg: '', endpoints: [] },
      { domain_id: 'bob', state: 'Failed', err_msg: IMAGE_PULL, endpoints: [] },
    ]);
  });

  it('answers success and changes nothing for a job that has ended, as Kuscia’s controller ignores it', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect((await command(api, 'stop')).status).toEqual(SUCCESS);
    expect(await statusOf(api)).toMatchObject({ state: 'Succeeded', err_msg: '' });
  });

  it('answers 11102 when a domain caller stops a job it takes no part in', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    expect((await command(api, 'stop', 'carol')).status).toEqual({
      code: 11102,
      message:
        "domain's KusciaAPI could only retrieve the job that the domain as a participant in the job",
      details: [],
    });
  });
});

describe('job/cancel', () => {
  it('ends a job Cancelled with "Party: alice execute the cmd: Cancel."', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs);
    expect(await command(api, 'cancel')).toEqual({ status: SUCCESS, data: { job_id: 'job-1' } });
    expect(await statusOf(api)).toMatchObject({
      state: 'Cancelled',
      err_msg: 'Party: alice execute the cmd: Cancel.',
      end_time: '2025-01-01T00:00:01Z',
      tasks: [{ state: 'Failed', err_msg: 'Job was stopped' }],
      stage_status_list: stages('JobCancelStageSucceeded'),
    });
  });

  it('cancels a Failed job too, keeping its end time', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-oom');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs + 5000);
    await command(api, 'cancel');
    expect(await statusOf(api)).toMatchObject({
      state: 'Cancelled',
      err_msg: 'Party: alice execute the cmd: Cancel.',
      end_time: '2025-01-01T00:00:04Z',
    });
  });
});

describe('job/suspend', () => {
  it('answers 11210 for a job that is not Running', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    expect(await command(api, 'suspend')).toEqual({
      status: {
        code: 11210,
        message: 'job: job-1 current status is Pending can not be suspend.',
        details: [],
      },
      data: null,
    });
  });

  it('suspends a Running job: state Suspended, no message, its task stopped', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs);
    expect((await command(api, 'suspend')).status).toEqual(SUCCESS);
    expect(await statusOf(api)).toMatchObject({
      state: 'Suspended',
      err_msg: '',
      end_time: '',
      tasks: [{ state: 'Failed', err_msg: 'Job was stopped' }],
      stage_status_list: stages('JobSuspendStageSucceeded'),
    });
  });

  it('answers 11102 with Kuscia’s "approve" wording when a domain caller takes no part', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    expect((await command(api, 'suspend', 'carol')).status).toEqual({
      code: 11102,
      message:
        "domain's KusciaAPI could only approve the job that the domain as a participant in the job",
      details: [],
    });
  });
});

describe('job/restart', () => {
  it('answers 11211 for a job that is neither Failed nor Suspended', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect(await command(api, 'restart')).toEqual({
      status: {
        code: 11211,
        message: 'job: job-1 current status is Succeeded can not be restart.',
        details: [],
      },
      data: null,
    });
  });

  it('reruns a failed job: Running with "This job is restarted by alice", a text that masks the rerun’s failure', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-oom');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect((await statusOf(api)).err_msg).toBe(`Task[psi]-Party[alice]: ${OOM}`);
    clock.advance(1000);
    expect(await command(api, 'restart')).toEqual({ status: SUCCESS, data: { job_id: 'job-1' } });
    expect(await statusOf(api)).toMatchObject({
      state: 'Running',
      err_msg: 'This job is restarted by alice',
      end_time: '',
      tasks: [{ state: 'Running', create_time: '2025-01-01T00:00:05Z', err_msg: '' }],
      stage_status_list: stages('JobRestartStageSucceeded'),
    });
    clock.advance(TIMINGS.runningMs);
    expect(await statusOf(api)).toMatchObject({
      state: 'Failed',
      err_msg: 'This job is restarted by alice',
      end_time: '2025-01-01T00:00:08Z',
      tasks: [{ state: 'Failed', parties: [{ err_msg: OOM }, { err_msg: '' }] }],
    });
  });

  it('resumes a suspended job, which can then succeed', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs);
    await command(api, 'suspend');
    await command(api, 'restart', 'bob');
    clock.advance(TIMINGS.runningMs);
    expect(await statusOf(api)).toMatchObject({
      state: 'Succeeded',
      err_msg: 'This job is restarted by bob',
      tasks: [{ state: 'Succeeded', progress: 1 }],
    });
  });
});

describe('job/approve', () => {
  it('answers 11100 for a result that is neither accept nor reject', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    expect(await command(api, 'approve', undefined, { result: 'APPROVE_RESULT_UNKNOWN' })).toEqual({
      status: { code: 11100, message: 'request result must be legal', details: [] },
      data: null,
    });
  });

  it('answers 11101 for a result name protojson does not know', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    expect((await command(api, 'approve', undefined, { result: 'YES' })).status).toEqual({
      code: 11101,
      message:
        'json: cannot unmarshal string into Go struct field ApproveJobRequest.result of type kusciaapi.ApproveResult',
    });
  });

  it('lets a partner’s job go on once the partner accepts', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2', { bobRole: 'partner' });
    expect((await statusOf(api)).state).toBe('AwaitingApproval');
    clock.advance(500);
    expect(await command(api, 'approve', 'bob', { result: 'APPROVE_RESULT_ACCEPT' })).toEqual({
      status: SUCCESS,
      data: { job_id: 'job-1' },
    });
    expect(await statusOf(api)).toMatchObject({
      state: 'Pending',
      approve_status_list: [
        { domain_id: 'alice', state: 'JobAccepted' },
        { domain_id: 'bob', state: 'JobAccepted' },
      ],
    });
  });

  it('rejects a partner’s job when the partner rejects it (the number 2 works as well as the name)', async () => {
    const { api } = await jobWith('secretflow/psi:1.2', { bobRole: 'partner' });
    await command(api, 'approve', 'bob', { result: 2 });
    expect(await statusOf(api)).toMatchObject({
      state: 'ApprovalReject',
      err_msg: '',
      approve_status_list: [
        { domain_id: 'alice', state: 'JobAccepted' },
        { domain_id: 'bob', state: 'JobRejected' },
      ],
    });
  });

  it('has a partner that nobody asks accept on its own after a while, as without workload approval', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2', { bobRole: 'partner' });
    clock.advance(TIMINGS.pendingMs);
    expect((await statusOf(api)).state).toBe('Pending');
  });

  it('records nothing for a master caller on a job that needs no approval', async () => {
    const { api } = await jobWith('secretflow/psi:1.2');
    expect(
      (await command(api, 'approve', undefined, { result: 'APPROVE_RESULT_REJECT' })).status,
    ).toEqual(SUCCESS);
    expect(await statusOf(api)).toMatchObject({ state: 'Pending' });
  });
});

describe('every command on a missing job', () => {
  it.each([
    ['stop', {}, 11205],
    ['suspend', {}, 11207],
    ['restart', {}, 11208],
    ['cancel', {}, 11209],
    ['approve', { result: 'APPROVE_RESULT_ACCEPT' }, 11206],
  ])(
    'job/%s answers its own code with the Kubernetes not-found text',
    async (operation, extra, code) => {
      const api = await startServer();
      expect(await kuscia(api, `job/${operation}`, { job_id: 'job-9', ...extra })).toEqual({
        status: { code, message: 'kusciajobs.kuscia.secretflow "job-9" not found', details: [] },
        data: null,
      });
    },
  );

  it.each(['stop', 'suspend', 'restart', 'cancel', 'approve'])(
    'job/%s answers 11100 for an empty job id',
    async (operation) => {
      const api = await startServer();
      expect((await kuscia(api, `job/${operation}`, { job_id: '' })).status).toEqual({
        code: 11100,
        message: 'job id can not be empty',
        details: [],
      });
    },
  );
});

describe('the updateConflict switch on job commands', () => {
  it.each([
    ['stop', 11205, {}],
    ['cancel', 11209, {}],
    ['approve', 11206, { result: 'APPROVE_RESULT_ACCEPT' }],
  ])('job/%s conflicts once, under %i', async (operation, code, extra) => {
    const { api } = await jobWith('secretflow/psi:1.2');
    await call(api, '/admin/switches', { updateConflict: true }, { token: null });
    expect(await command(api, operation, undefined, extra)).toEqual({
      status: { code, message: CONFLICT, details: [] },
      data: null,
    });
    expect(api.switches.updateConflict).toBe(false);
    expect((await command(api, operation, undefined, extra)).status).toEqual(SUCCESS);
  });

  it('job/suspend conflicts with 11207, and the job keeps running', async () => {
    const { api, clock } = await jobWith('secretflow/psi:1.2');
    clock.advance(TIMINGS.pendingMs);
    api.switches.updateConflict = true;
    expect((await command(api, 'suspend')).status).toEqual({
      code: 11207,
      message: CONFLICT,
      details: [],
    });
    expect((await statusOf(api)).state).toBe('Running');
  });

  it('job/restart conflicts with 11207, the suspend code, as Kuscia reports it', async () => {
    const { api, clock } = await jobWith('secretflow/psi:fail-oom');
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    api.switches.updateConflict = true;
    expect((await command(api, 'restart')).status).toEqual({
      code: 11207,
      message: CONFLICT,
      details: [],
    });
    expect((await statusOf(api)).state).toBe('Failed');
  });
});
