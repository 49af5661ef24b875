// Size entry: KusciaErrorProvider + one KusciaErrorAlert, with the kit's stylesheet.
import { createElement as h } from 'react';
import { KusciaErrorAlert, KusciaErrorProvider } from 'kuscia-error-kit';
import 'kuscia-error-kit/styles.css';

export const App = (/** @type {{ error: unknown }} */ { error }) =>
  h(KusciaErrorProvider, { locale: 'en-US' }, h(KusciaErrorAlert, { error }));
