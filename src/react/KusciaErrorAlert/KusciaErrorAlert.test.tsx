import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  parseKusciaError,
  unwrapKusciaResponse,
  useKusciaError,
} from '../../index';
import { zhCN } from '../../locales/zh-CN/index';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  EN,
  HOSTILE,
  ISO_TIME,
  KEY,
  MESSAGE,
  ORACLE,
  SSO_LOGIN_PAGE,
  ZH,
  abortError,
  axiosStyle,
  badgeName,
  codeOnly,
  docsUrl,
  envelope,
  networkError,
  recorded,
  timeoutError,
  unknownCodeTitle,
  type Locale,
} from '../../../test/fixtures';
import { kubernetes } from '../../../test/fixtures/reason/kubernetes';
import {
  alertRoot,
  announcers,
  childPartNames,
  classedElements,
  copyTextarea,
  iconElements,
  injectedElements,
  part,
  partNames,
  referencedElements,
  restoreDomStubs,
  stubClipboard,
  stubExecCommand,
} from '../../../test/react/dom';
import { findAnnouncement } from '../../../test/react/announcer';

/** What `unwrapKusciaResponse` throws for a body that is no KusciaAPI answer (an SSO login page). */
function invalidResponse(): unknown {
  try {
    unwrapKusciaResponse(SSO_LOGIN_PAGE);
  } catch (error: unknown) {
    return error;
  }
  throw new Error('unwrapKusciaResponse accepted a login page');
}

/** The report "Copy details" wrote, with its timestamp replaced by `<time>`. */
const withoutTime = (report: string) => report.replace(ISO_TIME, '<time>');

/**
 * Fake timers that Testing Library's async utilities and user-event advance too: Testing Library drains
 * React's work with a setTimeout(0), which only moves under fake timers it knows by the name `jest`.
 */
function userWithFakeClock() {
  vi.useFakeTimers();
  vi.stubGlobal('jest', {
    advanceTimersByTime: (ms: number) => {
      vi.advanceTimersByTime(ms);
    },
  });
  return userEvent.setup({
    advanceTimers: (ms) => {
      vi.advanceTimersByTime(ms);
    },
  });
}

/** Moves the fake clock by `ms`, settling promises and React's updates on the way. */
async function advance(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  restoreDomStubs();
  vi.restoreAllMocks();
});

describe('KusciaErrorAlert: what it renders', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['a KusciaAPI success (status.code 0)', recorded.success()],
    ['a KusciaAPI success without data', recorded.successCreate()],
  ])('renders nothing for %s', (_label, error) => {
    const { container } = render(
      <KusciaErrorAlert error={error} onRetry={vi.fn()} onDismiss={vi.fn()} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('is named by its localized title and described by the next step alone', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const alert = screen.getByRole('alert', { name: EN.reason.domainNotFound.title });
    expect(alert).toHaveAccessibleDescription(EN.reason.domainNotFound.resolution);
    expect(within(alert).getByText(EN.reason.domainNotFound.resolution)).toBeVisible();
  });

  it("is named by the code's own title when the message names no cause", () => {
    render(<KusciaErrorAlert error={codeOnly.domainNotFound()} />);
    const alert = screen.getByRole('alert', { name: EN.title[11305] });
    expect(alert).toHaveAccessibleDescription(EN.resolution[11305]);
  });

  it('shows the code in a chip whose text is the visible code, read as "Error code 11305"', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const chip = within(screen.getByRole('alert')).getByText('11305');
    // Chip and badge share one part name.
    expect(chip).toHaveAttribute('data-part', 'badge');
    // What a screen reader hears, spaced as written; the words are their own part, which the stylesheet
    // hides visually (checked in Chromium).
    expect(chip.textContent).toBe(badgeName(11305));
    expect(part(chip, 'badge-label')?.textContent).toBe('Error code ');
  });

  it('has no icon element: the stylesheet paints the icon, the role says how urgent it is', () => {
    const { rerender } = render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    for (const role of ['alert', 'status'] as const) {
      const root = screen.getByRole(role);
      // Nothing hidden from assistive technology is left inside: no glyph, no severity word.
      expect(iconElements(root)).toEqual([]);
      // The title comes first, with no severity word before it.
      expect(childPartNames(root)[0]).toBe('title');
      rerender(<KusciaErrorAlert error={recorded.domainExists()} />);
    }
  });

  it('is not a heading by default, and is one at headingLevel', () => {
    const { rerender } = render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} headingLevel={3} />);
    expect(
      screen.getByRole('heading', { level: 3, name: EN.reason.domainNotFound.title }),
    ).toBeVisible();
    // The heading is still what names the alert.
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
  });

  it('speaks zh-CN through the locale prop, with the upstream doc text verbatim', () => {
    render(
      <KusciaErrorAlert error={codeOnly.domainNotFound()} locale={zhCN} onDismiss={vi.fn()} />,
    );
    const alert = screen.getByRole('alert', { name: '节点不存在异常' });
    expect(alert).toHaveAccessibleDescription('节点不存在异常，确认节点是否存在');
    expect(within(alert).getByRole('button', { name: '关闭' })).toBeVisible();
    expect(within(alert).getByRole('button', { name: '复制详情' })).toBeVisible();
    expect(within(alert).getByText('11305').textContent).toBe(badgeName(11305, 'zh-CN'));
  });

  // Regression test for issue #10: a zh-CN tag outside a provider used to render English.
  it('gives Chinese for a zh-CN tag outside any provider once the zh-CN text is loaded', () => {
    const warn = vi.spyOn(console, 'warn');
    render(<KusciaErrorAlert error={recorded.domainNotFound()} locale="zh-CN" />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(ZH.reason.domainNotFound.title);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['zh', ZH.reason.domainNotFound.title],
    ['zh-Hans-CN', ZH.reason.domainNotFound.title],
    ['zh-CN', ZH.reason.domainNotFound.title],
    ['en-GB', EN.reason.domainNotFound.title],
    ['fr-FR', EN.reason.domainNotFound.title],
  ])('negotiates the tag %s, inside a provider or not', (tag, title) => {
    const { rerender } = render(
      <KusciaErrorAlert error={recorded.domainNotFound()} locale={tag} />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title);
    rerender(
      <KusciaErrorProvider>
        <KusciaErrorAlert error={recorded.domainNotFound()} locale={tag} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title);
  });

  it("falls back to the provider's locale when the locale prop is neither a tag nor messages", () => {
    // Untyped callers: this once threw ("Cannot read properties of undefined") while rendering.
    render(
      <KusciaErrorProvider locale="zh-CN">
        <KusciaErrorAlert error={recorded.domainNotFound()} locale={{} as never} />
        <ErrorCodeBadge code={11306} locale={{ locale: 'en-US' } as never} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(ZH.reason.domainNotFound.title);
    expect(
      screen.getByRole('button', { name: badgeName(11306, 'zh-CN') }),
    ).toHaveAccessibleDescription('节点已存在异常');
  });

  it('treats props outside their types as the defaults, never as a broken element', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <KusciaErrorAlert
        error={recorded.masterUnreachable()}
        onRetry={vi.fn()}
        headingLevel={9 as never}
        role={'bogus' as never}
        live={'loud' as never}
        retryButton={'sometimes' as never}
        variant={'huge' as never}
      />,
    );
    const alert = screen.getByRole('alert', { name: EN.reason.masterUnreachable.title });
    expect(alert).not.toHaveAttribute('aria-live');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    // An unknown retryButton acts as `auto`: 11103 is retryable, 11305 is not.
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    rerender(
      <KusciaErrorAlert
        error={recorded.domainNotFound()}
        onRetry={vi.fn()}
        retryButton={'sometimes' as never}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('shows no documentation link when docsUrl throws or returns something other than a URL', () => {
    const { rerender } = render(
      <KusciaErrorProvider
        docsUrl={() => {
          throw new Error('docs index not loaded');
        }}
      >
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    for (const answer of [{}, '', '   ', 42]) {
      rerender(
        <KusciaErrorProvider docsUrl={() => answer as never}>
          <KusciaErrorAlert error={recorded.domainNotFound()} />
        </KusciaErrorProvider>,
      );
      expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    }
  });

  it('gives failures without a code a generic localized title and no code chip', () => {
    render(<KusciaErrorAlert error={networkError()} />);
    const alert = screen.getByRole('alert', { name: 'Cannot reach KusciaAPI' });
    expect(alert).toHaveAccessibleDescription(EN.resolution.network);
    expect(alert).toHaveAttribute('data-source', 'network');
    expect(part(alert, 'badge')).toBeNull();
  });

  it("names an unknown code in its generic title, with the server's words as the next step", () => {
    render(<KusciaErrorAlert error={envelope(99999, 'from a newer Kuscia')} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(unknownCodeTitle(99999));
    expect(screen.getByRole('alert')).toHaveAccessibleDescription('from a newer Kuscia');
    expect(screen.getByText('99999')).toHaveTextContent(badgeName(99999));
  });

  it("reads SecretPad's { status: { code, msg } } as an unknown code while no catalogue is registered", async () => {
    const user = userEvent.setup();
    render(<KusciaErrorAlert error={recorded.secretpad()} showDetails />);
    const alert = screen.getByRole('alert', { name: unknownCodeTitle(202011402) });
    // The server's own words are the next step of a code no table knows.
    expect(alert).toHaveAccessibleDescription(MESSAGE.secretpad);
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(
      within(alert)
        .getAllByRole('definition')
        .map((value) => value.textContent),
    ).toEqual([MESSAGE.secretpad, 'SecretPad']);
  });

  it('says what to check when a 200 answer is no KusciaAPI response (a login page)', () => {
    render(<KusciaErrorAlert error={invalidResponse()} />);
    const alert = screen.getByRole('alert', { name: 'The answer is not a KusciaAPI response' });
    expect(alert).toHaveAttribute('data-source', 'invalidResponse');
    expect(alert).toHaveAccessibleDescription(expect.stringContaining('port 8082'));
  });
});

describe('KusciaErrorAlert: an info from useKusciaError', () => {
  function DomainPanel({ failure }: { failure: unknown }) {
    const { info, capture } = useKusciaError();
    return (
      <>
        <button
          type="button"
          onClick={() => {
            capture(failure);
          }}
        >
          Query Domain bob
        </button>
        <KusciaErrorAlert error={info} showDetails />
      </>
    );
  }

  // Regression test for issue #10: parsing the info again read it as a bare status and lost serverMessage.
  it('keeps the server message and HTTP status in Details and in Copy details', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    render(<DomainPanel failure={axiosStyle(recorded.domainNotFound(), 200)} />);
    await user.click(screen.getByRole('button', { name: 'Query Domain bob' }));

    const alert = screen.getByRole('alert', { name: EN.reason.domainNotFound.title });
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText(MESSAGE.domainNotFound)).toBeVisible();
    expect(within(alert).getByText('200')).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]![0]).toContain(`Server message: ${MESSAGE.domainNotFound}`);
    expect(writeText.mock.calls[0]![0]).toContain('HTTP status: 200');
  });

  it('shows an info exactly as a parsed one: same name, rows and data attributes', async () => {
    const user = userEvent.setup();
    const info = parseKusciaError(axiosStyle(recorded.masterUnreachable(), 200));
    render(
      <>
        <KusciaErrorAlert error={info} showDetails aria-label="from info" />
        <KusciaErrorAlert
          error={axiosStyle(recorded.masterUnreachable(), 200)}
          showDetails
          aria-label="from the raw error"
        />
      </>,
    );
    const [fromInfo, fromRaw] = screen.getAllByRole('alert');
    for (const alert of [fromInfo!, fromRaw!]) {
      await user.click(within(alert).getByRole('button', { name: 'Details' }));
      expect(within(alert).getByText(MESSAGE.masterUnreachable)).toBeVisible();
      expect(alert).toHaveAttribute('data-source', 'kuscia');
      expect(alert).toHaveAttribute('data-severity', 'error');
    }
    expect(partNames(fromInfo!)).toEqual(partNames(fromRaw!));
  });
});

describe('KusciaErrorAlert: the cause read from the server message (#11)', () => {
  it.each(['en-US', 'zh-CN'] as const)(
    "%s: named by the cause's title, the code's own title first in Details",
    async (locale) => {
      const user = userEvent.setup();
      const text = ORACLE[locale];
      render(<KusciaErrorAlert error={recorded.domainNotFound()} locale={locale} showDetails />);
      const alert = screen.getByRole('alert', { name: text.reason.domainNotFound.title });
      expect(alert).toHaveAccessibleDescription(text.reason.domainNotFound.resolution);
      // The code keeps its chip.
      expect(within(alert).getByText('11305')).toHaveTextContent(badgeName(11305, locale));
      await user.click(within(alert).getByRole('button', { name: text.label.details }));
      const [firstTerm] = within(alert).getAllByRole('term');
      const [firstValue] = within(alert).getAllByRole('definition');
      expect(firstTerm).toHaveTextContent(text.field.codeTitle);
      expect(firstValue).toHaveTextContent(text.title[11305]);
    },
  );

  it('has no "Code title" row when the code gave the title', async () => {
    const user = userEvent.setup();
    render(<KusciaErrorAlert error={codeOnly.domainNotFound()} showDetails />);
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Server message',
      'Source',
      'Key',
    ]);
  });

  it.each(['en-US', 'zh-CN'] as const)(
    '%s: Copy details writes the cause as the title and the code\'s as "Code title"',
    async (locale) => {
      const user = userEvent.setup();
      const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
      stubClipboard(writeText);
      const text = ORACLE[locale];
      render(<KusciaErrorAlert error={recorded.jobExists()} locale={locale} />);
      await user.click(screen.getByRole('button', { name: text.label.copyDetails }));
      expect(writeText).toHaveBeenCalledOnce();
      expect(withoutTime(writeText.mock.calls[0]![0])).toBe(
        [
          `${text.field.code}: 11201`,
          `${text.field.key}: KusciaAPIErrCreateJob`,
          `${text.field.title}: ${text.reason.jobExists.title}`,
          `${text.field.codeTitle}: ${text.title[11201]}`,
          `${text.field.serverMessage}: ${MESSAGE.jobExists}`,
          `${text.field.source}: ${text.source.kuscia}`,
          `${text.field.time}: <time>`,
        ].join('\n'),
      );
    },
  );

  it('offers Retry for an update conflict under 11205, whose own code is not retryable', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(
      <KusciaErrorAlert
        error={envelope(kubernetes.conflictJob.code, kubernetes.conflictJob.message)}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert', {
      name: 'Job “job-1” was changed by someone else at the same time',
    });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();

    // The same code with a missing Job: nothing an unchanged retry can fix.
    rerender(
      <KusciaErrorAlert
        error={envelope(11205, 'kusciajobs.kuscia.secretflow "job-1" not found')}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('Job “job-1” does not exist');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('is a polite warning for "already exists" under 11201, an error code', () => {
    const { rerender } = render(<KusciaErrorAlert error={recorded.jobExists()} />);
    const status = screen.getByRole('status', { name: EN.reason.jobExists.title });
    expect(status).toHaveAttribute('data-severity', 'warning');
    expect(status).toHaveAccessibleDescription(EN.reason.jobExists.resolution);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Another cause under the same code stays an error.
    rerender(
      <KusciaErrorAlert
        error={envelope(kubernetes.invalidTwoCauses.code, kubernetes.invalidTwoCauses.message)}
      />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      'Job “job-1” was rejected: 2 fields are not valid',
    );
    expect(screen.getByRole('alert')).toHaveAttribute('data-severity', 'error');
  });

  it('keeps hostile text inside a cause as text: markup and placeholders alike', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    const message = 'domains.kuscia.secretflow "<img src=x onerror=alert(1)>" not found';
    const { rerender } = render(<KusciaErrorAlert error={envelope(11305, message)} showDetails />);
    const alert = screen.getByRole('alert', {
      name: 'Domain “<img src=x onerror=alert(1)>” does not exist',
    });
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText(message)).toBeVisible();
    expect(injectedElements(document)).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Copy details' }));
    expect(writeText.mock.calls[0]![0]).toContain(
      'Title: Domain “<img src=x onerror=alert(1)>” does not exist',
    );

    // A value that looks like a placeholder is not filled a second time.
    rerender(
      <KusciaErrorAlert
        error={envelope(11305, 'domains.kuscia.secretflow "{kind}{name}" not found')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('Domain “{kind}{name}” does not exist');

    rerender(
      <KusciaErrorAlert
        error={envelope(
          11100,
          'Field "domain_id" is invalid, invalid value: "<script>alert(1)</script>": regex used for validation is "^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$" ',
        )}
      />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(
      "Field domain_id: only lowercase letters, digits, '-' and '.' are allowed (got “<script>alert(1)</script>”)",
    );
    expect(injectedElements(document)).toEqual([]);
  });
});

describe('KusciaErrorAlert: role and live region', () => {
  it('is role="alert" for errors and role="status" for warnings', () => {
    const { rerender } = render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-severity', 'error');
    rerender(<KusciaErrorAlert error={recorded.domainExists()} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const status = screen.getByRole('status', { name: EN.reason.domainExists.title });
    expect(status).toHaveAttribute('data-severity', 'warning');
    expect(status).toHaveAccessibleDescription(EN.reason.domainExists.resolution);
  });

  it('is a polite warning for gRPC ALREADY_EXISTS (6), as the badge for code 6', () => {
    render(
      <>
        <KusciaErrorAlert error={envelope(6, 'already exists')} />
        <ErrorCodeBadge code={6} />
      </>,
    );
    const status = screen.getByRole('status', { name: 'Already exists' });
    expect(status).toHaveAttribute('data-severity', 'warning');
    expect(screen.getByRole('button', { name: badgeName(6) })).toHaveAttribute(
      'data-severity',
      'warning',
    );
  });

  it('lets the caller choose the role', () => {
    const { rerender, container } = render(
      <KusciaErrorAlert error={recorded.domainNotFound()} role="status" />,
    );
    expect(screen.getByRole('status', { name: EN.reason.domainNotFound.title })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={recorded.domainExists()} role="alert" />);
    expect(screen.getByRole('alert', { name: EN.reason.domainExists.title })).toBeVisible();

    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} role="none" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const root = alertRoot(container);
    expect(root).not.toHaveAttribute('role');
    // A generic element may not be named: no aria-labelledby on a role-less root.
    expect(root).not.toHaveAttribute('aria-labelledby');
    expect(root).toHaveAttribute('data-severity', 'error');
    expect(screen.getByText(EN.reason.domainNotFound.title)).toBeVisible();
  });

  it('sets aria-live only when asked', () => {
    const { rerender } = render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.getByRole('alert')).not.toHaveAttribute('aria-live');
    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} live="polite" />);
    expect(screen.getByRole('alert')).toHaveAttribute('aria-live', 'polite');
    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} live="off" />);
    expect(screen.getByRole('alert')).toHaveAttribute('aria-live', 'off');
  });
});

describe('KusciaErrorAlert: details disclosure', () => {
  it('has no disclosure unless showDetails', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.queryByRole('button', { name: 'Details' })).not.toBeInTheDocument();
    expect(screen.queryByText(MESSAGE.domainNotFound)).not.toBeInTheDocument();
  });

  it('is a real button, collapsed by default, that reveals the server message, HTTP status and details', async () => {
    const user = userEvent.setup();
    const body = envelope(11305, MESSAGE.domainNotFound, [
      { '@type': 'debug', reason: 'bob missing' },
    ]);
    render(<KusciaErrorAlert error={axiosStyle(body, 200)} showDetails />);

    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle).toHaveAttribute('data-part', 'details-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const [panel] = referencedElements(toggle, 'aria-controls');
    if (!panel) throw new Error('aria-controls points at nothing');
    expect(panel).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const details = within(panel);
    // One row per field, in this order, each a data-part="details-row".
    expect(details.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Code title',
      'Server message',
      'HTTP status',
      'Details',
      'Source',
      'Key',
    ]);
    expect(details.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      EN.title[11305],
      MESSAGE.domainNotFound,
      '200',
      '[{"@type":"debug","reason":"bob missing"}]',
      'KusciaAPI',
      KEY[11305],
    ]);
    expect(partNames(panel)).toEqual(Array(6).fill('details-row'));

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it("lists only what a failure without a code has: the error's message and the source", async () => {
    const user = userEvent.setup();
    render(<KusciaErrorAlert error={networkError()} showDetails />);
    const toggle = screen.getByRole('button', { name: 'Details' });
    await user.click(toggle);
    const [panel] = referencedElements(toggle, 'aria-controls');
    expect(
      within(panel!)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Server message', 'Source']);
    expect(
      within(panel!)
        .getAllByRole('definition')
        .map((value) => value.textContent),
    ).toEqual(['Failed to fetch', 'Network']);
  });

  it('opens from the keyboard', async () => {
    const user = userEvent.setup();
    render(<KusciaErrorAlert error={recorded.domainNotFound()} showDetails locale={zhCN} />);
    const toggle = screen.getByRole('button', { name: '详情' });
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('服务端信息')).toBeVisible();
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
    await user.click(screen.getByRole('button', { name: 'Details' }));

    const panel = within(part(container, 'details-list')!);
    expect(panel.getByText(HOSTILE)).toBeVisible(); // the server message
    expect(panel.getByText(JSON.stringify([HOSTILE]))).toBeVisible(); // status.details, as JSON text
    expect(injectedElements(document)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]![0]).toContain(`Server message: ${HOSTILE}`);
  });

  it('keeps a hostile message as text when it is the whole error', () => {
    render(<KusciaErrorAlert error={new Error(HOSTILE)} showDetails />);
    const alert = screen.getByRole('alert', { name: 'Something went wrong' });
    expect(alert).toHaveAttribute('data-source', 'unknown');
    expect(injectedElements(document)).toEqual([]);
  });

  it('cuts a 1 MB server message to a readable length', async () => {
    const user = userEvent.setup();
    const huge = `${'x'.repeat(1_000_000)}TAIL`;
    render(<KusciaErrorAlert error={envelope(11305, huge)} showDetails />);
    await user.click(screen.getByRole('button', { name: 'Details' }));

    // Nothing in a cut message names a cause: the code's own title.
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.title[11305]);
    const message = screen.getByText(/^x+…$/);
    expect(message.textContent.length).toBeLessThan(10_000);
    expect(screen.queryByText(/TAIL/)).not.toBeInTheDocument();
  });

  it('renders a 1 MB string handed over as the error as an unknown failure', () => {
    render(<KusciaErrorAlert error={'y'.repeat(1_000_000)} showDetails />);
    const alert = screen.getByRole('alert', { name: 'Something went wrong' });
    expect(alert).toHaveAttribute('data-source', 'unknown');
    expect(part(alert, 'badge')).toBeNull();
  });
});

describe('KusciaErrorAlert: actions', () => {
  it('shows Retry only for a retryable failure with onRetry, and calls it once per click', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(
      <KusciaErrorAlert error={recorded.masterUnreachable()} onRetry={onRetry} />,
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();

    rerender(<KusciaErrorAlert error={recorded.masterUnreachable()} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} onRetry={onRetry} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={networkError()} onRetry={onRetry} />);
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveAttribute('data-part', 'retry');
  });

  // Regression: the click event was passed through, so onRetry={refetch} got it as options and
  // onRetry={mutate} (SWR) put a MouseEvent in the cache.
  it('calls onRetry and onDismiss with no arguments', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const onDismiss = vi.fn();
    render(
      <KusciaErrorAlert
        error={recorded.masterUnreachable()}
        onRetry={onRetry}
        onDismiss={onDismiss}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onRetry).toHaveBeenCalledWith();
    expect(onDismiss).toHaveBeenCalledWith();
  });

  it('honours retryButton="always" and retryButton="never"', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(
      <KusciaErrorAlert error={recorded.domainNotFound()} onRetry={onRetry} retryButton="always" />,
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();

    rerender(
      <KusciaErrorAlert
        error={recorded.masterUnreachable()}
        onRetry={onRetry}
        retryButton="never"
      />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.masterUnreachable.title);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    // `always` still needs something to call.
    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} retryButton="always" />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('shows Dismiss only with onDismiss', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { rerender } = render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('renders the action slot after the built-in actions', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(
      <KusciaErrorAlert
        error={recorded.domainNotFound()}
        action={
          <button type="button" onClick={onOpen}>
            Open domain list
          </button>
        }
      />,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Copy details', 'Open domain list']);
    await user.click(within(alert).getByRole('button', { name: 'Open domain list' }));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('hides Copy details with showCopy={false}', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} showCopy={false} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
    expect(screen.queryByRole('button', { name: 'Copy details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(announcers()).toEqual([]);
  });

  it('keeps a custom action inside the alert, in its own part between the built-in actions and Dismiss', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(
      <KusciaErrorProvider docsUrl={docsUrl}>
        <KusciaErrorAlert
          error={recorded.masterUnreachable()}
          onRetry={vi.fn()}
          onDismiss={vi.fn()}
          action={
            <>
              <button type="button" onClick={onOpen}>
                Open Domain list
              </button>
              <a href="#routes">Routes</a>
            </>
          }
        />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    // In tab (and reading) order: Retry, Copy details, Documentation, the action, Dismiss.
    const inAlert = within(alert);
    for (const control of [
      inAlert.getByRole('button', { name: 'Retry' }),
      inAlert.getByRole('button', { name: 'Copy details' }),
      inAlert.getByRole('link', { name: 'Documentation' }),
      inAlert.getByRole('button', { name: 'Open Domain list' }),
      inAlert.getByRole('link', { name: 'Routes' }),
      inAlert.getByRole('button', { name: 'Dismiss' }),
    ]) {
      await user.tab();
      expect(control).toHaveFocus();
    }
    expect(childPartNames(alert)).toEqual([
      'title',
      'resolution',
      'badge',
      'retry',
      'copy',
      'docs',
      'action',
      'dismiss',
    ]);
    const slot = part(alert, 'action');
    expect(slot).toContainElement(within(alert).getByRole('button', { name: 'Open Domain list' }));
    expect(slot).toContainElement(within(alert).getByRole('link', { name: 'Routes' }));
    expect(slot).toHaveClass('kek-alert__action');
    await user.click(within(alert).getByRole('button', { name: 'Open Domain list' }));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it.each([
    ['null', null],
    ['false', false],
    ['undefined', undefined],
  ])('adds no action part for action={%s}', (_label, action) => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} action={action} />);
    const alert = screen.getByRole('alert');
    expect(part(alert, 'action')).toBeNull();
  });

  it('links to the documentation only when the provider has a URL for the code', () => {
    const docs = vi.fn((code: number) => (code === 11305 ? docsUrl(code) : null));
    const { rerender } = render(
      <KusciaErrorProvider docsUrl={docs}>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    const link = screen.getByRole('link', { name: 'Documentation' });
    expect(link).toHaveAttribute('href', 'https://docs.example.com/kuscia/error-codes#11305');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(docs).toHaveBeenCalledWith(11305);

    rerender(
      <KusciaErrorProvider docsUrl={docs}>
        <KusciaErrorAlert error={recorded.masterUnreachable()} />
      </KusciaErrorProvider>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('never asks for a docs link for a failure without a code', () => {
    const docs = vi.fn(() => 'https://docs.example/');
    render(
      <KusciaErrorProvider docsUrl={docs}>
        <KusciaErrorAlert error={networkError()} />
      </KusciaErrorProvider>,
    );
    expect(docs).not.toHaveBeenCalled();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('KusciaErrorAlert: Copy details', () => {
  /** Copies from an alert; the button itself then says "Copied" (or "Could not copy"). */
  async function copyAndRead(
    error: unknown,
    locale: Locale,
  ): Promise<{ report: string; button: HTMLElement }> {
    const user = userEvent.setup();
    // After setup(): user-event installs its own clipboard stub on navigator.
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    render(<KusciaErrorAlert error={error} locale={locale} />);
    const alert = screen.getByRole('alert');
    const button = within(alert).getByRole('button', { name: ORACLE[locale].label.copyDetails });
    await user.click(button);
    expect(writeText).toHaveBeenCalledOnce();
    return { report: writeText.mock.calls[0]![0], button };
  }

  it('copies code, key, title, server message, HTTP status, source and an ISO time, and says "Copied"', async () => {
    const { report, button } = await copyAndRead(
      axiosStyle(recorded.domainNotFound(), 200),
      'en-US',
    );
    expect(withoutTime(report)).toBe(
      [
        'Code: 11305',
        `Key: ${KEY[11305]}`,
        `Title: ${EN.reason.domainNotFound.title}`,
        `Code title: ${EN.title[11305]}`,
        `Server message: ${MESSAGE.domainNotFound}`,
        'HTTP status: 200',
        'Source: KusciaAPI',
        'Time: <time>',
      ].join('\n'),
    );
    // Seen on the button, which keeps the focus; heard through the document's one polite region.
    expect(await within(screen.getByRole('alert')).findByRole('button', { name: 'Copied' })).toBe(
      button,
    );
    expect(button).toHaveFocus();
    await findAnnouncement('Copied');
  });

  it('copies a zh-CN report in a zh-CN alert and announces 已复制', async () => {
    const { report, button } = await copyAndRead(
      axiosStyle(recorded.domainNotFound(), 200),
      'zh-CN',
    );
    expect(withoutTime(report)).toBe(
      [
        '错误码: 11305',
        `标识: ${KEY[11305]}`,
        `标题: ${ZH.reason.domainNotFound.title}`,
        `错误码描述: ${ZH.title[11305]}`,
        `服务端信息: ${MESSAGE.domainNotFound}`,
        'HTTP 状态码: 200',
        '来源: KusciaAPI',
        '时间: <time>',
      ].join('\n'),
    );
    expect(await screen.findByRole('button', { name: '已复制' })).toBe(button);
    await findAnnouncement('已复制');
  });

  it('copies what a failure without a code has', async () => {
    const { report } = await copyAndRead(networkError(), 'en-US');
    expect(withoutTime(report)).toBe(
      [
        'Title: Cannot reach KusciaAPI',
        'Server message: Failed to fetch',
        'Source: Network',
        'Time: <time>',
      ].join('\n'),
    );
  });

  it('says a refused copy on the button and in the same polite region', async () => {
    const user = userEvent.setup();
    stubClipboard(() =>
      Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    );
    // The legacy fallback fails too, as it does when the page may not touch the clipboard.
    const execCommand = vi.fn(() => false);
    stubExecCommand(execCommand);
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(
      await within(screen.getByRole('alert')).findByRole('button', { name: 'Could not copy' }),
    ).toHaveAttribute('data-part', 'copy');
    await findAnnouncement('Could not copy');
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
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const button = screen.getByRole('button', { name: 'Copy details' });
    await user.click(button);
    await findAnnouncement('Copied');
    expect(button).toHaveAccessibleName('Copied');
    expect(copied).toContain('Code: 11305');
    // The helper textarea is gone and focus is back where it was.
    expect(copyTextarea()).toBeNull();
    expect(button).toHaveFocus();
  });

  it('says "Copy details" again on the button 4 s later; the region speaks after 50 ms and empties 5 s later', async () => {
    const user = userWithFakeClock();
    stubClipboard(() => Promise.resolve());
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const button = screen.getByRole('button', { name: 'Copy details' });
    await user.click(button);
    // The copy has settled (a resolved promise), but no time has passed yet.
    await advance(0);
    expect(button).toHaveAccessibleName('Copied');
    const [region] = announcers();
    expect(region).toBeEmptyDOMElement();

    await advance(50);
    expect(region).toHaveTextContent('Copied');
    await advance(3949);
    expect(button).toHaveAccessibleName('Copied');
    await advance(1);
    expect(button).toHaveAccessibleName('Copy details');
    expect(region).toHaveTextContent('Copied');
    await advance(1049);
    expect(region).toHaveTextContent('Copied');
    await advance(1);
    expect(region).toBeEmptyDOMElement();

    // Copying again empties the region at once and says the same words again, on a fresh 4 s.
    await user.click(button);
    await advance(0);
    expect(button).toHaveAccessibleName('Copied');
    expect(region).toBeEmptyDOMElement();
    await advance(50);
    expect(region).toHaveTextContent('Copied');
    await advance(3950);
    expect(button).toHaveAccessibleName('Copy details');
    expect(announcers()).toEqual([region]);
  });

  it('a second copy within 4 s keeps "Copied" for 4 s from the second click', async () => {
    const user = userWithFakeClock();
    stubClipboard(() => Promise.resolve());
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const button = screen.getByRole('button', { name: 'Copy details' });
    await user.click(button);
    await advance(3000);
    await user.click(button);
    await advance(3999);
    expect(button).toHaveAccessibleName('Copied');
    await advance(1);
    expect(button).toHaveAccessibleName('Copy details');
  });

  it('has one shared live region in the document, however many alerts copied', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.resolve());
    render(
      <main>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
        <KusciaErrorAlert error={recorded.domainExists()} />
        <KusciaErrorAlert error={recorded.masterUnreachable()} locale="zh-CN" />
        <KusciaErrorAlert error={networkError()} />
      </main>,
    );
    // No alert carries a region of its own: the only statuses are the warning itself.
    expect(screen.getAllByRole('status')).toEqual([
      screen.getByRole('status', { name: EN.reason.domainExists.title }),
    ]);
    expect(announcers()).toEqual([]);
    const buttons = screen.getAllByRole('button', { name: /^(Copy details|复制详情)$/ });
    expect(buttons).toHaveLength(4);
    for (const button of buttons) await user.click(button);
    // Every button says it; the one region said the last words, outside every alert, on <body>.
    await waitFor(() => {
      expect(screen.getAllByRole('button', { name: /^(Copied|已复制)$/ })).toHaveLength(4);
    });
    await findAnnouncement('Copied');
    expect(screen.getAllByRole('status')).toHaveLength(2);
  });

  // Regression test for the per-alert timer of #14: a parent's re-render with a new callback ref (an inline
  // `ref={(node) => …}`, a merged ref) detaches the old ref, which cleared the pending reset.
  it('says "Copy details" again 4 s later also when the parent re-renders with a new callback ref', async () => {
    const user = userWithFakeClock();
    stubClipboard(() => Promise.resolve());
    function Page() {
      const [renders, setRenders] = useState(0);
      return (
        <>
          <button
            type="button"
            onClick={() => {
              setRenders(renders + 1);
            }}
          >
            Refresh jobs
          </button>
          <KusciaErrorAlert
            error={recorded.domainNotFound()}
            ref={(node) => {
              if (node) node.dataset.renders = String(renders);
            }}
          />
        </>
      );
    }
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    await advance(0);
    const button = screen.getByRole('button', { name: 'Copied' });
    await user.click(screen.getByRole('button', { name: 'Refresh jobs' }));
    await advance(4000);
    expect(button).toHaveAccessibleName('Copy details');
  });

  // Regression test for the per-alert timer of #14: the state outlived the markup.
  it('shows a new failure with "Copy details", after the copied one went away', async () => {
    const user = userWithFakeClock();
    stubClipboard(() => Promise.resolve());
    const { rerender } = render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    await advance(0);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeVisible();
    // The retry clears the error, and it fails again differently.
    rerender(<KusciaErrorAlert error={null} />);
    await advance(1000);
    rerender(<KusciaErrorAlert error={recorded.masterUnreachable()} />);
    expect(
      within(screen.getByRole('alert', { name: EN.reason.masterUnreachable.title })).getByRole(
        'button',
        { name: 'Copy details' },
      ),
    ).toBeVisible();
  });
});

/* eslint-disable jsx-a11y/no-autofocus -- the prop under test */
describe('KusciaErrorAlert: autoFocus', () => {
  it('focuses the alert once when it mounts, and never again across re-renders with a new error', async () => {
    const user = userEvent.setup();
    const Page = ({ error }: { error: unknown }) => (
      <>
        <input aria-label="Domain ID" />
        <KusciaErrorAlert error={error} autoFocus />
      </>
    );
    const { rerender } = render(<Page error={recorded.domainNotFound()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveAttribute('tabindex', '-1');

    await user.click(screen.getByRole('textbox', { name: 'Domain ID' }));
    rerender(<Page error={recorded.masterUnreachable()} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.masterUnreachable.title);
    expect(screen.getByRole('textbox', { name: 'Domain ID' })).toHaveFocus();

    rerender(<Page error={recorded.domainExists()} />);
    expect(screen.getByRole('status', { name: EN.reason.domainExists.title })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Domain ID' })).toHaveFocus();
  });

  it('focuses when the error first appears, if the alert mounted empty', () => {
    const { rerender } = render(<KusciaErrorAlert error={null} autoFocus />);
    rerender(<KusciaErrorAlert error={recorded.domainNotFound()} autoFocus />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('does not take focus without autoFocus', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.getByRole('alert')).not.toHaveFocus();
    expect(screen.getByRole('alert')).not.toHaveAttribute('tabindex');
  });
});

/* eslint-enable jsx-a11y/no-autofocus */

describe('KusciaErrorAlert: DOM contract', () => {
  it.each(['inline', 'banner', 'compact'] as const)('exposes data-variant="%s"', (variant) => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} variant={variant} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', variant);
  });

  it('defaults to the inline variant', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', 'inline');
  });

  it.each([
    ['kuscia', () => recorded.domainNotFound(), 'alert', EN.reason.domainNotFound.title],
    ['network', networkError, 'alert', 'Cannot reach KusciaAPI'],
    ['http', () => axiosStyle('', 401), 'alert', 'Authentication failed'],
    ['timeout', timeoutError, 'alert', 'Request timed out'],
    ['aborted', abortError, 'status', 'Request cancelled'],
    ['invalidResponse', invalidResponse, 'alert', 'The answer is not a KusciaAPI response'],
    ['unknown', () => new Error('boom'), 'alert', 'Something went wrong'],
  ] as const)('exposes data-source="%s"', (source, error, role, title) => {
    render(<KusciaErrorAlert error={error()} />);
    expect(screen.getByRole(role, { name: title })).toHaveAttribute('data-source', source);
  });

  it('declares each part once: data-part on every part, in document order', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider docsUrl={docsUrl}>
        <KusciaErrorAlert
          error={recorded.masterUnreachable()}
          showDetails
          onRetry={vi.fn()}
          onDismiss={vi.fn()}
        />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-severity', 'error');
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(partNames(alert)).toEqual([
      'title',
      'resolution',
      'details',
      'details-toggle',
      'details-list',
      'details-row',
      'details-row',
      'details-row',
      'details-row',
      'badge',
      'badge-label',
      'retry',
      'copy',
      'docs',
      'dismiss',
    ]);
    // No wrappers: the chip and the actions are the root's own children, as the title and the next step.
    expect(childPartNames(alert)).toEqual([
      'title',
      'resolution',
      'details',
      'badge',
      'retry',
      'copy',
      'docs',
      'dismiss',
    ]);
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveAttribute('data-part', 'dismiss');
    expect(screen.getByRole('button', { name: 'Copy details' })).toHaveAttribute(
      'data-part',
      'copy',
    );
    expect(screen.getByRole('link', { name: 'Documentation' })).toHaveAttribute(
      'data-part',
      'docs',
    );
  });

  it('derives each class from its part: kek-alert__<part>', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const alert = screen.getByRole('alert');
    expect(part(alert, 'title')).toHaveClass('kek-alert__title');
    expect(part(alert, 'resolution')).toHaveClass('kek-alert__resolution');
    expect(part(alert, 'badge')).toHaveClass('kek-alert__badge', 'kek-badge');
    expect(screen.getByRole('button', { name: 'Copy details' })).toHaveClass(
      'kek-alert__copy',
      'kek-button',
    );
  });

  it('forwards ref, className, style and other DOM props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    const onMouseEnter = vi.fn();
    render(
      <KusciaErrorAlert
        ref={ref}
        error={recorded.domainNotFound()}
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
    render(<KusciaErrorAlert ref={ref} error={recorded.domainNotFound()} />);
    expect(ref).toHaveBeenCalledWith(screen.getByRole('alert'));
  });

  it('keeps the markup but drops every class with unstyled', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <KusciaErrorAlert
        error={recorded.masterUnreachable()}
        showDetails
        onRetry={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Details' }));
    const styledParts = partNames(screen.getByRole('alert'));
    expect(classedElements(screen.getByRole('alert')).length).toBeGreaterThan(10);
    unmount();

    render(
      <KusciaErrorAlert
        error={recorded.masterUnreachable()}
        showDetails
        onRetry={vi.fn()}
        onDismiss={vi.fn()}
        unstyled
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(classedElements(screen.getByRole('alert'))).toEqual([]);
    expect(partNames(screen.getByRole('alert'))).toEqual(styledParts);
    expect(screen.getByRole('alert')).toHaveAttribute('data-variant', 'inline');
  });

  it('keeps a caller className with unstyled', () => {
    render(<KusciaErrorAlert error={recorded.domainNotFound()} unstyled className="mine" />);
    expect(screen.getByRole('alert')).toHaveAttribute('class', 'mine');
  });
});

describe('KusciaErrorAlert inside a provider', () => {
  const wrap = (children: ReactNode, locale = 'zh-Hans-CN') => (
    <KusciaErrorProvider locale={locale}>{children}</KusciaErrorProvider>
  );

  it('takes the provider locale, and its own locale prop wins', () => {
    const { rerender } = render(wrap(<KusciaErrorAlert error={recorded.domainNotFound()} />));
    expect(screen.getByRole('alert')).toHaveAccessibleName(ZH.reason.domainNotFound.title);
    rerender(wrap(<KusciaErrorAlert error={recorded.domainNotFound()} locale="en-US" />));
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
  });
});

describe.each(['en-US', 'zh-CN'] as const)('KusciaErrorAlert: axe in %s', (locale) => {
  const label = ORACLE[locale].label;

  it.each(['inline', 'banner', 'compact'] as const)(
    '%s: an error with retry, dismiss, docs, an action and the details open',
    async (variant) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale} docsUrl={docsUrl}>
          <main>
            <KusciaErrorAlert
              variant={variant}
              error={axiosStyle(recorded.masterUnreachable(), 200)}
              onRetry={vi.fn()}
              onDismiss={vi.fn()}
              showDetails
              action={<a href="#jobs">Jobs</a>}
            />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getByRole('button', { name: label.details }));
      expect(screen.getByRole('alert')).toHaveAccessibleName(
        ORACLE[locale].reason.masterUnreachable.title,
      );
      await expectNoAxeViolations();
    },
  );

  it.each(['inline', 'banner', 'compact'] as const)(
    '%s: a warning, retry forced, heading level 2, details open',
    async (variant) => {
      const user = userEvent.setup();
      render(
        <KusciaErrorProvider locale={locale} docsUrl={docsUrl}>
          <main>
            <KusciaErrorAlert
              variant={variant}
              error={recorded.domainExists()}
              onRetry={vi.fn()}
              retryButton="always"
              onDismiss={vi.fn()}
              headingLevel={2}
              showDetails
            />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getByRole('button', { name: label.details }));
      expect(
        screen.getByRole('heading', { level: 2, name: ORACLE[locale].reason.domainExists.title }),
      ).toBeVisible();
      await expectNoAxeViolations();
    },
  );

  it.each(['inline', 'banner', 'compact'] as const)(
    '%s: no code, unstyled, copy announced; and one present at load (role="none")',
    async (variant) => {
      const user = userEvent.setup();
      stubClipboard(() => Promise.resolve());
      render(
        <KusciaErrorProvider locale={locale}>
          <main>
            <KusciaErrorAlert
              variant={variant}
              error={networkError()}
              onRetry={vi.fn()}
              unstyled
              showDetails
            />
            <KusciaErrorAlert variant={variant} error={envelope(11305, HOSTILE)} role="none" />
          </main>
        </KusciaErrorProvider>,
      );
      await user.click(screen.getAllByRole('button', { name: label.copyDetails })[0]!);
      expect(await screen.findByRole('button', { name: label.copied })).toBeVisible();
      await findAnnouncement(label.copied);
      await expectNoAxeViolations();
    },
  );

  it('an alert whose code chip sits beside a badge', async () => {
    render(
      <KusciaErrorProvider locale={locale}>
        <main>
          <KusciaErrorAlert error={recorded.domainNotFound()} />
          <ErrorCodeBadge code={11305} />
        </main>
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('button', { name: badgeName(11305, locale) })).toBeVisible();
    await expectNoAxeViolations();
  });
});
