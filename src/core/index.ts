/**
 * The framework-free core: the code table, parsing and localization. No React import, so it runs in Node,
 * workers and log pipelines.
 */
export { getKusciaErrorDefinition, isKusciaErrorCode, kusciaErrorCodes } from './codes';
export type { KusciaErrorCode } from './codes';
export { KusciaApiError, isKusciaApiError } from './api-error';
export { describeKusciaError, getKusciaLocaleMessages } from './describe';
export type { KusciaLocaleInput } from './describe';
export { describeWithMessages } from './format';
export type { KusciaErrorSubject } from './format';
export { resolveKusciaLocale } from './locale';
export { parseKusciaError } from './parse';
export { parseKusciaResponse } from './response';
export { formatKusciaErrorReport } from './report';
export type { KusciaErrorReportOptions } from './report';
export { shouldRetryKusciaError } from './retry';
export { unwrapKusciaResponse } from './unwrap';
export type {
  KusciaGenericTexts,
  KusciaGrpcCode,
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
