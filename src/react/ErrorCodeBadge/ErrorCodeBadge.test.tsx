import * as Tooltip from '@radix-ui/react-tooltip';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCodeBadge, KusciaErrorProvider } from '../../index';
import { zhCN } from '../../locales/zh-CN/index';
import { secretpad } from '../../secretpad/index';
import { expectNoAxeViolations } from '../../../test/axe';
import { EN, ORACLE, ZH, badgeName, unknownCodeTitle } from '../../../test/fixtures';
import { classedElements, part } from '../../../test/react/dom';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Radix renders the content twice: the visible box, and a hidden copy with role="tooltip". */
const tooltip = () => screen.queryByRole('tooltip');

/*
 * Hover delays are checked on a fake clock that only the test moves, so they hold however slow the machine is.
 * Testing Library's async utilities wait on real timers, so these tests fire the pointer events themselves
 * (synchronously, inside act) instead of going through user-event.
 */
function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** A mouse pointer entering, moving over and leaving an element, as a browser reports it. */
const mouse = { pointerType: 'mouse' } as const;

describe('ErrorCodeBadge: markup', () => {
  it('is a focusable button whose accessible name contains the visible code', () => {
    render(<ErrorCodeBadge code={11305} />);
    const badge = screen.getByRole('button', { name: 'Error code 11305' });
    expect(badge).toHaveTextContent('11305');
    expect(badge).toHaveAttribute('type', 'button');
    act(() => {
      badge.focus();
    });
    expect(screen.getByRole('button', { name: 'Error code 11305' })).toHaveFocus();
  });

  it('is described by the localized title even while no tooltip is open', () => {
    render(<ErrorCodeBadge code={11305} />);
    const badge = screen.getByRole('button', { name: badgeName(11305) });
    expect(badge).toHaveAccessibleDescription('Domain not found');
    expect(tooltip()).not.toBeInTheDocument();
    // The description is an attribute (ARIA 1.3's aria-description), not text in the page: never read twice
    // in browse mode, and no element of its own.
    expect(badge).toHaveAttribute('aria-description', 'Domain not found');
    expect(screen.queryByText('Domain not found')).not.toBeInTheDocument();
  });

  // With the title as aria-description, a caller's aria-describedby used to replace it instead of joining it.
  it('keeps a caller aria-describedby next to its own', () => {
    render(
      <>
        <span id="hint">Click for more</span>
        <ErrorCodeBadge code={11305} aria-describedby="hint" />
      </>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleDescription(
      'Domain not found Click for more',
    );
  });

  it('speaks zh-CN through a provider, the locale prop (tag or messages), with no provider at all', () => {
    const { rerender } = render(
      <KusciaErrorProvider locale="zh-CN">
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    const name = badgeName(11305, 'zh-CN');
    expect(screen.getByRole('button', { name })).toHaveAccessibleDescription('节点不存在异常');

    rerender(<ErrorCodeBadge code={11305} locale={zhCN} />);
    expect(screen.getByRole('button', { name })).toHaveAccessibleDescription('节点不存在异常');

    // Regression test for issue #10: a tag outside a provider used to mean English.
    rerender(<ErrorCodeBadge code={11305} locale="zh-CN" />);
    expect(screen.getByRole('button', { name })).toHaveAccessibleDescription('节点不存在异常');
  });

  it('renders unknown codes with a generic description that names the code', () => {
    render(<ErrorCodeBadge code={424242} />);
    const badge = screen.getByRole('button', { name: badgeName(424242) });
    expect(badge).toHaveTextContent('424242');
    expect(badge).not.toHaveAttribute('data-known');
    expect(badge).toHaveAccessibleDescription(unknownCodeTitle(424242));
  });

  it('exposes data-part, data-severity and data-known, and no data-state until first used', () => {
    const { rerender } = render(<ErrorCodeBadge code={11305} />);
    let badge = screen.getByRole('button');
    expect(badge).toHaveAttribute('data-part', 'badge');
    expect(badge).toHaveAttribute('data-severity', 'error');
    expect(badge).toHaveAttribute('data-known', '');
    expect(badge).not.toHaveAttribute('data-state');
    rerender(<ErrorCodeBadge code={11306} />);
    badge = screen.getByRole('button');
    expect(badge).toHaveAttribute('data-severity', 'warning');
  });

  // Regression test for issue #10: the badge said `error` for 6 while the alert for it said `warning`.
  it.each([
    [6, 'warning', 'Already exists'],
    [1, 'warning', undefined],
    [14, 'error', 'Service unavailable'],
    [11103, 'error', EN.title[11103]],
    [424242, 'error', unknownCodeTitle(424242)],
  ] as const)('gives code %i the severity %s, as the alert does', (code, severity, title) => {
    render(<ErrorCodeBadge code={code} />);
    const badge = screen.getByRole('button', { name: badgeName(code) });
    expect(badge).toHaveAttribute('data-severity', severity);
    if (title) expect(badge).toHaveAccessibleDescription(title);
  });

  it('forwards ref, className, style and DOM props; unstyled drops its classes', () => {
    const ref = createRef<HTMLButtonElement>();
    const { rerender } = render(
      <ErrorCodeBadge
        ref={ref}
        code={11305}
        className="cell-badge"
        style={{ marginInline: '2px' }}
        id="b1"
      />,
    );
    const badge = screen.getByRole('button');
    expect(ref.current).toBe(badge);
    expect(badge).toHaveClass('kek-badge', 'cell-badge');
    expect(badge).toHaveStyle({ marginInline: '2px' });
    expect(badge).toHaveAttribute('id', 'b1');

    rerender(<ErrorCodeBadge code={11305} unstyled />);
    expect(screen.getByRole('button')).not.toHaveAttribute('class');
    expect(screen.getByRole('button')).toHaveAttribute('data-part', 'badge');
  });
});

describe('ErrorCodeBadge: values from untyped code', () => {
  it('reads a numeric string as the code', () => {
    render(<ErrorCodeBadge code={'11305' as never} />);
    expect(screen.getByRole('button', { name: 'Error code 11305' })).toHaveAccessibleDescription(
      'Domain not found',
    );
  });

  it.each([
    ['null (info.code of a failure without a code)', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['a fraction', 113.05],
    ['an object', { code: 11305 }],
  ])('renders nothing for %s, without a React warning', (_, code) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(<ErrorCodeBadge code={code as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('ErrorCodeBadge: tooltip', () => {
  it('opens on keyboard focus, keeps focus on the badge, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider>
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    await user.tab();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Domain not found');
    expect(tip).toHaveTextContent(EN.resolution[11305]);
    // Mounting Radix replaced the button: focus was moved to the new one.
    const badge = screen.getByRole('button', { name: badgeName(11305) });
    expect(badge).toHaveFocus();
    // Regression: the badge's own `data-state` used to erase Radix's once the tooltip mounted.
    expect(badge).toHaveAttribute('data-state', 'instant-open');

    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(tooltip()).not.toBeInTheDocument();
    });
    expect(badge).toHaveFocus();
    expect(badge).toHaveAttribute('data-state', 'closed');

    // Focus leaves and comes back: it opens again.
    await user.tab();
    await user.tab({ shift: true });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
  });

  /*
   * Hovering mounts Radix, which replaces the button under the pointer. A browser then sends the next pointer
   * events to the new button; user-event keeps aiming at the old, detached one, so the tests hover the new
   * button once more, as the browser would. The Chromium tests cover real pointer movement.
   */
  it('opens on hover after the provider delayDuration, not before', () => {
    vi.useFakeTimers();
    render(
      <KusciaErrorProvider delayDuration={300}>
        <ErrorCodeBadge code={11103} />
      </KusciaErrorProvider>,
    );
    fireEvent.pointerEnter(screen.getByRole('button', { name: badgeName(11103) }), mouse);
    advance(299);
    expect(tooltip()).not.toBeInTheDocument();
    advance(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent(EN.title[11103]);
    expect(screen.getByRole('button')).toHaveAttribute(
      'data-state',
      expect.stringMatching(/-open$/),
    );
  });

  it('closes when the pointer leaves', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider delayDuration={0}>
        <ErrorCodeBadge code={11103} />
        <p>elsewhere</p>
      </KusciaErrorProvider>,
    );
    await user.hover(screen.getByRole('button', { name: badgeName(11103) }));
    await user.hover(screen.getByRole('button', { name: badgeName(11103) }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(EN.title[11103]);

    await user.unhover(screen.getByRole('button', { name: badgeName(11103) }));
    // Radix keeps the tooltip open inside its pointer grace area until a move lands outside it.
    await user.pointer({
      target: screen.getByText('elsewhere'),
      coords: { clientX: 400, clientY: 400 },
    });
    await waitFor(() => {
      expect(tooltip()).not.toBeInTheDocument();
    });
  });

  it('does not open when the pointer leaves before the delay', () => {
    vi.useFakeTimers();
    render(
      <KusciaErrorProvider delayDuration={200}>
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    fireEvent.pointerEnter(screen.getByRole('button'), mouse);
    advance(100);
    // Mounting Radix replaced the button: the pointer leaves the new one.
    fireEvent.pointerLeave(screen.getByRole('button'), mouse);
    advance(1000);
    expect(tooltip()).not.toBeInTheDocument();

    // The same badge, hovered for the whole delay, does open: the check above can fail.
    fireEvent.pointerMove(screen.getByRole('button'), mouse);
    advance(199);
    expect(tooltip()).not.toBeInTheDocument();
    advance(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Domain not found');
  });

  it('works without any provider: no Radix "must be used within TooltipProvider" error', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    render(<ErrorCodeBadge code={11305} />);
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(tooltip()).not.toBeInTheDocument();
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("works inside an app's own Radix TooltipProvider", async () => {
    const user = userEvent.setup();
    render(
      <Tooltip.Provider delayDuration={0}>
        <ErrorCodeBadge code={11305} />
      </Tooltip.Provider>,
    );
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
  });

  it('toggles on a touch tap, which Radix alone ignores', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider>
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button') });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');

    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button') });
    await waitFor(() => {
      expect(tooltip()).not.toBeInTheDocument();
    });

    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button') });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
  });

  it('never mounts a tooltip with showTooltip={false}, and keeps the description', () => {
    vi.useFakeTimers();
    render(<ErrorCodeBadge code={11305} showTooltip={false} />);
    const badge = screen.getByRole('button', { name: badgeName(11305) });
    act(() => {
      badge.focus();
    });
    fireEvent.pointerEnter(badge, mouse);
    fireEvent.pointerMove(badge, mouse);
    advance(5000);
    expect(tooltip()).not.toBeInTheDocument();
    // The same button: nothing was mounted around it.
    expect(screen.getByRole('button', { name: badgeName(11305) })).toBe(badge);
    expect(badge).toHaveFocus();
    expect(badge).not.toHaveAttribute('data-state');
    expect(badge).toHaveAccessibleDescription('Domain not found');
  });

  it('calls the caller event handlers once per user action, before and after the tooltip mounts', async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn();
    const onClick = vi.fn();
    render(
      <>
        <ErrorCodeBadge code={11305} onFocus={onFocus} onClick={onClick} />
        <button type="button">next</button>
      </>,
    );
    await user.tab();
    await screen.findByRole('tooltip');
    // Regression: focus restored to the new button after Radix mounted used to call onFocus a second time.
    expect(onFocus).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: badgeName(11305) }));
    expect(onClick).toHaveBeenCalledTimes(1);
    await user.tab();
    await user.tab({ shift: true });
    expect(onFocus).toHaveBeenCalledTimes(2);
  });

  it('renders the tooltip markup without classes when unstyled', async () => {
    const user = userEvent.setup();
    render(<ErrorCodeBadge code={11305} unstyled />);
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
    const content = part(document.body, 'tooltip');
    expect(content).not.toBeNull();
    expect(part(content!, 'title')).toHaveTextContent('Domain not found');
    expect(part(content!, 'resolution')).toHaveTextContent(EN.resolution[11305]);
    // Radix's Slot may leave an empty class attribute; no kek- class (or any other) is set.
    expect(classedElements(content!)).toEqual([]);
    expect(classedElements(screen.getByRole('button'))).toEqual([]);
  });

  it('follows the provider overrides in the tooltip and the description', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider
        overrides={{ 'en-US': { 11305: { title: 'Party missing', resolution: 'Invite it.' } } }}
      >
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleDescription('Party missing');
    await user.tab();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Party missing');
    expect(tip).toHaveTextContent('Invite it.');
  });
});

describe.each(['en-US', 'zh-CN'] as const)('ErrorCodeBadge: axe in %s', (locale) => {
  it('badges in a table, one with its tooltip open', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider locale={locale}>
        <main>
          <table>
            <caption>Jobs</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {[11305, 11306, 11103, 424242].map((code) => (
                <tr key={code}>
                  <td>job-{code}</td>
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
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(ORACLE[locale].title[11305]);
    await expectNoAxeViolations();
  });

  it('a badge without any provider, tooltip open', async () => {
    const user = userEvent.setup();
    render(
      <main>
        <ErrorCodeBadge code={11305} locale={locale} />
      </main>,
    );
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(ORACLE[locale].title[11305]);
    await expectNoAxeViolations();
  });
});

// Last in this file: registering a catalogue is global (as in an app), so nothing after it may expect
// SecretPad codes to be unknown.
describe('ErrorCodeBadge: a registered catalogue', () => {
  it("marks SecretPad's codes data-known and describes them in its words", () => {
    const { rerender } = render(<ErrorCodeBadge code={202011200} />);
    expect(screen.getByRole('button', { name: badgeName(202011200) })).not.toHaveAttribute(
      'data-known',
    );
    expect(screen.getByRole('button')).toHaveAccessibleDescription(unknownCodeTitle(202011200));

    rerender(
      <KusciaErrorProvider catalogs={[secretpad]} locale="zh-CN">
        <ErrorCodeBadge code={202011200} />
      </KusciaErrorProvider>,
    );
    const badge = screen.getByRole('button', { name: badgeName(202011200, 'zh-CN') });
    expect(badge).toHaveAttribute('data-known', '');
    expect(badge).toHaveAttribute('data-severity', 'error');
    expect(badge).toHaveAccessibleDescription(ZH.title[202011200]);
  });
});
