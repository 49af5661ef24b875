import { isShallowJson, nextEventStart, parseJsonObjects, MAX_STREAM_LENGTH } from './json-stream';
import { copyItems, isArray, MAX_LIST_ITEMS, readProperty } from './read-value';

/*
 * Every shape a console holds a job in, reduced to one view: a QueryJob body (`{status, data}`) or its
 * `data`, a `JobStatusDetail`, a batch status body or one of its `jobs`, a watch event (numeric `type`,
 * omitempty: ADDED has no `type`, empty lists and strings are absent), the raw watch text, SecretPad's job
 * (`errMsg`, a string `status`), or a bare `err_msg` text. HTTP sends snake_case; gRPC-JSON and SecretPad send
 * camelCase: both are read.
 *
 * Reading is done twice at most. The first pass reads properties directly (what JSON gives is plain data,
 * and direct reads with fixed names are what keeps a poll loop cheap). Anything that throws on the way (a
 * getter, a Proxy trap, a revoked Proxy) sends the input through `snapshot`, which copies the few keys a job
 * can have with guarded reads, and the second pass reads that copy, which cannot throw.
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

type Loose = Record<string, unknown>;

/** The jobs in `input`, in order (a watch stream gives one view per event). */
export function readJobs(input: unknown): JobView[] {
  try {
    return readAll(input);
  } catch {
    return readAll(snapshot(input, 0, { nodes: MAX_SNAPSHOT_NODES }));
  }
}

function readAll(input: unknown): JobView[] {
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
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const list = value as unknown[];
    const length = Math.min(list.length, MAX_LIST_ITEMS);
    for (let index = 0; index < length; index += 1) visit(list[index], views, depth + 1);
    return;
  }
  const record = value as Loose;

  const object = record.object;
  const type = record.type;
  if (object !== undefined || type !== undefined) {
    // A watch event. HEARTBEAT (4) and ERROR (3) carry no job.
    if (type === 4 || type === 3 || type === 'HEARTBEAT' || type === 'ERROR') return;
    if (asRecord(object) !== null) visit(object, views, depth + 1);
    return;
  }

  const status = asRecord(record.status);
  if (
    status !== null &&
    status.code !== undefined &&
    status.state === undefined &&
    status.tasks === undefined
  ) {
    // An envelope (`{code, message}`, or SecretPad's `{code, msg}`): `code` other than 0 is an API error,
    // which the rest of the kit explains.
    const code = status.code;
    if (code !== 0 && code !== '0' && code !== null) return;
    visit(record.data, views, depth + 1);
    return;
  }

  if (Array.isArray(record.jobs)) {
    visit(record.jobs, views, depth);
    return;
  }

  const jobId = str(record.job_id) ?? str(record.jobId);
  // No key a job has: nothing to read (a stream of `{}` would otherwise cost a view each).
  if (jobId === null && status === null && !hasJobKey(record)) return;
  // A batch item (`{job_id, status}`) or QueryJob's data (also `initiator` and the spec's `tasks`); else
  // a `JobStatusDetail` (or SecretPad's job, whose `status` is a string).
  views.push(status !== null ? buildView(jobId, status, record) : buildView(jobId, record, null));
}

function visitText(text: string, views: JobView[], depth: number): void {
  const start = text.trimStart();
  if (start.startsWith('{')) {
    for (const object of parseJsonObjects(text)) visit(object, views, depth + 1);
    return;
  }
  if (start.startsWith('[')) {
    if (text.length > MAX_STREAM_LENGTH || !isShallowJson(text)) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      return;
    }
    visit(parsed, views, depth + 1);
    return;
  }
  // A watch stream whose start was cut off (or came after other output): its complete events still count.
  const event = nextEventStart(text, 0);
  if (event !== -1) {
    const before = views.length;
    for (const object of parseJsonObjects(text.slice(event))) visit(object, views, depth + 1);
    if (views.length > before) return;
  }
  // A bare text: a job `err_msg` as SecretPad stores it, or pasted from a log.
  if (start !== '') views.push(buildView(null, { err_msg: text }, null));
}

function hasJobKey(record: Loose): boolean {
  return (
    record.state !== undefined ||
    record.status !== undefined ||
    record.err_msg !== undefined ||
    record.errMsg !== undefined ||
    record.tasks !== undefined ||
    record.stage_status_list !== undefined ||
    record.stageStatusList !== undefined ||
    record.approve_status_list !== undefined ||
    record.approveStatusList !== undefined
  );
}

function buildView(jobId: string | null, detail: Loose, data: Loose | null): JobView {
  const domains = new Set<string>();
  const add = (domain: string | null): void => {
    if (domain !== null && domain !== '') domains.add(domain);
  };

  let appImages: Map<string, string> | null = null;
  if (data !== null) {
    add(str(data.initiator));
    const specs = list(data.tasks);
    for (let index = 0; index < specs.length; index += 1) {
      const spec = asRecord(specs[index]);
      if (spec === null) continue;
      const appImage = str(spec.app_image) ?? str(spec.appImage);
      if (appImage !== null && appImage !== '') {
        appImages ??= new Map();
        const id = str(spec.task_id) ?? str(spec.taskId);
        const alias = str(spec.alias);
        if (id !== null) appImages.set(id, appImage);
        if (alias !== null) appImages.set(`alias:${alias}`, appImage);
      }
      const parties = list(spec.parties);
      for (let at = 0; at < parties.length; at += 1) {
        const party = asRecord(parties[at]);
        if (party !== null) add(str(party.domain_id) ?? str(party.domainId));
      }
    }
  }

  const taskItems = Array.isArray(detail.tasks) ? list(detail.tasks) : null;
  const tasks: TaskView[] = [];
  if (taskItems !== null) {
    for (let index = 0; index < taskItems.length; index += 1) {
      const item = asRecord(taskItems[index]);
      if (item === null) continue;
      const taskId = nonEmpty(str(item.task_id) ?? str(item.taskId));
      const alias = nonEmpty(str(item.alias));
      const parties: PartyView[] = [];
      const partyItems = list(item.parties);
      for (let at = 0; at < partyItems.length; at += 1) {
        const party = asRecord(partyItems[at]);
        if (party === null) continue;
        const domainId = nonEmpty(str(party.domain_id) ?? str(party.domainId));
        add(domainId);
        parties.push({
          domainId,
          state: stateOf(party),
          errMsg: str(party.err_msg) ?? str(party.errMsg) ?? '',
        });
      }
      tasks.push({
        taskId,
        alias,
        state: stateOf(item),
        errMsg: str(item.err_msg) ?? str(item.errMsg) ?? '',
        createTime: str(item.create_time) ?? str(item.createTime) ?? '',
        parties,
        appImage:
          appImages === null
            ? null
            : ((taskId === null ? undefined : appImages.get(taskId)) ??
              (alias === null ? undefined : appImages.get(`alias:${alias}`)) ??
              null),
      });
    }
  }

  const stages = entries(detail.stage_status_list ?? detail.stageStatusList);
  const approvals = entries(detail.approve_status_list ?? detail.approveStatusList);
  for (const entry of stages) add(entry.domainId);
  for (const entry of approvals) add(entry.domainId);

  return {
    jobId: nonEmpty(jobId),
    state: stateOf(detail),
    errMsg: str(detail.err_msg) ?? str(detail.errMsg) ?? '',
    tasks,
    tasksListed: taskItems !== null,
    stages,
    approvals,
    domains,
  };
}

/** `state`, or SecretPad's string `status`. */
function stateOf(value: Loose): string | null {
  return nonEmpty(str(value.state) ?? str(value.status));
}

function entries(value: unknown): StatusEntry[] {
  const result: StatusEntry[] = [];
  const items = list(value);
  for (let index = 0; index < items.length; index += 1) {
    const item = asRecord(items[index]);
    if (item === null) continue;
    const domainId = str(item.domain_id) ?? str(item.domainId);
    const state = str(item.state);
    if (domainId !== null && domainId !== '' && state !== null) result.push({ domainId, state });
  }
  return result;
}

function asRecord(value: unknown): Loose | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

const none: readonly unknown[] = [];

/** An array's first 1000 items (a view, not a copy), or nothing. */
function list(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) return none;
  const items = value as unknown[];
  return items.length > MAX_LIST_ITEMS ? items.slice(0, MAX_LIST_ITEMS) : items;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/** Most values copied by `snapshot`. */
const MAX_SNAPSHOT_NODES = 20_000;

/** Every key a job-bearing value can have. */
const keys = [
  'object',
  'type',
  'status',
  'code',
  'data',
  'jobs',
  'job_id',
  'jobId',
  'initiator',
  'tasks',
  'task_id',
  'taskId',
  'alias',
  'app_image',
  'appImage',
  'parties',
  'domain_id',
  'domainId',
  'state',
  'err_msg',
  'errMsg',
  'create_time',
  'createTime',
  'stage_status_list',
  'stageStatusList',
  'approve_status_list',
  'approveStatusList',
];

/**
 * A plain copy of what a job reader may read, made with guarded reads: whatever throws becomes absent. Depth
 * and size are bounded, so cycles and endless Proxies end.
 */
function snapshot(value: unknown, depth: number, budget: { nodes: number }): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  if (depth > MAX_DEPTH + 4 || budget.nodes <= 0) return undefined;
  budget.nodes -= 1;
  if (isArray(value)) return copyItems(value).map((item) => snapshot(item, depth + 1, budget));
  const copy: Loose = {};
  for (const key of keys) {
    const item = readProperty(value, key);
    if (item !== undefined) copy[key] = snapshot(item, depth + 1, budget);
  }
  return copy;
}
