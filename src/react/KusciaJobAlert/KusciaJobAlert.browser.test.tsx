/*
 * KusciaJobAlert in real Chromium with the real stylesheet: axe-core (WCAG 2.2 AA tags, colour contrast
 * included) for a few failure families in every theme set-up and both locales, collapsed and expanded; the
 * keyboard path through the log disclosure and the actions; a long log that wraps at a narrow width; Copy log
 * on the real clipboard. The jobs are the recorded bodies of test/fixtures/jobs (its README names each
 * source); expected texts are literals from src/locales/{en-US,zh-CN}/jobs.ts filled in by hand.
 */
/* eslint-disable testing-library/prefer-screen-queries -- vitest/browser's `page` is this environment's screen */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { KusciaJobAlert } from '../../index';
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
import { ORACLE, type Locale } from '../../../test/fixtures';
import { removeAnnouncers } from '../../../test/react/dom';
import approvalRejected from '../../../test/fixtures/jobs/approval-rejected.json';
import imagePullOutranksCrash from '../../../test/fixtures/jobs/image-pull-outranks-crash.json';
import imagePullStuck from '../../../test/fixtures/jobs/image-pull-stuck.json';
import outOfMemory from '../../../test/fixtures/jobs/out-of-memory.json';
import pythonNotFound from '../../../test/fixtures/jobs/secretpad-254-python-not-found.json';
import secretpadAggregate from '../../../test/fixtures/jobs/secretpad-errmsg-aggregate.json';
import stopped from '../../../test/fixtures/jobs/stopped-422-collateral.json';

const LOCALES = ['en-US', 'zh-CN'] as const;

const TEXT = {
  'en-US': {
    label: {
      logTail: 'Log tail',
      copyLog: 'Copy log',
      copied: 'Copied',
      restart: 'Restart',
      stop: 'Stop',
      dismiss: ORACLE['en-US'].label.dismiss,
    },
    title: {
      imagePullStuck:
        'bob cannot pull the image “secretflow/psi:1.2”: the job will not finish by itself',
      multiParty: 'bob cannot pull the image “secretflow/psi:1.2”',
      pythonNotFound: "bob's application exited with an error: sh: 1: python: not found",
      approvalRejected: 'bob rejected the job',
      stopped: 'alice stopped the job',
      outOfMemory: "alice's container was killed for using too much memory",
      secretpadAggregate: "alice's input data is missing or unreadable: KeyError: 'label'",
    },
  },
  'zh-CN': {
    label: {
      logTail: '日志末尾',
      copyLog: '复制日志',
      copied: '已复制',
      restart: '重跑任务',
      stop: '停止任务',
      dismiss: ORACLE['zh-CN'].label.dismiss,
    },
    title: {
      imagePullStuck: 'bob 无法拉取镜像“secretflow/psi:1.2”，任务不会自行结束',
      multiParty: 'bob 无法拉取镜像“secretflow/psi:1.2”',
      pythonNotFound: 'bob 的应用异常退出：sh: 1: python: not found',
      approvalRejected: 'bob 拒绝了该任务',
      stopped: 'alice 停止了该任务',
      outOfMemory: 'alice 的容器因内存不足被终止',
      secretpadAggregate: "alice 的输入数据缺失或无法读取：KeyError: 'label'",
    },
  },
} as const;

/** A fresh copy of a recorded body, so that no test can change what another sees. */
const fresh = <T,>(body: T): T => structuredClone(body);

const noop = () => undefined;

afterEach(async () => {
  await resetTheme();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  // The document's one live region ("Copied") lives on <body>, which every test of this file shares.
  removeAnnouncers();
  vi.restoreAllMocks();
});

/**
 * A few families with every part the alert has: Stop and Restart, Dismiss, a heading, the log, a warning, a
 * job with no log, each variant.
 */
function Gallery({ locale }: { locale: Locale }) {
  return (
    <main style={{ display: 'grid', gap: 16, padding: 16 }}>
      <KusciaJobAlert
        job={fresh(imagePullStuck)}
        locale={locale}
        onStop={noop}
        onRestart={noop}
        onDismiss={noop}
      />
      <KusciaJobAlert
        job={fresh(imagePullOutranksCrash)}
        locale={locale}
        variant="banner"
        onRestart={noop}
      />
      <KusciaJobAlert
        job={fresh(pythonNotFound)}
        locale={locale}
        variant="compact"
        onRestart={noop}
        onDismiss={noop}
      />
      <KusciaJobAlert job={fresh(approvalRejected)} locale={locale} onRestart={noop} />
      <KusciaJobAlert job={fresh(stopped)} locale={locale} onRestart={noop} />
      <KusciaJobAlert job={fresh(outOfMemory)} locale={locale} headingLevel={2} />
    </main>
  );
}

describe.each(Object.keys(THEMES) as ThemeName[])('axe, %s theme', (theme) => {
  it.each(LOCALES)('a few families, collapsed and then expanded, %s', async (locale) => {
    await setTheme(theme);
    await render(<Gallery locale={locale} />);
    const text = TEXT[locale];
    for (const title of [
      text.title.imagePullStuck,
      text.title.multiParty,
      text.title.pythonNotFound,
      text.title.approvalRejected,
      text.title.outOfMemory,
    ]) {
      await expect.element(page.getByRole('alert', { name: title, exact: true })).toBeVisible();
    }
    await expect.element(page.getByRole('status', { name: text.title.stopped })).toBeVisible();
    await expectNoAxeViolations(document.body);

    // The four jobs whose containers left a message: image pull (×2), python not found, OOMKilled.
    const toggles = page.getByRole('button', { name: text.label.logTail }).all();
    expect(toggles).toHaveLength(4);
    for (const toggle of toggles) await userEvent.click(toggle);
    for (const toggle of toggles) {
      await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    }
    await expect.element(page.getByText('sh: 1: python: not found', { exact: true })).toBeVisible();
    await expectNoAxeViolations(document.body);
  });
});

describe('the palette', () => {
  const expected: Record<ThemeName, { error: string; warning: string; text: string }> = {
    light: { error: 'rgb(255, 242, 240)', warning: 'rgb(255, 251, 230)', text: 'rgb(31, 31, 31)' },
    'dark (data-theme)': {
      error: 'rgb(42, 18, 21)',
      warning: 'rgb(43, 33, 17)',
      text: 'rgb(230, 230, 230)',
    },
    'dark (prefers-color-scheme)': {
      error: 'rgb(42, 18, 21)',
      warning: 'rgb(43, 33, 17)',
      text: 'rgb(230, 230, 230)',
    },
    'light (data-theme, dark OS)': {
      error: 'rgb(255, 242, 240)',
      warning: 'rgb(255, 251, 230)',
      text: 'rgb(31, 31, 31)',
    },
  };
  it.each(Object.keys(THEMES) as ThemeName[])(
    '%s: a failed job in the error colours, a stopped one in the warning colours',
    async (theme) => {
      await setTheme(theme);
      await render(
        <>
          <KusciaJobAlert job={fresh(outOfMemory)} />
          <KusciaJobAlert job={fresh(stopped)} />
        </>,
      );
      const error = getComputedStyle(
        page.getByRole('alert', { name: TEXT['en-US'].title.outOfMemory }).element(),
      );
      const warning = getComputedStyle(
        page.getByRole('status', { name: TEXT['en-US'].title.stopped }).element(),
      );
      expect({
        error: error.backgroundColor,
        warning: warning.backgroundColor,
        text: error.color,
      }).toEqual(expected[theme]);
    },
  );
});

describe('keyboard', () => {
  it('Tab reaches the log toggle, Enter and Space expand and collapse it, then Copy log, Stop, Dismiss', async () => {
    const onStop = vi.fn();
    await render(
      <>
        <button type="button">Before</button>
        <KusciaJobAlert
          job={fresh(imagePullStuck)}
          onStop={onStop}
          onRestart={noop}
          onDismiss={noop}
        />
      </>,
    );
    const text = TEXT['en-US'];
    await userEvent.click(page.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    const toggle = page.getByRole('button', { name: text.label.logTail });
    await expect.element(toggle).toHaveFocus();
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    // A visible focus ring (WCAG 2.4.7), drawn by the stylesheet on :focus-visible.
    expect(getComputedStyle(toggle.element()).outlineStyle).toBe('solid');
    const panel = document.getElementById(toggle.element().getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();

    await userEvent.keyboard('{Enter}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.element(panel!).toBeVisible();
    await expect.element(panel!).toHaveTextContent('Back-off pulling image "secretflow/psi:1.2"');
    await userEvent.keyboard(' ');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect.element(panel!).not.toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    // Still on the toggle: expanding does not move focus.
    await expect.element(toggle).toHaveFocus();

    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: text.label.copyLog })).toHaveFocus();
    await userEvent.tab();
    // The job still runs: Stop, and no Restart in the way.
    await expect.element(page.getByRole('button', { name: text.label.stop })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onStop).toHaveBeenCalledOnce();
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: text.label.dismiss })).toHaveFocus();
  });

  it.each(LOCALES)(
    'Tab walks every button of a failed job in order, each named in the locale by Chrome, %s',
    async (locale) => {
      await render(
        <>
          <button type="button">Before</button>
          <KusciaJobAlert
            job={fresh(outOfMemory)}
            locale={locale}
            onRestart={noop}
            onStop={noop}
            onDismiss={noop}
          />
        </>,
      );
      const label = TEXT[locale].label;
      await userEvent.click(page.getByRole('button', { name: 'Before' }));
      const reached: string[] = [];
      for (let step = 0; step < 4; step++) {
        await userEvent.tab();
        reached.push(document.activeElement?.textContent ?? '');
      }
      // A Failed job: Restart, no Stop.
      expect(reached).toEqual([label.logTail, label.copyLog, label.restart, label.dismiss]);
      const names = await chromeAccessibleNames('button');
      expect(names).toEqual(
        expect.arrayContaining([label.logTail, label.copyLog, label.restart, label.dismiss]),
      );
      expect(names).not.toContain(label.stop);
    },
  );
});

const LONG_LINES = Array.from(
  { length: 200 },
  (_, index) =>
    `2025-12-03 08:17:${String(index % 60).padStart(2, '0')} INFO step ${String(index)}`,
);
/** A path with no break opportunity: only `overflow-wrap` can fold it. */
const UNBROKEN = `/home/kuscia/var/storage/data/${'x'.repeat(400)}.csv`;
const LONG_LOG = [...LONG_LINES, `FileNotFoundError: ${UNBROKEN}`].join('\n');

/** secretflow/secretpad#254's body with a 200-line tail, Go-quoted (`\n` as two characters) as Kuscia sends it. */
function longLogJob() {
  const body = fresh(pythonNotFound);
  const party = body.tasks[0]?.parties[0];
  if (!party) throw new Error('fixture changed: no party');
  party.err_msg = `container[secretflow] terminated state reason "Error", message: "${[
    ...LONG_LINES,
    `FileNotFoundError: ${UNBROKEN}`,
  ].join('\\n')}"`;
  return body;
}

describe('the long log', () => {
  it.each(['inline', 'compact'] as const)(
    'stays wrapped at 320 px, no horizontal scroll box anywhere (%s)',
    async (variant) => {
      const { innerWidth: width, innerHeight: height } = window;
      await page.viewport(320, 640);
      try {
        await render(
          <main style={{ padding: 8 }}>
            <KusciaJobAlert job={longLogJob()} variant={variant} onRestart={noop} />
          </main>,
        );
        const alert = page.getByRole('alert');
        const toggle = alert.getByRole('button', { name: 'Log tail' });
        await userEvent.click(toggle);
        const pre = document.getElementById(toggle.element().getAttribute('aria-controls') ?? '');
        if (!pre) throw new Error('aria-controls points at nothing');
        await expect.element(pre).toBeVisible();
        expect(pre.textContent.endsWith(`FileNotFoundError: ${UNBROKEN}`)).toBe(true);

        const style = getComputedStyle(pre);
        expect({ whiteSpace: style.whiteSpace, overflowX: style.overflowX }).toEqual({
          whiteSpace: 'pre-wrap',
          overflowX: 'visible',
        });
        expect(pre.scrollWidth).toBeLessThanOrEqual(pre.clientWidth);
        const root = alert.element();
        expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
        expect(root.getBoundingClientRect().right).toBeLessThanOrEqual(320);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
          document.documentElement.clientWidth,
        );
        await expectNoAxeViolations(document.body);
      } finally {
        await page.viewport(width, height);
      }
    },
  );

  it('Copy log puts the whole log on the real clipboard and announces it', async () => {
    await grantClipboard();
    await render(<KusciaJobAlert job={longLogJob()} locale="zh-CN" />);
    await userEvent.click(page.getByRole('button', { name: '复制日志' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('已复制');
    expect(await navigator.clipboard.readText()).toBe(LONG_LOG);
  });
});

/* Defects found while writing these tests; each asserts the expected behaviour and fails until fixed. */
describe('reported against #12', () => {
  it('stops the log toggle’s arrow from animating under prefers-reduced-motion', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    await render(<KusciaJobAlert job={fresh(pythonNotFound)} />);
    const toggle = page.getByRole('button', { name: 'Log tail' }).element();
    expect(getComputedStyle(toggle, '::before').transitionDuration).toBe('0s');
  });

  it('offers Restart for SecretPad’s stored FAILED job when the verdict allows it', async () => {
    await render(<KusciaJobAlert job={fresh(secretpadAggregate)} onRestart={noop} />);
    const alert = page.getByRole('alert', { name: TEXT['en-US'].title.secretpadAggregate });
    await expect.element(alert).toHaveAttribute('data-restart', 'afterFix');
    await expect
      .element(alert.getByRole('button', { name: 'Restart' }), { timeout: 2000 })
      .toBeVisible();
  });

  it('keeps the partner’s application log reachable in a multi-party job', async () => {
    await render(<KusciaJobAlert job={fresh(imagePullOutranksCrash)} />);
    for (const toggle of page.getByRole('button', { name: 'Log tail' }).all()) {
      await userEvent.click(toggle);
    }
    // alice's log tail (the list item shows only its last line).
    await expect
      .element(page.getByText(/2025-12-03 08:16:40 INFO start link to bob/), { timeout: 2000 })
      .toBeVisible();
  });
});
