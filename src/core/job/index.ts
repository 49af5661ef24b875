/**
 * Why a Kuscia Job failed: `explainKusciaJob` reads what KusciaAPI (or SecretPad) reports about a job into
 * causes, and `describeKusciaJob` puts them into one locale's words. Pure; no text of its own.
 */
export { describeKusciaJob } from './describe';
export type { KusciaJobDescription, KusciaJobFailureDescription } from './describe';
export { explainKusciaJob, explainKusciaJobs } from './explain';
export { KUSCIA_JOB_FAMILY_PRECEDENCE } from './precedence';
export { KUSCIA_JOB_TEXT_KEYS } from './texts';
export type {
  KusciaJobFallbackParam,
  KusciaJobLabels,
  KusciaJobTextKey,
  KusciaJobTextOverrides,
  KusciaJobTexts,
} from './texts';
export type {
  KusciaJobExplainOptions,
  KusciaJobExplanation,
  KusciaJobFailure,
  KusciaJobFailureFamily,
  KusciaJobFailureSource,
  KusciaJobRestartVerdict,
  KusciaJobWarning,
  KusciaJobWarningKind,
} from './types';
