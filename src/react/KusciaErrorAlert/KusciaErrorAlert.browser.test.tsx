/*
 * KusciaErrorAlert in real Chromium with the real stylesheet: Copy details puts the report on the real
 * clipboard and is said through the document's one live region, Chrome's own accessibility tree names and
 * describes the alert and reads the code chip, the severity icon is painted by the stylesheet, the actions
 * wrap at 320 px, and axe-core (WCAG 2.2 AA tags, colour contrast included) passes for every variant, with
 * every action and the details open, in both locales and in every theme set-up.
 */
/* eslint-disable testing-library/prefer-screen-queries -- vitest/browser's `page` is this environment's screen */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { KusciaErrorAlert, KusciaErrorProvider } from '../../index';
import '../../locales/zh-CN/index';
import '../../styles.css';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  THEMES,
  chromeAccessibleNames,
  chromeAccessibleNodes,
  grantClipboard,
  paintedBox,
  resetTheme,
  resolveColour,
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
  badgeName,
  docsUrl,
  envelope,
  networkError,
  recorded,
  type Locale,
} from '../../../test/fixtures';
import { announcers, injectedElements, part, removeAnnouncers } from '../../../test/react/dom';

afterEach(async () => {
  await resetTheme();
  // The shared live region lives on <body>, which every test of this file shares.
  removeAnnouncers();
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
      // Seen on the button; heard through the document's one polite region, outside the alert.
      await expect.element(alert.getByRole('button', { name: label.copied })).toBeVisible();
      await expect.element(page.getByRole('status')).toHaveTextContent(label.copied);
      const [region, ...more] = announcers();
      expect(more).toEqual([]);
      await expect.element(region!).toHaveAttribute('aria-live', 'polite');
      expect(alert.element().contains(region ?? null)).toBe(false);
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
    await expect.element(page.getByRole('status')).toHaveTextContent('Copied');
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

  it('describes the alert by the next step alone, with no severity word, in both locales', async () => {
    await render(
      <>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
        <KusciaErrorAlert error={recorded.domainExists()} locale="zh-CN" />
      </>,
    );
    await expect.element(page.getByRole('alert')).toBeInTheDocument();
    expect(await chromeAccessibleNodes('alert')).toEqual([
      { name: EN.reason.domainNotFound.title, description: EN.reason.domainNotFound.resolution },
    ]);
    expect(await chromeAccessibleNodes('status')).toEqual([
      { name: ZH.reason.domainExists.title, description: ZH.reason.domainExists.resolution },
    ]);
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

describe('the code chip', () => {
  it.each(['en-US', 'zh-CN'] as const)(
    'shows only the code, and Chrome reads it as the badge name, %s',
    async (locale) => {
      await render(
        <>
          <KusciaErrorAlert error={recorded.domainNotFound()} locale={locale} />
          {/* Chrome's own text-alternative computation over the chip's content, through a reference. */}
          <div role="note" aria-labelledby="chip" />
        </>,
      );
      const chip = part(page.getByRole('alert').element(), 'badge');
      const label = part(page.getByRole('alert').element(), 'badge-label');
      if (!chip || !label) throw new Error('no code chip');
      chip.id = 'chip';
      // The label's words take a 1×1 px clipped box: sighted users see the code alone.
      const box = label.getBoundingClientRect();
      expect({ width: box.width, height: box.height }).toEqual({ width: 1, height: 1 });
      expect(getComputedStyle(label).clipPath).toBe('inset(50%)');
      await expect.element(chip).toBeVisible();
      // Screen readers hear the words and the code, spaced.
      await expect.poll(() => chromeAccessibleNames('note')).toEqual([badgeName(11305, locale)]);
    },
  );
});

/** Runs `test` with the page at `width` × `height` CSS px, then puts the test viewport back. */
async function atViewport(width: number, height: number, test: () => Promise<void>): Promise<void> {
  const previous = { width: window.innerWidth, height: window.innerHeight };
  await page.viewport(width, height);
  try {
    await test();
  } finally {
    await page.viewport(previous.width, previous.height);
  }
}

/**
 * What a sighted user sees of the severity icon, from a screenshot: a glyph of about 16 px in the severity's
 * icon colour, inside the padding kept for it at the start of the line (the right in right-to-left), level
 * with the title.
 */
async function expectIconBesideTitle(root: HTMLElement): Promise<void> {
  const colour = resolveColour(
    root,
    root.getAttribute('data-severity') === 'warning'
      ? 'var(--kek-color-warning-icon)'
      : 'var(--kek-color-error-icon)',
  );
  const icon = await paintedBox(root, colour);
  const style = getComputedStyle(root);
  const box = root.getBoundingClientRect();
  const title = part(root, 'title')?.getBoundingClientRect();
  if (!title) throw new Error('no title');
  expect(icon.pixels).toBeGreaterThan(30);
  expect(icon.right - icon.left).toBeLessThanOrEqual(17);
  if (style.direction === 'rtl') {
    expect(icon.left).toBeGreaterThanOrEqual(box.width - parseFloat(style.paddingRight));
  } else {
    expect(icon.right).toBeLessThanOrEqual(parseFloat(style.paddingLeft));
  }
  expect(icon.top).toBeLessThan(title.bottom - box.top);
  expect(icon.bottom).toBeGreaterThan(title.top - box.top);
}

describe('the severity icon, painted by the stylesheet on the root', () => {
  const LAYERS = {
    error: ['linear-gradient', 'linear-gradient', 'radial-gradient'],
    warning: ['linear-gradient', 'linear-gradient', 'conic-gradient'],
  } as const;

  describe.each(Object.keys(THEMES) as ThemeName[])('%s theme', (theme) => {
    it.each(['inline', 'banner', 'compact'] as const)(
      '%s: background gradients that show a glyph in the severity colour beside the title',
      async (variant) => {
        await setTheme(theme);
        await atViewport(1024, 768, async () => {
          await render(
            <main style={{ display: 'grid', gap: 16, width: 960 }}>
              <KusciaErrorAlert variant={variant} error={recorded.domainNotFound()} />
              <KusciaErrorAlert variant={variant} error={recorded.domainExists()} />
            </main>,
          );
          for (const alert of [page.getByRole('alert'), page.getByRole('status')]) {
            const root = alert.element() as HTMLElement;
            const severity = root.getAttribute('data-severity') as 'error' | 'warning';
            const image = getComputedStyle(root).backgroundImage;
            expect(image.match(/[a-z]+-gradient/g)).toEqual(LAYERS[severity]);
            await expectIconBesideTitle(root);
          }
        });
      },
    );
  });

  it('stays beside the title on a narrow screen', async () => {
    await atViewport(320, 640, async () => {
      await render(
        <main style={{ display: 'grid', gap: 16 }}>
          <KusciaErrorAlert error={recorded.domainNotFound()} onDismiss={() => undefined} />
          <KusciaErrorAlert variant="banner" error={recorded.domainExists()} />
        </main>,
      );
      await expectIconBesideTitle(page.getByRole('alert').element() as HTMLElement);
      await expectIconBesideTitle(page.getByRole('status').element() as HTMLElement);
    });
  });
});

describe('narrow screens', () => {
  it.each(['en-US', 'zh-CN'] as const)(
    'at 320 px the code and the actions wrap under the text, with no horizontal overflow, %s',
    async (locale) => {
      const { innerWidth: width, innerHeight: height } = window;
      await page.viewport(320, 640);
      try {
        await render(
          <KusciaErrorProvider locale={locale} docsUrl={docsUrl}>
            <main>
              <KusciaErrorAlert
                error={axiosStyle(recorded.masterUnreachable(), 200)}
                onRetry={() => undefined}
                onDismiss={() => undefined}
                action={<a href="#jobs">Jobs</a>}
              />
            </main>
          </KusciaErrorProvider>,
        );
        const label = ORACLE[locale].label;
        const alert = page.getByRole('alert');
        const root = alert.element();
        const text = part(root, 'resolution')?.getBoundingClientRect();
        if (!text) throw new Error('no next step');
        const actions = [
          part(root, 'badge'),
          alert.getByRole('button', { name: label.retry }).element(),
          alert.getByRole('button', { name: label.copyDetails }).element(),
          alert.getByRole('link', { name: label.documentation }).element(),
          alert.getByRole('link', { name: 'Jobs' }).element(),
          alert.getByRole('button', { name: label.dismiss }).element(),
        ];
        const right = root.getBoundingClientRect().right;
        for (const action of actions) {
          const box = action?.getBoundingClientRect();
          expect(box?.top).toBeGreaterThanOrEqual(text.bottom);
          expect(box?.right).toBeLessThanOrEqual(right);
        }
        expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
        expect(right).toBeLessThanOrEqual(320);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
          document.documentElement.clientWidth,
        );
        await expectNoAxeViolations(document.body);
      } finally {
        await page.viewport(width, height);
      }
    },
  );

  it('beside the title on a wide screen', async () => {
    await atViewport(1024, 768, async () => {
      await render(
        <main style={{ width: 720 }}>
          <KusciaErrorAlert error={recorded.domainNotFound()} onDismiss={() => undefined} />
        </main>,
      );
      const root = page.getByRole('alert').element();
      const title = part(root, 'title')?.getBoundingClientRect();
      const text = part(root, 'resolution')?.getBoundingClientRect();
      const dismiss = page
        .getByRole('button', { name: 'Dismiss' })
        .element()
        .getBoundingClientRect();
      expect(dismiss.bottom).toBeLessThanOrEqual(text?.top ?? 0);
      expect(dismiss.left).toBeGreaterThan(title?.left ?? Infinity);
    });
  });
});

/* Defects found while writing these tests; each asserts the expected behaviour and fails until fixed. */
describe('reported against #14', () => {
  it('paints the icon at the start of the line in a right-to-left layout', async () => {
    await render(
      <main dir="rtl" style={{ width: 400 }}>
        <KusciaErrorAlert error={recorded.domainNotFound()} onDismiss={() => undefined} />
      </main>,
    );
    const root = page.getByRole('alert').element() as HTMLElement;
    expect(getComputedStyle(root).direction).toBe('rtl');
    await expectIconBesideTitle(root);
  });

  it('keeps the icon beside the title when a compact alert wraps in a narrow space', async () => {
    await render(
      <main style={{ width: 400 }}>
        <KusciaErrorAlert variant="compact" error={recorded.domainNotFound()} />
      </main>,
    );
    await expectIconBesideTitle(page.getByRole('alert').element() as HTMLElement);
  });

  it('keeps the severity icon in forced colours (Windows high contrast), as the icon element did', async () => {
    await render(
      <>
        <KusciaErrorAlert error={recorded.domainNotFound()} />
        <KusciaErrorAlert error={recorded.domainExists()} />
      </>,
    );
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    // Forced colours drop the painted gradients; the icon comes back as a glyph in the system's colours,
    // with empty alternative text (the role already says it), beside the title.
    const error = page.getByRole('alert').element();
    const warning = page.getByRole('status').element();
    expect(getComputedStyle(error).backgroundImage).not.toMatch(/gradient/);
    expect(getComputedStyle(error, '::before').content).toBe('"×" / ""');
    expect(getComputedStyle(warning, '::before').content).toBe('"!" / ""');
    const glyph = getComputedStyle(error, '::before');
    const title = error.querySelector('[data-part="title"]')!.getBoundingClientRect();
    const box = error.getBoundingClientRect();
    expect(glyph.position).toBe('absolute');
    expect(box.left + Number.parseFloat(glyph.left)).toBeLessThan(title.left);
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
      // "Copied" on a button and in the document's live region is checked too.
      await userEvent.click(page.getByRole('button', { name: label.copyDetails }).first());
      await expect.element(page.getByRole('button', { name: label.copied })).toBeVisible();
      await expect
        .element(page.getByRole('status').filter({ hasText: label.copied }))
        .toBeInTheDocument();
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
