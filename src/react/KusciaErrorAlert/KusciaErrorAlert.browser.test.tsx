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
import {
  KusciaErrorAlert,
  KusciaErrorProvider,
  enUS,
  getKusciaErrorDefinition,
  zhCN,
  type KusciaLocaleMessages,
} from '../../src';
import '../../src/styles.css';
import { injectedElements } from '../react/dom';
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
} from '../react/fixtures';
import {
  THEMES,
  chromeAccessibleNames,
  expectNoAxeViolations,
  grantClipboard,
  resetTheme,
  setTheme,
  type ThemeName,
} from './helpers';

const en = enUS.labels;

afterEach(async () => {
  await resetTheme();
  vi.restoreAllMocks();
});

describe('Copy details on the real clipboard', () => {
  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
  ] as const)(
    'copies the full plain-text report and announces it, %s',
    async (locale, messages) => {
      await grantClipboard();
      await render(
        <KusciaErrorProvider locale={locale}>
          <KusciaErrorAlert error={axiosStyle(notFound(), 200)} />
        </KusciaErrorProvider>,
      );
      const alert = page.getByRole('alert');
      await userEvent.click(alert.getByRole('button', { name: messages.labels.copyDetails }));
      await expect.element(alert.getByRole('status')).toHaveTextContent(messages.labels.copied);

      const copied = await navigator.clipboard.readText();
      const { fields, sources } = messages.labels;
      expect(copied).toContain(`${fields.code}: 11305`);
      expect(copied).toContain(`${fields.key}: ${getKusciaErrorDefinition(11305)!.key}`);
      expect(copied).toContain(`${fields.title}: ${messages.codes[11305].title}`);
      expect(copied).toContain(`${fields.serverMessage}: ${NOT_FOUND_MESSAGE}`);
      expect(copied).toContain(`${fields.httpStatus}: 200`);
      expect(copied).toContain(`${fields.source}: ${sources.kuscia}`);
      expect(copied).toMatch(new RegExp(`${fields.time}: ${ISO_TIME.source}`));
    },
  );

  it('copies hostile server text as text', async () => {
    await grantClipboard();
    const { container } = await render(
      <KusciaErrorAlert error={envelope(11305, HOSTILE)} showDetails />,
    );
    await userEvent.click(page.getByRole('button', { name: en.details, exact: true }));
    await expect.element(page.getByText(HOSTILE)).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: en.copyDetails }));
    await expect.element(page.getByRole('alert').getByRole('status')).toHaveTextContent(en.copied);
    expect(await navigator.clipboard.readText()).toContain(HOSTILE);
    expect(injectedElements(container)).toEqual([]);
  });
});

describe('what Chrome announces', () => {
  it('names the alert by its title alone in its accessibility tree', async () => {
    await render(
      <>
        <KusciaErrorAlert error={notFound()} />
        <KusciaErrorAlert error={notFound()} locale={zhCN} />
      </>,
    );
    await expect.element(page.getByRole('alert').first()).toBeInTheDocument();
    const names = await chromeAccessibleNames('alert');
    expect(names).toContain(enUS.codes[11305].title);
    expect(names).toContain('节点不存在异常');
  });

  it('hides the collapsed details and shows them when expanded', async () => {
    await render(<KusciaErrorAlert error={notFound()} showDetails />);
    const toggle = page.getByRole('button', { name: en.details, exact: true });
    // Regression: the stylesheet's `display: grid` on the list used to beat the `hidden` attribute.
    await expect.element(page.getByText(NOT_FOUND_MESSAGE)).not.toBeVisible();
    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByText(NOT_FOUND_MESSAGE)).toBeVisible();
  });
});

/** Every variant with every action: Retry, Dismiss, Documentation, an extra action, details open. */
function Matrix({ messages }: { messages: KusciaLocaleMessages }) {
  const variants = ['inline', 'banner', 'compact'] as const;
  return (
    <KusciaErrorProvider
      locale={messages}
      docsUrl={(code) => `https://docs.example/kuscia/${String(code)}`}
    >
      <main style={{ display: 'grid', gap: 16, padding: 16 }}>
        {variants.map((variant) => (
          <section key={variant} aria-label={variant} style={{ display: 'grid', gap: 8 }}>
            <KusciaErrorAlert
              variant={variant}
              error={axiosStyle(masterDown(), 200)}
              onRetry={() => undefined}
              onDismiss={() => undefined}
              showDetails
              action={<a href="#jobs">Jobs</a>}
            />
            <KusciaErrorAlert
              variant={variant}
              error={alreadyExists()}
              onRetry={() => undefined}
              retry="always"
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
  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
  ] as const)(
    'every variant with retry, dismiss, docs and details open, %s',
    async (_locale, messages) => {
      await grantClipboard();
      await setTheme(theme);
      await render(<Matrix messages={messages} />);
      const toggles = page
        .getByRole('button', { name: messages.labels.details, exact: true })
        .all();
      expect(toggles).toHaveLength(9);
      for (const toggle of toggles) await userEvent.click(toggle);
      // The "Copied" announcement is text too: show one.
      await userEvent.click(
        page.getByRole('button', { name: messages.labels.copyDetails }).first(),
      );
      await expect.element(page.getByText(messages.labels.copied)).toBeVisible();
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
    await render(<KusciaErrorAlert error={notFound()} />);
    const style = getComputedStyle(page.getByRole('alert').element());
    expect({ background: style.backgroundColor, text: style.color }).toEqual(expected[theme]);
  });

  it('follows data-theme on any ancestor, not only <html>', async () => {
    await setTheme('light');
    await render(
      <div data-theme="dark">
        <KusciaErrorAlert error={notFound()} />
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
        <p style={{ color: '#ff4d4f', background: '#fff2f0', fontSize: 14 }}>Domain not found</p>
      </main>,
    );
    await expect(expectNoAxeViolations(document.body)).rejects.toThrow(/color-contrast/);
  });
});
