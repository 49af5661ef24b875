/**
 * kuscia-error-kit: turns KusciaAPI failures into clear, localized, actionable UI.
 * `.` is everything; `./core` is the same core without React; `./locales/<tag>` is one locale's text.
 */
export * from './core/index';
export {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  useKusciaError,
  useKusciaMessages,
} from './react/index';
export type {
  ErrorCodeBadgeProps,
  KusciaErrorAlertProps,
  KusciaErrorProviderProps,
  KusciaLocaleProp,
  KusciaMessagesApi,
  KusciaTask,
  UseKusciaErrorOptions,
  UseKusciaErrorResult,
} from './react/index';
export { enUS } from './locales/en-US';
export { zhCN } from './locales/zh-CN';
