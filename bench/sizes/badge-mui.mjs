// Size entry: MUI ThemeProvider + one Tooltip around a Chip.
import { createElement as h } from 'react';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { ThemeProvider, createTheme } from '@mui/material/styles';

const theme = createTheme();

export const App = (/** @type {{ code: number, title: string }} */ { code, title }) =>
  h(
    ThemeProvider,
    { theme },
    h(Tooltip, { title }, h(Chip, { size: 'small', color: 'error', label: code })),
  );
