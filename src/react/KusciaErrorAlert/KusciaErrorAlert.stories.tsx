import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { KusciaErrorAlert } from '../../src';
import {
  alertDescriptionOf,
  alertNameOf,
  docsUrl,
  envelope,
  failures,
  labelsOf,
} from '../fixtures';

type AlertProps = ComponentProps<typeof KusciaErrorAlert>;

const meta = {
  title: 'React/KusciaErrorAlert',
  component: KusciaErrorAlert,
  tags: ['autodocs'],
  args: { error: failures.domainNotFound },
  argTypes: {
    error: { control: 'object', description: 'Anything `parseKusciaError` accepts.' },
    variant: { control: 'inline-radio', options: ['inline', 'banner', 'compact'] },
    retry: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    role: { control: 'inline-radio', options: ['alert', 'status', 'none'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A localized, actionable alert for any KusciaAPI failure. Hand it whatever failed (`unknown`); it renders nothing when there is no error.',
      },
    },
  },
} satisfies Meta<typeof KusciaErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

// ─── Variants ────────────────────────────────────────────────────────────────────────────────────────────

/** Above a form or a table: icon, title, next step, the code, and Copy details. */
export const Inline: Story = {
  args: { variant: 'inline' },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    // Named by its title; described by the severity word and the next step.
    await expect(alert).toHaveAccessibleName(alertNameOf(args.error, globals));
    await expect(alert).toHaveAccessibleDescription(alertDescriptionOf(args.error, globals));
    await expect(alert).toHaveAttribute('data-variant', 'inline');
    await expect(alert).toHaveAttribute('data-source', 'kuscia');
    await expect(within(alert).getByText('11305')).toBeVisible();
    // No details disclosure unless asked for.
    await expect(
      within(alert).queryByRole('button', { name: labelsOf(globals).details }),
    ).not.toBeInTheDocument();
  },
};

/** Across the top of a page. */
export const Banner: Story = {
  args: { variant: 'banner', error: failures.masterUnreachable, onRetry: fn() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute(
      'data-variant',
      'banner',
    );
  },
};

/** One line, for tight spaces such as a drawer footer. */
export const Compact: Story = {
  args: { variant: 'compact', showCopy: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAttribute(
      'data-variant',
      'compact',
    );
  },
};

/** "Already exists" leaves nothing broken: a warning, announced politely (`role="status"`). */
export const Warning: Story = {
  args: { error: failures.domainExists },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('status', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-severity', 'warning');
  },
};

// ─── Sources ─────────────────────────────────────────────────────────────────────────────────────────────

/** `{ status: { code: 11305, message, details: [] }, data: null }`, as KusciaAPI sends it with HTTP 200. */
export const SourceKuscia: Story = {
  name: 'Source: KusciaAPI envelope',
  args: { error: failures.domainNotFound, showDetails: true },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-source', 'kuscia');
  },
};

/** An axios error for HTTP 401 with an empty body: KusciaAPI's answer to a missing or wrong token. */
export const SourceHttp401: Story = {
  name: 'Source: HTTP 401',
  args: { error: failures.unauthorized, showDetails: true },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-source', 'http');
    // No Kuscia code to show.
    await expect(within(alert).queryByText('11305')).not.toBeInTheDocument();
  },
};

/** `new TypeError('Failed to fetch')`: retryable, so Retry shows. */
export const SourceNetwork: Story = {
  name: 'Source: network',
  args: { error: failures.network, onRetry: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-source', 'network');
    await expect(
      within(alert).getByRole('button', { name: labelsOf(globals).retry }),
    ).toBeVisible();
  },
};

/** `new DOMException('t', 'TimeoutError')`, e.g. from `AbortSignal.timeout()`. */
export const SourceTimeout: Story = {
  name: 'Source: timeout',
  args: { error: failures.timeout, onRetry: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-source', 'timeout');
  },
};

/** `new DOMException('a', 'AbortError')`: the page cancelled it, a warning. */
export const SourceAborted: Story = {
  name: 'Source: aborted',
  args: { error: failures.aborted },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('status', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-source', 'aborted');
  },
};

/** `new Error('boom')`: no code, status or known shape. */
export const SourceUnknown: Story = {
  name: 'Source: unknown',
  args: { error: failures.unknown, showDetails: true },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: alertNameOf(args.error, globals),
    });
    await expect(alert).toHaveAttribute('data-source', 'unknown');
  },
};

/** SecretPad's `{ status: { code, msg } }` with a code the table does not know: generic text naming it. */
export const UnknownCode: Story = {
  args: {
    error: { status: { code: 202011402, msg: '节点不存在' }, data: null },
    showDetails: true,
  },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert', {
      name: alertNameOf(args.error, globals),
    });
    await expect(within(alert).getByText('202011402')).toBeVisible();
  },
};

// ─── Details ─────────────────────────────────────────────────────────────────────────────────────────────

/** The server's own message and `status.details`, behind a disclosure that starts collapsed. */
export const WithDetails: Story = {
  args: {
    showDetails: true,
    error: envelope(11305, 'domains.kuscia.secretflow "bob" not found', [
      { '@type': 'type.googleapis.com/google.rpc.ResourceInfo', resource_name: 'bob' },
    ]),
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: labelsOf(globals).details });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByText('domains.kuscia.secretflow "bob" not found')).not.toBeVisible();
    // Really not painted: jest-dom's toBeVisible trusts the `hidden` attribute, a stylesheet may not.
    const panel = canvasElement.ownerDocument.getElementById(
      toggle.getAttribute('aria-controls') ?? '',
    );
    await expect(panel?.getBoundingClientRect().height).toBe(0);

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('domains.kuscia.secretflow "bob" not found')).toBeVisible();
    await expect(canvas.getByText(/google\.rpc\.ResourceInfo/)).toBeVisible();
    await expect(canvas.getByText('KusciaAPIErrDomainNotExists')).toBeVisible();

    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

const longMessage = `failed to create DomainData "alice-table-2024": ${Array.from(
  { length: 12 },
  (_, i) =>
    `admission webhook "validate.domaindata.kuscia.secretflow" denied the request: column ${String(i)} type "decimal(38,${String(i)})" is not supported by datasource "default-datasource-${String(i)}"`,
).join('; ')}`;

/** A long, unbroken server message wraps inside the details instead of stretching the page. */
export const LongServerMessage: Story = {
  args: { showDetails: true, error: envelope(11500, longMessage) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: labelsOf(globals).details }));
    const message = canvas.getByText(/admission webhook/);
    await expect(message).toBeVisible();
    // Nothing pokes out of the story's container.
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};

const hostileMessage = '<img src=x onerror=alert(1)><script>alert("kuscia")</script> bob not found';

/** The server's words are shown as text, never parsed as HTML. */
export const HostileServerText: Story = {
  args: { showDetails: true, error: envelope(11305, hostileMessage) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: labelsOf(globals).details }));
    await expect(canvas.getByText(hostileMessage)).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

// ─── Actions ─────────────────────────────────────────────────────────────────────────────────────────────

/** 11103 (a Lite node could not reach its Master) is retryable, so Retry shows. */
export const Retry: Story = {
  args: { error: failures.masterUnreachable, onRetry: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: labelsOf(globals).retry }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** 11305 needs a change first (AIP-194): with `retry="auto"` no Retry button, even with `onRetry`. */
export const RetryHiddenWhenNotRetryable: Story = {
  args: { error: failures.domainNotFound, onRetry: fn() },
  play: async ({ canvasElement, globals }) => {
    await expect(
      within(canvasElement).queryByRole('button', { name: labelsOf(globals).retry }),
    ).not.toBeInTheDocument();
  },
};

/** `retry="always"` forces it, e.g. when the caller knows the Domain has just been created. */
export const RetryForced: Story = {
  args: { error: failures.domainNotFound, onRetry: fn(), retry: 'always' },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(
      within(canvasElement).getByRole('button', { name: labelsOf(globals).retry }),
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

/** Dismiss clears the error; the alert renders nothing once it parses to `null`. */
export const Dismiss: Story = {
  args: { onDismiss: fn() },
  render: (args) => <DismissableAlert {...args} />,
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: labelsOf(globals).dismiss }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
  },
};

/** Copy details puts a plain-text report on the clipboard and announces "Copied" politely. */
export const CopyDetails: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = labelsOf(globals);
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: labels.copyDetails }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(labels.copied));
    await expect(writeText).toHaveBeenCalledOnce();
    const report = String(writeText.mock.calls[0]?.[0]);
    await expect(report).toContain('11305');
    await expect(report).toContain('KusciaAPIErrDomainNotExists');
    await expect(report).toContain('domains.kuscia.secretflow "bob" not found');
    await expect(report).not.toMatch(/<|>/);
  },
};

/** When the clipboard refuses (no permission, no focus) and the legacy fallback fails too, it says so. */
export const CopyDetailsFails: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = labelsOf(globals);
    spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    spyOn(document, 'execCommand').mockReturnValue(false);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: labels.copyDetails }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(labels.copyFailed));
  },
};

/** A documentation link appears when the provider's `docsUrl` returns one for the code. */
export const Documentation: Story = {
  parameters: { kuscia: { docsUrl } },
  play: async ({ canvasElement, globals }) => {
    const link = within(canvasElement).getByRole('link', { name: labelsOf(globals).documentation });
    await expect(link).toHaveAttribute('href', docsUrl(11305));
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/** Extra actions go in the `action` slot, after the built-in ones. */
export const WithAction: Story = {
  args: {
    error: failures.domainNotFound,
    onDismiss: fn(),
    action: (
      <a className="kek-button kek-button--link" href="#create-domain">
        Create Domain bob
      </a>
    ),
  },
};

/** Every action at once: retry, details, copy, docs, dismiss. */
export const AllActions: Story = {
  args: { error: failures.masterUnreachable, showDetails: true, onRetry: fn(), onDismiss: fn() },
  parameters: { kuscia: { docsUrl } },
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
              setError(failures.domainNotFound);
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
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Query Domain bob' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAccessibleName(alertNameOf(failures.domainNotFound, globals));
    await expect(alert).toHaveAccessibleDescription(
      alertDescriptionOf(failures.domainNotFound, globals),
    );
  },
};

/** `autoFocus` moves focus to the alert once, e.g. after a failed form submit. */
export const AutoFocus: Story = {
  args: { autoFocus: true, error: failures.invalidRequest, showDetails: true },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

/**
 * `role="none"` for a failure that was already there when the page loaded (a list page opened on a failed
 * Job): plain content, no live region, nothing announced.
 */
export const PresentAtLoad: Story = {
  args: { role: 'none', headingLevel: 2 },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(
      canvas.getByRole('heading', { level: 2, name: alertNameOf(args.error, globals) }),
    ).toBeVisible();
  },
};

/** `role="status"` for a failure that should not interrupt (e.g. a background refresh). */
export const PoliteStatus: Story = {
  args: { role: 'status', error: failures.timeout },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status', { name: /.+/ })).toBeVisible();
  },
};

// ─── Locale, theme, direction ────────────────────────────────────────────────────────────────────────────

/** The toolbar's locale reaches the alert through the provider; here it is pinned to zh-CN. */
export const ChineseLocale: Story = {
  globals: { locale: 'zh-CN' },
  args: { showDetails: true, onDismiss: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAccessibleName(alertNameOf(args.error, globals));
    await expect(alert).toHaveAccessibleName('节点不存在异常');
    await expect(alert).toHaveAccessibleDescription(/^错误 /);
    await expect(within(alert).getByRole('button', { name: '关闭' })).toBeVisible();
  },
};

/** `locale` on the alert overrides the provider's. */
export const LocaleProp: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveAccessibleName('节点不存在异常');
  },
};

/** Dark theme with every part showing, details open: the contrast check runs on all of it. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { error: failures.masterUnreachable, showDetails: true, onRetry: fn(), onDismiss: fn() },
  parameters: { kuscia: { docsUrl } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // The dark palette really applies: --kek-color-error-bg in dark is #2a1215.
    await expect(getComputedStyle(canvas.getByRole('alert')).backgroundColor).toBe(
      'rgb(42, 18, 21)',
    );
    await userEvent.click(canvas.getByRole('button', { name: labelsOf(globals).details }));
    await expect(canvas.getByText(/request master failed/)).toBeVisible();
  },
};

/** A warning in the dark theme. */
export const DarkThemeWarning: Story = {
  globals: { theme: 'dark' },
  args: { error: failures.domainExists, onDismiss: fn() },
};

/** In a right-to-left layout the icon, text and actions mirror (logical CSS properties only). */
export const RightToLeft: Story = {
  args: { showDetails: true, onDismiss: fn() },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(getComputedStyle(alert).direction).toBe('rtl');
    const icon = alert.querySelector('[data-part="icon"]');
    const actions = within(alert).getAllByRole('button').at(-1);
    // The icon starts the line on the right; the actions end it on the left.
    await expect(icon?.getBoundingClientRect().right ?? 0).toBeGreaterThan(
      actions?.getBoundingClientRect().right ?? Infinity,
    );
  },
};

/** `unstyled` keeps the markup and the data attributes, without any `kek-` class. */
export const Unstyled: Story = {
  args: { unstyled: true, showDetails: true, onDismiss: fn() },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert.className).toBe('');
    await expect(alert).toHaveAttribute('data-severity', 'error');
  },
};
