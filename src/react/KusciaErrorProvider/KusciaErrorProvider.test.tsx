import * as Tooltip from '@radix-ui/react-tooltip';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ErrorCodeBadge,
  KusciaErrorAlert,
  KusciaErrorProvider,
  useKusciaError,
  type KusciaMessageOverrides,
} from '../../index';
import { zhCN } from '../../locales/zh-CN/index';
import { secretpad } from '../../secretpad/index';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  EN,
  ISO_TIME,
  MESSAGE,
  ZH,
  axiosStyle,
  badgeName,
  codeOnly,
  envelope,
  networkError,
  recorded,
  unknownCodeTitle,
} from '../../../test/fixtures';
import {
  expectRenderErrors,
  restoreDomStubs,
  stubClipboard,
  stubExecCommand,
} from '../../../test/react/dom';
import { findAnnouncement } from '../../../test/react/announcer';

afterEach(() => {
  restoreDomStubs();
  vi.restoreAllMocks();
});

describe('KusciaErrorProvider: locale', () => {
  it.each([
    ['en-US', EN.reason.domainNotFound.title, 'Dismiss'],
    ['zh-CN', ZH.reason.domainNotFound.title, '关闭'],
    ['zh', ZH.reason.domainNotFound.title, '关闭'],
    ['zh-Hans-CN', ZH.reason.domainNotFound.title, '关闭'],
    ['en-GB', EN.reason.domainNotFound.title, 'Dismiss'],
    ['fr-FR', EN.reason.domainNotFound.title, 'Dismiss'],
  ])('locale="%s" speaks the matching locale', (locale, title, dismiss) => {
    render(
      <KusciaErrorProvider locale={locale}>
        <KusciaErrorAlert error={recorded.domainNotFound()} onDismiss={vi.fn()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(title);
    expect(screen.getByRole('button', { name: dismiss })).toBeVisible();
  });

  it('accepts a messages object', () => {
    render(
      <KusciaErrorProvider locale={zhCN}>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(ZH.reason.domainNotFound.title);
  });

  it('defaults to en-US', () => {
    render(
      <KusciaErrorProvider>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
  });

  it('reaches every component below it: alert, badge and hook', () => {
    function HookTitle() {
      const { text } = useKusciaError(recorded.masterUnreachable());
      return <p>{text?.title}</p>;
    }
    render(
      <KusciaErrorProvider locale="zh-CN">
        <KusciaErrorAlert error={recorded.domainNotFound()} />
        <ErrorCodeBadge code={11306} />
        <HookTitle />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(ZH.reason.domainNotFound.title);
    expect(
      screen.getByRole('button', { name: badgeName(11306, 'zh-CN') }),
    ).toHaveAccessibleDescription('节点已存在异常');
    expect(screen.getByText(ZH.reason.masterUnreachable.title)).toBeVisible();
  });
});

describe('KusciaErrorProvider: overrides', () => {
  it('overrides one field of one code in one locale, and nothing else', () => {
    const overrides: KusciaMessageOverrides = { 'en-US': { 11305: { title: 'Party missing' } } };
    const { rerender } = render(
      <KusciaErrorProvider overrides={overrides}>
        <KusciaErrorAlert error={codeOnly.domainNotFound()} />
        <KusciaErrorAlert error={recorded.domainExists()} />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('Party missing');
    expect(alert).toHaveAccessibleDescription(EN.resolution[11305]);
    expect(screen.getByRole('status', { name: EN.reason.domainExists.title })).toBeVisible();

    rerender(
      <KusciaErrorProvider overrides={overrides} locale="zh-CN">
        <KusciaErrorAlert error={codeOnly.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('节点不存在异常');
  });

  it('overrides zh-CN text per code', () => {
    render(
      <KusciaErrorProvider
        locale="zh-CN"
        overrides={{ 'zh-CN': { 11305: { title: '参与方不存在', resolution: '请先创建参与方' } } }}
      >
        <KusciaErrorAlert error={codeOnly.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('参与方不存在');
    expect(screen.getByRole('alert')).toHaveAccessibleDescription('请先创建参与方');
  });

  it('overrides generic texts (failures without a code), unknownCode keeping {code}', () => {
    const { rerender } = render(
      <KusciaErrorProvider
        overrides={{ 'en-US': { generic: { network: { title: 'Console offline' } } } }}
      >
        <KusciaErrorAlert error={networkError()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('Console offline');
    rerender(
      <KusciaErrorProvider
        overrides={{ 'en-US': { generic: { unknownCode: { title: 'New code {code}' } } } }}
      >
        <KusciaErrorAlert error={envelope(99999, 'from a newer Kuscia')} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('New code 99999');
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
        codeTitle: 'F-code-title',
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
        overrides={{ 'en-US': { labels } }}
        docsUrl={() => 'https://docs.example/'}
      >
        <KusciaErrorAlert
          error={axiosStyle(recorded.masterUnreachable(), 200)}
          onRetry={vi.fn()}
          onDismiss={vi.fn()}
          showDetails
        />
        <KusciaErrorAlert error={recorded.domainExists()} />
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert');
    // The description is the next step alone: the severity words are no longer said (#14).
    expect(alert).toHaveAccessibleDescription(EN.reason.masterUnreachable.resolution);
    expect(
      screen.getByRole('status', { name: EN.reason.domainExists.title }),
    ).toHaveAccessibleDescription(EN.reason.domainExists.resolution);
    const inAlert = within(alert);
    expect(inAlert.getByRole('button', { name: 'L-retry' })).toBeVisible();
    expect(inAlert.getByRole('button', { name: 'L-dismiss' })).toBeVisible();
    expect(inAlert.getByRole('link', { name: 'L-docs' })).toBeVisible();
    expect(inAlert.getByText('11103')).toHaveTextContent('L-code #11103');
    expect(screen.getByRole('button', { name: 'L-code #11305' })).toBeVisible();

    await user.click(inAlert.getByRole('button', { name: 'L-details' }));
    expect(inAlert.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'F-code-title',
      'F-server',
      'F-http',
      'F-source',
      'F-key',
    ]);
    expect(inAlert.getByText('S-kuscia')).toBeVisible();

    await user.click(inAlert.getByRole('button', { name: 'L-copy' }));
    expect(writeText.mock.calls[0]![0].replace(ISO_TIME, '<time>')).toBe(
      [
        'F-code: 11103',
        'F-key: KusciaAPIErrRequestMasterFailed',
        `F-title: ${EN.reason.masterUnreachable.title}`,
        `F-code-title: ${EN.title[11103]}`,
        `F-server: ${MESSAGE.masterUnreachable}`,
        'F-http: 200',
        'F-source: S-kuscia',
        'F-time: <time>',
      ].join('\n'),
    );
    expect(await inAlert.findByRole('button', { name: 'L-copied' })).toHaveFocus();
    await findAnnouncement('L-copied');
  });

  it('overrides the "copy failed" announcement', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new Error('denied')));
    stubExecCommand(() => false);
    render(
      <KusciaErrorProvider
        locale="zh-CN"
        overrides={{ 'zh-CN': { labels: { copyFailed: '无法复制，请手动选择' } } }}
      >
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: '复制详情' }));
    expect(
      await within(screen.getByRole('alert')).findByRole('button', {
        name: '无法复制，请手动选择',
      }),
    ).toHaveAttribute('data-part', 'copy');
    await findAnnouncement('无法复制，请手动选择');
  });
});

describe('KusciaErrorProvider: docsUrl', () => {
  it('adds a Documentation link per code, localized', () => {
    const docsUrl = (code: number) =>
      `https://www.secretflow.org.cn/docs/kuscia/errors#${String(code)}`;
    render(
      <KusciaErrorProvider locale="zh-CN" docsUrl={docsUrl}>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('link', { name: '文档' })).toHaveAttribute(
      'href',
      'https://www.secretflow.org.cn/docs/kuscia/errors#11305',
    );
  });

  it.each([null, undefined, ''])('shows no link when docsUrl returns %j', (value) => {
    render(
      <KusciaErrorProvider docsUrl={() => value}>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('KusciaErrorProvider: onError', () => {
  it('is called once per captured error, not per render, and not by merely showing an alert', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    function Page() {
      const { alertProps, capture } = useKusciaError();
      return (
        <>
          <button
            type="button"
            onClick={() => {
              capture(axiosStyle(recorded.domainNotFound(), 200));
            }}
          >
            Load
          </button>
          <KusciaErrorAlert {...alertProps} showDetails />
        </>
      );
    }
    render(
      <KusciaErrorProvider onError={onError}>
        <Page />
        <KusciaErrorAlert error={recorded.masterUnreachable()} />
      </KusciaErrorProvider>,
    );
    expect(onError).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 11305,
        httpStatus: 200,
        serverMessage: MESSAGE.domainNotFound,
      }),
    );
    // Interacting re-renders; no new report.
    const alert = screen.getByRole('alert', { name: EN.reason.domainNotFound.title });
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(onError).toHaveBeenCalledOnce();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByRole('alert', { name: EN.reason.domainNotFound.title }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(onError).toHaveBeenCalledTimes(2);
  });
});

describe('KusciaErrorProvider: delayDuration and Radix', () => {
  it('no longer renders a Radix TooltipProvider: an app keeps its own for its own tooltips', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expectRenderErrors();
    expect(() =>
      render(
        <KusciaErrorProvider>
          <Tooltip.Root>
            <Tooltip.Trigger>Jobs</Tooltip.Trigger>
          </Tooltip.Root>
        </KusciaErrorProvider>,
      ),
    ).toThrow(/TooltipProvider/);
  });

  it('passes delayDuration to badges: 0 opens on hover at once', async () => {
    const user = userEvent.setup();
    render(
      <KusciaErrorProvider delayDuration={0}>
        <ErrorCodeBadge code={11305} />
      </KusciaErrorProvider>,
    );
    await user.hover(screen.getByRole('button'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Domain not found');
  });

  it('passes axe with an alert and a badge in both locales', async () => {
    const { rerender } = render(
      <KusciaErrorProvider>
        <main>
          <KusciaErrorAlert error={recorded.domainNotFound()} />
          <ErrorCodeBadge code={11306} />
        </main>
      </KusciaErrorProvider>,
    );
    await expectNoAxeViolations();
    rerender(
      <KusciaErrorProvider locale="zh-CN">
        <main>
          <KusciaErrorAlert error={recorded.domainNotFound()} />
          <ErrorCodeBadge code={11306} />
        </main>
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(ZH.reason.domainNotFound.title);
    await expectNoAxeViolations();
  });
});

// Last in this file: registering a catalogue is global (as in an app), so nothing after it may expect
// SecretPad codes to be unknown.
describe('KusciaErrorProvider: catalogs', () => {
  it("plugs in SecretPad's catalogue: its codes get its source, title and known badge", async () => {
    const user = userEvent.setup();
    const body = { status: { code: 202011200, msg: '机构不存在' }, data: null };
    const { rerender } = render(
      <KusciaErrorProvider>
        <KusciaErrorAlert error={body} showDetails />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(unknownCodeTitle(202011200));

    rerender(
      <KusciaErrorProvider catalogs={[secretpad]}>
        <KusciaErrorAlert error={structuredClone(body)} showDetails />
        <ErrorCodeBadge code={202011200} />
      </KusciaErrorProvider>,
    );
    const alert = screen.getByRole('alert', { name: EN.title[202011200] });
    expect(alert).toHaveAttribute('data-source', 'secretpad');
    await user.click(within(alert).getByRole('button', { name: 'Details' }));
    expect(within(alert).getByText('SecretPad')).toBeVisible();
    expect(within(alert).getByText('InstErrorCode.INST_NOT_EXISTS')).toBeVisible();
    expect(screen.getByRole('button', { name: badgeName(202011200) })).toHaveAttribute(
      'data-known',
      '',
    );
  });

  it('ignores what is not a list of catalogues', () => {
    render(
      <KusciaErrorProvider catalogs={{ id: 'x' } as never}>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </KusciaErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName(EN.reason.domainNotFound.title);
  });
});
