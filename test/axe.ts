/*
 * The one axe helper of every component test, in jsdom and in Chromium (and the same rules the stories'
 * a11y addon applies after each play function).
 *
 * - jsdom cannot lay out or paint: `color-contrast` is left to Chromium, and `region` is off because a
 *   portalled tooltip sits outside any landmark by design. Every other rule axe-core runs by default stays on.
 * - Chromium: the WCAG 2.0, 2.1 and 2.2 A and AA rules, colour contrast included.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const inJsdom = (): boolean => navigator.userAgent.includes('jsdom');

function options(): axe.RunOptions {
  return inJsdom()
    ? { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } }
    : { runOnly: { type: 'tag', values: WCAG_A_AA } };
}

/** Fails with every violation and the nodes behind it when `root` (default: the whole body) has any. */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const results = await axe.run(root, options());
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`)
        .join('; ')}`,
  );
  expect(violations.join('\n')).toBe('');
  // A run that checked nothing would prove nothing.
  expect(results.passes.length).toBeGreaterThan(0);
}
