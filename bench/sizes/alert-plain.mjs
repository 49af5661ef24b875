// Size entry: the plain-markup baseline, one alert.
import { createElement as h } from 'react';

export const App = (/** @type {{ title: string, resolution: string }} */ { title, resolution }) =>
  h('div', { role: 'alert' }, h('strong', null, title), h('p', null, resolution));
