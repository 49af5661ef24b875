/* `/api/v1/job/*`: create, query, stop, delete, and the state machine (on a hand-moved clock). */
import { describe, expect, it } from 'vitest';
import type { RunningKusciaApiServer } from '../../examples/kuscia-api-server/server.mjs';
import { createDomains, kuscia, manualClock, startServer } from './helpers';

const TIMINGS = { pendingMs: 1000, runningMs: 3000 };

const job = (overrides: Record<string, unknown> = {}, appImage = 'secretflow-image') => ({
  job_id: 'job-1',
  initiator: 'alice',
  max_parallelism: 1,
  tasks: [
    {
      alias: 'psi',
      task_id: 'job-1-psi',
      app_image: appImage,
      parties: [{ domain_id: 'alice' }, { domain_id: 'bob' }],
      dependencies: [],
      task_input_config: JSON.stringify({ sf_input_ids: ['alice-table'] }),
      priority: 100,
    },
  ],
  ...overrides,
});

/** A server with alice, bob and alice's input table, on a manual clock. */
async function setUp() {
  const clock = manualClock();
  const api = await startServer({ now: clock.now, jobTimings: TIMINGS });
  await createDomains(api, 'alice', 'bob');
  await kuscia(api, 'domaindata/create', {
    domain_id: 'alice',
    domaindata_id: 'alice-table',
    type: 'table',
    relative_uri: 'alice.csv',
  });
  return { api, clock };
}

async function stateOf(api: RunningKusciaApiServer, jobId = 'job-1') {
  const { status, data } = await kuscia(api, 'job/query', { job_id: jobId });
  expect(status.code).toBe(0);
  return data.status as { state: string; err_msg: string; start_time: string; end_time: string };
}

describe('job/create', () => {
  it('creates a job and answers its id', async () => {
    const { api } = await setUp();
    expect(await kuscia(api, 'job/create', job())).toEqual({
      status: { code: 0, message: 'success', details: [] },
      data: { job_id: 'job-1' },
    });
  });

  it('answers 11201 naming the missing input DomainData', async () => {
    const { api } = await setUp();
    const body = job({
      tasks: [
        { ...job().tasks[0], task_input_config: JSON.stringify({ sf_input_ids: ['bob-table'] }) },
      ],
    });
    expect(await kuscia(api, 'job/create', body)).toEqual({
      status: {
        code: 11201,
        message: 'domaindatas.kuscia.secretflow "bob-table" not found',
        details: [],
      },
      data: null,
    });
    expect(api.state.jobs.size).toBe(0);
  });

  it('answers 11201 (there is no job-exists code) with the Kubernetes text for a duplicate', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    expect((await kuscia(api, 'job/create', job())).status).toEqual({
      code: 11201,
      message: 'kusciajobs.kuscia.secretflow "job-1" already exists',
      details: [],
    });
  });

  it.each([
    [{ job_id: '' }, 'job id can not be empty'],
    [
      { job_id: 'Job_1' },
      'Field "job_id" is invalid, invalid value: "Job_1": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ',
    ],
    [{ initiator: '' }, 'initiator can not be empty'],
    [{ tasks: [] }, 'tasks can not be empty'],
    [{ tasks: [{ parties: [{ domain_id: 'alice' }] }] }, 'task alias can not be empty on tasks[0]'],
    [{ tasks: [{ alias: 'a', parties: [] }] }, 'parties can not be empty on tasks[0]'],
    [{ tasks: [{ alias: 'a', parties: [{ role: 'host' }] }] }, 'party domain id can not be empty'],
  ])('answers 11100 for %j', async (overrides, message) => {
    const { api } = await setUp();
    expect((await kuscia(api, 'job/create', job(overrides))).status).toEqual({
      code: 11100,
      message,
      details: [],
    });
  });
});

describe('job/query', () => {
  it('answers 11202 with the raw Kubernetes not-found text', async () => {
    const { api } = await setUp();
    expect(await kuscia(api, 'job/query', { job_id: 'x' })).toEqual({
      status: { code: 11202, message: 'kusciajobs.kuscia.secretflow "x" not found', details: [] },
      data: null,
    });
  });

  it('echoes the job as created', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    const { data } = await kuscia(api, 'job/query', { job_id: 'job-1' });
    expect(data).toMatchObject({
      job_id: 'job-1',
      initiator: 'alice',
      max_parallelism: 1,
      tasks: [
        {
          alias: 'psi',
          task_id: 'job-1-psi',
          parties: [
            { domain_id: 'alice', role: '' },
            { domain_id: 'bob', role: '' },
          ],
        },
      ],
    });
  });
});

describe('the job state machine', () => {
  it('goes Pending, then Running, then Succeeded', async () => {
    const { api, clock } = await setUp();
    await kuscia(api, 'job/create', job());
    expect(await stateOf(api)).toMatchObject({ state: 'Pending', start_time: '', end_time: '' });
    clock.advance(TIMINGS.pendingMs);
    expect(await stateOf(api)).toMatchObject({
      state: 'Running',
      start_time: '2025-01-01T00:00:01Z',
      end_time: '',
    });
    clock.advance(TIMINGS.runningMs);
    expect(await stateOf(api)).toMatchObject({
      state: 'Succeeded',
      err_msg: '',
      end_time: '2025-01-01T00:00:04Z',
    });
  });

  it('ends Failed with err_msg, and status.code 0, when a task’s image is "fail"', async () => {
    const { api, clock } = await setUp();
    await kuscia(api, 'job/create', job({}, 'fail'));
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    const { status, data } = await kuscia(api, 'job/query', { job_id: 'job-1' });
    expect(status).toEqual({ code: 0, message: 'success', details: [] });
    expect(data.status).toMatchObject({
      state: 'Failed',
      err_msg: 'task psi failed: the container exited with code 1',
      tasks: [{ alias: 'psi', state: 'Failed', err_msg: 'the container exited with code 1' }],
    });
  });

  it('stays Running when a task’s image is "hang"', async () => {
    const { api, clock } = await setUp();
    await kuscia(api, 'job/create', job({}, 'hang'));
    clock.advance(3_600_000);
    expect((await stateOf(api)).state).toBe('Running');
  });
});

describe('job/stop and job/delete', () => {
  it('stops a running job, which then ends Failed with the reason', async () => {
    const { api, clock } = await setUp();
    await kuscia(api, 'job/create', job({}, 'hang'));
    clock.advance(TIMINGS.pendingMs);
    expect(await kuscia(api, 'job/stop', { job_id: 'job-1', reason: 'wrong input' })).toEqual({
      status: { code: 0, message: 'success', details: [] },
      data: { job_id: 'job-1' },
    });
    expect(await stateOf(api)).toMatchObject({
      state: 'Failed',
      err_msg: 'job stopped: wrong input',
    });
  });

  it('answers 11205 when the job has already finished', async () => {
    const { api, clock } = await setUp();
    await kuscia(api, 'job/create', job());
    clock.advance(TIMINGS.pendingMs + TIMINGS.runningMs);
    expect((await kuscia(api, 'job/stop', { job_id: 'job-1' })).status).toEqual({
      code: 11205,
      message: 'job: job-1 current status is Succeeded can not be stop.',
      details: [],
    });
  });

  it('answers the operation’s code with the Kubernetes text for a missing job', async () => {
    const { api } = await setUp();
    expect((await kuscia(api, 'job/stop', { job_id: 'x' })).status).toEqual({
      code: 11205,
      message: 'kusciajobs.kuscia.secretflow "x" not found',
      details: [],
    });
    expect((await kuscia(api, 'job/delete', { job_id: 'x' })).status).toEqual({
      code: 11204,
      message: 'kusciajobs.kuscia.secretflow "x" not found',
      details: [],
    });
  });

  it('deletes a job', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    expect((await kuscia(api, 'job/delete', { job_id: 'job-1' })).data).toEqual({
      job_id: 'job-1',
    });
    expect((await kuscia(api, 'job/query', { job_id: 'job-1' })).status.code).toBe(11202);
  });
});

describe('a job on the real clock', () => {
  it('moves on by itself as time passes', async () => {
    const api = await startServer({ jobTimings: { pendingMs: 20, runningMs: 20 } });
    await createDomains(api, 'alice');
    await kuscia(
      api,
      'job/create',
      job({ tasks: [{ alias: 'a', parties: [{ domain_id: 'alice' }] }] }),
    );
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await stateOf(api)).state).toBe('Succeeded');
  });
});
