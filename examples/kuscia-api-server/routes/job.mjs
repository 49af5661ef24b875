// @ts-check
/**
 * `/api/v1/job/*`: KusciaJobs, DAGs of tasks run jointly by several domains.
 *
 * Nothing runs here; a job's state is computed from the clock. It is `Pending` for `pendingMs`, `Running`
 * for `runningMs`, then final. A task's `app_image` scripts the ending:
 *
 * - `fail`: the job ends `Failed`, with `err_msg` naming the task. That is a job outcome, not an API error:
 *   the query still answers `status.code` 0.
 * - `hang`: the job stays `Running` until stopped.
 * - anything else: the job ends `Succeeded`.
 *
 * A stopped job ends `Failed` at once, with the stop's reason in `err_msg`.
 */
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { Resource, alreadyExists, notFound } from '../k8s.mjs';
import { message, repeated, request, stringMap } from '../schema.mjs';
import { k8sNameError, text } from '../validate.mjs';

const EMPTY_ID = 'job id can not be empty';
const FINAL_STATES = new Set(['Succeeded', 'Failed']);
const FAILING_IMAGE = 'fail';
const HANGING_IMAGE = 'hang';

/**
 * Kuscia's `TimeRfc3339String`: RFC 3339 to the second, empty for a time that has not come.
 * @param {number | undefined} ms
 */
const rfc3339 = (ms) =>
  ms === undefined ? '' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Where a job stands at `now`.
 * @param {import('../store.mjs').JobRecord} job
 * @param {number} now
 * @param {import('./index.mjs').JobTimings} timings
 * @returns {{ state: string, errMsg: string, startedAt?: number, endedAt?: number, failedAlias?: string }}
 */
function progress(job, now, { pendingMs, runningMs }) {
  const startsAt = job.createdAt + pendingMs;
  const endsAt = startsAt + runningMs;
  if (job.stoppedAt !== undefined) {
    return {
      state: 'Failed',
      errMsg: `job stopped${job.stopReason ? `: ${job.stopReason}` : ''}`,
      ...(job.stoppedAt >= startsAt ? { startedAt: startsAt } : {}),
      endedAt: job.stoppedAt,
    };
  }
  if (now < startsAt) return { state: 'Pending', errMsg: '' };
  const failing = job.tasks.find((task) => task.app_image === FAILING_IMAGE);
  const hanging = job.tasks.some((task) => task.app_image === HANGING_IMAGE);
  if (now < endsAt || (hanging && !failing)) {
    return { state: 'Running', errMsg: '', startedAt: startsAt };
  }
  if (failing) {
    return {
      state: 'Failed',
      errMsg: `task ${failing.alias} failed: the container exited with code 1`,
      startedAt: startsAt,
      endedAt: endsAt,
      failedAlias: failing.alias,
    };
  }
  return { state: 'Succeeded', errMsg: '', startedAt: startsAt, endedAt: endsAt };
}

/**
 * QueryJobResponseData: the job as created, plus its status.
 * @param {import('../store.mjs').JobRecord} job
 * @param {import('./index.mjs').Context} context
 */
function jobView(job, { now, jobTimings }) {
  const { state, errMsg, startedAt, endedAt, failedAlias } = progress(job, now(), jobTimings);
  const times = {
    create_time: rfc3339(job.createdAt),
    start_time: rfc3339(startedAt),
    end_time: rfc3339(endedAt),
  };
  /** @param {import('../store.mjs').TaskConfig} task */
  const taskStatus = (task) => {
    // Once a task has failed the job, the others count as done.
    const failed = failedAlias !== undefined && task.alias === failedAlias;
    const taskState = failedAlias === undefined ? state : failed ? 'Failed' : 'Succeeded';
    return {
      task_id: task.task_id,
      alias: task.alias,
      state: taskState,
      err_msg: failed ? 'the container exited with code 1' : '',
      ...times,
      parties: [],
    };
  };
  return {
    job_id: job.job_id,
    initiator: job.initiator,
    max_parallelism: job.max_parallelism,
    tasks: job.tasks,
    status: {
      state,
      err_msg: errMsg,
      ...times,
      tasks: job.tasks.map(taskStatus),
      stage_status_list: [],
      approve_status_list: [],
    },
    custom_fields: job.custom_fields,
  };
}

/**
 * The DomainData ids a task reads: SecretFlow's `sf_input_ids` in the task's input config.
 * @param {string} taskInputConfig
 * @returns {string[]}
 */
function inputIds(taskInputConfig) {
  try {
    /** @type {unknown} */
    const ids = JSON.parse(taskInputConfig)?.sf_input_ids;
    return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
  } catch {
    // Not JSON: an app other than SecretFlow, whose inputs this server cannot know.
    return [];
  }
}

/**
 * A task as stored and echoed by queries: every field present, with Kuscia's defaults.
 * @param {Record<string, any> | null} task
 * @returns {import('../store.mjs').TaskConfig}
 */
const taskConfig = (task) => ({
  app_image: text(task?.app_image),
  parties: (task?.parties ?? []).map((/** @type {Record<string, any> | null} */ party) => ({
    domain_id: text(party?.domain_id),
    role: text(party?.role),
  })),
  alias: text(task?.alias),
  task_id: text(task?.task_id) || text(task?.alias),
  dependencies: (task?.dependencies ?? []).map(text),
  task_input_config: text(task?.task_input_config),
  priority: Number(task?.priority ?? 0),
});

/**
 * Kuscia's `validateCreateJobRequest`.
 * @param {string} jobId
 * @param {string} initiator
 * @param {import('../store.mjs').TaskConfig[]} tasks
 */
function createJobError(jobId, initiator, tasks) {
  if (jobId === '') return EMPTY_ID;
  const invalidId = k8sNameError(jobId, 'job_id');
  if (invalidId) return invalidId;
  if (initiator === '') return 'initiator can not be empty';
  if (tasks.length === 0) return 'tasks can not be empty';
  for (const [index, task] of tasks.entries()) {
    if (task.alias === '') return `task alias can not be empty on tasks[${index}]`;
    if (task.parties.length === 0) return `parties can not be empty on tasks[${index}]`;
    if (task.parties.some((party) => party.domain_id === '')) {
      return 'party domain id can not be empty';
    }
  }
  return undefined;
}

/** @type {import('./index.mjs').Operation['handle']} */
function createJob(body, { store, now }) {
  const jobId = text(body.job_id);
  const initiator = text(body.initiator);
  /** @type {import('../store.mjs').TaskConfig[]} */
  const tasks = (body.tasks ?? []).map(taskConfig);
  const invalid = createJobError(jobId, initiator, tasks);
  if (invalid) return fail(Code.RequestValidate, invalid);

  // A real KusciaJob with a missing input fails later, when its task starts; it is checked here instead,
  // so the failure names the DomainData where a console can show it.
  for (const task of tasks) {
    const missing = inputIds(task.task_input_config).find(
      (id) => !task.parties.some((party) => store.domainData.get(party.domain_id)?.has(id)),
    );
    if (missing) return fail(Code.CreateJob, notFound(Resource.domainData, missing));
  }
  // KusciaAPI has no job-exists code: the Kubernetes text comes with the create's own code.
  if (store.jobs.has(jobId)) return fail(Code.CreateJob, alreadyExists(Resource.job, jobId));

  const maxParallelism = Number(body.max_parallelism ?? 0);
  store.jobs.set(jobId, {
    job_id: jobId,
    initiator,
    max_parallelism: maxParallelism > 0 ? maxParallelism : 1,
    tasks,
    custom_fields: body.custom_fields ?? {},
    createdAt: now(),
  });
  return ok({ job_id: jobId });
}

/** @type {import('./index.mjs').Operation['handle']} */
function queryJob(body, context) {
  const jobId = text(body.job_id);
  if (jobId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const job = context.store.jobs.get(jobId);
  if (!job) return fail(Code.QueryJob, notFound(Resource.job, jobId));
  return ok(jobView(job, context));
}

/** @type {import('./index.mjs').Operation['handle']} */
function stopJob(body, { store, now, jobTimings }) {
  const jobId = text(body.job_id);
  if (jobId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const job = store.jobs.get(jobId);
  if (!job) return fail(Code.StopJob, notFound(Resource.job, jobId));
  const at = now();
  const { state } = progress(job, at, jobTimings);
  // Worded like Kuscia's refusals to suspend or restart a job in the wrong state.
  if (FINAL_STATES.has(state)) {
    return fail(Code.StopJob, `job: ${jobId} current status is ${state} can not be stop.`);
  }
  job.stoppedAt = at;
  job.stopReason = text(body.reason);
  return ok({ job_id: jobId });
}

/** @type {import('./index.mjs').Operation['handle']} */
function deleteJob(body, { store }) {
  const jobId = text(body.job_id);
  if (jobId === '') return fail(Code.RequestValidate, EMPTY_ID);
  if (!store.jobs.delete(jobId)) return fail(Code.DeleteJob, notFound(Resource.job, jobId));
  return ok({ job_id: jobId });
}

const Task = message('Task', {
  app_image: 'string',
  parties: repeated(
    message('Party', {
      domain_id: 'string',
      role: 'string',
      resources: message('JobResource', { cpu: 'string', memory: 'string' }),
    }),
  ),
  alias: 'string',
  task_id: 'string',
  dependencies: repeated('string'),
  task_input_config: 'string',
  priority: 'int32',
});

/** @type {Record<string, import('./index.mjs').Operation>} */
export const jobOperations = {
  'job/create': {
    request: request('CreateJobRequest', {
      job_id: 'string',
      initiator: 'string',
      max_parallelism: 'int32',
      tasks: repeated(Task),
      custom_fields: stringMap,
    }),
    hasData: true,
    handle: createJob,
  },
  'job/query': {
    request: request('QueryJobRequest', { job_id: 'string' }),
    hasData: true,
    handle: queryJob,
  },
  'job/stop': {
    request: request('StopJobRequest', { job_id: 'string', reason: 'string' }),
    hasData: true,
    handle: stopJob,
  },
  'job/delete': {
    request: request('DeleteJobRequest', { job_id: 'string' }),
    hasData: true,
    handle: deleteJob,
  },
};
