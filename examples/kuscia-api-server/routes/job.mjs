// @ts-check
/**
 * `/api/v1/job/*`: KusciaJobs, DAGs of tasks run jointly by several domains. Each handler follows
 * `pkg/kusciaapi/service/job_service.go` (secretflow/kuscia @ e909d9f6): its checks in their order, its
 * codes, and Kubernetes' texts passed through. How a job moves and fails over time is in `../jobs/`.
 */
import { randomBytes } from 'node:crypto';
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { partyDomains, simulate } from '../jobs/simulate.mjs';
import { jobStatusDetail, queryJobData } from '../jobs/render.mjs';
import { scriptOf } from '../jobs/scripts.mjs';
import { watchJobs } from '../jobs/watch.mjs';
import {
  Kind,
  Resource,
  alreadyExists,
  conflict,
  dnsSubdomainErrors,
  invalid,
  invalidValue,
  labelNameErrors,
  labelValueErrors,
  notFound,
  tooMany,
} from '../k8s.mjs';
import { enumeration, message, repeated, request, stringMap } from '../schema.mjs';
import { k8sNameError, quantityError, text } from '../validate.mjs';
import { takeUpdateConflict } from '../switches.mjs';

const EMPTY_ID = 'job id can not be empty';
/** Where custom fields go: labels with this prefix on the KusciaJob. */
const CUSTOM_FIELD_LABEL_PREFIX = 'kuscia.job.custom-fields/';
/** The CRD's pattern for `taskID`. Unanchored upstream, so it only rejects ids without a letter or digit. */
const TASK_ID_PATTERN = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const TASK_ID_RE = /[a-z0-9]/;
const MAX_PARALLELISM = 128;
const MAX_DEPENDENCIES = 128;

/**
 * @typedef {import('./index.mjs').Context} Context
 * @typedef {import('../store.mjs').JobRecord} JobRecord
 * @typedef {import('../store.mjs').TaskConfig} TaskConfig
 */

/**
 * The `authHandlerJob*` checks: a master caller may do anything; a domain only what it takes part in.
 * @param {JobRecord} job
 * @param {import('./index.mjs').Caller} caller
 */
const mayTouch = (job, { role, domain }) =>
  role === 'master' ||
  domain === job.initiator ||
  job.tasks.some((task) => task.parties.some((party) => party.domain_id === domain));

/** @param {'create' | 'delete' | 'retrieve' | 'approve'} verb */
const outOfScope = (verb) =>
  `domain's KusciaAPI could only ${verb} the job that the domain as a participant in the job`;

/**
 * Who issues a command: the stage trigger is KusciaAPI's own domain, which for a call through the internal
 * port is the caller's; this server has none of its own, so a master caller acts as the job's initiator.
 * @param {JobRecord} job
 * @param {import('./index.mjs').Caller} caller
 */
const actor = (job, caller) => (caller.role === 'domain' ? caller.domain : job.initiator);

/**
 * The stage label Kuscia last set on the job. A restart is followed at once by the controller's own Start.
 * @param {JobRecord} job
 */
function stageLabel(job) {
  const last = job.events
    .slice()
    .reverse()
    .find((event) => event.kind !== 'approve');
  return last?.kind === 'restart' ? 'start' : last?.kind;
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
 * Kuscia's controller names a task left without an id `<job id>-<last part of a UUID>`.
 * @param {string} jobId
 */
const generatedTaskId = (jobId) => `${jobId}-${randomBytes(6).toString('hex')}`;

/**
 * `buildScheduleConfigForKusciaTask`: unset or non-positive values take Kuscia's defaults.
 * @param {Record<string, any> | null | undefined} config
 * @returns {import('../store.mjs').ScheduleConfig | null}
 */
function scheduleConfig(config) {
  if (!config) return null;
  /** @param {unknown} value @param {number} fallback */
  const positive = (value, fallback) => (Number(value ?? 0) > 0 ? Number(value) : fallback);
  return {
    task_timeout_seconds: positive(config.task_timeout_seconds, 300),
    resource_reserved_seconds: positive(config.resource_reserved_seconds, 30),
    resource_reallocation_interval_seconds: positive(
      config.resource_reallocation_interval_seconds,
      30,
    ),
  };
}

/**
 * A task as stored and echoed by queries.
 * @param {Record<string, any> | null} task
 * @param {string} jobId
 * @returns {TaskConfig}
 */
const taskConfig = (task, jobId) => ({
  app_image: text(task?.app_image),
  parties: (task?.parties ?? []).map((/** @type {Record<string, any> | null} */ party) => ({
    domain_id: text(party?.domain_id),
    role: text(party?.role),
    bandwidth_limits: (party?.bandwidth_limits ?? []).map(
      (/** @type {Record<string, any> | null} */ limit) => ({
        destination_id: text(limit?.destination_id),
        // uint64: protojson writes it as a string.
        limit_kbps: String(limit?.limit_kbps ?? 0),
      }),
    ),
  })),
  alias: text(task?.alias),
  task_id: text(task?.task_id) || generatedTaskId(jobId),
  dependencies: (task?.dependencies ?? []).map(text),
  task_input_config: text(task?.task_input_config),
  priority: Number(task?.priority ?? 0),
  schedule_config: scheduleConfig(task?.schedule_config),
});

/**
 * `validateCreateJobRequest`, in its order.
 * @param {Record<string, any>} body
 */
function createJobError(body) {
  const jobId = text(body.job_id);
  if (jobId === '') return EMPTY_ID;
  const invalidId = k8sNameError(jobId, 'job_id');
  if (invalidId) return invalidId;
  /** @type {Array<Record<string, any> | null>} */
  const tasks = body.tasks ?? [];
  if (tasks.length === 0) return 'tasks can not be empty';
  if (text(body.initiator) === '') return 'initiator can not be empty';
  for (const [index, task] of tasks.entries()) {
    if (text(task?.alias) === '') return `task alias can not be empty on tasks[${index}]`;
    /** @type {Array<Record<string, any> | null>} */
    const parties = task?.parties ?? [];
    if (parties.length === 0) return `parties can not be empty on tasks[${index}]`;
    if (parties.some((party) => text(party?.domain_id) === '')) {
      return 'party domain id can not be empty';
    }
  }
  return undefined;
}

/**
 * The checks `CreateJob` makes while it converts each party: resources, then bandwidth limits.
 * @param {Record<string, any>} body
 */
function partyResourceError(body) {
  for (const task of body.tasks ?? []) {
    for (const party of task?.parties ?? []) {
      for (const resource of /** @type {const} */ (['cpu', 'memory', 'bandwidth'])) {
        const value = text(party?.resources?.[resource]);
        const error = value === '' ? undefined : quantityError(value);
        if (error) return `parse input ${resource} resource failed: ${error}`;
      }
      for (const limit of party?.bandwidth_limits ?? []) {
        if (Number(limit?.limit_kbps ?? 0) <= 0) {
          return 'bandwidth limit kbps can not be zero or negative';
        }
        if (text(limit?.destination_id) === '') {
          return 'bandwidth limit destination id can not be empty';
        }
      }
    }
  }
  return undefined;
}

/**
 * What the API server's validation of the KusciaJob custom resource rejects (metadata first, then the CRD
 * schema), as field errors.
 * @param {string} jobId
 * @param {number} maxParallelism
 * @param {TaskConfig[]} tasks
 * @param {Record<string, string>} customFields
 */
function resourceErrors(jobId, maxParallelism, tasks, customFields) {
  const errors = dnsSubdomainErrors(jobId).map((detail) =>
    invalidValue('metadata.name', jobId, detail),
  );
  for (const [key, value] of Object.entries(customFields)) {
    const label = `${CUSTOM_FIELD_LABEL_PREFIX}${key}`;
    for (const detail of labelNameErrors(key)) {
      errors.push(invalidValue('metadata.labels', label, detail));
    }
    for (const detail of labelValueErrors(value)) {
      errors.push(invalidValue('metadata.labels', value, detail));
    }
  }
  if (maxParallelism > MAX_PARALLELISM) {
    errors.push(
      invalidValue(
        'spec.maxParallelism',
        maxParallelism,
        `spec.maxParallelism in body should be less than or equal to ${MAX_PARALLELISM}`,
      ),
    );
  }
  for (const [index, task] of tasks.entries()) {
    const path = `spec.tasks[${index}]`;
    if (!TASK_ID_RE.test(task.task_id)) {
      errors.push(
        invalidValue(
          `${path}.taskID`,
          task.task_id,
          `${path}.taskID in body should match '${TASK_ID_PATTERN}'`,
        ),
      );
    }
    if (task.dependencies.length > MAX_DEPENDENCIES) {
      errors.push(tooMany(`${path}.dependencies`, task.dependencies.length, MAX_DEPENDENCIES));
    }
  }
  return errors;
}

/** @type {import('./index.mjs').Operation['handle']} */
function createJob(body, { store, now, caller }) {
  const invalidRequest = createJobError(body);
  if (invalidRequest) return fail(Code.RequestValidate, invalidRequest);
  const jobId = text(body.job_id);
  const initiator = text(body.initiator);
  /** @type {TaskConfig[]} */
  const tasks = (body.tasks ?? []).map((/** @type {any} */ task) => taskConfig(task, jobId));
  const draft = { initiator, tasks };
  if (!mayTouch(/** @type {JobRecord} */ (draft), caller)) {
    return fail(Code.AuthFailed, outOfScope('create'));
  }
  const invalidResource = partyResourceError(body);
  if (invalidResource) return fail(Code.RequestValidate, invalidResource);

  const requested = Number(body.max_parallelism ?? 0);
  const maxParallelism = requested > 0 ? requested : 1;
  /** @type {Record<string, string>} */
  const customFields = body.custom_fields ?? {};
  const rejected = resourceErrors(jobId, maxParallelism, tasks, customFields);
  if (rejected.length > 0) return fail(Code.CreateJob, invalid(Kind.job, jobId, rejected));

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

  /** @type {JobRecord} */
  const job = {
    job_id: jobId,
    initiator,
    max_parallelism: maxParallelism,
    tasks,
    custom_fields: customFields,
    createdAt: now(),
    partnerDomains: [],
    events: [],
  };
  job.partnerDomains = partyDomains(job).filter(
    (domain) => store.domains.get(domain)?.role === 'partner',
  );
  store.jobs.set(jobId, job);
  return ok({ job_id: jobId });
}

/**
 * The job a call names, or the failure Kuscia answers: 11100 for an empty id, the operation's code with
 * the Kubernetes text for a missing job.
 * @param {Record<string, any>} body
 * @param {Context} context
 * @param {number} code
 * @returns {{ job: JobRecord, jobId: string } | { failure: import('../envelope.mjs').Outcome }}
 */
function lookUp(body, { store }, code) {
  const jobId = text(body.job_id);
  if (jobId === '') return { failure: fail(Code.RequestValidate, EMPTY_ID) };
  const job = store.jobs.get(jobId);
  if (!job) return { failure: fail(code, notFound(Resource.job, jobId)) };
  return { job, jobId };
}

/**
 * @param {JobRecord} job
 * @param {Context} context
 */
const snapshotOf = (job, { now, jobTimings }) => simulate(job, now(), jobTimings);

/** @type {import('./index.mjs').Operation['handle']} */
function queryJob(body, context) {
  const found = lookUp(body, context, Code.QueryJob);
  if ('failure' in found) return found.failure;
  // The scope error comes with the query's code, not 11102.
  if (!mayTouch(found.job, context.caller)) return fail(Code.QueryJob, outOfScope('retrieve'));
  return ok(queryJobData(found.job, snapshotOf(found.job, context)));
}

/** @type {import('./index.mjs').Operation['handle']} */
function batchQueryJobStatus(body, context) {
  /** @type {unknown[]} */
  const ids = body.job_ids ?? [];
  if (ids.length === 0) return fail(Code.RequestValidate, 'job ids can not be empty');
  if (ids.some((id) => text(id) === '')) return fail(Code.RequestValidate, EMPTY_ID);
  const jobs = [];
  for (const jobId of ids.map(text)) {
    const job = context.store.jobs.get(jobId);
    if (!job) return fail(Code.QueryJobStatus, notFound(Resource.job, jobId));
    if (!mayTouch(job, context.caller)) return fail(Code.QueryJobStatus, outOfScope('retrieve'));
    jobs.push({ job_id: jobId, status: jobStatusDetail(job, snapshotOf(job, context)) });
  }
  return ok({ jobs });
}

/** @type {import('./index.mjs').Operation['handle']} */
function deleteJob(body, context) {
  const jobId = text(body.job_id);
  if (jobId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const job = context.store.jobs.get(jobId);
  if (context.caller.role === 'domain') {
    // `authHandlerJobDelete` reads the job first and returns the read's error as it is: a missing job is
    // 11102 with Kubernetes' not-found text.
    if (!job) return fail(Code.AuthFailed, notFound(Resource.job, jobId));
    if (!mayTouch(job, context.caller)) return fail(Code.AuthFailed, outOfScope('delete'));
  }
  if (!job) return fail(Code.DeleteJob, notFound(Resource.job, jobId));
  context.store.jobs.delete(jobId);
  return ok({ job_id: jobId });
}

/**
 * The commands that set a stage label on the job (stop, suspend, restart, cancel), each after its own
 * checks. The label write is an update of the object just read, so it is where a Conflict happens.
 * @param {import('../jobs/simulate.mjs').Command} command
 * @param {{ code: number, updateCode?: number, auth: 'retrieve' | 'approve', allowed?: (phase: string) => boolean, skipIfLabelled?: boolean }} rules
 * @returns {import('./index.mjs').Operation['handle']}
 */
function stageCommand(command, { code, updateCode = code, auth, allowed, skipIfLabelled = false }) {
  return (body, context) => {
    const found = lookUp(body, context, code);
    if ('failure' in found) return found.failure;
    const { job, jobId } = found;
    if (!mayTouch(job, context.caller)) return fail(Code.AuthFailed, outOfScope(auth));
    if (allowed) {
      const { phase } = snapshotOf(job, context);
      if (!allowed(phase)) {
        const refused =
          command === 'suspend' ? Code.SuspendNotRunningJob : Code.RestartNotSuspendedOrFailedJob;
        return fail(refused, `job: ${jobId} current status is ${phase} can not be ${command}.`);
      }
    }
    // Stop and restart leave a job that already carries their label alone, and answer success.
    if (skipIfLabelled && stageLabel(job) === command) return ok({ job_id: jobId });
    if (takeUpdateConflict(context.switches))
      return fail(updateCode, conflict(Resource.job, jobId));
    job.events.push({ at: context.now(), kind: command, by: actor(job, context.caller) });
    return ok({ job_id: jobId });
  };
}

/** protojson takes the enum's name or its number. */
const APPROVE_RESULTS = [
  'APPROVE_RESULT_UNKNOWN',
  'APPROVE_RESULT_ACCEPT',
  'APPROVE_RESULT_REJECT',
];

/** @type {import('./index.mjs').Operation['handle']} */
function approveJob(body, context) {
  const jobId = text(body.job_id);
  if (jobId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const result =
    typeof body.result === 'string'
      ? APPROVE_RESULTS.indexOf(body.result)
      : Number(body.result ?? 0);
  if (result !== 1 && result !== 2)
    return fail(Code.RequestValidate, 'request result must be legal');
  const found = lookUp(body, context, Code.ApproveJob);
  if ('failure' in found) return found.failure;
  const { job } = found;
  if (!mayTouch(job, context.caller)) return fail(Code.AuthFailed, outOfScope('approve'));
  // A domain decides for itself; the master for the parties of its own cluster, which it records only on
  // jobs that wait for approval (inter-connection jobs carry the annotation that lists them).
  const waitsForApproval =
    job.partnerDomains.length > 0 ||
    job.tasks.some((task) => scriptOf(task.app_image).outcome === 'reject');
  const domains =
    context.caller.role === 'domain'
      ? [context.caller.domain]
      : waitsForApproval
        ? partyDomains(job).filter((domain) => !job.partnerDomains.includes(domain))
        : [];
  if (takeUpdateConflict(context.switches))
    return fail(Code.ApproveJob, conflict(Resource.job, jobId));
  job.events.push({
    at: context.now(),
    kind: 'approve',
    domains,
    decision: result === 1 ? 'JobAccepted' : 'JobRejected',
  });
  return ok({ job_id: jobId });
}

const Party = message('Party', {
  domain_id: 'string',
  role: 'string',
  resources: message('JobResource', { cpu: 'string', memory: 'string', bandwidth: 'string' }),
  bandwidth_limits: repeated(
    message('BandwidthLimit', { destination_id: 'string', limit_kbps: 'uint64' }),
  ),
});

const Task = message('Task', {
  app_image: 'string',
  parties: repeated(Party),
  alias: 'string',
  task_id: 'string',
  dependencies: repeated('string'),
  task_input_config: 'string',
  priority: 'int32',
  schedule_config: message('ScheduleConfig', {
    task_timeout_seconds: 'int32',
    resource_reserved_seconds: 'int32',
    resource_reallocation_interval_seconds: 'int32',
  }),
  tolerable: 'bool',
});

/** @param {string} name */
const commandRequest = (name) => request(name, { job_id: 'string', reason: 'string' });

/** @type {Record<string, import('./index.mjs').Operation | import('./index.mjs').StreamOperation>} */
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
  'job/status/batchQuery': {
    request: request('BatchQueryJobStatusRequest', { job_ids: repeated('string') }),
    hasData: true,
    handle: batchQueryJobStatus,
  },
  'job/delete': {
    request: request('DeleteJobRequest', { job_id: 'string' }),
    hasData: true,
    handle: deleteJob,
  },
  'job/stop': {
    request: commandRequest('StopJobRequest'),
    hasData: true,
    handle: stageCommand('stop', { code: Code.StopJob, auth: 'retrieve', skipIfLabelled: true }),
  },
  'job/suspend': {
    request: commandRequest('SuspendJobRequest'),
    hasData: true,
    handle: stageCommand('suspend', {
      code: Code.SuspendJob,
      // Kuscia's suspend, restart and cancel share the scope check whose text says "approve".
      auth: 'approve',
      allowed: (phase) => phase === 'Running',
    }),
  },
  'job/restart': {
    request: commandRequest('RestartJobRequest'),
    hasData: true,
    handle: stageCommand('restart', {
      code: Code.RestartJob,
      // A failed update is reported with the suspend code, as Kuscia does.
      updateCode: Code.SuspendJob,
      auth: 'approve',
      allowed: (phase) => phase === 'Failed' || phase === 'Suspended',
      skipIfLabelled: true,
    }),
  },
  'job/cancel': {
    request: commandRequest('CancelJobRequest'),
    hasData: true,
    handle: stageCommand('cancel', { code: Code.CancelJob, auth: 'approve' }),
  },
  'job/approve': {
    // ApproveJobRequest is the one request message without a `header`.
    request: message('ApproveJobRequest', {
      job_id: 'string',
      result: enumeration('ApproveResult', APPROVE_RESULTS),
      reason: 'string',
    }),
    hasData: true,
    handle: approveJob,
  },
  'job/watch': {
    request: request('WatchJobRequest', { timeout_seconds: 'int64' }),
    stream: true,
    serve: watchJobs,
  },
};
