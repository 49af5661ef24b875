// KusciaErrorAlert `unstyled` under KusciaErrorProvider: the same markup without the `kek-` classes and without
// the stylesheet.
import { createElement as h } from 'react';
import { KusciaErrorAlert, KusciaErrorProvider } from 'kuscia-error-kit';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  h(
    KusciaErrorProvider,
    { locale: 'en-US' },
    items.map((item) =>
      h(KusciaErrorAlert, { key: item.key, error: item.envelope, unstyled: true }),
    ),
  ),
);
