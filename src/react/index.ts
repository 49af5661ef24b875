export { KusciaErrorProvider } from './KusciaErrorProvider/KusciaErrorProvider';
export type { KusciaErrorProviderProps } from './KusciaErrorProvider/KusciaErrorProvider';
export { useKusciaError } from './useKusciaError/useKusciaError';
export type {
  KusciaAlertBinding,
  KusciaRunResult,
  KusciaTask,
  UseKusciaErrorOptions,
  UseKusciaErrorResult,
} from './useKusciaError/useKusciaError';
export { KusciaErrorAlert } from './KusciaErrorAlert/KusciaErrorAlert';
export type { KusciaErrorAlertProps } from './KusciaErrorAlert/KusciaErrorAlert';
export { ErrorCodeBadge } from './ErrorCodeBadge/ErrorCodeBadge';
export type { ErrorCodeBadgeProps } from './ErrorCodeBadge/ErrorCodeBadge';
export type { KusciaLocaleProp } from './useLocaleText';
export { KusciaJobAlert } from './KusciaJobAlert';
export type { KusciaJobAlertProps } from './KusciaJobAlert';
