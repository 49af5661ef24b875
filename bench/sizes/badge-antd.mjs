// Size entry: antd ConfigProvider + one Tooltip around a Tag.
import { createElement as h } from 'react';
import { ConfigProvider, Tag, Tooltip } from 'antd';

export const App = (/** @type {{ code: number, title: string }} */ { code, title }) =>
  h(ConfigProvider, null, h(Tooltip, { title }, h(Tag, { color: 'error' }, code)));
