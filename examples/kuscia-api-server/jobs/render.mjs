// @ts-check
/**
 * A job's status in the two encodings KusciaAPI uses for it (secretflow/kuscia `buildJobStatus` in
 * `pkg/kusciaapi/service/job_service.go`):
 *
 * - query, batchQuery (and the other unary calls) go through protojson with `EmitUnpopulated`: every field is
 *   present, `"err_msg": ""`, `"parties": []`, `"progress": 0`;
 * - the watch stream uses Go's `encoding/json` on the generated structs, whose tags say `omitempty`: empty
 *   strings, zero numbers and empty lists are left out (`omitEmpty`).
 *
 * Keys are written in proto field order, as both encoders do.
 */
import { aggregated } from './texts.mjs';
import { aggregatesErrors } from './simulate.mjs';

/**
 * Kuscia's `TimeRfc3339String`: RFC 3339 to the second, in UTC; empty for a time that has not come.
 * @param {number | undefined} ms
 */
export const rfc3339 = (ms) =>
  ms === undefined ? '' : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * `aggregateErrorMessage`: the job's own message when it has one; for a Failed job without one (v1.0.0b0
 * and later), the messages of the failed parties of its failed tasks.
 * @param {import('../store.mjs').JobRecord} job
 * @param {import('./simulate.mjs').JobSnapshot} snapshot
 */
function jobErrMsg(job, snapshot) {
  if (snapshot.message !== '' || snapshot.phase !== 'Failed' || !aggregatesErrors(job)) {
    return snapshot.message;
  }
  const failures = [];
  for (const task of job.tasks) {
    const run = snapshot.tasks.get(task.task_id);
    if (run?.state !== 'Failed') continue;
    for (const party of run.parties) {
      if (party.state === 'Failed' && party.err_msg !== '') {
        failures.push({ alias: task.alias, domain: party.domain_id, message: party.err_msg });
      }
    }
  }
  return aggregated(failures);
}

/**
 * JobStatusDetail, every field present (protojson).
 * @param {import('../store.mjs').JobRecord} job
 * @param {import('./simulate.mjs').JobSnapshot} snapshot
 */
export function jobStatusDetail(job, snapshot) {
  return {
    state: snapshot.phase,
    err_msg: jobErrMsg(job, snapshot),
    create_time: rfc3339(snapshot.createdAt),
    start_time: rfc3339(snapshot.startedAt),
    end_time: rfc3339(snapshot.endedAt),
    // One entry per task of the spec, in spec order; a task not created yet has only its id, alias and
    // `Pending`.
    tasks: job.tasks.map((task) => {
      const run = snapshot.tasks.get(task.task_id);
      return {
        task_id: task.task_id,
        state: run?.state ?? 'Pending',
        err_msg: run?.message ?? '',
        create_time: rfc3339(run?.createdAt),
        start_time: rfc3339(run?.createdAt),
        end_time: rfc3339(run?.endedAt),
        parties: (run?.parties ?? []).map((party) => ({ ...party, endpoints: [] })),
        alias: task.alias,
        progress: run ? snapshot.progressOf(run) : 0,
      };
    }),
    stage_status_list: snapshot.stages.map(([domain, state]) => ({ domain_id: domain, state })),
    approve_status_list: snapshot.approvals.map(([domain, state]) => ({
      domain_id: domain,
      state,
    })),
  };
}

/**
 * QueryJobResponseData: the job as created (TaskConfig drops `resources` and `tolerable`), plus its status.
 * @param {import('../store.mjs').JobRecord} job
 * @param {import('./simulate.mjs').JobSnapshot} snapshot
 */
export function queryJobData(job, snapshot) {
  return {
    job_id: job.job_id,
    initiator: job.initiator,
    max_parallelism: job.max_parallelism,
    tasks: job.tasks.map((task) => ({
      app_image: task.app_image,
      parties: task.parties.map((party) => ({
        domain_id: party.domain_id,
        role: party.role,
        resources: null,
        bandwidth_limits: party.bandwidth_limits,
      })),
      alias: task.alias,
      task_id: task.task_id,
      dependencies: task.dependencies,
      task_input_config: task.task_input_config,
      priority: task.priority,
      schedule_config: task.schedule_config,
    })),
    status: jobStatusDetail(job, snapshot),
    custom_fields: job.custom_fields,
  };
}

/**
 * Go's `omitempty` over a value shaped like the generated structs: `""`, `0`, `false`, `null` and empty
 * lists are left out; a non-nil message stays, even when everything inside it was left out.
 * @param {unknown} value
 * @returns {unknown}
 */
export function omitEmpty(value) {
  if (Array.isArray(value)) return value.map(omitEmpty);
  if (typeof value !== 'object' || value === null) return value;
  /** @type {Record<string, unknown>} */
  const kept = {};
  for (const [key, field] of Object.entries(value)) {
    const empty =
      field === '' ||
      field === 0 ||
      field === false ||
      field === null ||
      field === undefined ||
      (Array.isArray(field) && field.length === 0);
    if (!empty) kept[key] = omitEmpty(field);
  }
  return kept;
}
