// Ant Design 5 `Tooltip` around a `Tag`, under its `ConfigProvider`.
import { createElement as h } from 'react';
import { ConfigProvider, Tag, Tooltip } from 'antd';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  h(
    ConfigProvider,
    null,
    items.map((item) =>
      h(Tooltip, { key: item.key, title: item.title }, h(Tag, { color: 'error' }, item.code)),
    ),
  ),
);
