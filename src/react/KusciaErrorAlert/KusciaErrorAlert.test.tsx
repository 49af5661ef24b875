import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  enUS,
  getKusciaErrorDefinition,
  zhCN,
  type KusciaLocaleMessages,
} from '../../src';
import {
  HOSTILE,
  ISO_TIME,
  NOT_FOUND_MESSAGE,
  alreadyExists,
  axiosStyle,
  envelope,
  masterDown,
  networkError,
  notFound,
  success,
} from './fixtures';
import {
  alertRoot,
  classedElements,
  copyTextarea,
  injectedElements,
  part,
  partNames,
  referencedElements,
  restoreDomStubs,
  stubClipboard,
  stubExecCommand,
} from './dom';

const en = enUS.labels;
const zh = zhCN.labels;
const NOT_FOUND_KEY = getKusciaErrorDefinition(11305)!.key;

/** Accessible-name matcher: the name contains `text` (the severity word is announced before the title). */
const nameWith = (text: string) => (name: string) => name.includes(text);

/** The alert is named by its title alone, and described by the severity word, then the resolution. */
function expectNamed(element: HTMLElement, severityWord: string, title: string): void {
  expect(element).toHaveAccessibleName(title);
  expect(element).toHaveAccessibleDescription(
    expect.stringMatching(new RegExp(`^${severityWord} `)),
  );
}

afterEach(() => {
  restoreDomStubs();
  vi.restoreAllMocks();
});

describe('KusciaErrorAlert: what it renders', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['a KusciaAPI success (status.code 0)', success()],
  ])('renders nothing for %s', (_label, error) => {
    const { container } = render(
      <KusciaErrorAlert error={error} onRetry={vi.fn()} onDismiss={vi.fn()} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('names the alert by its localized title and describes it with the resolution', () => {
    render(<KusciaErrorAlert error={notFound()} />);
    const alert = screen.getByRole('alert', { name: nameWith(enUS.codes[11305].title) });
    expectNamed(alert, en.error, enUS.codes[11305].title);
    expect(alert).toHaveAccessibleDescription(`${en.error} ${enUS.codes[11305].resolution}`);
    expect(within(alert).getByText(enUS.codes[11305].resolution)).toBeVisible();
  });

  it('shows the code in a chip whose text is the visible code, read as "Error code 11305"', () => {
    render(<KusciaErrorAlert error={notFound()} />);
    const chip = within(screen.getByRole('alert')).getByText('11305');
    expect(chip).toHaveAttribute('data-part', 'code');
    expect(chip).toHaveTextContent(en.codeBadge.replace('{code}', '11305'));
  });

  it('hides the severity icon from assistive technology', () => {
    render(<KusciaErrorAlert error={notFound()} />);
    const icon = part(screen.getByRole('alert'), 'icon');
    expect(icon).not.toBeNull();
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    // The stylesheet draws the glyph over the severity word, which stays for the description.
    expect(icon).toHaveTextContent(en.error);
  });

  it('is not a heading by default, and is one at headingLevel', () => {
    const { rerender } = render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    rerender(<KusciaErrorAlert error={notFound()} headingLevel={3} />);
    expect(
      screen.getByRole('heading', { level: 3, name: nameWith(enUS.codes[11305].title) }),
    ).toBeInTheDocument();
    // The heading is still what names the alert.
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.codes[11305].title),
    );
  });

  it('speaks zh-CN through the locale prop, with the upstream doc text verbatim', () => {
    render(<KusciaErrorAlert error={notFound()} locale={zhCN} onDismiss={vi.fn()} />);
    const alert = screen.getByRole('alert', { name: nameWith('节点不存在异常') });
    expectNamed(alert, zh.error, '节点不存在异常');
    expect(alert).toHaveAccessibleDescription(`${zh.error} 节点不存在异常，确认节点是否存在`);
    expect(within(alert).getByRole('button', { name: zh.dismiss })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: zh.copyDetails })).toBeInTheDocument();
    expect(within(alert).getByText('11305')).toHaveTextContent(
      zh.codeBadge.replace('{code}', '11305'),
    );
  });

  it('negotiates a locale tag through the provider: zh, zh-Hans-CN and zh-CN all give zh-CN', () => {
    const { rerender } = render(
      <KusciaErrorProvider>
        <KusciaErrorAlert error={notFound()} locale="zh" />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining('节点不存在异常'),
    );
    for (const tag of ['zh-Hans-CN', 'zh-CN', 'en-GB']) {
      rerender(
        <KusciaErrorProvider>
          <KusciaErrorAlert error={notFound()} locale={tag} />
        </KusciaErrorProvider>,
      );
      const title = tag.startsWith('zh') ? '节点不存在异常' : enUS.codes[11305].title;
      expect(screen.getByRole('alert')).toHaveAccessibleName(expect.stringContaining(title));
    }
  });

  it('outside a provider knows only en-US by tag (zh-CN stays out of en-US bundles): pass zhCN itself', () => {
    // Documents the current contract; a tag other than en-US needs a provider or the messages object.
    const { rerender } = render(<KusciaErrorAlert error={notFound()} locale="zh-CN" />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.codes[11305].title),
    );
    rerender(<KusciaErrorAlert error={notFound()} locale={zhCN} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(zhCN.codes[11305].title),
    );
  });

  it("falls back to the provider's locale when the locale prop is neither a tag nor messages", () => {
    // Untyped callers: this once threw ("Cannot read properties of undefined") while rendering.
    render(
      <KusciaErrorProvider locale="zh-CN">
        <KusciaErrorAlert error={notFound()} locale={{} as never} />
        <ErrorCodeBadge code={11306} locale={{ locale: 'en-US' } as never} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining('节点不存在异常'),
    );
    expect(screen.getByRole('button', { name: /11306/ })).toHaveAccessibleDescription(
      zhCN.codes[11306].title,
    );
  });

  it('treats props outside their types as the defaults, never as a broken element', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <KusciaErrorAlert
        error={masterDown()}
        onRetry={vi.fn()}
        headingLevel={9 as never}
        role={'bogus' as never}
        live={'loud' as never}
        retry={'sometimes' as never}
      />,
    );
    const alert = screen.getByRole('alert', { name: nameWith(enUS.codes[11103].title) });
    expect(alert).not.toHaveAttribute('aria-live');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    // An unknown `retry` acts as `auto`: 11103 is retryable.
    expect(within(alert).getByRole('button', { name: enUS.labels.retry })).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('shows no documentation link when docsUrl throws or returns something other than a URL', () => {
    const { rerender } = render(
      <KusciaErrorProvider
        docsUrl={() => {
          throw new Error('docs index not loaded');
        }}
      >
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    for (const answer of [{}, '', '   ', 42]) {
      rerender(
        <KusciaErrorProvider docsUrl={() => answer as never}>
          <KusciaErrorAlert error={notFound()} />
        </KusciaErrorProvider>,
      );
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    }
  });

  it('gives failures without a code a generic localized title and no code chip', () => {
    render(<KusciaErrorAlert error={networkError()} />);
    const alert = screen.getByRole('alert', { name: nameWith(enUS.generic.network.title) });
    expect(alert).toHaveAttribute('data-source', 'network');
    expect(part(alert, 'code')).toBeNull();
  });

  it('names an unknown code in its generic title', () => {
    render(<KusciaErrorAlert error={envelope(99999, 'from a newer Kuscia')} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.generic.unknownCode.title.replace('{code}', '99999')),
    );
    expect(screen.getByText('99999')).toHaveTextContent(en.codeBadge.replace('{code}', '99999'));
  });
});

describe('KusciaErrorAlert: role and live region', () => {
  it('is role="alert" for errors and role="status" for warnings', () => {
    const { rerender } = render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-severity', 'error');
    rerender(<KusciaErrorAlert error={alreadyExists()} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const status = screen.getByRole('status', { name: nameWith(enUS.codes[11306].title) });
    expect(status).toHaveAttribute('data-severity', 'warning');
    expectNamed(status, en.warning, enUS.codes[11306].title);
  });

  it('lets the caller choose the role', () => {
    const { rerender, container } = render(<KusciaErrorAlert error={notFound()} role="status" />);
    expect(
      screen.getByRole('status', { name: nameWith(enUS.codes[11305].title) }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={alreadyExists()} role="alert" />);
    expect(
      screen.getByRole('alert', { name: nameWith(enUS.codes[11306].title) }),
    ).toBeInTheDocument();

    rerender(<KusciaErrorAlert error={notFound()} role="none" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const root = alertRoot(container);
    expect(root).not.toHaveAttribute('role');
    expect(root).toHaveAttribute('data-severity', 'error');
  });

  it('sets aria-live only when asked', () => {
    const { rerender } = render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.getByRole('alert')).not.toHaveAttribute('aria-live');
    rerender(<KusciaErrorAlert error={notFound()} live="polite" />);
    expect(screen.getByRole('alert')).toHaveAttribute('aria-live', 'polite');
    rerender(<KusciaErrorAlert error={notFound()} live="off" />);
    expect(screen.getByRole('alert')).toHaveAttribute('aria-live', 'off');
  });
});

describe('KusciaErrorAlert: details disclosure', () => {
  it('has no disclosure unless showDetails', () => {
    render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.queryByRole('button', { name: en.details })).not.toBeInTheDocument();
    expect(screen.queryByText(NOT_FOUND_MESSAGE)).not.toBeInTheDocument();
  });

  it('is a real button, collapsed by default, that reveals the server message, HTTP status and details', async () => {
    const user = userEvent.setup();
    const body = envelope(11305, NOT_FOUND_MESSAGE, [{ '@type': 'debug', reason: 'bob missing' }]);
    render(<KusciaErrorAlert error={axiosStyle(body, 200)} showDetails />);

    const toggle = screen.getByRole('button', { name: en.details });
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const [panel] = referencedElements(toggle, 'aria-controls');
    if (!panel) throw new Error('aria-controls points at nothing');
    expect(panel).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const details = within(panel);
    expect(details.getByText(en.fields.serverMessage)).toBeVisible();
    expect(details.getByText(NOT_FOUND_MESSAGE)).toBeVisible();
    expect(details.getByText(en.fields.httpStatus)).toBeVisible();
    expect(details.getByText('200')).toBeVisible();
    expect(details.getByText(/bob missing/)).toBeVisible();
    expect(details.getByText(en.sources.kuscia)).toBeVisible();
    expect(details.getByText(NOT_FOUND_KEY)).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it('opens from the keyboard', async () => {
    const user = userEvent.setup();
    render(<KusciaErrorAlert error={notFound()} showDetails locale={zhCN} />);
    const toggle = screen.getByRole('button', { name: zh.details });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('KusciaErrorAlert: hostile and huge server text', () => {
  it('shows markup from the server as text and never creates elements from it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    const { container } = render(
      <KusciaErrorAlert error={envelope(11305, HOSTILE, [HOSTILE])} showDetails />,
    );
    await user.click(screen.getByRole('button', { name: en.details }));

    const panel = within(part(container, 'details-list')!);
    expect(panel.getByText(HOSTILE)).toBeVisible(); // the server message
    expect(panel.getByText(JSON.stringify([HOSTILE]))).toBeVisible(); // status.details, as JSON text
    expect(injectedElements(document)).toEqual([]);

    await user.click(screen.getByRole('button', { name: en.copyDetails }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]![0]).toContain(HOSTILE);
  });

  it('keeps a hostile message as text when it is the whole error', () => {
    render(<KusciaErrorAlert error={new Error(HOSTILE)} showDetails />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-source', 'unknown');
    expect(injectedElements(document)).toEqual([]);
  });

  it('renders a 1 MB server message quickly, cut to a readable length', async () => {
    const user = userEvent.setup();
    const huge = `${'x'.repeat(1_000_000)}TAIL`;
    const started = performance.now();
    render(<KusciaErrorAlert error={envelope(11305, huge)} showDetails />);
    await user.click(screen.getByRole('button', { name: en.details }));
    expect(performance.now() - started).toBeLessThan(2000);

    const message = screen.getByText(/^x+…$/);
    expect(message.textContent.length).toBeLessThan(10_000);
    expect(screen.queryByText(/TAIL/)).not.toBeInTheDocument();
  });

  it('renders a 1 MB string handed over as the error', () => {
    render(<KusciaErrorAlert error={'y'.repeat(1_000_000)} showDetails />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.generic.unknown.title),
    );
  });
});

describe('KusciaErrorAlert: actions', () => {
  it('shows Retry only for a retryable failure with onRetry, and calls it once per click', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<KusciaErrorAlert error={masterDown()} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: en.retry }));
    expect(onRetry).toHaveBeenCalledOnce();

    rerender(<KusciaErrorAlert error={masterDown()} />);
    expect(screen.queryByRole('button', { name: en.retry })).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={notFound()} onRetry={onRetry} />);
    expect(screen.queryByRole('button', { name: en.retry })).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={networkError()} onRetry={onRetry} />);
    expect(screen.getByRole('button', { name: en.retry })).toBeInTheDocument();
  });

  // Regression: the click event was passed through, so onRetry={refetch} got it as options and
  // onRetry={mutate} (SWR) put a MouseEvent in the cache.
  it('calls onRetry and onDismiss with no arguments', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    render(<KusciaErrorAlert error={masterDown()} onRetry={onRetry} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: en.retry }));
    await user.click(screen.getByRole('button', { name: en.dismiss }));
    expect(onRetry).toHaveBeenCalledWith();
    expect(onDismiss).toHaveBeenCalledWith();
  });

  it('honours retry="always" and retry="never"', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(
      <KusciaErrorAlert error={notFound()} onRetry={onRetry} retry="always" />,
    );
    await user.click(screen.getByRole('button', { name: en.retry }));
    expect(onRetry).toHaveBeenCalledOnce();

    rerender(<KusciaErrorAlert error={masterDown()} onRetry={onRetry} retry="never" />);
    expect(screen.queryByRole('button', { name: en.retry })).not.toBeInTheDocument();
  });

  it('shows Dismiss only with onDismiss', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { rerender } = render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.queryByRole('button', { name: en.dismiss })).not.toBeInTheDocument();
    rerender(<KusciaErrorAlert error={notFound()} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: en.dismiss }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('renders the action slot next to the built-in actions', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(
      <KusciaErrorAlert
        error={notFound()}
        action={
          <button type="button" onClick={onOpen}>
            Open domain list
          </button>
        }
      />,
    );
    await user.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Open domain list' }),
    );
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('hides Copy details with showCopy={false}', () => {
    render(<KusciaErrorAlert error={notFound()} showCopy={false} />);
    expect(screen.queryByRole('button', { name: en.copyDetails })).not.toBeInTheDocument();
  });

  it('links to the documentation only when the provider has a URL for the code', () => {
    const docsUrl = vi.fn((code: number) =>
      code === 11305 ? `https://docs.example/errors/${String(code)}` : null,
    );
    const { rerender } = render(
      <KusciaErrorProvider docsUrl={docsUrl}>
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    const link = screen.getByRole('link', { name: en.documentation });
    expect(link).toHaveAttribute('href', 'https://docs.example/errors/11305');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(docsUrl).toHaveBeenCalledWith(11305);

    rerender(
      <KusciaErrorProvider docsUrl={docsUrl}>
        <KusciaErrorAlert error={masterDown()} />
      </KusciaErrorProvider>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={notFound()} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('never asks for a docs link for a failure without a code', () => {
    const docsUrl = vi.fn(() => 'https://docs.example/');
    render(
      <KusciaErrorProvider docsUrl={docsUrl}>
        <KusciaErrorAlert error={networkError()} />
      </KusciaErrorProvider>,
    );
    expect(docsUrl).not.toHaveBeenCalled();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('KusciaErrorAlert: Copy details', () => {
  async function copyAndRead(
    error: unknown,
    locale: KusciaLocaleMessages,
  ): Promise<{ text: string; status: HTMLElement }> {
    const user = userEvent.setup();
    // After setup(): user-event installs its own clipboard stub on navigator.
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    render(<KusciaErrorAlert error={error} locale={locale} />);
    const alert = screen.getByRole('alert');
    const status = within(alert).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(alert).getByRole('button', { name: locale.labels.copyDetails }));
    expect(writeText).toHaveBeenCalledOnce();
    return { text: writeText.mock.calls[0]![0], status };
  }

  it('copies code, key, title, server message, HTTP status, source and an ISO time, and says "Copied"', async () => {
    const { text, status } = await copyAndRead(axiosStyle(notFound(), 200), enUS);
    expect(text).toContain('11305');
    expect(text).toContain(NOT_FOUND_KEY);
    expect(text).toContain(enUS.codes[11305].title);
    expect(text).toContain(NOT_FOUND_MESSAGE);
    expect(text).toContain(`${en.fields.httpStatus}: 200`);
    expect(text).toContain(`${en.fields.source}: ${en.sources.kuscia}`);
    expect(text).toMatch(ISO_TIME);
    expect(text).not.toMatch(/<[a-z]/i); // plain text, no markup
    await waitFor(() => {
      expect(status).toHaveTextContent(en.copied);
    });
  });

  it('copies a zh-CN report in a zh-CN alert and announces 已复制', async () => {
    const { text, status } = await copyAndRead(axiosStyle(notFound(), 200), zhCN);
    expect(text).toContain(`${zh.fields.code}: 11305`);
    expect(text).toContain('节点不存在异常');
    expect(text).toContain(`${zh.fields.serverMessage}: ${NOT_FOUND_MESSAGE}`);
    expect(text).toMatch(ISO_TIME);
    await waitFor(() => {
      expect(status).toHaveTextContent(zh.copied);
    });
  });

  it('announces a refused copy in the same polite status', async () => {
    const user = userEvent.setup();
    stubClipboard(() =>
      Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    );
    // The legacy fallback fails too, as it does when the page may not touch the clipboard.
    const execCommand = vi.fn(() => false);
    stubExecCommand(execCommand);
    render(<KusciaErrorAlert error={notFound()} />);
    await user.click(screen.getByRole('button', { name: en.copyDetails }));
    const status = within(screen.getByRole('alert')).getByRole('status');
    await waitFor(() => {
      expect(status).toHaveTextContent(en.copyFailed);
    });
    expect(status).not.toHaveTextContent(en.copied);
    expect(execCommand).toHaveBeenCalledWith('copy');
  });

  it('falls back to execCommand("copy") where the Clipboard API is missing', async () => {
    const user = userEvent.setup();
    stubClipboard(undefined);
    let copied = '';
    stubExecCommand(() => {
      copied = copyTextarea()?.value ?? '';
      return true;
    });
    render(<KusciaErrorAlert error={notFound()} />);
    const button = screen.getByRole('button', { name: en.copyDetails });
    await user.click(button);
    const status = within(screen.getByRole('alert')).getByRole('status');
    await waitFor(() => {
      expect(status).toHaveTextContent(en.copied);
    });
    expect(copied).toContain('11305');
    // The helper textarea is gone and focus is back where it was.
    expect(copyTextarea()).toBeNull();
    expect(button).toHaveFocus();
  });
});

describe('KusciaErrorAlert: autoFocus', () => {
  it('focuses the alert once when it mounts, and never again across re-renders with a new error', async () => {
    const user = userEvent.setup();
    const Page = ({ error }: { error: unknown }) => (
      <>
        <input aria-label="Domain ID" />
        <KusciaErrorAlert error={error} autoFocus />
      </>
    );
    const { rerender } = render(<Page error={notFound()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveAttribute('tabindex', '-1');

    await user.click(screen.getByRole('textbox', { name: 'Domain ID' }));
    rerender(<Page error={masterDown()} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.codes[11103].title),
    );
    expect(screen.getByRole('textbox', { name: 'Domain ID' })).toHaveFocus();

    rerender(<Page error={envelope(11306, 'again')} />);
    expect(screen.getByRole('textbox', { name: 'Domain ID' })).toHaveFocus();
  });

  it('focuses when the error first appears, if the alert mounted empty', () => {
    const { rerender } = render(<KusciaErrorAlert error={null} autoFocus />);
    rerender(<KusciaErrorAlert error={notFound()} autoFocus />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('does not take focus without autoFocus', () => {
    render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.getByRole('alert')).not.toHaveFocus();
    expect(screen.getByRole('alert')).not.toHaveAttribute('tabindex');
  });
});

describe('KusciaErrorAlert: DOM contract', () => {
  it.each(['inline', 'banner', 'compact'] as const)('exposes data-variant="%s"', (variant) => {
    render(<KusciaErrorAlert error={notFound()} variant={variant} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', variant);
  });

  it('defaults to the inline variant', () => {
    render(<KusciaErrorAlert error={notFound()} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', 'inline');
  });

  it.each([
    ['kuscia', notFound()],
    ['network', networkError()],
    ['http', axiosStyle('', 401)],
    ['timeout', Object.assign(new Error('signal timed out'), { name: 'TimeoutError' })],
    ['unknown', new Error('boom')],
  ])('exposes data-source="%s"', (source, error) => {
    render(<KusciaErrorAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-source', source);
  });

  it('exposes data-severity and the data-part of each part', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorAlert error={masterDown()} showDetails onRetry={vi.fn()} onDismiss={vi.fn()} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-severity', 'error');
    expect(screen.getByRole('button', { name: en.retry })).toHaveAttribute('data-part', 'retry');
    expect(screen.getByRole('button', { name: en.dismiss })).toHaveAttribute(
      'data-part',
      'dismiss',
    );
    expect(screen.getByRole('button', { name: en.copyDetails })).toHaveAttribute(
      'data-part',
      'copy',
    );
    const toggle = screen.getByRole('button', { name: en.details });
    expect(toggle).toHaveAttribute('data-part', 'details-toggle');
    await user.click(toggle);
    expect(partNames(alert)).toEqual(
      expect.arrayContaining([
        'icon',
        'title',
        'resolution',
        'details',
        'details-list',
        'actions',
        'code',
        'copy-status',
      ]),
    );
  });

  it('forwards ref, className, style and other DOM props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    const onMouseEnter = vi.fn();
    render(
      <KusciaErrorAlert
        ref={ref}
        error={notFound()}
        className="my-alert"
        style={{ marginBlock: '3px' }}
        id="domain-error"
        data-testid="root"
        lang="en"
        onMouseEnter={onMouseEnter}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(ref.current).toBe(alert);
    expect(alert).toHaveClass('kek-alert', 'my-alert');
    expect(alert).toHaveStyle({ marginBlock: '3px' });
    expect(alert).toHaveAttribute('id', 'domain-error');
    expect(alert).toHaveAttribute('data-testid', 'root');
    expect(alert).toHaveAttribute('lang', 'en');
    fireEvent.mouseEnter(alert);
    expect(onMouseEnter).toHaveBeenCalledOnce();
  });

  it('calls a callback ref with the root element', () => {
    const ref = vi.fn<(node: HTMLDivElement | null) => void>();
    render(<KusciaErrorAlert ref={ref} error={notFound()} />);
    expect(ref).toHaveBeenCalledWith(screen.getByRole('alert'));
  });

  it('keeps the markup but drops every class with unstyled', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <KusciaErrorAlert error={masterDown()} showDetails onRetry={vi.fn()} onDismiss={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: en.details }));
    const styledParts = partNames(screen.getByRole('alert'));
    expect(classedElements(screen.getByRole('alert')).length).toBeGreaterThan(10);
    unmount();

    render(
      <KusciaErrorAlert
        error={masterDown()}
        showDetails
        onRetry={vi.fn()}
        onDismiss={vi.fn()}
        unstyled
      />,
    );
    await user.click(screen.getByRole('button', { name: en.details }));
    expect(classedElements(screen.getByRole('alert'))).toEqual([]);
    expect(partNames(screen.getByRole('alert'))).toEqual(styledParts);
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', 'inline');
  });

  it('keeps a caller className with unstyled', () => {
    render(<KusciaErrorAlert error={notFound()} unstyled className="mine" />);
    expect(screen.getByRole('alert')).toHaveAttribute('class', 'mine');
  });
});

describe('KusciaErrorAlert inside a provider', () => {
  const wrap = (children: ReactNode, locale = 'zh-Hans-CN') => (
    <KusciaErrorProvider locale={locale}>{children}</KusciaErrorProvider>
  );

  it('takes the provider locale, and its own locale prop wins', () => {
    const { rerender } = render(wrap(<KusciaErrorAlert error={notFound()} />));
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining('节点不存在异常'),
    );
    rerender(wrap(<KusciaErrorAlert error={notFound()} locale="en-US" />));
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      expect.stringContaining(enUS.codes[11305].title),
    );
  });
});
