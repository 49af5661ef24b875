// Tooltip open time: with the list mounted (the same size as the mount scenario) and hover delay 0, the
// pointer moves from a parking spot onto a badge that was never hovered; the clock runs in the page, from the
// first pointer event it sees to the tooltip being positioned by Floating UI and laid out (see armHover in
// pages/harness.mjs). Then the pointer parks again and the next badge waits until the tooltip is gone.

/**
 * Parks the pointer and waits for the tooltip to be gone. Radix keeps a tooltip open while the pointer may be
 * heading for it (its grace area, armed by a React effect after the pointer leaves) and decides on a later
 * pointermove: so the pointer keeps moving inside the parking spot until the tooltip has closed.
 * @param {import('playwright').Page} page
 * @param {{ x: number, y: number }} park
 */
async function leave(page, park) {
  // A hand leaves in several moves, not one jump: Radix decides on the moves after the pointer left the
  // trigger, and a single jump from the badge to the far corner sometimes left bare Radix's tooltip open.
  await page.mouse.move(park.x, park.y, { steps: 6 });
  for (let i = 0; i < 500; i += 1) {
    await page.mouse.move(park.x + (i % 2 === 0 ? 2 : -2), park.y);
    if (await page.evaluate(() => window.__bench.tooltipClosed())) return;
    await page.waitForTimeout(10);
  }
  const state = await page.evaluate(() => ({
    focused: document.activeElement?.outerHTML.slice(0, 120),
    open: document.querySelector('[data-radix-popper-content-wrapper]')?.textContent,
    triggers: [...document.querySelectorAll('main button[data-state]')].map(
      (b) =>
        `${b.textContent ?? ''}:${b.getAttribute('data-state') ?? ''}:${String(b.isConnected)}`,
    ),
  }));
  throw new Error(`the tooltip did not close after the pointer left: ${JSON.stringify(state)}`);
}

/**
 * @param {import('playwright').Page} page
 * @param {{ n: number, round: number, hovers: number, warmup: number, firstIndex: number }} options
 * @returns {Promise<number[]>} milliseconds of the measured hovers
 */
export async function measureTooltipOpen(page, { n, round, hovers, warmup, firstIndex }) {
  await page.evaluate(
    ([count, r]) => window.__bench.mount(count, r),
    /** @type {const} */ ([n, round]),
  );
  const park = await page.evaluate(() => window.__bench.parking());
  await page.mouse.move(park.x, park.y);
  /** @type {number[]} */
  const times = [];
  try {
    for (let k = 0; k < warmup + hovers; k += 1) {
      const at = await page.evaluate((index) => window.__bench.armHover(index), firstIndex + k);
      await page.mouse.move(at.x, at.y);
      const ms = await page.evaluate(() => window.__bench.hoverDone());
      if (k >= warmup) times.push(ms);
      // A hand never holds still: move once more inside the badge before leaving. The kit's badge replaces its
      // button when Radix mounts, and Chromium only sends the new button pointerenter (so, later,
      // pointerleave, which Radix closes on) on a pointer move over it.
      await page.mouse.move(at.x + 1, at.y);
      await leave(page, park);
    }
  } finally {
    await page.evaluate(() => {
      window.__bench.unmount();
    });
  }
  return times;
}
