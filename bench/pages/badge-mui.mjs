// MUI 7 `Tooltip` around a small `Chip`.
import { createElement as h } from 'react';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) =>
    h(
      Tooltip,
      { key: item.key, title: item.title },
      h(Chip, { size: 'small', color: 'error', label: item.code }),
    ),
  ),
);
