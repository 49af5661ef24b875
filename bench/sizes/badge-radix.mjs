// Size entry: a bare Radix tooltip (Provider, Root, Trigger, Portal, Content), one badge.
import { createElement as h } from 'react';
import * as Tooltip from '@radix-ui/react-tooltip';

export const App = (
  /** @type {{ code: number, title: string, resolution: string }} */ { code, title, resolution },
) =>
  h(
    Tooltip.Provider,
    null,
    h(
      Tooltip.Root,
      null,
      h(Tooltip.Trigger, { asChild: true }, h('button', { type: 'button' }, code)),
      h(
        Tooltip.Portal,
        null,
        h(Tooltip.Content, { side: 'top' }, h('strong', null, title), h('span', null, resolution)),
      ),
    ),
  );
