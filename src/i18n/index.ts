export { describeKusciaError, formatKusciaErrorReport } from './describe';
export type { KusciaErrorReportOptions } from './describe';
export { getKusciaLocaleMessages } from './resolve';
export type { KusciaLocaleInput } from './resolve';
export { getKusciaFieldErrors } from './field-errors';
export type { KusciaFieldErrorsOptions } from './field-errors';
export { describeKusciaJob, getKusciaJobTexts } from './jobs';
