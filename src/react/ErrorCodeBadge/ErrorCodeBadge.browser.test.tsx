/*
 * ErrorCodeBadge in real Chromium: the tooltip opens on hover and on keyboard focus, closes when the pointer
 * moves away and on Escape, toggles on a real touch tap, and passes axe (contrast included) in both themes.
 */
/* eslint-disable testing-library/prefer-screen-queries -- vitest/browser's `page` is this environment's screen */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ErrorCodeBadge, KusciaErrorProvider } from '../../index';
import '../../locales/zh-CN/index';
import '../../styles.css';
import { expectNoAxeViolations } from '../../../test/axe';
import { THEMES, resetTheme, setTheme, tap, type ThemeName } from '../../../test/browser/helpers';
import { EN, ORACLE, badgeName } from '../../../test/fixtures';

afterEach(async () => {
  await resetTheme();
  vi.restoreAllMocks();
});

/**
 * Radix keeps a hovered tooltip open while the pointer is inside the "grace area" between the point where it
 * left the badge and the tooltip, until a later move lands outside it. A Playwright move is one jump, so the
 * pointer goes far away, then further in the same direction (TOOLCHAIN F13).
 */
async function movePointerAway(): Promise<void> {
  await userEvent.hover(page.getByText('Somewhere far away'));
  await userEvent.hover(page.getByText('Further away still'));
}

/** A line with a badge, and places below it to move the pointer to. */
async function showBadge(options: { provider?: boolean; delay?: number } = {}) {
  const { provider = true, delay = 100 } = options;
  const content = (
    <main style={{ padding: '96px 24px' }}>
      <p>
        Job <ErrorCodeBadge code={11305} />
      </p>
      <p style={{ marginTop: 240 }}>Somewhere far away</p>
      <p style={{ marginTop: 200 }}>Further away still</p>
    </main>
  );
  await render(
    provider ? <KusciaErrorProvider delayDuration={delay}>{content}</KusciaErrorProvider> : content,
  );
  return page.getByRole('button', { name: badgeName(11305) });
}

describe('ErrorCodeBadge tooltip in Chromium', () => {
  it('opens on hover, and closes once the pointer moves away', async () => {
    const badge = await showBadge();
    await userEvent.hover(badge);
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Domain not found');
    await expect.element(page.getByRole('tooltip')).toHaveTextContent(EN.resolution[11305]);

    await movePointerAway();
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
  });

  it('does not open when the pointer passes by quicker than the delay', async () => {
    const badge = await showBadge({ delay: 400 });
    await userEvent.hover(badge);
    await movePointerAway();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();

    // Staying for the whole delay does open it: the check above can fail.
    await userEvent.hover(badge);
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Domain not found');
    // The real pointer stays where the test left it: over the next test's badge, which Chromium would
    // hover as soon as it is laid out there.
    await movePointerAway();
  });

  it('opens on Tab focus with focus kept on the badge, and closes on Escape', async () => {
    const badge = await showBadge();
    // No state of its own before first use: Radix's data-state arrives with Radix.
    await expect.element(badge).not.toHaveAttribute('data-state');
    await userEvent.tab();
    await expect.element(badge).toHaveFocus();
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Domain not found');
    await expect.element(badge).toHaveAttribute('data-state', 'instant-open');

    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    await expect.element(badge).toHaveFocus();
    await expect.element(badge).toHaveAttribute('data-state', 'closed');
  });

  // Regression: Radix closes a tooltip on any scroll, so Tab to a badge below the fold (the browser scrolls it
  // into view just after the tooltip opens) or a polling console shifting the page closed it at once.
  it('stays open on focus while the page scrolls (WCAG 1.4.13), and still closes on Escape and blur', async () => {
    const badge = await showBadge();
    await userEvent.tab();
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Domain not found');
    window.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect.element(page.getByRole('tooltip')).toBeInTheDocument();

    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    await expect.element(badge).toHaveFocus();

    await userEvent.hover(badge);
    await expect.element(page.getByRole('tooltip')).toBeInTheDocument();
    await userEvent.tab();
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
  });

  // Retried: in one CI run (2 loaded cores, both browser projects at once) the first emulated tap left the
  // tooltip closed; 9 runs under load here never did. A touch gesture is timed by Chrome, a loaded machine
  // can turn it into something else, and a real defect fails all three tries.
  it('toggles on a real touch tap (Radix alone never opens on touch)', { retry: 2 }, async () => {
    const badge = await showBadge();
    await tap(badge.element());
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Domain not found');
    await tap(badge.element());
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    await tap(badge.element());
    await expect.element(page.getByRole('tooltip')).toBeInTheDocument();
  });

  it('works without any provider, with no console error', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const badge = await showBadge({ provider: false });
    await userEvent.hover(badge);
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('Domain not found');
    await movePointerAway();
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('speaks Chinese for a zh-CN tag without a provider, once zh-CN is loaded', async () => {
    await render(<ErrorCodeBadge code={11305} locale="zh-CN" />);
    const badge = page.getByRole('button', { name: badgeName(11305, 'zh-CN') });
    await expect.element(badge).toHaveAccessibleDescription('节点不存在异常');
    await userEvent.tab();
    await expect.element(page.getByRole('tooltip')).toHaveTextContent('节点不存在异常');
  });

  it('keeps the title as the description Chrome reads, with or without the tooltip', async () => {
    const badge = await showBadge();
    await expect.element(badge).toHaveAccessibleDescription('Domain not found');
    await userEvent.tab();
    await expect.element(page.getByRole('tooltip')).toBeInTheDocument();
    await expect
      .element(badge)
      .toHaveAccessibleDescription(expect.stringContaining('Domain not found'));
  });
});

describe.each(Object.keys(THEMES) as ThemeName[])('ErrorCodeBadge axe, %s theme', (theme) => {
  it.each(['en-US', 'zh-CN'] as const)(
    'badges of both severities and an open tooltip, %s',
    async (locale) => {
      await setTheme(theme);
      await render(
        <KusciaErrorProvider locale={locale} delayDuration={0}>
          <main style={{ padding: '96px 24px' }}>
            <table>
              <caption>Jobs</caption>
              <tbody>
                {[11305, 11306, 11103, 424242].map((code) => (
                  <tr key={code}>
                    <th scope="row">job-{code}</th>
                    <td>
                      <ErrorCodeBadge code={code} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </main>
        </KusciaErrorProvider>,
      );
      await userEvent.tab();
      await expect
        .element(page.getByRole('tooltip'))
        .toHaveTextContent(ORACLE[locale].title[11305]);
      await expectNoAxeViolations(document.body);
    },
  );
});
