// MUI 7 `Alert` + `AlertTitle` (Emotion) under a `ThemeProvider`, fed the texts the kit would show.
import { createElement as h } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { installHarness } from './harness.mjs';

const theme = createTheme();

installHarness((items) =>
  h(
    ThemeProvider,
    { theme },
    items.map((item) =>
      h(
        Alert,
        { key: item.key, severity: 'error' },
        h(AlertTitle, null, item.title),
        item.resolution,
      ),
    ),
  ),
);
