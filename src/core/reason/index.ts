/*
 * The reason recognizer: KusciaAPI's `status.message` → a structured reason (family and parameters),
 * the retry and severity facts it implies, and its localized text.
 */
export { readKusciaReason } from './read';
export { unquoteKusciaMessage, MAX_REASON_SCAN } from './text';
export {
  reasonPolicy,
  FINAL_REASON_FAMILIES,
  RETRYABLE_REASON_FAMILIES,
  WARNING_REASON_FAMILIES,
  type KusciaReasonPolicy,
} from './policy';
export {
  describeKusciaReason,
  describeKusciaFieldIssues,
  type KusciaFieldIssuesOptions,
  type KusciaFieldNameMap,
} from './describe';
export {
  KUSCIA_REASON_TEXT_KEYS,
  KUSCIA_FIELD_ISSUE_KEYS,
  KUSCIA_JOB_PHASES,
  type KusciaReasonTexts,
  type KusciaReasonTextKey,
  type KusciaFieldIssueKey,
  type KusciaJobPhaseKey,
  type KusciaReasonTextOverrides,
} from './texts';
export type {
  KusciaErrorReason,
  KusciaFieldIssue,
  KusciaReasonFamily,
  KusciaReasonParam,
} from './types';
