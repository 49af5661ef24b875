// MUI 7 `Alert` + `AlertTitle` (Emotion), fed the texts the kit would show.
import { createElement as h } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  items.map((item) =>
    h(
      Alert,
      { key: item.key, severity: 'error' },
      h(AlertTitle, null, item.title),
      item.resolution,
    ),
  ),
);
