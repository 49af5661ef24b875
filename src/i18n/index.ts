export { describeKusciaError, formatKusciaErrorReport } from './describe';
export type { KusciaErrorReportOptions } from './describe';
export { getKusciaLocaleMessages } from './resolve';
export type { KusciaLocaleInput } from './resolve';
