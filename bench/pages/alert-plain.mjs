// Baseline: the least markup an accessible error can have.
import { createElement as h } from 'react';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) =>
    h(
      'div',
      { key: item.key, role: 'alert' },
      h('strong', null, item.title),
      h('p', null, item.resolution),
    ),
  ),
);
