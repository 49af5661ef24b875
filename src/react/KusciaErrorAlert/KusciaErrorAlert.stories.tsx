import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { KusciaErrorAlert, unwrapKusciaResponse } from '../../index';
import { secretpad } from '../../secretpad/index';
import {
  GATEWAY_502_HTML,
  HOSTILE,
  ISO_TIME,
  KEY,
  MESSAGE,
  ORACLE,
  SSO_LOGIN_PAGE,
  abortError,
  axiosStyle,
  badgeName,
  codeOnly,
  docsUrl,
  envelope,
  localeOf,
  networkError,
  recorded,
  timeoutError,
  unknownCodeTitle,
} from '../../../test/fixtures';

type AlertProps = ComponentProps<typeof KusciaErrorAlert>;

/** The expected texts of the toolbar's locale (literals in test/fixtures, never the kit's own output). */
const oracle = (globals: Record<string, unknown>) => ORACLE[localeOf(globals)];

/**
 * The document's shared polite live regions, through which every alert says "Copied": on `<body>`, outside
 * the story's canvas (there is one at most).
 */
const sharedRegions = (canvasElement: HTMLElement) =>
  within(canvasElement.ownerDocument.body)
    .queryAllByRole('status')
    .filter((region) => !canvasElement.contains(region));

/** What `unwrapKusciaResponse` throws for a single sign-on login page answered with HTTP 200. */
function loginPageError(): unknown {
  try {
    return unwrapKusciaResponse(SSO_LOGIN_PAGE);
  } catch (error: unknown) {
    return error;
  }
}

const meta = {
  title: 'React/KusciaErrorAlert',
  component: KusciaErrorAlert,
  tags: ['autodocs'],
  args: { error: recorded.domainNotFound() },
  argTypes: {
    error: {
      control: 'object',
      description: 'A `KusciaErrorInfo`, or anything `parseKusciaError` accepts.',
    },
    variant: { control: 'inline-radio', options: ['inline', 'banner', 'compact'] },
    retryButton: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    role: { control: 'inline-radio', options: ['alert', 'status', 'none'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A localized, actionable alert for any KusciaAPI failure. Hand it whatever failed (`unknown`) or the info `useKusciaError` keeps; it renders nothing when there is no error.',
      },
    },
  },
} satisfies Meta<typeof KusciaErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

// ─── Variants ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Above a form or a table: the severity icon (painted by the stylesheet), title, next step, the code, and
 * Copy details.
 */
export const Inline: Story = {
  args: { variant: 'inline' },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert');
    // Named by its title; described by the next step alone (the role says how urgent it is).
    await expect(alert).toHaveAccessibleName(text.reason.domainNotFound.title);
    await expect(alert).toHaveAccessibleDescription(text.reason.domainNotFound.resolution);
    await expect(alert).toHaveAttribute('data-variant', 'inline');
    await expect(alert).toHaveAttribute('data-source', 'kuscia');
    // The icon is no element: the root's background paints it.
    await expect(alert.querySelector('[data-part="icon"]')).toBeNull();
    await expect(getComputedStyle(alert).backgroundImage).toContain('radial-gradient');
    // Screen readers hear "Error code 11305"; the words are visually hidden, the code shows.
    await expect(within(alert).getByText('11305').textContent).toBe(
      badgeName(11305, localeOf(globals)),
    );
    // No details disclosure unless asked for.
    await expect(
      within(alert).queryByRole('button', { name: text.label.details }),
    ).not.toBeInTheDocument();
  },
};

/** Across the top of a page. */
export const Banner: Story = {
  args: { variant: 'banner', error: recorded.masterUnreachable(), onRetry: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', {
      name: text.reason.masterUnreachable.title,
    });
    await expect(alert).toHaveAttribute('data-variant', 'banner');
    await expect(within(alert).getByRole('button', { name: text.label.retry })).toBeVisible();
  },
};

/** One line, for tight spaces such as a drawer footer. */
export const Compact: Story = {
  args: { variant: 'compact', showCopy: false },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: oracle(globals).reason.domainNotFound.title,
    });
    await expect(alert).toHaveAttribute('data-variant', 'compact');
    await expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  },
};

/** "Already exists" leaves nothing broken: a warning, announced politely (`role="status"`). */
export const Warning: Story = {
  args: { error: recorded.domainExists() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('status', {
      name: text.reason.domainExists.title,
    });
    await expect(alert).toHaveAttribute('data-severity', 'warning');
    await expect(alert).toHaveAccessibleDescription(text.reason.domainExists.resolution);
    await expect(getComputedStyle(alert).backgroundImage).toContain('conic-gradient');
  },
};

// ─── Sources ─────────────────────────────────────────────────────────────────────────────────────────────

/** `{ status: { code: 11305, message, details: [] }, data: null }`, as KusciaAPI sends it with HTTP 200. */
export const SourceKuscia: Story = {
  name: 'Source: KusciaAPI envelope',
  args: { error: recorded.domainNotFound(), showDetails: true },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', {
      name: text.reason.domainNotFound.title,
    });
    await expect(alert).toHaveAttribute('data-source', 'kuscia');
    await userEvent.click(within(alert).getByRole('button', { name: text.label.details }));
    await expect(within(alert).getByText(MESSAGE.domainNotFound)).toBeVisible();
    await expect(within(alert).getByText(text.source.kuscia)).toBeVisible();
  },
};

/** An axios error for HTTP 401 with an empty body: KusciaAPI's answer to a missing or wrong token. */
export const SourceHttp401: Story = {
  name: 'Source: HTTP 401',
  args: { error: axiosStyle('', 401), showDetails: true },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.title.http401 });
    await expect(alert).toHaveAttribute('data-source', 'http');
    await userEvent.click(within(alert).getByRole('button', { name: text.label.details }));
    await expect(within(alert).getByText('401')).toBeVisible();
  },
};

/** nginx's stock 502 page in front of KusciaAPI: read as text, never rendered as HTML. */
export const SourceGateway502: Story = {
  name: 'Source: gateway 502 page',
  args: { error: axiosStyle(GATEWAY_502_HTML, 502), onRetry: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.title.httpGateway });
    await expect(alert).toHaveAttribute('data-source', 'http');
    // A gateway failure is worth an unchanged retry.
    await expect(within(alert).getByRole('button', { name: text.label.retry })).toBeVisible();
    await expect(canvasElement.querySelector('h1')).toBeNull();
  },
};

/** A single sign-on login page answered with HTTP 200 where KusciaAPI JSON was expected. */
export const SourceInvalidResponse: Story = {
  name: 'Source: not a KusciaAPI response',
  args: { error: loginPageError(), showDetails: true },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.title.invalidResponse });
    await expect(alert).toHaveAttribute('data-source', 'invalidResponse');
    await userEvent.click(within(alert).getByRole('button', { name: text.label.details }));
    await expect(within(alert).getByText(text.source.invalidResponse)).toBeVisible();
  },
};

/** `new TypeError('Failed to fetch')`: retryable, so Retry shows. */
export const SourceNetwork: Story = {
  name: 'Source: network',
  args: { error: networkError(), onRetry: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', { name: text.title.network });
    await expect(alert).toHaveAttribute('data-source', 'network');
    await userEvent.click(within(alert).getByRole('button', { name: text.label.retry }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** `new DOMException('…', 'TimeoutError')`, e.g. from `AbortSignal.timeout()`. */
export const SourceTimeout: Story = {
  name: 'Source: timeout',
  args: { error: timeoutError(), onRetry: fn() },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert', { name: oracle(globals).title.timeout });
    await expect(alert).toHaveAttribute('data-source', 'timeout');
  },
};

/** `new DOMException('…', 'AbortError')`: the page cancelled it, a warning. */
export const SourceAborted: Story = {
  name: 'Source: aborted',
  args: { error: abortError() },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('status', {
      name: oracle(globals).title.aborted,
    });
    await expect(alert).toHaveAttribute('data-source', 'aborted');
    await expect(alert).toHaveAttribute('data-severity', 'warning');
  },
};

/** `new Error('boom')`: no code, status or known shape. */
export const SourceUnknown: Story = {
  name: 'Source: unknown',
  args: { error: new Error('boom'), showDetails: true },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert', { name: oracle(globals).title.unknown });
    await expect(alert).toHaveAttribute('data-source', 'unknown');
  },
};

/** A code no table knows (a newer Kuscia): a generic title naming it, and the server's own words. */
export const UnknownCode: Story = {
  args: { error: envelope(99999, 'quota exceeded for party alice'), showDetails: true },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: unknownCodeTitle(99999, localeOf(globals)),
    });
    await expect(alert).toHaveAccessibleDescription('quota exceeded for party alice');
    await expect(within(alert).getByText('99999')).toBeVisible();
  },
};

/**
 * SecretPad's codes once its catalogue is plugged in (`<KusciaErrorProvider catalogs={[secretpad]}>`):
 * its own title, its source, and its policy (a rate limit is a retryable warning).
 */
export const SecretPadCatalogue: Story = {
  name: 'SecretPad catalogue',
  args: { error: recorded.secretpadRateLimit(), onRetry: fn(), showDetails: true },
  parameters: { kuscia: { catalogs: [secretpad] } },
  play: async ({ canvasElement, args, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('status', { name: text.title[2020111012] });
    await expect(alert).toHaveAttribute('data-source', 'secretpad');
    await userEvent.click(within(alert).getByRole('button', { name: text.label.details }));
    await expect(within(alert).getByText('SystemErrorCode.REQUEST_FREQUENCY_ERROR')).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: text.label.retry }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

// ─── Details ─────────────────────────────────────────────────────────────────────────────────────────────

/** The server's own message and `status.details`, behind a disclosure that starts collapsed. */
export const WithDetails: Story = {
  args: {
    showDetails: true,
    error: axiosStyle(
      envelope(11305, MESSAGE.domainNotFound, [
        { '@type': 'type.googleapis.com/google.rpc.ResourceInfo', resource_name: 'bob' },
      ]),
      200,
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: text.label.details });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByText(MESSAGE.domainNotFound)).not.toBeVisible();
    // Really not painted: jest-dom's toBeVisible trusts the `hidden` attribute, a stylesheet may not.
    const panel = canvasElement.ownerDocument.getElementById(
      toggle.getAttribute('aria-controls') ?? '',
    );
    if (!panel) throw new Error('aria-controls points at nothing');
    await expect(panel.getBoundingClientRect().height).toBe(0);

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const rows = within(panel);
    await expect(rows.getAllByRole('term').map((term) => term.textContent)).toEqual([
      text.field.codeTitle,
      text.field.serverMessage,
      text.field.httpStatus,
      text.field.details,
      text.field.source,
      text.field.key,
    ]);
    // The cause gave the title; the code's own title comes first in the details.
    await expect(rows.getAllByRole('definition')[0]).toHaveTextContent(text.title[11305]);
    await expect(rows.getByText(MESSAGE.domainNotFound)).toBeVisible();
    await expect(rows.getByText(/google\.rpc\.ResourceInfo/)).toBeVisible();
    await expect(rows.getByText(KEY[11305])).toBeVisible();

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

const longMessage = `failed to create DomainData "alice-table-2024": ${Array.from(
  { length: 12 },
  (_, i) =>
    `admission webhook "validate.domaindata.kuscia.secretflow" denied the request: column ${String(i)} type "decimal(38,${String(i)})" is not supported by datasource "default-datasource-${String(i)}"`,
).join('; ')}`;

/**
 * A long, unbroken server message wraps inside the details instead of stretching the page; so does the
 * policy's own text, which the cause (an admission webhook's denial) quotes in the next step.
 */
export const LongServerMessage: Story = {
  args: { showDetails: true, error: envelope(11500, longMessage) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveAccessibleName(
      localeOf(globals) === 'zh-CN'
        ? '被集群策略“validate.domaindata.kuscia.secretflow”拦截'
        : 'Blocked by cluster policy “validate.domaindata.kuscia.secretflow”',
    );
    await userEvent.click(canvas.getByRole('button', { name: oracle(globals).label.details }));
    await expect(canvas.getByText(/admission webhook/, { selector: 'dd' })).toBeVisible();
    // Nothing pokes out of the story's container.
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};

/** The server's words are shown as text, never parsed as HTML. */
export const HostileServerText: Story = {
  args: { showDetails: true, error: envelope(11305, HOSTILE) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: oracle(globals).label.details }));
    await expect(canvas.getByText(HOSTILE)).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

// ─── Actions ─────────────────────────────────────────────────────────────────────────────────────────────

/** 11103 (a Lite node could not reach its Master) is retryable, so Retry shows. */
export const Retry: Story = {
  args: { error: recorded.masterUnreachable(), onRetry: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: oracle(globals).label.retry }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
    // Called with nothing: onRetry={refetch} must not receive the click event as options.
    await expect(args.onRetry).toHaveBeenCalledWith();
  },
};

/** 11305 needs a change first (AIP-194): with `retryButton="auto"` no Retry button, even with `onRetry`. */
export const RetryHiddenWhenNotRetryable: Story = {
  args: { error: recorded.domainNotFound(), onRetry: fn() },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveAccessibleName(text.reason.domainNotFound.title);
    await expect(canvas.queryByRole('button', { name: text.label.retry })).not.toBeInTheDocument();
  },
};

/** `retryButton="always"` forces it, e.g. when the caller knows the Domain has just been created. */
export const RetryForced: Story = {
  args: { error: recorded.domainNotFound(), onRetry: fn(), retryButton: 'always' },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: oracle(globals).label.retry }),
    );
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

function DismissableAlert(props: AlertProps) {
  const [error, setError] = useState<unknown>(props.error);
  return (
    <KusciaErrorAlert
      {...props}
      error={error}
      onDismiss={() => {
        props.onDismiss?.();
        setError(null);
      }}
    />
  );
}

/** Dismiss clears the error; the alert renders nothing once there is none. */
export const Dismiss: Story = {
  args: { onDismiss: fn() },
  render: (args) => <DismissableAlert {...args} />,
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: oracle(globals).label.dismiss }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
  },
};

/**
 * Copy details puts a plain-text report on the clipboard; the button says "Copied" for 4 s, and the
 * document's one polite live region (on `<body>`, shared by every alert) says it aloud.
 */
export const CopyDetails: Story = {
  args: { error: axiosStyle(recorded.domainNotFound(), 200) },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: text.label.copyDetails }));
    await expect(await canvas.findByRole('button', { name: text.label.copied })).toHaveFocus();
    await expect(sharedRegions(canvasElement)).toHaveLength(1);
    await waitFor(() =>
      expect(sharedRegions(canvasElement)[0]).toHaveTextContent(text.label.copied),
    );
    await expect(writeText).toHaveBeenCalledOnce();
    const report = String(writeText.mock.calls[0]?.[0]).replace(ISO_TIME, '<time>');
    await expect(report).toBe(
      [
        `${text.field.code}: 11305`,
        `${text.field.key}: ${KEY[11305]}`,
        `${text.field.title}: ${text.reason.domainNotFound.title}`,
        `${text.field.codeTitle}: ${text.title[11305]}`,
        `${text.field.serverMessage}: ${MESSAGE.domainNotFound}`,
        `${text.field.httpStatus}: 200`,
        `${text.field.source}: ${text.source.kuscia}`,
        `${text.field.time}: <time>`,
      ].join('\n'),
    );
  },
};

/** When the clipboard refuses (no permission, no focus) and the legacy fallback fails too, it says so. */
export const CopyDetailsFails: Story = {
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    spyOn(document, 'execCommand').mockReturnValue(false);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: text.label.copyDetails }));
    await expect(await canvas.findByRole('button', { name: text.label.copyFailed })).toBeVisible();
    await waitFor(() =>
      expect(sharedRegions(canvasElement)[0]).toHaveTextContent(text.label.copyFailed),
    );
  },
};

/** A documentation link appears when the provider's `docsUrl` returns one for the code. */
export const Documentation: Story = {
  parameters: { kuscia: { docsUrl } },
  play: async ({ canvasElement, globals }) => {
    const link = within(canvasElement).getByRole('link', {
      name: oracle(globals).label.documentation,
    });
    await expect(link).toHaveAttribute('href', 'https://docs.example.com/kuscia/error-codes#11305');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** Extra actions go in the `action` slot, after the built-in ones. */
export const WithAction: Story = {
  args: {
    error: recorded.domainNotFound(),
    onDismiss: fn(),
    action: (
      <a className="kek-button kek-button--link" href="#create-domain">
        Create Domain bob
      </a>
    ),
  },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert');
    const actions = [
      ...within(alert).getAllByRole('button'),
      ...within(alert).getAllByRole('link'),
    ].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    await expect(actions.map((action) => action.textContent)).toEqual([
      text.label.copyDetails,
      'Create Domain bob',
      text.label.dismiss,
    ]);
    // Inside the alert, in a part of its own.
    await expect(alert.querySelector('[data-part="action"]')).toContainElement(
      within(alert).getByRole('link', { name: 'Create Domain bob' }),
    );
  },
};

/** Every action at once: retry, details, copy, docs, dismiss. */
export const AllActions: Story = {
  args: {
    error: recorded.masterUnreachable(),
    showDetails: true,
    onRetry: fn(),
    onDismiss: fn(),
  },
  parameters: { kuscia: { docsUrl } },
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const alert = within(canvasElement).getByRole('alert', {
      name: text.reason.masterUnreachable.title,
    });
    await expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([text.label.details, text.label.retry, text.label.copyDetails, text.label.dismiss]);
    await expect(within(alert).getByRole('link', { name: text.label.documentation })).toBeVisible();
  },
};

// ─── Announcements and focus ─────────────────────────────────────────────────────────────────────────────

function QueryDomain(props: Omit<AlertProps, 'error'>) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="story-stack">
      <div className="story-row">
        <button
          type="button"
          className="story-button"
          disabled={pending}
          onClick={() => {
            setPending(true);
            // A simulated round trip to /api/v1/domain/query that answers HTTP 200 with code 11305.
            setTimeout(() => {
              setPending(false);
              setError(recorded.domainNotFound());
            }, 50);
          }}
        >
          Query Domain bob
        </button>
      </div>
      <KusciaErrorAlert {...props} error={error} />
    </div>
  );
}

/**
 * Screen readers announce a live region only when it changes. An alert already on the page at load is not
 * announced; one that appears after the user's action is. The live region (`role="alert"`) is inserted with
 * its content, which Chromium, NVDA, JAWS and VoiceOver announce.
 */
export const AppearsAfterClick: Story = {
  render: (args) => <QueryDomain {...args} />,
  play: async ({ canvasElement, globals }) => {
    const text = oracle(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Query Domain bob' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAccessibleName(text.reason.domainNotFound.title);
    await expect(alert).toHaveAccessibleDescription(text.reason.domainNotFound.resolution);
  },
};

/** `autoFocus` moves focus to the alert once, e.g. after a failed form submit. */
export const AutoFocus: Story = {
  args: { autoFocus: true, error: recorded.invalidRequest(), showDetails: true },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: oracle(globals).reason.invalidRequest.title,
    });
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

/**
 * `role="none"` for a failure that was already there when the page loaded (a list page opened on a failed
 * Job): plain content, no live region, nothing announced.
 */
export const PresentAtLoad: Story = {
  args: { role: 'none', headingLevel: 2 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(
      canvas.getByRole('heading', { level: 2, name: oracle(globals).reason.domainNotFound.title }),
    ).toBeVisible();
  },
};

/** `role="status"` for a failure that should not interrupt (e.g. a background refresh). */
export const PoliteStatus: Story = {
  args: { role: 'status', error: timeoutError() },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).getByRole('status', { name: oracle(globals).title.timeout }),
    ).toBeVisible();
  },
};

// ─── Locale, theme, direction ────────────────────────────────────────────────────────────────────────────

/**
 * The toolbar's locale reaches the alert through the provider; here it is pinned to zh-CN. The cause is
 * told in the doc's vocabulary (Domain = 节点), the code's own title from Kuscia's doc kept in the details.
 */
export const ChineseLocale: Story = {
  globals: { locale: 'zh-CN' },
  args: { showDetails: true, onDismiss: fn() },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAccessibleName('节点“bob”不存在');
    await expect(alert).toHaveAccessibleDescription(
      '请检查请求中的 ID，或先创建该节点；它也可能已被删除。',
    );
    await expect(within(alert).getByRole('button', { name: '关闭' })).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: '详情' }));
    await expect(within(alert).getAllByRole('term')[0]).toHaveTextContent('错误码描述');
    await expect(within(alert).getAllByRole('definition')[0]).toHaveTextContent('节点不存在异常');
    await expect(within(alert).getByText('11305').textContent).toBe('错误码 11305');
  },
};

/** A message that names no cause the kit reads: the code's own text, verbatim from Kuscia's doc. */
export const ChineseLocaleCodeText: Story = {
  globals: { locale: 'zh-CN' },
  args: { error: codeOnly.domainNotFound() },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAccessibleName('节点不存在异常');
    await expect(alert).toHaveAccessibleDescription('节点不存在异常，确认节点是否存在');
  },
};

/** `locale` on the alert overrides the provider's. */
export const LocaleProp: Story = {
  globals: { locale: 'en-US' },
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAccessibleName('节点“bob”不存在');
  },
};

/** Dark theme with every part showing, details open: the contrast check runs on all of it. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: {
    error: recorded.masterUnreachable(),
    showDetails: true,
    onRetry: fn(),
    onDismiss: fn(),
  },
  parameters: { kuscia: { docsUrl } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // The dark palette really applies: --kek-color-error-bg in dark is #2a1215.
    await expect(getComputedStyle(canvas.getByRole('alert')).backgroundColor).toBe(
      'rgb(42, 18, 21)',
    );
    await userEvent.click(canvas.getByRole('button', { name: oracle(globals).label.details }));
    await expect(canvas.getByText(MESSAGE.masterUnreachable)).toBeVisible();
  },
};

/** A warning in the dark theme. */
export const DarkThemeWarning: Story = {
  globals: { theme: 'dark' },
  args: { error: recorded.domainExists(), onDismiss: fn() },
  play: async ({ canvasElement, globals }) => {
    const status = within(canvasElement).getByRole('status', {
      name: oracle(globals).reason.domainExists.title,
    });
    // --kek-color-warning-bg in dark is #2b2111.
    await expect(getComputedStyle(status).backgroundColor).toBe('rgb(43, 33, 17)');
  },
};

/**
 * In a right-to-left layout the text and actions mirror (logical CSS properties): the title starts the line on
 * the right, after the room kept for the icon. Where the painted icon itself lands is checked in Chromium
 * (KusciaErrorAlert.browser.test.tsx, reported against #14: it stays on the left).
 */
export const RightToLeft: Story = {
  args: { showDetails: true, onDismiss: fn() },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert');
    const style = getComputedStyle(alert);
    await expect(style.direction).toBe('rtl');
    // The room for the icon is at the start of the line: on the right.
    await expect(parseFloat(style.paddingRight)).toBeGreaterThan(parseFloat(style.paddingLeft));
    const title = within(alert).getByText(oracle(globals).reason.domainNotFound.title);
    const dismiss = within(alert).getByRole('button', { name: oracle(globals).label.dismiss });
    // The title starts the line on the right; the actions end it on the left.
    await expect(title.getBoundingClientRect().right).toBeGreaterThan(
      dismiss.getBoundingClientRect().right,
    );
  },
};

/** `unstyled` keeps the markup and the data attributes, without any `kek-` class. */
export const Unstyled: Story = {
  args: { unstyled: true, showDetails: true, onDismiss: fn() },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: oracle(globals).reason.domainNotFound.title,
    });
    await expect(alert.className).toBe('');
    await expect(alert.querySelectorAll('[class]')).toHaveLength(0);
    await expect(alert).toHaveAttribute('data-severity', 'error');
    // Without the stylesheet, the chip's words show as text, as screen readers hear them.
    await expect(alert.querySelector('[data-part="badge"]')?.textContent).toBe(
      badgeName(11305, localeOf(globals)),
    );
  },
};
