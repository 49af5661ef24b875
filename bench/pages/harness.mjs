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
 * `n` items; `round` shifts which row each index gets, so every item of round r+1 differs from round r (a new
 * code, a new envelope object) while the keys stay the same: React updates instead of remounting.
 * @param {number} n
 * @param {number} round
 * @returns {Item[]}
 */
export function makeItems(n, round) {
  const all = rows();
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

  /** @param {number} n @param {number} round */
  const mount = (n, round) => {
    unmount();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const items = makeItems(n, round);
    const current = root;
    const start = performance.now();
    flushSync(() => {
      current.render(h('main', null, renderList(items)));
    });
    sink += forceLayout();
    return performance.now() - start;
  };

  /** @param {number} n @param {number} round */
  const update = (n, round) => {
    const current = root;
    if (!current) throw new Error('update() before mount()');
    const items = makeItems(n, round);
    const start = performance.now();
    flushSync(() => {
      current.render(h('main', null, renderList(items)));
    });
    sink += forceLayout();
    return performance.now() - start;
  };

  window.__bench = {
    /** One measured run: mount `n` items of `round`, update them to `round + 1`, then unmount (not timed). */
    run(/** @type {number} */ n, /** @type {number} */ round) {
      const mountMs = mount(n, round);
      const updateMs = update(n, round + 1);
      const elements = container ? container.getElementsByTagName('*').length : 0;
      unmount();
      return { mountMs, updateMs, elements, sink };
    },
    mount,
    update,
    unmount,
    /** What one item rendered, for the sanity check printed with the results. */
    sample() {
      return container?.querySelector('main')?.firstElementChild?.outerHTML.slice(0, 400) ?? '';
    },
  };
}
