// Ant Design 5 `Alert` (CSS-in-JS) under its `ConfigProvider`, fed the texts the kit would show.
import { createElement as h } from 'react';
import { Alert, ConfigProvider } from 'antd';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  h(
    ConfigProvider,
    null,
    items.map((item) =>
      h(Alert, {
        key: item.key,
        type: 'error',
        showIcon: true,
        message: item.title,
        description: item.resolution,
      }),
    ),
  ),
);
