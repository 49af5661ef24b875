import { isAggregate, splitAggregate, type AggregatePiece } from './aggregate';
import { classifyText } from './classify';
import { resolvePartyKey, resolveRoute } from './domains';
import { cap, lastMeaningfulLine, MAX_TEXT_LENGTH, scanWindow, withoutControls } from './go-text';
import { readJobs, type JobView, type PartyView, type TaskView } from './job-input';
import { familyRank, restartVerdict } from './precedence';
import { readProperty } from './read-value';
import { signal, type Signal } from './signal';
import { readThreshold, type ThresholdSummary } from './threshold';
import type {
  KusciaJobExplainOptions,
  KusciaJobExplanation,
  KusciaJobFailure,
  KusciaJobFailureFamily,
  KusciaJobFailureSource,
  KusciaJobRestartVerdict,
  KusciaJobWarning,
} from './types';

/** Longest container message kept as `log`. */
const MAX_LOG_LENGTH = 16_384;

/**
 * Why a Kuscia Job failed, or null when it has not (Succeeded; Running, Pending or AwaitingApproval with no
 * failing sign), or when `input` holds no job. Accepts a QueryJob body or its `data`, a `JobStatusDetail`, a
 * batch status body or one of its items, a watch event, the raw watch text (each job's last event counts;
 * heartbeats are skipped), SecretPad's job with its `errMsg`, or a bare job `err_msg`.
 *
 * With several jobs (a batch, a watch of many jobs), explains the first failing job in the order the jobs
 * first appear, or the job `options.jobId` names. `explainKusciaJobs` explains all of them. Never throws.
 */
export function explainKusciaJob(
  input: unknown,
  options?: KusciaJobExplainOptions,
): KusciaJobExplanation | null {
  try {
    const wanted = readProperty(options, 'jobId');
    for (const view of latestPerJob(readJobs(input))) {
      if (typeof wanted === 'string' && view.jobId !== wanted) continue;
      const explanation = explainView(view);
      if (explanation !== null || typeof wanted === 'string') return explanation;
    }
    return null;
  } catch {
    // Defence in depth: the readers already absorb hostile input.
    return null;
  }
}

/** Every failing job of `input`, in the order the jobs first appear. Never throws. */
export function explainKusciaJobs(input: unknown): readonly KusciaJobExplanation[] {
  try {
    const explanations: KusciaJobExplanation[] = [];
    for (const view of latestPerJob(readJobs(input))) {
      const explanation = explainView(view);
      if (explanation !== null) explanations.push(explanation);
    }
    return Object.freeze(explanations);
  } catch {
    return Object.freeze([]);
  }
}

/** One view per job: a later event of the same job replaces the earlier one, in its first position. */
function latestPerJob(views: JobView[]): JobView[] {
  if (views.length < 2) return views;
  const result: JobView[] = [];
  const positions = new Map<string, number>();
  for (const view of views) {
    const position = view.jobId === null ? undefined : positions.get(view.jobId);
    if (position === undefined) {
      if (view.jobId !== null) positions.set(view.jobId, result.length);
      result.push(view);
    } else {
      result[position] = view;
    }
  }
  return result;
}

type Phase = 'failed' | 'succeeded' | 'rejected' | 'cancelled' | 'suspended' | 'stopped' | 'active';

/** Kuscia's states, and SecretPad's upper-case ones. */
function phaseOf(state: string | null): Phase | null {
  if (state === null) return null;
  switch (state) {
    case 'Failed':
    case 'FAILED':
      return 'failed';
    case 'Succeeded':
    case 'SUCCEEDED':
    case 'SUCCEED':
      return 'succeeded';
    case 'ApprovalReject':
      return 'rejected';
    case 'Cancelled':
    case 'CANCELLED':
      return 'cancelled';
    case 'Suspended':
    case 'SUSPENDED':
      return 'suspended';
    case 'STOPPED':
      return 'stopped';
    default:
      return 'active';
  }
}

function isFailed(state: string | null): boolean {
  return state === 'Failed' || state === 'FAILED';
}

/** Kuscia's separators alone (`","` for two pods without text) are no text. */
function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char !== ' ' && char !== ',' && char !== ';' && char !== '\n' && char !== '\t')
      return false;
  }
  return true;
}

/** A failure under construction; frozen into a `KusciaJobFailure` at the end. */
interface Draft {
  taskIndex: number;
  taskId: string | null;
  alias: string | null;
  domainId: string | null;
  family: KusciaJobFailureFamily;
  variant: string | null;
  params: Record<string, string>;
  alsoSeen: KusciaJobFailureFamily[];
  source: KusciaJobFailureSource;
  partyState: string | null;
  collateral: boolean;
  message: string | null;
  text: string | null;
  log: string | null;
}

/** Party causes that hold a party before its job is stopped, and are not the stop's doing. */
const HELD_BEFORE_STOP: ReadonlySet<KusciaJobFailureFamily> = /* @__PURE__ */ new Set([
  'imagePull',
  'outOfMemory',
  'insufficientResources',
  'configError',
]);

const restartMarker = /^This job is restarted by (\S{1,253})/;

function explainView(view: JobView): KusciaJobExplanation | null {
  const phase = phaseOf(view.state);
  if (phase === 'succeeded') return null;
  const active = phase === 'active';
  const { domains } = view;
  const drafts: Draft[] = [];
  const warnings: KusciaJobWarning[] = [];

  // The job text: an aggregate of party texts, the stale restart note, or a cause of its own.
  let tasks = view.tasks;
  let restartedBy: string | null = null;
  const jobText = view.errMsg;
  if (isAggregate(jobText)) {
    // Read only when no party is listed: otherwise the parties below carry the same texts.
    const pieces = tasks.some((task) => task.parties.length > 0) ? null : splitAggregate(jobText);
    if (pieces !== null) tasks = attachPieces(tasks, pieces, domains);
  } else if (!isBlank(jobText)) {
    const marker = restartMarker.exec(jobText);
    if (marker !== null) {
      // Set by RestartJob and never cleared: it hides the aggregate, not the tasks' own texts.
      restartedBy = marker[1] ?? null;
    } else {
      // An unrecognised job text is shown only for a job that did end badly: never guess from text alone.
      const signals = classifyText(jobText);
      const ended = phase !== null && !active;
      for (const found of signals.length > 0 ? signals : ended ? [unrecognized()] : []) {
        drafts.push(fromSignal(found, null, -1, null, 'job', view.state, jobText, domains));
      }
    }
  }

  for (const approval of view.approvals) {
    if (approval.state !== 'JobRejected') continue;
    drafts.push(
      plain('approvalRejected', null, 'approval', approval.domainId, { by: approval.domainId }),
    );
  }
  for (const stage of view.stages) {
    const step =
      stage.state === 'JobCreateStageFailed'
        ? 'create'
        : stage.state === 'JobStartStageFailed'
          ? 'start'
          : null;
    if (step === null) continue;
    const draft = plain('partnerUnreachable', 'partner', 'stage', stage.domainId, {
      domain: stage.domainId,
      stage: step,
    });
    draft.message = stage.state;
    drafts.push(draft);
  }

  tasks.forEach((task, index) => {
    explainTask(task, index, view, active, drafts, warnings);
  });

  addStateCauses(phase, drafts);
  const failing = drafts.some((draft) => !draft.collateral) || (!active && phase !== null);
  if (!failing) return null;
  if (drafts.length === 0) drafts.push(lastResort(view, restartedBy));

  for (const draft of drafts) {
    if (draft.family === 'imagePull' && draft.variant === null) {
      draft.variant = active && !isFailed(draft.partyState) ? 'stuck' : 'failed';
    } else if (draft.family === 'unknown' && draft.variant === null && restartedBy !== null) {
      // Nothing recorded for the rerun: say that it was a rerun, the one thing the job text still tells.
      draft.variant = 'restarted';
      draft.params.by = restartedBy;
    }
  }
  drafts.sort(compareDrafts);
  markCauseBehindAction(drafts);
  const failures = drafts.map(freezeDraft);
  const primary = failures[0];
  if (primary === undefined) return null;

  const alsoSeen = new Set<KusciaJobFailureFamily>();
  for (const failure of failures) {
    if (failure.collateral && failure !== primary) continue;
    alsoSeen.add(failure.family);
    for (const family of failure.alsoSeen) alsoSeen.add(family);
  }
  alsoSeen.delete(primary.family);

  // Missing image content fails the party at once (CreateContainerError): only a pull back-off hangs.
  const stuck =
    active &&
    failures.some(
      (failure) =>
        failure.family === 'imagePull' &&
        failure.variant !== 'content' &&
        !isFailed(failure.partyState),
    );
  return Object.freeze({
    jobId: view.jobId,
    state: view.state,
    family: primary.family,
    failures: Object.freeze(failures),
    alsoSeen: Object.freeze([...alsoSeen].sort((a, b) => familyRank(a) - familyRank(b))),
    stuck,
    restart: verdictOf(primary, failures, view.state),
    warnings: Object.freeze(warnings),
  });
}

/**
 * The restart verdict of the primary cause. A stop or suspend explains the end state, but a cause seen
 * before it (an image that cannot be pulled) still has to be fixed first: its verdict then counts.
 */
function verdictOf(
  primary: KusciaJobFailure,
  failures: readonly KusciaJobFailure[],
  state: string | null,
): KusciaJobRestartVerdict {
  const own = restartVerdict(primary.family, primary.variant, state);
  if (primary.family !== 'userAction' || own === 'no') return own;
  const cause = failures.find((failure) => failure.family !== 'userAction' && !failure.collateral);
  return cause ? restartVerdict(cause.family, cause.variant, state) : own;
}

function explainTask(
  task: TaskView,
  index: number,
  view: JobView,
  active: boolean,
  drafts: Draft[],
  warnings: KusciaJobWarning[],
): void {
  if (task.state === 'Succeeded' || task.state === 'SUCCEED' || task.state === 'SUCCEEDED') return;
  const taskFailed = isFailed(task.state);
  const text = task.errMsg;
  const collateral = text.trim() === 'Job was stopped';
  const summary = collateral ? null : readThreshold(text);
  const own: Draft[] = [];

  // Each party's own text. A party that has not failed counts only on a sign that it is held (waiting
  // reason, scheduler text, pod message), and not on a scheduler that is merely waiting for its peers.
  const partyDrafts = new Map<PartyView, Draft>();
  const emptyFailed: PartyView[] = [];
  for (const party of task.parties) {
    const partyFailed = isFailed(party.state);
    if (isBlank(party.errMsg)) {
      if (partyFailed) emptyFailed.push(party);
      continue;
    }
    let signals = classifyText(party.errMsg);
    if (!partyFailed && !taskFailed) signals = signals.filter(isHoldingSign);
    const top = signals[0];
    if (top === undefined && !partyFailed) continue;
    const draft = fromSignal(
      top ?? unrecognized(),
      signals,
      index,
      task,
      'party',
      party.state,
      party.errMsg,
      view.domains,
      party.domainId,
    );
    partyDrafts.set(party, draft);
    own.push(draft);
    if (active && !partyFailed && !taskFailed) {
      warnings.push(warning('partyWaiting', task, party.domainId, draft.family));
    }
  }

  // The task's own text (pre-checks, AppImage, scheduling, retries), one failure per Domain it names.
  if (!collateral && summary === null && !isBlank(text)) {
    for (const found of classifyText(text)) {
      own.push(fromSignal(found, null, index, task, 'task', task.state, text, view.domains));
    }
  }

  // A threshold summary names who failed: show that party's own text, or say it is not visible here.
  if (summary !== null) {
    for (const key of summary.failed) {
      const domain = resolvePartyKey(key, view.domains);
      const entries = task.parties.filter(
        (entry) => domain !== null && entry.domainId === domain && !isBlank(entry.errMsg),
      );
      if (entries.length > 0) {
        // The party's own text explains it; read it even if the party is not marked Failed.
        for (const entry of entries) {
          if (partyDrafts.has(entry)) continue;
          const signals = classifyText(entry.errMsg);
          own.push(
            fromSignal(
              signals[0] ?? unrecognized(),
              signals,
              index,
              task,
              'party',
              entry.state,
              entry.errMsg,
              view.domains,
              entry.domainId,
            ),
          );
        }
        continue;
      }
      own.push(thresholdDraft(summary, key, domain, index, task, text));
    }
  }

  if (taskFailed && own.length === 0) {
    if (collateral) {
      own.push(taskDraft('userAction', 'stopped', index, task, null, text));
    } else if (!isBlank(text)) {
      own.push(taskDraft('unknown', 'unrecognized', index, task, null, text));
    } else {
      const only = emptyFailed.length === 1 ? (emptyFailed[0]?.domainId ?? null) : null;
      own.push(taskDraft('unknown', null, index, task, only, null));
    }
  }
  // `Job was stopped` is the task's consequence of the stop, and so is a crash or a wait it caused. A party
  // that never started (an image it could not pull, no room, no memory, no AppImage) was held before the
  // stop: that stays a cause.
  if (collateral) {
    for (const draft of own) {
      if (draft.source !== 'party' || !HELD_BEFORE_STOP.has(draft.family)) draft.collateral = true;
    }
  }
  if (active && taskFailed && own.length > 0) {
    const top = [...own].sort(compareDrafts)[0];
    warnings.push(
      warning('failedTaskInRunningJob', task, top?.domainId ?? null, top?.family ?? 'unknown'),
    );
  }
  drafts.push(...own);
}

/** Signs that a party which has not failed yet is held and will not start by itself soon. */
function isHoldingSign(found: Signal): boolean {
  if (found.form === 'terminated' || found.form === 'controller') return false;
  return !(found.family === 'scheduleTimeout' && found.variant === 'waiting');
}

/**
 * A stop or suspend stays the primary cause (it explains the end state, JOBS.md §6.3), but its wording says
 * nothing failed: when a real failure is listed too, the wording that points at it is used instead.
 */
function markCauseBehindAction(drafts: Draft[]): void {
  const primary = drafts[0];
  if (primary?.family !== 'userAction') return;
  if (primary.variant !== 'stop' && primary.variant !== 'suspend') return;
  const cause = drafts.some((draft) => draft.family !== 'userAction' && !draft.collateral);
  if (cause) primary.variant = `${primary.variant}WithCause`;
}

/** States that carry no text: a rejection, a cancel or a suspend decided by a person. */
function addStateCauses(phase: Phase | null, drafts: Draft[]): void {
  const has = (family: KusciaJobFailureFamily): boolean =>
    drafts.some((draft) => draft.family === family && !draft.collateral);
  if (phase === 'rejected' && !has('approvalRejected')) {
    drafts.push(plain('approvalRejected', null, 'state', null, {}));
  } else if (phase === 'cancelled' && !has('userAction')) {
    drafts.push(plain('userAction', 'cancel', 'state', null, { action: 'cancel' }));
  } else if (phase === 'suspended' && !has('userAction')) {
    drafts.push(plain('userAction', 'suspend', 'state', null, { action: 'suspend' }));
  } else if (phase === 'stopped' && !has('userAction')) {
    drafts.push(plain('userAction', 'stop', 'state', null, { action: 'stop' }));
  }
}

/**
 * A Failed job with nothing else to go on. It failed validation when no task was ever created (every task
 * Pending without a creation time) and no stage was recorded; otherwise Kuscia recorded no reason.
 */
function lastResort(view: JobView, restartedBy: string | null): Draft {
  const neverStarted =
    view.tasksListed &&
    view.tasks.length > 0 &&
    view.stages.length === 0 &&
    isBlank(view.errMsg) &&
    view.tasks.every(
      (task) =>
        (task.state === 'Pending' || task.state === null) &&
        task.createTime === '' &&
        task.parties.length === 0 &&
        isBlank(task.errMsg),
    );
  if (neverStarted && isFailed(view.state)) return plain('jobInvalid', null, 'state', null, {});
  if (restartedBy !== null) {
    const draft = plain('unknown', 'restarted', 'job', known(restartedBy, view.domains), {
      by: restartedBy,
    });
    draft.text = cap(view.errMsg, MAX_TEXT_LENGTH);
    draft.message = lastMeaningfulLine(scanWindow(view.errMsg));
    return draft;
  }
  return plain('unknown', null, 'state', null, {});
}

/** SecretPad keeps only the aggregate: make its pieces the parties of the tasks they name. */
function attachPieces(
  tasks: TaskView[],
  pieces: readonly AggregatePiece[],
  domains: Set<string>,
): TaskView[] {
  const result = tasks.map((task) => ({ ...task, parties: [...task.parties] }));
  for (const piece of pieces) {
    if (piece.domainId !== '') domains.add(piece.domainId);
    let task = result.find(
      (item) =>
        (piece.alias !== '' && (item.alias === piece.alias || item.taskId === piece.alias)) ||
        (piece.taskId !== '' && item.taskId === piece.taskId),
    );
    if (task === undefined) {
      task = {
        taskId: piece.taskId === '' ? null : piece.taskId,
        alias: piece.alias === '' ? null : piece.alias,
        state: 'Failed',
        errMsg: '',
        createTime: '',
        parties: [],
        appImage: null,
      };
      result.push(task);
    }
    task.parties.push({
      domainId: piece.domainId === '' ? null : piece.domainId,
      state: 'Failed',
      errMsg: piece.text,
    });
  }
  return result;
}

function unrecognized(): Signal {
  return signal('unknown', 'unrecognized', 'controller');
}

/** `domain` when the job names it, else null: a failure never points at a Domain outside the job. */
function known(domain: string | undefined | null, domains: ReadonlySet<string>): string | null {
  return domain !== undefined && domain !== null && domains.has(domain) ? domain : null;
}

function noteFamily(
  list: KusciaJobFailureFamily[],
  family: KusciaJobFailureFamily,
  own: KusciaJobFailureFamily,
): void {
  if (family !== own && !list.includes(family)) list.push(family);
}

/** A draft from the strongest signal of a text; `all` (when given) holds the weaker ones after it. */
function fromSignal(
  found: Signal,
  all: readonly Signal[] | null,
  taskIndex: number,
  task: TaskView | null,
  source: KusciaJobFailureSource,
  partyState: string | null,
  text: string,
  domains: ReadonlySet<string>,
  partyDomain?: string | null,
): Draft {
  const params: Record<string, string> = Object.assign({}, found.params);
  let domainId: string | null;
  if (partyDomain !== undefined) {
    domainId = partyDomain;
  } else if (found.variant === 'route' && params.src !== undefined && params.dst !== undefined) {
    const route = resolveRoute(params.src, params.dst, domains);
    if (route !== null) {
      params.src = route.src;
      params.dst = route.dst;
    }
    domainId = known(params.dst, domains);
  } else {
    domainId = known(params.domain ?? params.by, domains);
  }
  if (domainId !== null) params.domain = domainId;
  const alsoSeen: KusciaJobFailureFamily[] = [];
  if (found.also !== null)
    for (const family of found.also) noteFamily(alsoSeen, family, found.family);
  if (all !== null) {
    for (let index = 1; index < all.length; index += 1) {
      noteFamily(alsoSeen, all[index]?.family ?? found.family, found.family);
    }
  }
  return {
    taskIndex,
    taskId: task?.taskId ?? null,
    alias: task?.alias ?? null,
    domainId,
    family: found.family,
    variant: found.variant,
    params: withTask(params, task, found.family),
    alsoSeen,
    source,
    partyState,
    collateral: false,
    // A container's own message was read and holds no line worth showing (only info lines): show none
    // rather than the raw form around it.
    message:
      found.detail ??
      (found.log !== null && !isBlank(found.log) ? null : lastMeaningfulLine(scanWindow(text))),
    text: cap(text, MAX_TEXT_LENGTH),
    // Titles are free of terminal escapes, and so is the log tail a console shows under them.
    log: found.log === null ? null : cap(withoutControls(found.log), MAX_LOG_LENGTH),
  };
}

function thresholdDraft(
  summary: ThresholdSummary,
  key: string,
  domain: string | null,
  taskIndex: number,
  task: TaskView,
  text: string,
): Draft {
  // Built in one go: spreading and re-adding keys made this the slowest step of a simple job.
  const name = task.alias ?? task.taskId;
  const params: Record<string, string> = {};
  if (domain !== null) params.domain = domain;
  if (name !== null) params.task = name;
  params.party = domain ?? key;
  params.remaining = summary.remaining;
  params.threshold = summary.threshold;
  params.pending = summary.pending.join(',');
  params.running = summary.running.join(',');
  params.successful = summary.successful.join(',');
  params.failed = summary.failed.join(',');
  return {
    taskIndex,
    taskId: task.taskId,
    alias: task.alias,
    domainId: domain,
    family: 'partyThreshold',
    variant: name === null ? null : 'task',
    params,
    alsoSeen: [],
    source: 'task',
    partyState: task.state,
    collateral: false,
    message: lastMeaningfulLine(scanWindow(text)),
    text: cap(text, MAX_TEXT_LENGTH),
    log: null,
  };
}

function taskDraft(
  family: KusciaJobFailureFamily,
  variant: string | null,
  taskIndex: number,
  task: TaskView,
  domainId: string | null,
  text: string | null,
): Draft {
  const params: Record<string, string> = domainId === null ? {} : { domain: domainId };
  return {
    taskIndex,
    taskId: task.taskId,
    alias: task.alias,
    domainId,
    family,
    variant,
    params: withTask(params, task, family),
    alsoSeen: [],
    source: 'task',
    partyState: task.state,
    collateral: false,
    message: text === null || isBlank(text) ? null : lastMeaningfulLine(scanWindow(text)),
    text: text === null || text === '' ? null : cap(text, MAX_TEXT_LENGTH),
    log: null,
  };
}

function plain(
  family: KusciaJobFailureFamily,
  variant: string | null,
  source: KusciaJobFailureSource,
  domainId: string | null,
  params: Record<string, string>,
): Draft {
  return {
    taskIndex: -1,
    taskId: null,
    alias: null,
    domainId,
    family,
    variant,
    params,
    alsoSeen: [],
    source,
    partyState: null,
    collateral: false,
    message: null,
    text: null,
    log: null,
  };
}

/** Adds `task` (alias, else id) and, for set-up causes, the AppImage the spec names. */
function withTask(
  params: Record<string, string>,
  task: TaskView | null,
  family: KusciaJobFailureFamily,
): Record<string, string> {
  if (task === null) return params;
  const name = task.alias ?? task.taskId;
  if (name !== null && params.task === undefined) params.task = name;
  if (
    task.appImage !== null &&
    params.appImage === undefined &&
    (family === 'imagePull' || family === 'configError')
  ) {
    params.appImage = task.appImage;
  }
  return params;
}

function warning(
  kind: KusciaJobWarning['kind'],
  task: TaskView,
  domainId: string | null,
  family: KusciaJobFailureFamily,
): KusciaJobWarning {
  return Object.freeze({ kind, taskId: task.taskId, alias: task.alias, domainId, family });
}

/** Causes before consequences, then by precedence, then in task order, then by Domain (parties come in random order). */
function compareDrafts(a: Draft, b: Draft): number {
  if (a.collateral !== b.collateral) return a.collateral ? 1 : -1;
  const rank = familyRank(a.family) - familyRank(b.family);
  if (rank !== 0) return rank;
  // A party's pod waiting for its peers is the symptom of the task's scheduling expiry, which says more.
  const waiting = Number(a.variant === 'waiting') - Number(b.variant === 'waiting');
  if (waiting !== 0) return waiting;
  if (a.taskIndex !== b.taskIndex) return a.taskIndex - b.taskIndex;
  if (a.domainId !== b.domainId) {
    if (a.domainId === null) return 1;
    if (b.domainId === null) return -1;
    return a.domainId < b.domainId ? -1 : 1;
  }
  // Total, so that a body listing one Domain twice still gives one order.
  return compareText(a.variant, b.variant) || compareText(a.text, b.text);
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const noFamilies: readonly KusciaJobFailureFamily[] = /* @__PURE__ */ Object.freeze([]);

function freezeDraft(draft: Draft): KusciaJobFailure {
  return Object.freeze({
    taskId: draft.taskId,
    alias: draft.alias,
    domainId: draft.domainId,
    family: draft.family,
    variant: draft.variant,
    key: draft.variant === null ? draft.family : `${draft.family}.${draft.variant}`,
    params: Object.freeze(draft.params),
    alsoSeen: draft.alsoSeen.length === 0 ? noFamilies : Object.freeze(draft.alsoSeen),
    source: draft.source,
    partyState: draft.partyState,
    collateral: draft.collateral,
    message: draft.message,
    text: draft.text,
    log: draft.log,
  });
}
