import { parseJsonObjects, MAX_STREAM_LENGTH } from './json-stream';
import { copyItems, isArray, isRecord, readList, readProperty, readString } from './read-value';

/*
 * Every shape a console holds a job in, reduced to one view: a QueryJob body (`{status, data}`) or its
 * `data`, a `JobStatusDetail`, a batch status body or one of its `jobs`, a watch event (numeric `type`,
 * omitempty: ADDED has no `type`, empty lists and strings are absent), the raw watch text, SecretPad's job
 * (`errMsg`, a string `status`), or a bare `err_msg` text. HTTP sends snake_case; gRPC-JSON and SecretPad send
 * camelCase: both are read.
 */

export interface PartyView {
  readonly domainId: string | null;
  readonly state: string | null;
  readonly errMsg: string;
}

export interface TaskView {
  readonly taskId: string | null;
  readonly alias: string | null;
  readonly state: string | null;
  readonly errMsg: string;
  readonly createTime: string;
  readonly parties: PartyView[];
  /** The AppImage the job's spec names for this task (QueryJob's `data.tasks[].app_image`). */
  readonly appImage: string | null;
}

export interface StatusEntry {
  readonly domainId: string;
  readonly state: string;
}

export interface JobView {
  readonly jobId: string | null;
  readonly state: string | null;
  readonly errMsg: string;
  readonly tasks: TaskView[];
  /** The status had a `tasks` list (a validation failure still lists every task, as Pending). */
  readonly tasksListed: boolean;
  readonly stages: StatusEntry[];
  readonly approvals: StatusEntry[];
  /** Every Domain the job names: initiator, spec parties, status parties, stage and approval lists. */
  readonly domains: Set<string>;
}

/** Deepest wrapping followed (envelope → data → jobs → item → status). */
const MAX_DEPTH = 6;

/** The jobs in `input`, in order (a watch stream gives one view per event). */
export function readJobs(input: unknown): JobView[] {
  const views: JobView[] = [];
  visit(input, views, 0);
  return views;
}

function visit(value: unknown, views: JobView[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    visitText(value, views, depth);
    return;
  }
  if (isArray(value)) {
    for (const item of copyItems(value)) visit(item, views, depth + 1);
    return;
  }
  if (!isRecord(value)) return;

  const object = readProperty(value, 'object');
  const type = readProperty(value, 'type');
  if (object !== undefined || type !== undefined) {
    // A watch event. HEARTBEAT (4) and ERROR (3) carry no job.
    if (type === 4 || type === 3 || type === 'HEARTBEAT' || type === 'ERROR') return;
    if (isRecord(object)) visit(object, views, depth + 1);
    return;
  }

  const status = readProperty(value, 'status');
  if (isRecord(status) && isEnvelopeStatus(status)) {
    // `status.code` other than 0 is an API error, which the rest of the kit explains.
    const code = readProperty(status, 'code');
    if (code !== 0 && code !== '0' && code !== undefined && code !== null) return;
    visit(readProperty(value, 'data'), views, depth + 1);
    return;
  }

  const jobs = readList(value, 'jobs');
  if (jobs !== null) {
    for (const job of jobs) visit(job, views, depth + 1);
    return;
  }

  const jobId = readString(value, 'job_id', 'jobId');
  if (isRecord(status)) {
    // A batch item (`{job_id, status}`) or QueryJob's data (also `initiator` and the spec's `tasks`).
    views.push(buildView(jobId, status, value));
  } else {
    views.push(buildView(jobId, value, null));
  }
}

function visitText(text: string, views: JobView[], depth: number): void {
  const start = text.trimStart();
  if (start.startsWith('{')) {
    for (const object of parseJsonObjects(text)) visit(object, views, depth + 1);
    return;
  }
  if (start.startsWith('[')) {
    if (text.length > MAX_STREAM_LENGTH) return;
    try {
      visit(JSON.parse(text) as unknown, views, depth + 1);
    } catch {
      // Not JSON: nothing to read.
    }
    return;
  }
  // A bare text: a job `err_msg` as SecretPad stores it, or pasted from a log.
  if (start !== '') views.push(buildView(null, { err_msg: text }, null));
}

/** `{code, message}` (KusciaAPI) or `{code, msg}` (SecretPad), not a `JobStatusDetail`. */
function isEnvelopeStatus(status: object): boolean {
  return (
    readProperty(status, 'code') !== undefined &&
    readProperty(status, 'state') === undefined &&
    readProperty(status, 'tasks') === undefined
  );
}

function buildView(jobId: string | null, detail: object, data: object | null): JobView {
  const domains = new Set<string>();
  const add = (domain: string | null): void => {
    if (domain !== null && domain !== '') domains.add(domain);
  };

  const appImages = new Map<string, string>();
  if (data !== null) {
    add(readString(data, 'initiator'));
    for (const spec of readList(data, 'tasks') ?? []) {
      const appImage = readString(spec, 'app_image', 'appImage');
      const id = readString(spec, 'task_id', 'taskId');
      const alias = readString(spec, 'alias');
      if (appImage !== null && appImage !== '') {
        if (id !== null) appImages.set(id, appImage);
        if (alias !== null) appImages.set(`alias:${alias}`, appImage);
      }
      for (const party of readList(spec, 'parties') ?? [])
        add(readString(party, 'domain_id', 'domainId'));
    }
  }

  const taskItems = readList(detail, 'tasks');
  const tasks: TaskView[] = [];
  for (const item of taskItems ?? []) {
    if (!isRecord(item)) continue;
    const taskId = readString(item, 'task_id', 'taskId');
    const alias = readString(item, 'alias');
    const parties: PartyView[] = [];
    for (const party of readList(item, 'parties') ?? []) {
      if (!isRecord(party)) continue;
      const domainId = nonEmpty(readString(party, 'domain_id', 'domainId'));
      add(domainId);
      parties.push({
        domainId,
        state: readState(party),
        errMsg: readString(party, 'err_msg', 'errMsg') ?? '',
      });
    }
    tasks.push({
      taskId: nonEmpty(taskId),
      alias: nonEmpty(alias),
      state: readState(item),
      errMsg: readString(item, 'err_msg', 'errMsg') ?? '',
      createTime: readString(item, 'create_time', 'createTime') ?? '',
      parties,
      appImage:
        (taskId === null ? undefined : appImages.get(taskId)) ??
        (alias === null ? undefined : appImages.get(`alias:${alias}`)) ??
        null,
    });
  }

  const stages = readEntries(detail, 'stage_status_list', 'stageStatusList');
  const approvals = readEntries(detail, 'approve_status_list', 'approveStatusList');
  for (const entry of [...stages, ...approvals]) add(entry.domainId);

  return {
    jobId: nonEmpty(jobId),
    state: readState(detail),
    errMsg: readString(detail, 'err_msg', 'errMsg') ?? '',
    tasks,
    tasksListed: taskItems !== null,
    stages,
    approvals,
    domains,
  };
}

/** `state`, or SecretPad's string `status`. */
function readState(value: object): string | null {
  const state = readString(value, 'state');
  if (state !== null) return nonEmpty(state);
  const status = readProperty(value, 'status');
  return typeof status === 'string' ? nonEmpty(status) : null;
}

function readEntries(detail: object, snake: string, camel: string): StatusEntry[] {
  const entries: StatusEntry[] = [];
  for (const item of readList(detail, snake, camel) ?? []) {
    const domainId = readString(item, 'domain_id', 'domainId');
    const state = readString(item, 'state');
    if (domainId !== null && domainId !== '' && state !== null) entries.push({ domainId, state });
  }
  return entries;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}
