import { defineParts } from '../parts';

/** The alert's anatomy, declared once: `data-part` values and `kek-alert__*` classes derive from it. */
export const alertParts = /* @__PURE__ */ defineParts('alert', {
  title: '',
  resolution: '',
  details: '',
  'details-toggle': '',
  'details-list': '',
  'details-row': '',
  badge: 'kek-badge',
  'badge-label': '',
  retry: 'kek-button kek-button--primary',
  'sign-in': 'kek-button kek-button--primary',
  copy: 'kek-button',
  docs: 'kek-button kek-button--link',
  action: '',
  dismiss: 'kek-button',
});

export type AlertParts = ReturnType<typeof alertParts>;
