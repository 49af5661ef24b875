// Baseline: the code in a span with a native `title` tooltip (not keyboard-accessible).
import { createElement as h } from 'react';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) => h('span', { key: item.key, title: item.title }, item.code)),
);
