// Size entry: MantineProvider + one Alert, with the global styles and the Alert's own CSS (the files the
// benchmark page loads). The icon is the app's own, so it is left out here.
import { createElement as h } from 'react';
import { Alert, MantineProvider } from '@mantine/core';
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/Alert.layer.css';

export const App = (/** @type {{ title: string, resolution: string }} */ { title, resolution }) =>
  h(MantineProvider, null, h(Alert, { color: 'red', title }, resolution));
