// KusciaErrorAlert with the kit's stylesheet: parses the envelope and localizes it while rendering.
import { createElement as h } from 'react';
import { KusciaErrorAlert } from 'kuscia-error-kit';
import 'kuscia-error-kit/styles.css';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) => h(KusciaErrorAlert, { key: item.key, error: item.envelope })),
);
