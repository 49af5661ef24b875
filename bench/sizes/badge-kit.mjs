// Size entry: KusciaErrorProvider + one ErrorCodeBadge (Radix included), with the kit's stylesheet.
import { createElement as h } from 'react';
import { ErrorCodeBadge, KusciaErrorProvider } from 'kuscia-error-kit';
import 'kuscia-error-kit/styles.css';

export const App = (/** @type {{ code: number }} */ { code }) =>
  h(KusciaErrorProvider, { locale: 'en-US' }, h(ErrorCodeBadge, { code }));
