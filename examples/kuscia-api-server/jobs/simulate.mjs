// @ts-check
/**
 * Where a job stands at a given moment. Nothing runs: the job's history is replayed from its creation time,
 * its timings and the commands it received (stop, cancel, suspend, restart, approve), so any moment can be
 * asked about, and a test can move a hand-driven clock instead of waiting.
 *
 * The replay follows Kuscia's controllers (secretflow/kuscia `pkg/controllers/kusciajob/handler/*.go` and
 * `kusciatask/handler/running_handler.go`), simplified where a console cannot tell the difference:
 *
 * - A job that needs approval (a party in a `partner` domain, or a `fail-reject` task) waits in
 *   `AwaitingApproval` for `pendingMs`; then every party that has not decided decides (partners accept, as a
 *   partner node without workload approval does; the `fail-reject` party rejects).
 * - `Pending` lasts `pendingMs`, then the job is `Running` and its tasks run one after the other in spec
 *   order (as a chain of dependencies would), each for `runningMs / number of tasks`.
 * - A task that fails fails the job, and the tasks after it are never created.
 * - Every party is processed by its own side at once: a stop sets every party's stage, not only the caller's.
 */
import {
  APP_CRASH_LOG_TAIL,
  DATA_ERROR_LOG_TAIL,
  JOB_WAS_STOPPED,
  OOM_LOG_TAIL,
  backOffPullingImage,
  belowThreshold,
  executedCommand,
  partyKey,
  partyMessage,
  restartedBy,
  terminated,
  waiting,
} from './texts.mjs';
import { scriptOf } from './scripts.mjs';

/**
 * @typedef {object} JobTimings how long a job stays in each state before moving on
 * @property {number} pendingMs
 * @property {number} runningMs
 *
 * @typedef {'Pending' | 'AwaitingApproval' | 'Running' | 'Succeeded' | 'Failed' | 'ApprovalReject' | 'Cancelled' | 'Suspended'} Phase
 * @typedef {'JobAccepted' | 'JobRejected'} Decision
 * @typedef {'stop' | 'cancel' | 'suspend' | 'restart'} Command
 *
 * @typedef {{ at: number, kind: Command, by: string }
 *   | { at: number, kind: 'approve', domains: string[], decision: Decision }} JobEvent
 *
 * @typedef {object} PartyRun a party of a created task, as KusciaAPI lists it (one entry per domain)
 * @property {string} domain_id
 * @property {string} state
 * @property {string} err_msg
 *
 * @typedef {object} TaskRun a created KusciaTask
 * @property {string} state `Running`, `Succeeded` or `Failed`
 * @property {string} message
 * @property {number} createdAt
 * @property {number} [endedAt]
 * @property {number} [progress] frozen once the task has ended
 * @property {PartyRun[]} parties
 *
 * @typedef {object} JobSnapshot
 * @property {Phase} phase the KusciaJob's phase, which is also the API's `state`
 * @property {string} message the KusciaJob's `status.message`, before KusciaAPI aggregates anything
 * @property {number} createdAt
 * @property {number} startedAt
 * @property {number} [endedAt]
 * @property {ReadonlyArray<[string, string]>} stages by domain
 * @property {ReadonlyArray<[string, Decision]>} approvals by domain
 * @property {ReadonlyMap<string, TaskRun>} tasks by task id; a task never created is absent
 * @property {(task: TaskRun) => number} progressOf
 */

/** @typedef {import('../store.mjs').JobRecord} JobRecord */
/** @typedef {import('../store.mjs').TaskConfig} TaskConfig */

/** Phases in which a stop command is carried out (the Failed handler ignores it: the job already ended). */
const STOPPABLE = new Set(['Pending', 'AwaitingApproval', 'Running', 'Suspended']);
/** Phases no handler reconciles any more: commands are ignored. */
const SETTLED = new Set(['Succeeded', 'Cancelled', 'ApprovalReject']);

/**
 * The distinct domains of a job's parties, in spec order.
 * @param {JobRecord} job
 */
export const partyDomains = (job) => [
  ...new Set(job.tasks.flatMap((task) => task.parties.map((party) => party.domain_id))),
];

/**
 * The domain that rejects a `fail-reject` job: the last party of the first such task that is not the
 * initiator.
 * @param {JobRecord} job
 */
function rejecterOf(job) {
  const task = job.tasks.find((candidate) => scriptOf(candidate.app_image).outcome === 'reject');
  return task?.parties
    .slice()
    .reverse()
    .find((party) => party.domain_id !== job.initiator)?.domain_id;
}

/**
 * Whether KusciaAPI aggregates party messages into the job's `err_msg` (v1.0.0b0 and later): not when a task
 * asks for the older behaviour with `-pre-v1`.
 * @param {JobRecord} job
 */
export const aggregatesErrors = (job) => !job.tasks.some((task) => scriptOf(task.app_image).preV1);

class Replay {
  /**
   * @param {JobRecord} job
   * @param {JobTimings} timings
   */
  constructor(job, { pendingMs, runningMs }) {
    this.job = job;
    this.pendingMs = pendingMs;
    this.slotMs = runningMs / Math.max(job.tasks.length, 1);
    this.domains = partyDomains(job);
    this.rejecter = rejecterOf(job);
    /** Parties whose decision comes from elsewhere: partners, and the scripted rejecter. */
    this.undecided = new Set(
      this.domains.filter(
        (domain) =>
          domain !== job.initiator &&
          (job.partnerDomains.includes(domain) || domain === this.rejecter),
      ),
    );
    /** @type {Phase} */
    this.phase = this.undecided.size > 0 ? 'AwaitingApproval' : 'Pending';
    this.since = job.createdAt;
    this.message = '';
    /** @type {number | undefined} */
    this.endedAt = undefined;
    /** @type {Map<string, string>} */
    this.stages = new Map(this.domains.map((domain) => [domain, 'JobCreateStageSucceeded']));
    /** @type {Map<string, Decision>} */
    this.approvals = new Map(
      this.domains
        .filter((domain) => !this.undecided.has(domain))
        .map((domain) => [domain, /** @type {Decision} */ ('JobAccepted')]),
    );
    /** @type {Map<string, TaskRun>} */
    this.tasks = new Map();
    /** @type {TaskConfig | undefined} */
    this.current = undefined;
  }

  /**
   * How far a running task has got: tenths, never 1 before it ends. A task stuck on an image never moves.
   * @param {TaskRun} run
   * @param {number} at
   */
  progressAt(run, at) {
    if (run.progress !== undefined) return run.progress;
    const task = this.job.tasks.find((candidate) => this.tasks.get(candidate.task_id) === run);
    if (!task || scriptOf(task.app_image).outcome === 'imagePull' || !(this.slotMs > 0)) return 0;
    return Math.min(9, Math.max(0, Math.floor(((at - run.createdAt) / this.slotMs) * 10))) / 10;
  }

  /** When the next transition that needs no command happens. */
  nextTransition() {
    if (this.phase === 'AwaitingApproval' || this.phase === 'Pending') {
      return this.since + this.pendingMs;
    }
    if (this.phase === 'Running' && this.current) {
      if (scriptOf(this.current.app_image).outcome === 'imagePull') return Infinity;
      const run = this.tasks.get(this.current.task_id);
      return run ? run.createdAt + this.slotMs : Infinity;
    }
    return Infinity;
  }

  /** @param {number} at */
  transition(at) {
    if (this.phase === 'AwaitingApproval') {
      for (const domain of this.undecided) {
        if (!this.approvals.has(domain)) {
          this.approvals.set(domain, domain === this.rejecter ? 'JobRejected' : 'JobAccepted');
        }
      }
      this.settleApproval(at);
    } else if (this.phase === 'Pending') {
      this.phase = 'Running';
      this.since = at;
      this.startNextTask(at);
    } else if (this.current) {
      this.finish(this.current, at);
    }
  }

  /**
   * Kuscia's approval handler: one rejection rejects the job; acceptance by every party but the initiator
   * lets it go on.
   * @param {number} at
   */
  settleApproval(at) {
    if (this.phase !== 'AwaitingApproval') return;
    const others = this.domains.filter((domain) => domain !== this.job.initiator);
    if (others.some((domain) => this.approvals.get(domain) === 'JobRejected')) {
      this.phase = 'ApprovalReject';
      this.endedAt = at;
    } else if (others.every((domain) => this.approvals.get(domain) === 'JobAccepted')) {
      this.phase = 'Pending';
      this.since = at;
    }
  }

  /** @param {number} at */
  startNextTask(at) {
    this.current = this.job.tasks.find(
      (task) => this.tasks.get(task.task_id)?.state !== 'Succeeded',
    );
    if (!this.current) {
      this.phase = 'Succeeded';
      this.endedAt = at;
      return;
    }
    const { outcome } = scriptOf(this.current.app_image);
    const domains = [...new Set(this.current.parties.map((party) => party.domain_id))];
    // In P2P a node sees only its own party's pods; the partner that fails is not listed at all.
    const visible = outcome === 'partner' ? domains.slice(0, 1) : domains;
    const stuck = outcome === 'imagePull' ? domains.at(-1) : undefined;
    this.tasks.set(this.current.task_id, {
      state: 'Running',
      message: '',
      createdAt: at,
      parties: visible.map((domain) =>
        domain === stuck
          ? {
              domain_id: domain,
              // ImagePullBackOff never fails a party (Kuscia compares against `ErrImagePullBackOff`).
              state: 'Pending',
              err_msg: partyMessage({
                podMessage: waiting(
                  'ImagePullBackOff',
                  backOffPullingImage(/** @type {TaskConfig} */ (this.current).app_image),
                ),
              }),
            }
          : { domain_id: domain, state: 'Running', err_msg: '' },
      ),
    });
  }

  /**
   * A task's scripted end.
   * @param {TaskConfig} task
   * @param {number} at
   */
  finish(task, at) {
    const run = /** @type {TaskRun} */ (this.tasks.get(task.task_id));
    const { outcome } = scriptOf(task.app_image);
    run.endedAt = at;
    if (outcome === 'succeed' || outcome === 'reject') {
      run.state = 'Succeeded';
      run.progress = 1;
      for (const party of run.parties) party.state = 'Succeeded';
      this.startNextTask(at);
      return;
    }
    run.progress = this.progressAt(run, at);
    const keys = task.parties.map(partyKey);
    // Which parties fail, and what their pods say about it.
    /** @type {string[]} */
    let failedKeys;
    /** @type {string} */
    let failedDomain = '';
    let log = '';
    if (outcome === 'crash') {
      failedKeys = keys;
      log = terminated('Error', APP_CRASH_LOG_TAIL);
    } else if (outcome === 'partner') {
      failedKeys = keys.slice(-1);
    } else {
      failedKeys = keys.slice(0, 1);
      failedDomain = task.parties[0]?.domain_id ?? '';
      log =
        outcome === 'oom'
          ? terminated('OOMKilled', OOM_LOG_TAIL)
          : terminated('Error', DATA_ERROR_LOG_TAIL);
    }
    run.state = 'Failed';
    run.message = belowThreshold({
      remaining: keys.length - failedKeys.length,
      threshold: keys.length,
      pending: [],
      running: keys.filter((key) => !failedKeys.includes(key)),
      successful: [],
      failed: failedKeys,
    });
    for (const party of run.parties) {
      // The failed handler marks every party Failed; the ones that did not fail themselves say nothing.
      party.state = 'Failed';
      if (outcome === 'crash' || party.domain_id === failedDomain) {
        party.err_msg = partyMessage({ terminationLog: log });
      }
    }
    this.current = undefined;
    this.phase = 'Failed';
    this.endedAt = at;
  }

  /**
   * `stopTasks`: every task still running ends Failed with `Job was stopped`, its parties Failed.
   * @param {number} at
   */
  stopTasks(at) {
    for (const run of this.tasks.values()) {
      if (run.state !== 'Running') continue;
      run.progress = this.progressAt(run, at);
      run.state = 'Failed';
      run.message = JOB_WAS_STOPPED;
      run.endedAt = at;
      for (const party of run.parties) party.state = 'Failed';
    }
    this.current = undefined;
  }

  /** @param {string} stage */
  setStages(stage) {
    for (const domain of this.domains) this.stages.set(domain, stage);
  }

  /** @param {JobEvent} event */
  apply(event) {
    const { at } = event;
    if (event.kind === 'approve') {
      for (const domain of event.domains) this.approvals.set(domain, event.decision);
      this.settleApproval(at);
    } else if (event.kind === 'stop') {
      if (!STOPPABLE.has(this.phase)) return;
      this.stopTasks(at);
      this.setStages('JobStopStageSucceeded');
      this.phase = 'Failed';
      this.message = executedCommand(event.by, 'Stop');
      this.endedAt ??= at;
    } else if (event.kind === 'cancel') {
      if (SETTLED.has(this.phase)) return;
      this.stopTasks(at);
      this.setStages('JobCancelStageSucceeded');
      this.phase = 'Cancelled';
      this.message = executedCommand(event.by, 'Cancel');
      this.endedAt ??= at;
    } else if (event.kind === 'suspend') {
      if (this.phase !== 'Running') return;
      this.stopTasks(at);
      this.setStages('JobSuspendStageSucceeded');
      this.phase = 'Suspended';
      this.message = '';
    } else if (this.phase === 'Failed' || this.phase === 'Suspended') {
      // Restart: the tasks that did not succeed are deleted and run again; the message stays after the rerun.
      for (const [taskId, run] of this.tasks) {
        if (run.state !== 'Succeeded') this.tasks.delete(taskId);
      }
      this.setStages('JobRestartStageSucceeded');
      this.phase = 'Running';
      this.since = at;
      this.message = restartedBy(event.by);
      this.endedAt = undefined;
      this.startNextTask(at);
    }
  }
}

/**
 * The job at `now`.
 * @param {JobRecord} job
 * @param {number} now
 * @param {JobTimings} timings
 * @returns {JobSnapshot}
 */
export function simulate(job, now, timings) {
  const replay = new Replay(job, timings);
  const events = job.events.filter((event) => event.at <= now);
  let next = 0;
  for (;;) {
    const transitionAt = replay.nextTransition();
    const event = events[next];
    const eventAt = event?.at ?? Infinity;
    if (Math.min(transitionAt, eventAt) > now) break;
    if (transitionAt <= eventAt) {
      replay.transition(transitionAt);
    } else if (event) {
      replay.apply(event);
      next += 1;
    }
  }
  return {
    phase: replay.phase,
    message: replay.message,
    createdAt: job.createdAt,
    // Kuscia sets the job's start time on its first reconcile, right after creation.
    startedAt: job.createdAt,
    ...(replay.endedAt === undefined ? {} : { endedAt: replay.endedAt }),
    stages: [...replay.stages],
    approvals: [...replay.approvals],
    tasks: replay.tasks,
    progressOf: (run) => replay.progressAt(run, now),
  };
}
