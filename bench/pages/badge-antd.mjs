// Ant Design 5 `Tooltip` around a `Tag`.
import { createElement as h } from 'react';
import { Tag, Tooltip } from 'antd';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) =>
    h(Tooltip, { key: item.key, title: item.title }, h(Tag, { color: 'error' }, item.code)),
  ),
);
