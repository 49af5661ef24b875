// ErrorCodeBadge with the kit's stylesheet (Radix mounts only on first hover, focus or tap).
import { createElement as h } from 'react';
import { ErrorCodeBadge } from 'kuscia-error-kit';
import 'kuscia-error-kit/styles.css';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) => h(ErrorCodeBadge, { key: item.key, code: item.code })),
);
