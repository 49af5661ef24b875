// Size entry: the `<span title>` baseline, one badge.
import { createElement as h } from 'react';

export const App = (/** @type {{ code: number, title: string }} */ { code, title }) =>
  h('span', { title }, code);
