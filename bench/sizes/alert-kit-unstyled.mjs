// Size entry: KusciaErrorProvider + one unstyled KusciaErrorAlert, no stylesheet.
import { createElement as h } from 'react';
import { KusciaErrorAlert, KusciaErrorProvider } from 'kuscia-error-kit';

export const App = (/** @type {{ error: unknown }} */ { error }) =>
  h(KusciaErrorProvider, { locale: 'en-US' }, h(KusciaErrorAlert, { error, unstyled: true }));
