// Mantine 9 `Alert` under `MantineProvider`, fed the texts the kit would show. Styles as Mantine documents for
// importing one component's CSS: the global styles (baseline, CSS variables, global) and the Alert's own file,
// the `@layer mantine` variants. Mantine ships no icons; an app passes one (here an inline SVG, as
// @tabler/icons-react would render), since antd, MUI and the kit all show a severity icon.
import { createElement as h } from 'react';
import { Alert, MantineProvider } from '@mantine/core';
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/Alert.layer.css';
import { installHarness } from './harness.mjs';

const ErrorIcon = () =>
  h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: 20,
      height: 20,
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 2,
      'aria-hidden': true,
    },
    h('circle', { cx: 12, cy: 12, r: 9 }),
    h('path', { d: 'M12 8v4M12 16h.01' }),
  );

installHarness((items) =>
  h(
    MantineProvider,
    null,
    items.map((item) =>
      h(
        Alert,
        { key: item.key, color: 'red', title: item.title, icon: h(ErrorIcon) },
        item.resolution,
      ),
    ),
  ),
);
