// Heap cost of a mounted list, per page: read after the page has settled (two animation frames, so pending
// style and layout work is done) and two forced full GCs (CDP HeapProfiler.collectGarbage; one is not always
// enough for nodes just removed from the document), once with no list and once with the list mounted.
//
// - JS heap: Runtime.getHeapUsage `usedSize`, V8's JavaScript heap.
// - DOM heap: Runtime.getHeapUsage `embedderHeapUsedSize`, the Blink (Oilpan) heap that V8 traces with the
//   JS heap: DOM nodes, their computed styles and layout objects. Repeatable to a few KB from run to run,
//   where performance.memory is bucketed and Memory.getDOMCounters only counts.
// - DOM nodes: Memory.getDOMCounters `nodes` (text nodes included).

/**
 * @param {import('playwright').Page} page
 * @param {import('playwright').CDPSession} cdp
 */
async function reading(page, cdp) {
  await page.evaluate(() => window.__bench.settle());
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = /** @type {{ usedSize: number, embedderHeapUsedSize?: number }} */ (
    await cdp.send('Runtime.getHeapUsage')
  );
  const dom = /** @type {{ nodes: number }} */ (await cdp.send('Memory.getDOMCounters'));
  return { js: heap.usedSize, dom: heap.embedderHeapUsedSize ?? Number.NaN, nodes: dom.nodes };
}

/**
 * Mounts `n` items of `round`, measures, and unmounts.
 * @param {import('playwright').Page} page
 * @param {import('playwright').CDPSession} cdp
 * @param {number} n
 * @param {number} round
 * @returns {Promise<{ jsBytes: number, domBytes: number, domNodes: number, jsAfterBytes: number }>}
 */
export async function measureMemory(page, cdp, n, round) {
  await page.evaluate(() => {
    window.__bench.unmount();
  });
  const before = await reading(page, cdp);
  await page.evaluate(
    ([count, r]) => window.__bench.mount(count, r),
    /** @type {const} */ ([n, round]),
  );
  const after = await reading(page, cdp);
  await page.evaluate(() => {
    window.__bench.unmount();
  });
  return {
    jsBytes: after.js - before.js,
    domBytes: after.dom - before.dom,
    domNodes: after.nodes - before.nodes,
    jsAfterBytes: after.js,
  };
}
