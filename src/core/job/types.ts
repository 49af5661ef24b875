/**
 * Why a Kuscia Job failed, read from what KusciaAPI reports about it (QueryJob, batch status, watch).
 * A failed job is not an API error: the call succeeds and the cause sits in the job's, tasks' and parties'
 * `state` and `err_msg`. Every parameter is a string as it appears in Kuscia's text (unquoted).
 */

/**
 * The kind of cause. Listed in the order of precedence used to pick the primary cause (a person's decision,
 * then a party that never started, then what a running application reported, then summaries).
 */
export type KusciaJobFailureFamily =
  | 'approvalRejected'
  | 'userAction'
  | 'imagePull'
  | 'outOfMemory'
  | 'insufficientResources'
  | 'configError'
  | 'partnerUnreachable'
  | 'dataError'
  | 'appCrash'
  | 'platformError'
  | 'scheduleTimeout'
  | 'partyThreshold'
  | 'jobInvalid'
  | 'unknown';

/**
 * Whether RestartJob can help: `yes` (as is), `afterFix` (once the cause is fixed), `no` (terminal, or
 * Kuscia ignores the restart: create a new job), `unknown` (depends on what the log says).
 */
export type KusciaJobRestartVerdict = 'yes' | 'afterFix' | 'no' | 'unknown';

/** Where the text of a failure was found. */
export type KusciaJobFailureSource = 'job' | 'task' | 'party' | 'stage' | 'approval' | 'state';

/**
 * One cause: one failing task × party (or the job itself when the cause is job-wide, then `taskId` and
 * `alias` are null).
 */
export interface KusciaJobFailure {
  readonly taskId: string | null;
  readonly alias: string | null;
  /** Always a Domain that the job itself names (initiator, task parties, status lists), else null. */
  readonly domainId: string | null;
  readonly family: KusciaJobFailureFamily;
  /**
   * The wording within the family, or null: `stuck` / `failed`, `content` (imagePull), `appImage`, `template`,
   * `ports`, `duplicateTask`, `admission`, `container` (configError), `cpu`, `memory`, `disk`, `pid`,
   * `other`, `cpuMemory`, `nodeStatus`, `quota` (insufficientResources), `lifecycle`, `waiting`, `group`
   * (scheduleTimeout), `route`, `log`, `partner` (partnerUnreachable), `detail` (dataError, appCrash,
   * jobInvalid), `duplicateKeys` (dataError), `backOff` (appCrash), `retries`, `podMissing`, `restart`, `runtime`, `localService`
   * (platformError), `stop`, `cancel`, `suspend`, `stopped`, and `stopWithCause`, `suspendWithCause` when
   * another failure is listed too (userAction), `task` (partyThreshold), `unrecognized`, `restarted` (unknown).
   */
  readonly variant: string | null;
  /** The most specific text key: `family.variant`, or `family`. */
  readonly key: string;
  /**
   * The family's parameters, all strings, only those the text gave: `domain`, `task`, `container`,
   * `reason`, `image`, `appImage`, `role`, `detail`, `resource`, `nodes`, `timeoutSeconds`, `src`, `dst`,
   * `routeReason`, `route`, `stage`, `party`, `remaining`, `threshold`, `pending`, `running`, `successful`,
   * `failed` (comma-separated party keys), `action`, `by`, `retries`, `quota`.
   */
  readonly params: Readonly<Record<string, string>>;
  /** Other families the same text matched, by precedence. */
  readonly alsoSeen: readonly KusciaJobFailureFamily[];
  readonly source: KusciaJobFailureSource;
  /** The state of the party (or of the task, for a task-level text) as sent, or null. */
  readonly partyState: string | null;
  /** A task stopped because its job ended (`Job was stopped`): a consequence, never the primary cause. */
  readonly collateral: boolean;
  /** The line to show: the last meaningful line of the (unquoted) text. */
  readonly message: string | null;
  /** The whole text as sent (capped at 64 KiB). */
  readonly text: string | null;
  /** The container's own message, unquoted (for a terminated container: the tail of its log), or null. */
  readonly log: string | null;
}

/** A job that has not failed (yet) but shows a sign that it will, or that it is stuck. */
export interface KusciaJobWarning {
  /**
   * `failedTaskInRunningJob`: a task failed while the job keeps running (BestEffort).
   * `partyWaiting`: a Pending or Running party is held by a waiting reason or a scheduler text.
   */
  readonly kind: 'failedTaskInRunningJob' | 'partyWaiting';
  readonly taskId: string | null;
  readonly alias: string | null;
  readonly domainId: string | null;
  readonly family: KusciaJobFailureFamily;
}

export type KusciaJobWarningKind = KusciaJobWarning['kind'];

export interface KusciaJobExplanation {
  readonly jobId: string | null;
  /** The job `state` as sent (`Failed`, `Running` …), or null when the input had none. */
  readonly state: string | null;
  /** The primary cause's family (= `failures[0].family`). */
  readonly family: KusciaJobFailureFamily;
  /** Ordered: the primary cause first, then by precedence, then in task order. Never empty. */
  readonly failures: readonly KusciaJobFailure[];
  /** Families seen besides the primary one, by precedence. */
  readonly alsoSeen: readonly KusciaJobFailureFamily[];
  /** The job is Running or Pending and will not finish by itself (e.g. an image pull back-off). */
  readonly stuck: boolean;
  readonly restart: KusciaJobRestartVerdict;
  readonly warnings: readonly KusciaJobWarning[];
}

export interface KusciaJobExplainOptions {
  /** Explain this job of a batch response or a watch stream, instead of the first failing one. */
  readonly jobId?: string;
}
