import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCodeBadge, KusciaErrorProvider, enUS, zhCN } from '../../src';
import { classedElements, part, referencedElements } from './dom';

const en = enUS.labels;
const badgeName = (code: number, labels = en) => labels.codeBadge.replace('{code}', String(code));

afterEach(() => {
  vi.restoreAllMocks();
});

/** Radix renders the content twice: the visible box, and a hidden copy with role="tooltip". */
const tooltip = () => screen.queryByRole('tooltip');

describe('ErrorCodeBadge: markup', () => {
  it('is a focusable button whose accessible name contains the visible code', () => {
    render(<ErrorCodeBadge code={11305} />);
    const badge = screen.getByRole('button', { name: badgeName(11305) });
    expect(badge).toHaveTextContent('11305');
    expect(badge.getAttribute('aria-label')).toContain('11305');
    expect(badge).toHaveAttribute('type', 'button');
    act(() => {
      badge.focus();
    });
    expect(screen.getByRole('button', { name: badgeName(11305) })).toHaveFocus();
  });

  it('is described by the localized title even while no tooltip is open', () => {
    render(<ErrorCodeBadge code={11305} />);
    const badge = screen.getByRole('button', { name: badgeName(11305) });
    expect(badge).toHaveAccessibleDescription(enUS.codes[11305].title);
    expect(tooltip()).not.toBeInTheDocument();
    // The description is always in the DOM, hidden from browse mode.
    const [description] = referencedElements(badge, 'aria-describedby');
    expect(description).toHaveTextContent(enUS.codes[11305].title);
    expect(description).not.toBeVisible();
  });

  it('keeps a caller aria-describedby next to its own', () => {
    render(
      <>
        <span id="hint">Click for more</span>
        <ErrorCodeBadge code={11305} aria-describedby="hint" />
      </>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleDescription(
      `${enUS.codes[11305].title} Click for more`,
    );
  });

  it('speaks zh-CN through a provider or the locale prop', () => {
    const { rerender } = render(
      <KusciaErrorProvider locale="zh-CN">
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    const badge = screen.getByRole('button', { name: badgeName(11305, zhCN.labels) });
    expect(badge).toHaveAccessibleDescription('节点不存在异常');

    rerender(<ErrorCodeBadge code={11305} locale={zhCN} />);
    expect(
      screen.getByRole('button', { name: badgeName(11305, zhCN.labels) }),
    ).toHaveAccessibleDescription('节点不存在异常');
  });

  it('renders unknown codes with a generic description that names the code', () => {
    render(<ErrorCodeBadge code={424242} />);
    const badge = screen.getByRole('button', { name: badgeName(424242) });
    expect(badge).toHaveTextContent('424242');
    expect(badge).not.toHaveAttribute('data-known');
    expect(badge).toHaveAccessibleDescription(
      enUS.generic.unknownCode.title.replace('{code}', '424242'),
    );
  });

  it('exposes data-part, data-severity, data-known and the inactive state', () => {
    const { rerender } = render(<ErrorCodeBadge code={11305} />);
    let badge = screen.getByRole('button');
    expect(badge).toHaveAttribute('data-part', 'badge');
    expect(badge).toHaveAttribute('data-severity', 'error');
    expect(badge).toHaveAttribute('data-known', '');
    expect(badge).toHaveAttribute('data-state', 'inactive');
    rerender(<ErrorCodeBadge code={11306} />);
    badge = screen.getByRole('button');
    expect(badge).toHaveAttribute('data-severity', 'warning');
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
  });
});

describe('ErrorCodeBadge: values from untyped code', () => {
  it('reads a numeric string as the code', () => {
    render(<ErrorCodeBadge code={'11305' as never} />);
    expect(screen.getByRole('button', { name: 'Error code 11305' })).toHaveAccessibleDescription(
      enUS.codes[11305].title,
    );
  });

  it.each([
    ['null (info.code of a failure without a code)', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['an object', { code: 11305 }],
  ])('renders nothing for %s, without a React warning', (_, code) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(<ErrorCodeBadge code={code as never} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
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
    expect(tip).toHaveTextContent(enUS.codes[11305].title);
    expect(tip).toHaveTextContent(enUS.codes[11305].resolution);
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
    expect(await screen.findByRole('tooltip')).toHaveTextContent(enUS.codes[11305].title);
  });

  /*
   * Hovering mounts Radix, which replaces the button under the pointer. A browser then sends the next pointer
   * events to the new button; user-event keeps aiming at the old, detached one, so the tests hover the new
   * button once more, as the browser would. test/browser covers real pointer movement.
   */
  it('opens on hover after the provider delay and closes when the pointer leaves', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider tooltipDelay={50}>
        <ErrorCodeBadge code={11103} />
        <p>elsewhere</p>
      </KusciaErrorProvider>,
    );
    await user.hover(screen.getByRole('button', { name: badgeName(11103) }));
    expect(tooltip()).not.toBeInTheDocument();
    await user.hover(screen.getByRole('button', { name: badgeName(11103) }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(enUS.codes[11103].title);
    expect(screen.getByRole('button')).toHaveAttribute(
      'data-state',
      expect.stringMatching(/-open$/),
    );

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

  it('does not open when the pointer leaves before the delay', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider tooltipDelay={200}>
        <ErrorCodeBadge code={11305} />
        <p>elsewhere</p>
      </KusciaErrorProvider>,
    );
    await user.hover(screen.getByRole('button'));
    await user.hover(screen.getByRole('button'));
    await user.unhover(screen.getByRole('button'));
    await user.hover(screen.getByText('elsewhere'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(tooltip()).not.toBeInTheDocument();
  });

  it('works without any provider: no Radix "must be used within TooltipProvider" error', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    render(<ErrorCodeBadge code={11305} />);
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(enUS.codes[11305].title);
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(tooltip()).not.toBeInTheDocument();
    });
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('toggles on a touch tap, which Radix alone ignores', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider>
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button') });
    expect(await screen.findByRole('tooltip')).toHaveTextContent(enUS.codes[11305].title);

    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button') });
    await waitFor(() => {
      expect(tooltip()).not.toBeInTheDocument();
    });

    await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button') });
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
  });

  it('never mounts a tooltip with showTooltip={false}, and keeps the description', async () => {
    const user = userEvent.setup();
    render(<ErrorCodeBadge code={11305} showTooltip={false} />);
    await user.tab();
    await user.hover(screen.getByRole('button'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(tooltip()).not.toBeInTheDocument();
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'inactive');
    expect(screen.getByRole('button')).toHaveAccessibleDescription(enUS.codes[11305].title);
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
    await screen.findByRole('tooltip');
    const content = part(document.body, 'tooltip');
    expect(content).not.toBeNull();
    // Radix's Slot may leave an empty class attribute; no kek- class (or any other) is set.
    expect(classedElements(content!)).toEqual([]);
    expect(classedElements(screen.getByRole('button'))).toEqual([]);
  });

  it('follows the provider message overrides in the tooltip and the description', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider
        messages={{ 'en-US': { 11305: { title: 'Party missing', resolution: 'Invite it.' } } }}
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
