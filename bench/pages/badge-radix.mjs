// A bare Radix tooltip per badge (Root + Trigger + Portal + Content) under one Provider with hover delay 0,
// mounted eagerly.
import { createElement as h } from 'react';
import * as Tooltip from '@radix-ui/react-tooltip';
import { installHarness } from './harness.mjs';

installHarness((items) =>
  h(
    Tooltip.Provider,
    { delayDuration: 0 },
    items.map((item) =>
      h(
        Tooltip.Root,
        { key: item.key },
        h(Tooltip.Trigger, { asChild: true }, h('button', { type: 'button' }, item.code)),
        h(
          Tooltip.Portal,
          null,
          h(
            Tooltip.Content,
            { side: 'top', sideOffset: 6 },
            h('strong', null, item.title),
            h('span', null, item.resolution),
          ),
        ),
      ),
    ),
  ),
);
