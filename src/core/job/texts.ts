import type { KusciaErrorText } from '../types';
import type {
  KusciaJobFailureFamily,
  KusciaJobRestartVerdict,
  KusciaJobWarningKind,
} from './types';

/**
 * Every text key a locale provides: a family, or `family.variant` where the wording differs, or
 * `family.partyUnknown`, used instead of the family's text for a failure that names no Domain. A variant's
 * text may use the family's own parameters (`{image}`, `{timeoutSeconds}` …); the family's base text uses
 * only `{domain}`, `{party}`, `{by}`, `{src}`, `{dst}` (which have fallback words) and `{task}`, and is
 * used when a variant's parameter is missing.
 */
export const KUSCIA_JOB_TEXT_KEYS = [
  'imagePull',
  'imagePull.failed',
  'imagePull.stuck',
  'imagePull.content',
  'outOfMemory',
  'outOfMemory.partyUnknown',
  'insufficientResources',
  'insufficientResources.cpu',
  'insufficientResources.memory',
  'insufficientResources.disk',
  'insufficientResources.pid',
  'insufficientResources.other',
  'insufficientResources.cpuMemory',
  'insufficientResources.nodeStatus',
  'insufficientResources.quota',
  'configError',
  'configError.appImage',
  'configError.template',
  'configError.ports',
  'configError.duplicateTask',
  'configError.admission',
  'configError.container',
  'partnerUnreachable',
  'partnerUnreachable.route',
  'partnerUnreachable.log',
  'partnerUnreachable.partner',
  'dataError',
  'dataError.detail',
  'dataError.duplicateKeys',
  'appCrash',
  'appCrash.detail',
  'appCrash.backOff',
  'platformError',
  'platformError.retries',
  'platformError.podMissing',
  'platformError.restart',
  'platformError.runtime',
  'platformError.localService',
  'scheduleTimeout',
  'scheduleTimeout.lifecycle',
  'scheduleTimeout.waiting',
  'scheduleTimeout.group',
  'partyThreshold',
  'partyThreshold.task',
  'approvalRejected',
  'userAction',
  'userAction.stop',
  'userAction.stopWithCause',
  'userAction.cancel',
  'userAction.suspend',
  'userAction.suspendWithCause',
  'userAction.stopped',
  'jobInvalid',
  'jobInvalid.detail',
  'unknown',
  'unknown.unrecognized',
  'unknown.restarted',
] as const;

export type KusciaJobTextKey = (typeof KUSCIA_JOB_TEXT_KEYS)[number];

/** Parameters that get a fallback word when a text needs them and the failure has none. */
export type KusciaJobFallbackParam = 'domain' | 'party' | 'by' | 'src' | 'dst';

/** Words a job-failure component shows around the causes. */
export interface KusciaJobLabels {
  /** Heading of the list of failing parties and tasks. */
  readonly failingParties: string;
  readonly task: string;
  readonly party: string;
  /** Column / label for a failure's family name. */
  readonly cause: string;
  readonly message: string;
  readonly logTail: string;
  readonly restart: string;
  /** The action that ends a stuck job. */
  readonly stop: string;
  /** Before the other families seen: "also seen". */
  readonly alsoSeen: string;
  readonly copyLog: string;
  readonly copied: string;
  readonly showLog: string;
  readonly hideLog: string;
  /** Shown for a failure that concerns the whole job (no task). */
  readonly wholeJob: string;
  /** Shown when a failure's party is not known. */
  readonly unknownParty: string;
  /** Badge of a job that will not finish by itself. */
  readonly stuck: string;
  readonly warnings: string;
  /**
   * One line of the list of failing parties: `{task}`, `{party}`, `{cause}` (the family's short name, or the
   * consequence mark) and, in `failureWithMessage`, `{message}`.
   */
  readonly failure: string;
  readonly failureWithMessage: string;
  /** Marks a failure that is a consequence of the job ending (`Job was stopped`). */
  readonly consequence: string;
}

/**
 * One locale's text for failed jobs. Plain data (no functions), so an app can override any entry; `{name}`
 * placeholders are filled with the failure's parameters by `describeKusciaJob`.
 */
export interface KusciaJobTexts {
  readonly families: Readonly<Record<KusciaJobTextKey, KusciaErrorText>>;
  /** Short name of each family, for lists and "also seen". */
  readonly familyNames: Readonly<Record<KusciaJobFailureFamily, string>>;
  readonly restart: Readonly<Record<KusciaJobRestartVerdict, string>>;
  /** Placeholders `{task}`, `{domain}`, `{family}` (the family's short name). */
  readonly warnings: Readonly<Record<KusciaJobWarningKind, string>>;
  readonly fallbacks: Readonly<Record<KusciaJobFallbackParam, string>>;
  readonly labels: KusciaJobLabels;
}

/** Per text key (including keys a locale lacks), the fields that replace the locale's. */
export type KusciaJobTextOverrides = Readonly<Record<string, Partial<KusciaErrorText> | undefined>>;
