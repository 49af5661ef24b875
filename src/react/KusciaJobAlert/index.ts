export { KusciaJobAlert } from './KusciaJobAlert';
export type { KusciaJobAlertProps } from './KusciaJobAlert';
