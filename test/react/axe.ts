/*
 * The one axe helper of the jsdom tests. jsdom cannot lay out or paint, so `color-contrast` is left to the
 * Chromium tests (test/browser), and `region` is off because a portalled tooltip sits outside any landmark
 * by design (TOOLCHAIN F15). Every other rule axe-core runs by default stays on.
 */
import { expect } from 'vitest';
import { configureAxe } from 'vitest-axe';

export const axe = configureAxe({
  rules: {
    region: { enabled: false },
    'color-contrast': { enabled: false },
  },
});

/** Fails the test with axe's own report when `root` (default: the whole body) has any violation. */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  expect(await axe(root)).toHaveNoViolations();
}
