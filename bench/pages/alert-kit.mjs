// KusciaErrorAlert with the kit's stylesheet, under KusciaErrorProvider as an app would: parses the envelope and
// localizes it while rendering.
import { createElement as h } from 'react';
import { KusciaErrorAlert, KusciaErrorProvider } from 'kuscia-error-kit';
import 'kuscia-error-kit/styles.css';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  h(
    KusciaErrorProvider,
    { locale: 'en-US' },
    items.map((item) => h(KusciaErrorAlert, { key: item.key, error: item.envelope })),
  ),
);
