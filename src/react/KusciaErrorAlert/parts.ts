import { defineParts } from '../parts';

/** The alert's anatomy, declared once: `data-part` values and `kek-alert__*` classes derive from it. */
export const alertParts = defineParts('alert', {
  icon: '',
  title: '',
  resolution: '',
  details: '',
  'details-toggle': '',
  'details-list': '',
  'details-row': '',
  actions: '',
  badge: 'kek-badge',
  retry: 'kek-button kek-button--primary',
  'sign-in': 'kek-button kek-button--primary',
  copy: 'kek-button',
  docs: 'kek-button kek-button--link',
  dismiss: 'kek-button',
  'copy-status': '',
});

export type AlertParts = ReturnType<typeof alertParts>;
