// One polite live region per document, shared by every alert: a list of a thousand alerts would otherwise
// carry a thousand empty regions for a "Copied" that is said once in a while.
const regions = /* @__PURE__ */ new WeakMap<Document, HTMLElement>();
const timers = /* @__PURE__ */ new WeakMap<Document, ReturnType<typeof setTimeout>>();

// Hiding is behaviour, not style: it must hold without the kit's stylesheet.
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';

function regionOf(doc: Document): HTMLElement {
  const existing = regions.get(doc);
  if (existing?.isConnected) return existing;
  const region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('data-kek-announcer', '');
  region.style.cssText = HIDDEN;
  doc.body.append(region);
  regions.set(doc, region);
  return region;
}

/**
 * Says `text` politely to screen readers through the document's shared live region, then clears it. The
 * region is emptied first and filled on the next tick, so the same words said twice are announced twice.
 */
export function announce(doc: Document, text: string): void {
  const region = regionOf(doc);
  region.textContent = '';
  clearTimeout(timers.get(doc));
  const view = doc.defaultView ?? globalThis;
  timers.set(
    doc,
    view.setTimeout(() => {
      region.textContent = text;
      timers.set(
        doc,
        view.setTimeout(() => {
          region.textContent = '';
        }, 5000),
      );
    }, 50),
  );
}
