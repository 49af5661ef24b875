// ErrorCodeBadge with the kit's stylesheet under KusciaErrorProvider (hover delay 0, for the tooltip-open
// measurement). Radix mounts per badge only on its first hover, focus or tap.
import { createElement as h } from 'react';
import { ErrorCodeBadge, KusciaErrorProvider } from 'kuscia-error-kit';
import 'kuscia-error-kit/styles.css';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  h(
    KusciaErrorProvider,
    { locale: 'en-US', delayDuration: 0 },
    items.map((item) => h(ErrorCodeBadge, { key: item.key, code: item.code })),
  ),
);
