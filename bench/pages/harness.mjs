// The in-page side of the benchmark, shared by every candidate page. Each page calls `installHarness` with a
// function that turns a list of items into React elements; Node drives `window.__bench` through Playwright.
//
// The item data (codes, titles, next steps, envelopes) is computed in Node from the built core and embedded in
// the page as `window.__BENCH_DATA__`, so a peer's page bundles React and that peer only.
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** @typedef {{ code: number, message: string, title: string, resolution: string, alertMarkup: string, badgeMarkup: string }} Row */
/** @typedef {Row & { key: number, envelope: { status: { code: number, message: string, details: unknown[] } } }} Item */

/** @returns {Row[]} */
function rows() {
  return /** @type {{ rows: Row[] }} */ (/** @type {unknown} */ (window.__BENCH_DATA__)).rows;
}

/**
 * `n` items; `round` shifts which row each index gets, so every item of round r+1 has a different code (and so a
 * different title and next step) than in round r, while the keys stay the same: React updates instead of
 * remounting. Every call returns new objects, also for the same round (what a refetch of the same failures gives).
 * @param {number} n
 * @param {number} round
 * @returns {Item[]}
 */
export function makeItems(n, round) {
  const all = rows();
  if (all.length < 2) throw new Error('the bench needs at least two rows to change codes');
  const items = [];
  for (let i = 0; i < n; i += 1) {
    const row = all[(i + round) % all.length];
    items.push({
      ...row,
      key: i,
      envelope: {
        status: { code: row.code, message: `${row.message} (#${i})`, details: [] },
        data: null,
      },
    });
  }
  return items;
}

/** Reads layout, so style recalculation and layout are part of the measured time. */
function forceLayout() {
  return document.body.offsetHeight;
}

/**
 * @param {(items: Item[]) => import('react').ReactNode} renderList
 */
export function installHarness(renderList) {
  /** @type {import('react-dom/client').Root | null} */
  let root = null;
  /** @type {HTMLElement | null} */
  let container = null;
  let sink = 0;

  const unmount = () => {
    if (root) root.unmount();
    if (container) container.remove();
    root = null;
    container = null;
  };

  /** @param {Item[]} items */
  const render = (items) => {
    const current = root;
    if (!current) throw new Error('render before mount');
    const start = performance.now();
    flushSync(() => {
      current.render(h('main', null, renderList(items)));
    });
    sink += forceLayout();
    return performance.now() - start;
  };

  /** @param {number} n @param {number} round */
  const mount = (n, round) => {
    unmount();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    // The items are built before the clock starts (also in update): only rendering is timed.
    return render(makeItems(n, round));
  };

  /** @param {number} n @param {number} round */
  const update = (n, round) => render(makeItems(n, round));

  const text = () => container?.textContent ?? '';

  /** Resolves after two frames, so pending style, layout and paint work has run (before a heap reading). */
  const settle = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        requestAnimationFrame(() => {
          resolve(undefined);
        });
      });
    });

  // --- tooltip open: hover → the tooltip is in the DOM, positioned and laid out -------------------------------
  /** @type {Promise<number> | null} */
  let hoverPromise = null;

  /** A fixed spot with nothing under it, where the pointer rests between hovers. */
  const parking = () => {
    let spot = document.getElementById('bench-parking');
    if (!spot) {
      spot = document.createElement('div');
      spot.id = 'bench-parking';
      spot.style.cssText =
        'position:fixed;right:0;bottom:0;width:24px;height:24px;z-index:2147483647;background:#fff';
      document.body.append(spot);
    }
    const rect = spot.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  };

  /** Radix's popper wrapper keeps `translate(0, -200%)` until Floating UI has placed it. */
  const positionedTooltip = () => {
    for (const wrapper of document.querySelectorAll('[data-radix-popper-content-wrapper]')) {
      const transform = /** @type {HTMLElement} */ (wrapper).style.transform;
      if (transform && !transform.startsWith('translate(0, -200%)')) return wrapper;
    }
    return null;
  };

  /**
   * Arms the measurement of one hover on the `index`-th button of the list and returns where to point. The clock
   * starts at the first pointer event the page sees (a capturing listener on window, ahead of React's) and stops
   * when the tooltip is positioned, after a forced layout of it.
   * @param {number} index
   */
  const armHover = (index) => {
    const target = container?.querySelectorAll('main button')[index];
    if (!target) throw new Error(`no button ${index} to hover`);
    target.scrollIntoView({ block: 'center', inline: 'center' });
    const rect = target.getBoundingClientRect();
    hoverPromise = new Promise((resolve, reject) => {
      let start = 0;
      const onPointer = () => {
        if (start === 0) start = performance.now();
      };
      window.addEventListener('pointerover', onPointer, { capture: true });
      const finish = (/** @type {Element} */ wrapper) => {
        sink += wrapper.getBoundingClientRect().width;
        const elapsed = performance.now() - start;
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener('pointerover', onPointer, { capture: true });
        resolve(elapsed);
      };
      const observer = new MutationObserver(() => {
        const wrapper = start === 0 ? null : positionedTooltip();
        if (wrapper) finish(wrapper);
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['style'],
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`tooltip of button ${index} did not open within 5 s`));
      }, 5000);
    });
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  };

  window.__bench = {
    /**
     * One measured run: mount `n` items of `round`; re-render them with new objects of the same codes (a
     * refetch); re-render them with the items of `round + 1`, every one a different code and text; unmount
     * (not timed).
     */
    run(/** @type {number} */ n, /** @type {number} */ round) {
      const mountMs = mount(n, round);
      const refetchMs = update(n, round);
      const before = text();
      const updateMs = update(n, round + 1);
      // The update with new codes must have changed what is shown, for every candidate.
      const changed = text() !== before;
      const elements = container ? container.getElementsByTagName('*').length : 0;
      unmount();
      return { mountMs, refetchMs, updateMs, changed, elements, sink };
    },
    mount,
    update,
    unmount,
    settle,
    parking,
    armHover,
    /** Waits for the hover armed last; resolves with its milliseconds. */
    hoverDone() {
      if (!hoverPromise) throw new Error('hoverDone() before armHover()');
      return hoverPromise;
    },
    tooltipClosed: () => document.querySelector('[data-radix-popper-content-wrapper]') === null,
    /** Elements in the whole document (portals included). */
    elementCount: () => document.getElementsByTagName('*').length,
    /** What one item rendered, for the sanity check printed with the results. */
    sample() {
      return container?.querySelector('main')?.firstElementChild?.outerHTML.slice(0, 400) ?? '';
    },
  };
}
