/*
 * `/api/v1/job/*`: create, query, batchQuery and delete, with their checks in Kuscia's order and the
 * protojson shapes of their answers (every field present). How jobs fail over time is in
 * job-failures.test.ts; commands in job-commands.test.ts; the watch stream in job-watch.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createDomains, kuscia, manualClock, startServer } from './helpers';

const TIMINGS = { pendingMs: 1000, runningMs: 3000 };
const SUCCESS = { code: 0, message: 'success', details: [] };

const task = (overrides: Record<string, unknown> = {}) => ({
  alias: 'psi',
  task_id: 'job-1-psi',
  app_image: 'secretflow-image',
  parties: [{ domain_id: 'alice' }, { domain_id: 'bob' }],
  dependencies: [],
  task_input_config: JSON.stringify({ sf_input_ids: ['alice-table'] }),
  priority: 100,
  ...overrides,
});

const job = (overrides: Record<string, unknown> = {}) => ({
  job_id: 'job-1',
  initiator: 'alice',
  max_parallelism: 1,
  tasks: [task()],
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

describe('job/create', () => {
  it('creates a job and answers its id', async () => {
    const { api } = await setUp();
    expect(await kuscia(api, 'job/create', job())).toEqual({
      status: SUCCESS,
      data: { job_id: 'job-1' },
    });
  });

  it.each([
    [{ job_id: '' }, 'job id can not be empty'],
    [
      { job_id: 'Job_1' },
      'Field "job_id" is invalid, invalid value: "Job_1": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ',
    ],
    // Tasks are checked before the initiator.
    [{ tasks: [], initiator: '' }, 'tasks can not be empty'],
    [{ initiator: '' }, 'initiator can not be empty'],
    [{ tasks: [{ parties: [{ domain_id: 'alice' }] }] }, 'task alias can not be empty on tasks[0]'],
    [{ tasks: [task(), { alias: 'b', parties: [] }] }, 'parties can not be empty on tasks[1]'],
    [{ tasks: [{ alias: 'a', parties: [{ role: 'host' }] }] }, 'party domain id can not be empty'],
    [
      { tasks: [task({ parties: [{ domain_id: 'alice', resources: { cpu: '2cores' } }] })] },
      "parse input cpu resource failed: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ],
    [
      { tasks: [task({ parties: [{ domain_id: 'alice', resources: { memory: '5mi' } }] })] },
      "parse input memory resource failed: unable to parse quantity's suffix",
    ],
    [
      {
        tasks: [
          task({
            parties: [
              { domain_id: 'alice', bandwidth_limits: [{ destination_id: 'bob', limit_kbps: 0 }] },
            ],
          }),
        ],
      },
      'bandwidth limit kbps can not be zero or negative',
    ],
    [
      {
        tasks: [
          task({ parties: [{ domain_id: 'alice', bandwidth_limits: [{ limit_kbps: 1000 }] }] }),
        ],
      },
      'bandwidth limit destination id can not be empty',
    ],
  ])('answers 11100 for %j', async (overrides, message) => {
    const { api } = await setUp();
    expect(await kuscia(api, 'job/create', job(overrides))).toEqual({
      status: { code: 11100, message, details: [] },
      data: null,
    });
    expect(api.state.jobs.size).toBe(0);
  });

  it('answers 11101 for a negative bandwidth limit, which a uint64 cannot hold', async () => {
    const { api } = await setUp();
    const body = job({
      tasks: [
        task({
          parties: [
            { domain_id: 'alice', bandwidth_limits: [{ destination_id: 'bob', limit_kbps: -5 }] },
          ],
        }),
      ],
    });
    expect(await kuscia(api, 'job/create', body)).toEqual({
      status: {
        code: 11101,
        message:
          'json: cannot unmarshal number -5 into Go struct field CreateJobRequest.tasks.parties.bandwidth_limits.limit_kbps of type uint64',
      },
    });
  });

  it('answers 11201 with Kubernetes’ Invalid text, every field error in one bracketed list', async () => {
    const { api } = await setUp();
    const body = job({
      job_id: 'job..1',
      max_parallelism: 200,
      custom_fields: { team: 'data team' },
    });
    expect(await kuscia(api, 'job/create', body)).toEqual({
      status: {
        code: 11201,
        message:
          'KusciaJob.kuscia.secretflow "job..1" is invalid: [' +
          `metadata.name: Invalid value: "job..1": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), ` +
          `metadata.labels: Invalid value: "data team": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?'), ` +
          'spec.maxParallelism: Invalid value: 200: spec.maxParallelism in body should be less than or equal to 128]',
        details: [],
      },
      data: null,
    });
  });

  it('answers 11201 with a single field error bare, without brackets', async () => {
    const { api } = await setUp();
    const body = job({ tasks: [task({ task_id: 'TASK' })] });
    expect((await kuscia(api, 'job/create', body)).status).toEqual({
      code: 11201,
      message:
        'KusciaJob.kuscia.secretflow "job-1" is invalid: spec.tasks[0].taskID: Invalid value: "TASK": spec.tasks[0].taskID in body should match \'[a-z0-9]([-a-z0-9]*[a-z0-9])?\'',
      details: [],
    });
  });

  it('answers 11201 naming the missing input DomainData', async () => {
    const { api } = await setUp();
    const body = job({
      tasks: [task({ task_input_config: JSON.stringify({ sf_input_ids: ['bob-table'] }) })],
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

  it('answers 11102 when a domain caller creates a job it takes no part in', async () => {
    const { api } = await setUp();
    const answer = await kuscia(api, 'job/create', job(), {
      headers: { 'Kuscia-Source': 'carol' },
    });
    expect(answer).toEqual({
      status: {
        code: 11102,
        message:
          "domain's KusciaAPI could only create the job that the domain as a participant in the job",
        details: [],
      },
      data: null,
    });
  });

  it('names a task left without an id as Kuscia’s controller does, after the job', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job({ tasks: [task({ task_id: '' })] }));
    const { data } = await kuscia(api, 'job/query', { job_id: 'job-1' });
    expect(data.tasks[0].task_id).toMatch(/^job-1-[0-9a-f]{12}$/);
  });
});

describe('job/query', () => {
  it('answers the job as created and its status, every field present, a task not created yet included', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job({ custom_fields: { team: 'data' } }));
    expect(await kuscia(api, 'job/query', { job_id: 'job-1' })).toEqual({
      status: SUCCESS,
      data: {
        job_id: 'job-1',
        initiator: 'alice',
        max_parallelism: 1,
        tasks: [
          {
            app_image: 'secretflow-image',
            parties: [
              { domain_id: 'alice', role: '', resources: null, bandwidth_limits: [] },
              { domain_id: 'bob', role: '', resources: null, bandwidth_limits: [] },
            ],
            alias: 'psi',
            task_id: 'job-1-psi',
            dependencies: [],
            task_input_config: '{"sf_input_ids":["alice-table"]}',
            priority: 100,
            schedule_config: null,
          },
        ],
        status: {
          state: 'Pending',
          err_msg: '',
          create_time: '2025-01-01T00:00:00Z',
          start_time: '2025-01-01T00:00:00Z',
          end_time: '',
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
          stage_status_list: [
            { domain_id: 'alice', state: 'JobCreateStageSucceeded' },
            { domain_id: 'bob', state: 'JobCreateStageSucceeded' },
          ],
          approve_status_list: [
            { domain_id: 'alice', state: 'JobAccepted' },
            { domain_id: 'bob', state: 'JobAccepted' },
          ],
        },
        custom_fields: { team: 'data' },
      },
    });
  });

  it('echoes a schedule config with Kuscia’s defaults, and bandwidth limits (uint64 as a string)', async () => {
    const { api } = await setUp();
    const body = job({
      tasks: [
        task({
          schedule_config: { task_timeout_seconds: 600 },
          parties: [
            {
              domain_id: 'alice',
              resources: { cpu: '2', memory: '4Gi' },
              bandwidth_limits: [{ destination_id: 'bob', limit_kbps: 1000 }],
            },
          ],
        }),
      ],
    });
    expect((await kuscia(api, 'job/create', body)).status).toEqual(SUCCESS);
    const { data } = await kuscia(api, 'job/query', { job_id: 'job-1' });
    expect(data.tasks[0].schedule_config).toEqual({
      task_timeout_seconds: 600,
      resource_reserved_seconds: 30,
      resource_reallocation_interval_seconds: 30,
    });
    expect(data.tasks[0].parties).toEqual([
      {
        domain_id: 'alice',
        role: '',
        resources: null,
        bandwidth_limits: [{ destination_id: 'bob', limit_kbps: '1000' }],
      },
    ]);
  });

  it('answers 11202 with the raw Kubernetes not-found text', async () => {
    const { api } = await setUp();
    expect(await kuscia(api, 'job/query', { job_id: 'x' })).toEqual({
      status: { code: 11202, message: 'kusciajobs.kuscia.secretflow "x" not found', details: [] },
      data: null,
    });
  });

  it('answers 11202, not 11102, when a domain caller asks about a job it takes no part in', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    const answer = await kuscia(
      api,
      'job/query',
      { job_id: 'job-1' },
      { headers: { 'Kuscia-Source': 'carol' } },
    );
    expect(answer.status).toEqual({
      code: 11202,
      message:
        "domain's KusciaAPI could only retrieve the job that the domain as a participant in the job",
      details: [],
    });
    const asBob = await kuscia(
      api,
      'job/query',
      { job_id: 'job-1' },
      { headers: { 'Kuscia-Source': 'bob' } },
    );
    expect(asBob.status).toEqual(SUCCESS);
  });
});

describe('job/status/batchQuery', () => {
  it('answers each job’s id and status detail, in the order asked', async () => {
    const { api, clock } = await setUp();
    await kuscia(api, 'job/create', job());
    await kuscia(
      api,
      'job/create',
      job({ job_id: 'job-2', tasks: [task({ task_id: 'job-2-psi' })] }),
    );
    clock.advance(TIMINGS.pendingMs);
    const { status, data } = await kuscia(api, 'job/status/batchQuery', {
      job_ids: ['job-2', 'job-1'],
    });
    expect(status).toEqual(SUCCESS);
    expect((data.jobs as { job_id: string }[]).map((entry) => entry.job_id)).toEqual([
      'job-2',
      'job-1',
    ]);
    expect(data.jobs[1].status).toEqual({
      state: 'Running',
      err_msg: '',
      create_time: '2025-01-01T00:00:00Z',
      start_time: '2025-01-01T00:00:00Z',
      end_time: '',
      tasks: [
        {
          task_id: 'job-1-psi',
          state: 'Running',
          err_msg: '',
          create_time: '2025-01-01T00:00:01Z',
          start_time: '2025-01-01T00:00:01Z',
          end_time: '',
          parties: [
            { domain_id: 'alice', state: 'Running', err_msg: '', endpoints: [] },
            { domain_id: 'bob', state: 'Running', err_msg: '', endpoints: [] },
          ],
          alias: 'psi',
          progress: 0,
        },
      ],
      stage_status_list: [
        { domain_id: 'alice', state: 'JobCreateStageSucceeded' },
        { domain_id: 'bob', state: 'JobCreateStageSucceeded' },
      ],
      approve_status_list: [
        { domain_id: 'alice', state: 'JobAccepted' },
        { domain_id: 'bob', state: 'JobAccepted' },
      ],
    });
  });

  it.each([
    [{}, 11100, 'job ids can not be empty'],
    [{ job_ids: ['job-1', ''] }, 11100, 'job id can not be empty'],
    [{ job_ids: ['job-1', 'job-9'] }, 11203, 'kusciajobs.kuscia.secretflow "job-9" not found'],
  ])('answers %j with %i', async (body, code, message) => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    expect(await kuscia(api, 'job/status/batchQuery', body)).toEqual({
      status: { code, message, details: [] },
      data: null,
    });
  });
});

describe('job/delete', () => {
  it('deletes a job', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    expect(await kuscia(api, 'job/delete', { job_id: 'job-1' })).toEqual({
      status: SUCCESS,
      data: { job_id: 'job-1' },
    });
    expect((await kuscia(api, 'job/query', { job_id: 'job-1' })).status.code).toBe(11202);
  });

  it('answers 11204 with the Kubernetes text for a missing job', async () => {
    const { api } = await setUp();
    expect(await kuscia(api, 'job/delete', { job_id: 'x' })).toEqual({
      status: { code: 11204, message: 'kusciajobs.kuscia.secretflow "x" not found', details: [] },
      data: null,
    });
  });

  it('answers 11102 with the not-found text when a domain caller deletes a missing job', async () => {
    const { api } = await setUp();
    const answer = await kuscia(
      api,
      'job/delete',
      { job_id: 'job-9' },
      { headers: { 'Kuscia-Source': 'alice' } },
    );
    expect(answer).toEqual({
      status: {
        code: 11102,
        message: 'kusciajobs.kuscia.secretflow "job-9" not found',
        details: [],
      },
      data: null,
    });
  });

  it('answers 11102 when a domain caller deletes a job it takes no part in', async () => {
    const { api } = await setUp();
    await kuscia(api, 'job/create', job());
    const answer = await kuscia(
      api,
      'job/delete',
      { job_id: 'job-1' },
      { headers: { 'Kuscia-Source': 'carol' } },
    );
    expect(answer.status).toEqual({
      code: 11102,
      message:
        "domain's KusciaAPI could only delete the job that the domain as a participant in the job",
      details: [],
    });
    expect(api.state.jobs.size).toBe(1);
  });
});

describe('a job on the real clock', () => {
  it('moves on by itself as time passes', async () => {
    const api = await startServer({ jobTimings: { pendingMs: 20, runningMs: 20 } });
    await createDomains(api, 'alice');
    await kuscia(
      api,
      'job/create',
      job({ tasks: [{ alias: 'a', task_id: 'a', parties: [{ domain_id: 'alice' }] }] }),
    );
    await new Promise((resolve) => setTimeout(resolve, 80));
    const { data } = await kuscia(api, 'job/query', { job_id: 'job-1' });
    expect(data.status.state).toBe('Succeeded');
  });
});
