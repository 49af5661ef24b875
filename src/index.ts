/**
 * kuscia-error-kit: turns KusciaAPI failures into clear, localized, actionable UI.
 * `.` is everything; `./core` is the same without React; `./locales/<tag>` is one locale's text (loading
 * it makes the tag work everywhere); `./secretpad` is SecretPad's catalogue of codes.
 */
export * from './entries/core';
export {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  KusciaJobAlert,
  useKusciaError,
} from './react/index';
export type {
  ErrorCodeBadgeProps,
  KusciaAlertBinding,
  KusciaErrorAlertProps,
  KusciaErrorProviderProps,
  KusciaJobAlertProps,
  KusciaLocaleProp,
  KusciaRunResult,
  KusciaTask,
  UseKusciaErrorOptions,
  UseKusciaErrorResult,
} from './react/index';
