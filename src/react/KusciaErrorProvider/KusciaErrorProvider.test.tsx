import * as Tooltip from '@radix-ui/react-tooltip';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  enUS,
  useKusciaError,
  zhCN,
  type KusciaMessageOverrides,
} from '../../src';
import {
  ISO_TIME,
  NOT_FOUND_MESSAGE,
  alreadyExists,
  axiosStyle,
  masterDown,
  notFound,
} from './fixtures';
import { expectRenderErrors, restoreDomStubs, stubClipboard, stubExecCommand } from './dom';

afterEach(() => {
  restoreDomStubs();
  vi.restoreAllMocks();
});

/** Matches an accessible name that contains `text` (the severity word comes first). */
const title = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe('KusciaErrorProvider: locale', () => {
  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
    ['zh', zhCN],
    ['zh-Hans-CN', zhCN],
    ['en-GB', enUS],
    ['fr-FR', enUS],
  ])('locale="%s" speaks the matching locale', (locale, messages) => {
    render(
      <KusciaErrorProvider locale={locale}>
        <KusciaErrorAlert error={notFound()} onDismiss={vi.fn()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title(messages.codes[11305].title));
    expect(screen.getByRole('button', { name: messages.labels.dismiss })).toBeInTheDocument();
  });

  it('accepts a messages object', () => {
    render(
      <KusciaErrorProvider locale={zhCN}>
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title('节点不存在异常'));
  });

  it('defaults to en-US', () => {
    render(
      <KusciaErrorProvider>
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title(enUS.codes[11305].title));
  });
});

describe('KusciaErrorProvider: message overrides', () => {
  it('overrides one field of one code in one locale, and nothing else', () => {
    const messages: KusciaMessageOverrides = { 'en-US': { 11305: { title: 'Party missing' } } };
    const { rerender } = render(
      <KusciaErrorProvider messages={messages}>
        <KusciaErrorAlert error={notFound()} />
        <KusciaErrorAlert error={alreadyExists()} />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName(title('Party missing'));
    expect(alert).toHaveAccessibleDescription(
      `${enUS.labels.error} ${enUS.codes[11305].resolution}`,
    );
    expect(
      screen.getByRole('status', { name: (name) => name.includes(enUS.codes[11306].title) }),
    ).toBeInTheDocument();

    rerender(
      <KusciaErrorProvider messages={messages} locale="zh-CN">
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title('节点不存在异常'));
  });

  it('overrides zh-CN text per code', () => {
    render(
      <KusciaErrorProvider
        locale="zh-CN"
        messages={{ 'zh-CN': { 11305: { title: '参与方不存在', resolution: '请先创建参与方' } } }}
      >
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title('参与方不存在'));
    expect(screen.getByRole('alert')).toHaveAccessibleDescription(
      `${zhCN.labels.error} 请先创建参与方`,
    );
  });

  it('overrides generic texts (failures without a code)', () => {
    render(
      <KusciaErrorProvider
        messages={{ 'en-US': { generic: { network: { title: 'Console offline' } } } }}
      >
        <KusciaErrorAlert error={new TypeError('Failed to fetch')} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title('Console offline'));
  });

  it('overrides every UI label the components show, announce or copy', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    stubClipboard(writeText);
    const labels = {
      retry: 'L-retry',
      dismiss: 'L-dismiss',
      copyDetails: 'L-copy',
      copied: 'L-copied',
      copyFailed: 'L-copy-failed',
      details: 'L-details',
      documentation: 'L-docs',
      error: 'L-error',
      warning: 'L-warning',
      codeBadge: 'L-code #{code}',
      fields: {
        code: 'F-code',
        key: 'F-key',
        title: 'F-title',
        serverMessage: 'F-server',
        details: 'F-details',
        httpStatus: 'F-http',
        source: 'F-source',
        time: 'F-time',
      },
      sources: { kuscia: 'S-kuscia' },
    };
    render(
      <KusciaErrorProvider
        messages={{ 'en-US': { labels } }}
        docsUrl={() => 'https://docs.example/'}
      >
        <KusciaErrorAlert
          error={axiosStyle(masterDown(), 200)}
          onRetry={vi.fn()}
          onDismiss={vi.fn()}
          showDetails
        />
        <KusciaErrorAlert error={alreadyExists()} />
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleDescription(expect.stringMatching(/^L-error /));
    expect(
      screen.getByRole('status', { name: enUS.codes[11306].title }),
    ).toHaveAccessibleDescription(expect.stringMatching(/^L-warning /));
    const inAlert = within(alert);
    expect(inAlert.getByRole('button', { name: 'L-retry' })).toBeInTheDocument();
    expect(inAlert.getByRole('button', { name: 'L-dismiss' })).toBeInTheDocument();
    expect(inAlert.getByRole('link', { name: 'L-docs' })).toBeInTheDocument();
    expect(inAlert.getByText('11103')).toHaveTextContent('L-code #11103');
    expect(screen.getByRole('button', { name: 'L-code #11305' })).toBeInTheDocument();

    await user.click(inAlert.getByRole('button', { name: 'L-details' }));
    for (const field of ['F-server', 'F-http', 'F-source', 'F-key']) {
      expect(inAlert.getByText(field)).toBeVisible();
    }
    expect(inAlert.getByText('S-kuscia')).toBeVisible();

    await user.click(inAlert.getByRole('button', { name: 'L-copy' }));
    const report = writeText.mock.calls[0]![0];
    for (const field of [
      'F-code: 11103',
      'F-key: ',
      'F-title: ',
      'F-server: ',
      'F-http: 200',
      'F-source: S-kuscia',
    ]) {
      expect(report).toContain(field);
    }
    expect(report).toMatch(new RegExp(`F-time: ${ISO_TIME.source}`));
    await waitFor(() => {
      expect(inAlert.getByRole('status')).toHaveTextContent('L-copied');
    });
  });

  it('overrides the "copy failed" announcement', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new Error('denied')));
    stubExecCommand(() => false);
    render(
      <KusciaErrorProvider
        locale="zh-CN"
        messages={{ 'zh-CN': { labels: { copyFailed: '无法复制，请手动选择' } } }}
      >
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: zhCN.labels.copyDetails }));
    await waitFor(() => {
      expect(within(screen.getByRole('alert')).getByRole('status')).toHaveTextContent(
        '无法复制，请手动选择',
      );
    });
  });
});

describe('KusciaErrorProvider: docsUrl', () => {
  it('adds a Documentation link per code, localized', () => {
    const docsUrl = (code: number) =>
      `https://www.secretflow.org.cn/docs/kuscia/errors#${String(code)}`;
    render(
      <KusciaErrorProvider locale="zh-CN" docsUrl={docsUrl}>
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('link', { name: zhCN.labels.documentation })).toHaveAttribute(
      'href',
      'https://www.secretflow.org.cn/docs/kuscia/errors#11305',
    );
  });

  it.each([null, undefined, ''])('shows no link when docsUrl returns %j', (value) => {
    render(
      <KusciaErrorProvider docsUrl={() => value}>
        <KusciaErrorAlert error={notFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('KusciaErrorProvider: onReport', () => {
  it('is called once per captured error, not per render, and not by merely showing an alert', async () => {
    const user = userEvent.setup();
    const onReport = vi.fn();
    function Page() {
      const { error, capture, reset } = useKusciaError();
      return (
        <>
          <button
            type="button"
            onClick={() => {
              capture(axiosStyle(notFound(), 200));
            }}
          >
            Load
          </button>
          <KusciaErrorAlert error={error} onDismiss={reset} showDetails />
        </>
      );
    }
    render(
      <KusciaErrorProvider onReport={onReport}>
        <Page />
        <KusciaErrorAlert error={masterDown()} />
      </KusciaErrorProvider>,
    );
    expect(onReport).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(onReport).toHaveBeenCalledOnce();
    expect(onReport).toHaveBeenCalledWith(
      expect.objectContaining({ code: 11305, httpStatus: 200, serverMessage: NOT_FOUND_MESSAGE }),
    );
    // Interacting re-renders; no new report.
    await user.click(screen.getByRole('button', { name: enUS.labels.details }));
    expect(onReport).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: enUS.labels.dismiss }));
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(onReport).toHaveBeenCalledTimes(2);
  });
});

describe('KusciaErrorProvider: Radix TooltipProvider', () => {
  it('renders one, so a plain Radix tooltip works inside it', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider>
        <Tooltip.Root>
          <Tooltip.Trigger>Jobs</Tooltip.Trigger>
          <Tooltip.Portal>
            <Tooltip.Content>All jobs of this domain</Tooltip.Content>
          </Tooltip.Portal>
        </Tooltip.Root>
      </KusciaErrorProvider>,
    );
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('All jobs of this domain');
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('a Radix tooltip outside any provider throws, which is what the badge must avoid', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expectRenderErrors();
    expect(() =>
      render(
        <Tooltip.Root>
          <Tooltip.Trigger>Jobs</Tooltip.Trigger>
        </Tooltip.Root>,
      ),
    ).toThrow(/TooltipProvider/);
  });

  it('passes tooltipDelay to badges: 0 opens on hover at once', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider tooltipDelay={0}>
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    await user.hover(screen.getByRole('button'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(enUS.codes[11305].title);
  });
});
