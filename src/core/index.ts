/**
 * The pure core: the code table, parsing, the cause read from a message, retry and severity policy, and
 * the registries. No React and no text: `../entries/core.ts` adds the text, as the `./core` entry.
 */
export { getKusciaErrorDefinition, isKusciaErrorCode, kusciaErrorCodes } from './codes';
export type { KusciaErrorCode } from './codes';
export type {
  KusciaCatalog,
  KusciaCatalogDefinition,
  KusciaCatalogReading,
  KusciaCatalogText,
} from './catalog';
export type { KusciaErrorDescription, KusciaErrorSubject } from './describe';
export { KusciaApiError, isKusciaApiError } from './api-error';
export { explainKusciaJob, explainKusciaJobs } from './job/explain';
export type { KusciaJobDescription, KusciaJobFailureDescription } from './job/describe';
export type { KusciaJobTextOverrides, KusciaJobTexts } from './job/texts';
export type {
  KusciaJobExplainOptions,
  KusciaJobExplanation,
  KusciaJobFailure,
  KusciaJobFailureFamily,
  KusciaJobRestartVerdict,
  KusciaJobWarning,
} from './job/types';
export type { KusciaGrpcCode } from './grpc';
export { resolveKusciaLocale } from './locale';
export { parseKusciaError } from './parse';
export { parseKusciaResponse, readKusciaResponse } from './response';
export { registerKusciaCatalog, registerKusciaLocale } from './registry';
export { readKusciaReason } from './reason/read';
export type { KusciaFieldNameMap } from './reason/describe';
export type { KusciaReasonTextOverrides, KusciaReasonTexts } from './reason/texts';
export type {
  KusciaErrorReason,
  KusciaFieldIssue,
  KusciaReasonFamily,
  KusciaReasonParam,
} from './reason/types';
export type { KusciaReportParts } from './report';
export { shouldRetryKusciaError } from './retry';
export { unwrapKusciaResponse } from './unwrap';
export type {
  KusciaGenericTexts,
  KusciaLocaleMessages,
  KusciaLocaleOverrides,
  KusciaMessageOverrides,
  KusciaUiLabels,
} from './messages';
export type {
  KusciaErrorCategory,
  KusciaErrorDefinition,
  KusciaErrorInfo,
  KusciaErrorSeverity,
  KusciaErrorSource,
  KusciaErrorText,
  KusciaLocale,
  KusciaService,
} from './types';
