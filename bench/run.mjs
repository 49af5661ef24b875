#!/usr/bin/env node
// `npm run bench`: mount and update cost of the kit's components against plain markup, bare Radix and the
// Ant Design and MUI equivalents, in headless Debian Chromium; plus a Node microbenchmark of the core.
// Writes bench/results.json and bench/RESULTS.md; a partial run (BENCH_ONLY, BENCH_ALERTS, BENCH_BADGES or
// BENCH_QUICK) writes bench/*.partial.* instead. Environment: BENCH_RUNS (default 11; fewer, but never below 7,
// when the run nears BENCH_BUDGET_S, default 210 s), BENCH_WARMUP (3), BENCH_QUICK=1 (3 runs, a smoke test),
// BENCH_ONLY (comma-separated candidate ids), BENCH_ALERTS (1000) and BENCH_BADGES (100), the list sizes;
// CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPage, linkPackage } from './lib/build.mjs';
import { chromiumOptions } from './lib/chromium.mjs';
import { runMicro } from './lib/micro.mjs';
import { benchDir, benchModules, kitEntry, repoDir } from './lib/paths.mjs';
import { serve } from './lib/serve.mjs';
import { median, relativeMad } from './lib/stats.mjs';
import { formatJson, markdownReport, textTables } from './lib/report.mjs';
import { ID_PREFIX } from './pages/kit-markup.mjs';

const started = Date.now();
const quick = process.env.BENCH_QUICK === '1';
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 3 : 11));
const MIN_RUNS = Math.min(RUNS, 7);
const WARMUP = Number(process.env.BENCH_WARMUP ?? (quick ? 1 : 3));
/** Seconds after which no further run starts once MIN_RUNS are in: keeps the whole run under ~5 minutes. */
const BUDGET_S = Number(process.env.BENCH_BUDGET_S ?? 210);
const ALERTS = Number(process.env.BENCH_ALERTS ?? 1000);
const BADGES = Number(process.env.BENCH_BADGES ?? 100);
const log = (/** @type {string} */ message) => {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
};

/** @param {string} command @param {string[]} args */
function sh(command, args) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoDir, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited with ${String(result.status)}`);
}

// 1. The peers (antd, MUI) live in bench/node_modules only; the kit is measured from its built dist/.
if (!existsSync(join(benchModules, 'antd/package.json'))) {
  sh('npm', ['ci', '--prefix', 'bench', '--legacy-peer-deps', '--no-audit', '--no-fund']);
}
const built = () =>
  ['.', './core', './styles.css'].every((subpath) => existsSync(kitEntry(subpath)));
if (!built()) {
  sh('npx', ['vite', 'build', '--logLevel', 'warn']);
}

const require = createRequire(join(repoDir, 'package.json'));
/** @type {typeof import('playwright')} */
const { chromium } = require('playwright');
/** @typedef {{ id: string, group: 'alert' | 'badge', label: string, entry: string, baseline?: boolean }} Candidate */
/** @type {Candidate[]} */
const allCandidates = [
  {
    id: 'alert-plain',
    group: 'alert',
    label: 'plain markup (div role=alert)',
    entry: 'alert-plain.mjs',
    baseline: true,
  },
  { id: 'alert-kit', group: 'alert', label: 'KusciaErrorAlert', entry: 'alert-kit.mjs' },
  {
    id: 'alert-kit-unstyled',
    group: 'alert',
    label: 'KusciaErrorAlert unstyled',
    entry: 'alert-kit-unstyled.mjs',
  },
  {
    id: 'alert-kit-markup',
    group: 'alert',
    label: "KusciaErrorAlert's HTML, no component",
    entry: 'alert-kit-markup.mjs',
  },
  { id: 'alert-antd', group: 'alert', label: 'antd 5 Alert', entry: 'alert-antd.mjs' },
  { id: 'alert-mui', group: 'alert', label: 'MUI 7 Alert + AlertTitle', entry: 'alert-mui.mjs' },
  {
    id: 'badge-span',
    group: 'badge',
    label: '<span title> baseline',
    entry: 'badge-span.mjs',
    baseline: true,
  },
  {
    id: 'badge-radix',
    group: 'badge',
    label: 'bare Radix Tooltip (eager)',
    entry: 'badge-radix.mjs',
  },
  { id: 'badge-kit', group: 'badge', label: 'ErrorCodeBadge (lazy Radix)', entry: 'badge-kit.mjs' },
  {
    id: 'badge-kit-markup',
    group: 'badge',
    label: "ErrorCodeBadge's HTML, no component",
    entry: 'badge-kit-markup.mjs',
  },
  { id: 'badge-mui', group: 'badge', label: 'MUI 7 Tooltip + Chip', entry: 'badge-mui.mjs' },
  { id: 'badge-antd', group: 'badge', label: 'antd 5 Tooltip + Tag', entry: 'badge-antd.mjs' },
];
// BENCH_ONLY=alert-plain,alert-kit measures a subset (keep each group's baseline for the ratios).
const only = process.env.BENCH_ONLY?.split(',');
const candidates = only ? allCandidates.filter((c) => only.includes(c.id)) : allCandidates;
const countOf = (/** @type {Candidate} */ c) => (c.group === 'alert' ? ALERTS : BADGES);

// 2. Node microbenchmark of the core first, while nothing else runs.
log(`Node microbenchmark of the core (${kitEntry('./core').slice(repoDir.length + 1)})`);
const micro = await runMicro({ quick });

// 3. The rows every page renders: en-US texts of the documented codes, from the built core, and the HTML the
//    built components render for each (the calibration pages rebuild it without the components).
const core = await import(pathToFileURL(kitEntry('./core')).href);
const kit = await import(pathToFileURL(kitEntry('.')).href);
const { createElement } = require('react');
const { renderToStaticMarkup } = require('react-dom/server');
const markupOf = (/** @type {import('react').ReactElement} */ element) =>
  renderToStaticMarkup(element, { identifierPrefix: ID_PREFIX });
const rows = core.kusciaErrorCodes
  .filter((/** @type {{ documented: boolean }} */ d) => d.documented)
  .map((/** @type {{ code: number, key: string }} */ d) => {
    const message = `${d.key}: rejected by kusciaapi`;
    return {
      code: d.code,
      message,
      ...core.describeKusciaError(d.code, 'en-US'),
      alertMarkup: markupOf(
        createElement(kit.KusciaErrorAlert, {
          error: { status: { code: d.code, message, details: [] } },
        }),
      ),
      badgeMarkup: markupOf(createElement(kit.ErrorCodeBadge, { code: d.code })),
    };
  });

const tmp = mkdtempSync(join(tmpdir(), 'kek-bench-'));
const outDir = join(tmp, 'www');
const consumerDir = linkPackage(join(tmp, 'consumer'));
/** @type {import('playwright').Browser | undefined} */
let browser;
/** @type {{ url: string, close: () => Promise<void> } | undefined} */
let server;
try {
  log(`building ${candidates.length} pages with esbuild (production, minified)`);
  const bundles = await Promise.all(
    candidates.map((c) =>
      buildPage({ name: c.id, entry: c.entry, outDir, consumerDir, data: { rows } }),
    ),
  );
  server = await serve(outDir);
  browser = await chromium.launch(chromiumOptions());
  const chromiumVersion = browser.version();
  log(
    `Chromium ${chromiumVersion}; ${RUNS} measured runs after ${WARMUP} warm-up, candidates interleaved`,
  );

  // One context and page per candidate, all open at once, so runs can be interleaved (drift hits all alike).
  const serverUrl = server.url;
  const openBrowser = browser;
  const pages = await Promise.all(
    candidates.map(async (candidate) => {
      const context = await openBrowser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${serverUrl}/${candidate.id}/`);
      await page.waitForFunction(() => '__bench' in window);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      return {
        candidate,
        page,
        cdp,
        errors,
        mount: /** @type {number[]} */ ([]),
        update: /** @type {number[]} */ ([]),
      };
    }),
  );
  log(`${pages.length} pages open, one browser context each`);
  const gc = (/** @type {import('playwright').CDPSession} */ cdp) =>
    cdp.send('HeapProfiler.collectGarbage');

  let round = 0;
  let measuredRuns = 0;
  for (let r = 0; r < WARMUP + RUNS; r += 1) {
    if (measuredRuns >= MIN_RUNS && (Date.now() - started) / 1000 > BUDGET_S) {
      log(`time budget reached: stopping after ${measuredRuns} measured runs`);
      break;
    }
    // Rotate the starting candidate each round, so none always runs first.
    for (let k = 0; k < pages.length; k += 1) {
      const entry = pages[(k + r) % pages.length];
      await gc(entry.cdp);
      round += 7;
      const result = await entry.page.evaluate(
        ([n, rnd]) => window.__bench.run(n, rnd),
        /** @type {[number, number]} */ ([countOf(entry.candidate), round]),
      );
      if (r >= WARMUP) {
        entry.mount.push(result.mountMs);
        entry.update.push(result.updateMs);
      }
    }
    if (r >= WARMUP) measuredRuns += 1;
    log(r < WARMUP ? `warm-up ${r + 1}/${WARMUP}` : `run ${measuredRuns}/${RUNS}`);
  }

  // Heap: after a full GC, before and after mounting (kept mounted), per page.
  /** @type {import('./lib/report.mjs').CandidateResult[]} */
  const results = [];
  for (const entry of pages) {
    await gc(entry.cdp);
    const before = /** @type {{ usedSize: number }} */ (
      await entry.cdp.send('Runtime.getHeapUsage')
    );
    const n = countOf(entry.candidate);
    const elements = await entry.page.evaluate(
      ([count]) => {
        window.__bench.mount(count, 1);
        return document.body.getElementsByTagName('*').length;
      },
      [n],
    );
    await gc(entry.cdp);
    const after = /** @type {{ usedSize: number }} */ (
      await entry.cdp.send('Runtime.getHeapUsage')
    );
    const sample = await entry.page.evaluate(() => window.__bench.sample());
    await entry.page.evaluate(() => {
      window.__bench.unmount();
    });
    const b = bundles[candidates.indexOf(entry.candidate)];
    results.push({
      id: entry.candidate.id,
      group: entry.candidate.group,
      label: entry.candidate.label,
      baseline: entry.candidate.baseline === true,
      n,
      mountMs: median(entry.mount),
      updateMs: median(entry.update),
      mountRelMad: relativeMad(entry.mount),
      updateRelMad: relativeMad(entry.update),
      mountRuns: entry.mount,
      updateRuns: entry.update,
      heapBeforeBytes: before.usedSize,
      heapAfterMountBytes: after.usedSize,
      domElements: elements,
      bundleJsBytes: b.jsBytes,
      bundleCssBytes: b.cssBytes,
      sample,
      pageErrors: entry.errors,
    });
    await entry.page.context().close();
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
    },
    chromium: chromiumVersion,
    react: /** @type {string} */ (require('react/package.json').version),
    config: {
      alerts: ALERTS,
      badges: BADGES,
      runs: measuredRuns,
      warmup: WARMUP,
      statistic: 'median',
    },
    browser: results,
    micro,
    coreEntry: kitEntry('./core').slice(repoDir.length + 1),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log(`\n${textTables(report)}`);
  // A partial or resized run must not overwrite the committed results of a full one.
  const full = !only && !process.env.BENCH_ALERTS && !process.env.BENCH_BADGES && !quick;
  const [jsonName, mdName] = full
    ? ['results.json', 'RESULTS.md']
    : ['results.partial.json', 'RESULTS.partial.md'];
  writeFileSync(join(benchDir, jsonName), await formatJson(report));
  writeFileSync(join(benchDir, mdName), markdownReport(report));
  const problems = results.filter((r) => r.pageErrors.length > 0);
  for (const p of problems) console.error(`page errors in ${p.id}: ${p.pageErrors.join(' | ')}`);
  log(`wrote bench/${jsonName} and bench/${mdName} in ${report.seconds} s`);
  if (problems.length > 0) process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
}
