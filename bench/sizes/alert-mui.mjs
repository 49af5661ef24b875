// Size entry: MUI ThemeProvider + one Alert with AlertTitle (Emotion: the CSS is in the JS).
import { createElement as h } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { ThemeProvider, createTheme } from '@mui/material/styles';

const theme = createTheme();

export const App = (/** @type {{ title: string, resolution: string }} */ { title, resolution }) =>
  h(
    ThemeProvider,
    { theme },
    h(Alert, { severity: 'error' }, h(AlertTitle, null, title), resolution),
  );
