// MUI 7 `Tooltip` around a small `Chip`, under a `ThemeProvider`.
import { createElement as h } from 'react';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { installHarness } from './harness.mjs';

const theme = createTheme();

installHarness((items) =>
  h(
    ThemeProvider,
    { theme },
    items.map((item) =>
      h(
        Tooltip,
        { key: item.key, title: item.title },
        h(Chip, { size: 'small', color: 'error', label: item.code }),
      ),
    ),
  ),
);
