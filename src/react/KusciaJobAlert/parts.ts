import { defineParts } from '../parts';

/**
 * The job alert's anatomy. It shares the error alert's block (`kek-alert__*`), so both read alike and one
 * stylesheet serves both; the parts of its own are the list of failing parties and the log.
 */
export const jobAlertParts = /* @__PURE__ */ defineParts('alert', {
  title: '',
  resolution: '',
  failures: '',
  failure: '',
  log: '',
  'log-toggle': '',
  'log-text': '',
  actions: '',
  restart: 'kek-button kek-button--primary',
  stop: 'kek-button',
  'copy-log': 'kek-button',
  dismiss: 'kek-button',
});

export type JobAlertParts = ReturnType<typeof jobAlertParts>;
