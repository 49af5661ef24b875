/*
 * KusciaErrorAlert in real Chromium with the real stylesheet: Copy details puts the report on the real
 * clipboard, Chrome's own accessibility tree names the alert, and axe-core (WCAG 2.2 AA tags, colour
 * contrast included) passes for every variant, with every action and the details open, in both locales and
 * in every theme set-up.
 */
/* eslint-disable testing-library/prefer-screen-queries -- vitest/browser's `page` is this environment's screen */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { KusciaErrorAlert, KusciaErrorProvider } from '../../index';
import '../../locales/zh-CN/index';
import '../../styles.css';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  THEMES,
  chromeAccessibleNames,
  grantClipboard,
  resetTheme,
  setTheme,
  type ThemeName,
} from '../../../test/browser/helpers';
import {
  EN,
  HOSTILE,
  ISO_TIME,
  KEY,
  MESSAGE,
  ORACLE,
  ZH,
  axiosStyle,
  docsUrl,
  envelope,
  networkError,
  recorded,
  type Locale,
} from '../../../test/fixtures';
import { injectedElements } from '../../../test/react/dom';

afterEach(async () => {
  await resetTheme();
  vi.restoreAllMocks();
});

/** The report "Copy details" wrote, with its timestamp replaced by `<time>`. */
const withoutTime = (report: string) => report.replace(ISO_TIME, '<time>');

const REPORT: Record<Locale, string> = {
  'en-US': [
    'Code: 11305',
    `Key: ${KEY[11305]}`,
    `Title: ${EN.reason.domainNotFound.title}`,
    `Code title: ${EN.title[11305]}`,
    `Server message: ${MESSAGE.domainNotFound}`,
    'HTTP status: 200',
    'Source: KusciaAPI',
    'Time: <time>',
  ].join('\n'),
  'zh-CN': [
    '错误码: 11305',
    `标识: ${KEY[11305]}`,
    `标题: ${ZH.reason.domainNotFound.title}`,
    `错误码描述: ${ZH.title[11305]}`,
    `服务端信息: ${MESSAGE.domainNotFound}`,
    'HTTP 状态码: 200',
    '来源: KusciaAPI',
    '时间: <time>',
  ].join('\n'),
};

describe('Copy details on the real clipboard', () => {
  it.each(['en-US', 'zh-CN'] as const)(
    'copies the full plain-text report and announces it, %s',
    async (locale) => {
      await grantClipboard();
      await render(
        <KusciaErrorProvider locale={locale}>
          <KusciaErrorAlert error={axiosStyle(recorded.domainNotFound(), 200)} />
        </KusciaErrorProvider>,
      );
      const alert = page.getByRole('alert');
      const label = ORACLE[locale].label;
      await userEvent.click(alert.getByRole('button', { name: label.copyDetails }));
      await expect.element(alert.getByRole('status')).toHaveTextContent(label.copied);
      expect(withoutTime(await navigator.clipboard.readText())).toBe(REPORT[locale]);
    },
  );

  it('copies hostile server text as text', async () => {
    await grantClipboard();
    const { container } = await render(
      <KusciaErrorAlert error={envelope(11305, HOSTILE)} showDetails />,
    );
    await userEvent.click(page.getByRole('button', { name: 'Details', exact: true }));
    await expect.element(page.getByText(HOSTILE)).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Copy details' }));
    await expect.element(page.getByRole('alert').getByRole('status')).toHaveTextContent('Copied');
    expect(await navigator.clipboard.readText()).toContain(`Server message: ${HOSTILE}`);
    expect(injectedElements(container)).toEqual([]);
  });
});

describe('what Chrome announces', () => {
  it('names the alert by its title alone in its accessibility tree, in both locales', async () => {
    await render(
      <>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
        <KusciaErrorAlert error={recorded.domainNotFound()} locale="zh-CN" />
      </>,
    );
    await expect.element(page.getByRole('alert').first()).toBeInTheDocument();
    const names = await chromeAccessibleNames('alert');
    expect(names).toEqual(
      expect.arrayContaining([EN.reason.domainNotFound.title, ZH.reason.domainNotFound.title]),
    );
  });

  it('hides the collapsed details and shows them when expanded', async () => {
    await render(<KusciaErrorAlert error={recorded.domainNotFound()} showDetails />);
    const toggle = page.getByRole('button', { name: 'Details', exact: true });
    // Regression: the stylesheet's `display: grid` on the list used to beat the `hidden` attribute.
    await expect.element(page.getByText(MESSAGE.domainNotFound)).not.toBeVisible();
    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByText(MESSAGE.domainNotFound)).toBeVisible();
  });
});

/** Every variant with every action: Retry, Dismiss, Documentation, an extra action, details open. */
function Matrix({ locale }: { locale: Locale }) {
  const variants = ['inline', 'banner', 'compact'] as const;
  return (
    <KusciaErrorProvider locale={locale} docsUrl={docsUrl}>
      <main style={{ display: 'grid', gap: 16, padding: 16 }}>
        {variants.map((variant) => (
          <section key={variant} aria-label={variant} style={{ display: 'grid', gap: 8 }}>
            <KusciaErrorAlert
              variant={variant}
              error={axiosStyle(recorded.masterUnreachable(), 200)}
              onRetry={() => undefined}
              onDismiss={() => undefined}
              showDetails
              action={<a href="#jobs">Jobs</a>}
            />
            <KusciaErrorAlert
              variant={variant}
              error={recorded.domainExists()}
              onRetry={() => undefined}
              retryButton="always"
              onDismiss={() => undefined}
              showDetails
              headingLevel={2}
            />
            <KusciaErrorAlert
              variant={variant}
              error={networkError()}
              onRetry={() => undefined}
              showDetails
            />
          </section>
        ))}
      </main>
    </KusciaErrorProvider>
  );
}

describe.each(Object.keys(THEMES) as ThemeName[])('axe, %s theme', (theme) => {
  it.each(['en-US', 'zh-CN'] as const)(
    'every variant with retry, dismiss, docs and details open, %s',
    async (locale) => {
      await grantClipboard();
      await setTheme(theme);
      await render(<Matrix locale={locale} />);
      const label = ORACLE[locale].label;
      const toggles = page.getByRole('button', { name: label.details, exact: true }).all();
      expect(toggles).toHaveLength(9);
      for (const toggle of toggles) await userEvent.click(toggle);
      await expect
        .element(
          page.getByRole('alert', { name: ORACLE[locale].reason.masterUnreachable.title }).first(),
        )
        .toBeVisible();
      // The "Copied" announcement is text too: show one.
      await userEvent.click(page.getByRole('button', { name: label.copyDetails }).first());
      await expect.element(page.getByText(label.copied)).toBeVisible();
      await expectNoAxeViolations(document.body);
    },
  );
});

describe('theme switching', () => {
  const expected: Record<ThemeName, { background: string; text: string }> = {
    light: { background: 'rgb(255, 242, 240)', text: 'rgb(31, 31, 31)' },
    'dark (data-theme)': { background: 'rgb(42, 18, 21)', text: 'rgb(230, 230, 230)' },
    'dark (prefers-color-scheme)': { background: 'rgb(42, 18, 21)', text: 'rgb(230, 230, 230)' },
    'light (data-theme, dark OS)': { background: 'rgb(255, 242, 240)', text: 'rgb(31, 31, 31)' },
  };
  it.each(Object.keys(THEMES) as ThemeName[])('%s: the alert uses that palette', async (theme) => {
    await setTheme(theme);
    await render(<KusciaErrorAlert error={recorded.domainNotFound()} />);
    const style = getComputedStyle(
      page.getByRole('alert', { name: EN.reason.domainNotFound.title }).element(),
    );
    expect({ background: style.backgroundColor, text: style.color }).toEqual(expected[theme]);
  });

  it('follows data-theme on any ancestor, not only <html>', async () => {
    await setTheme('light');
    await render(
      <div data-theme="dark">
        <KusciaErrorAlert error={recorded.domainNotFound()} />
      </div>,
    );
    expect(getComputedStyle(page.getByRole('alert').element()).backgroundColor).toBe(
      'rgb(42, 18, 21)',
    );
  });
});

describe('the contrast check itself', () => {
  it('fails on the antd red body text the style guide warns about (#FF4D4F on #FFF2F0)', async () => {
    await render(
      <main>
        <p style={{ color: '#ff4d4f', background: '#fff2f0', fontSize: 14 }}>{EN.title[11305]}</p>
      </main>,
    );
    await expect(expectNoAxeViolations(document.body)).rejects.toThrow(/color-contrast/);
  });
});
