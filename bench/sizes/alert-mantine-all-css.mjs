// Size entry: MantineProvider + one Alert with all of `@mantine/core/styles.css`, the import Mantine's
// getting-started guide gives.
import { createElement as h } from 'react';
import { Alert, MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';

export const App = (/** @type {{ title: string, resolution: string }} */ { title, resolution }) =>
  h(MantineProvider, null, h(Alert, { color: 'red', title }, resolution));
