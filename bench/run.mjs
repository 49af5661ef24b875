#!/usr/bin/env node
// `npm run bench`: mount and update cost, heap and size of the kit's components against plain markup, bare
// Radix and the Ant Design, MUI and Mantine equivalents, in headless Debian Chromium; the badge tooltip's open
// time; plus a Node microbenchmark of the core. Writes bench/results.json and bench/RESULTS.md; a partial run
// (BENCH_ONLY, BENCH_ALERTS, BENCH_BADGES, BENCH_ROUNDS, BENCH_RUNS_PER_ROUND or BENCH_QUICK) writes
// bench/*.partial.* instead.
//
// Environment: BENCH_ROUNDS (default 4; fewer, but never below 3, when the run passes BENCH_BUDGET_S, default
// 240 s, before a round starts), BENCH_RUNS_PER_ROUND (3), BENCH_WARMUP (3 runs before the first round),
// BENCH_HOVERS (8 tooltip hovers per round, after 2 untimed), BENCH_QUICK=1 (2 rounds of 1 run, a smoke test),
// BENCH_ONLY (comma-separated candidate ids; keep each group's baseline for the ratios), BENCH_ALERTS (1000)
// and BENCH_BADGES (1000), the list sizes; CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPage, linkPackage } from './lib/build.mjs';
import { allCandidates } from './lib/candidates.mjs';
import { chromiumOptions } from './lib/chromium.mjs';
import { measureMemory } from './lib/memory.mjs';
import { buildProvenance } from './lib/provenance.mjs';
import { runMicro } from './lib/micro.mjs';
import { benchDir, benchModules, kitEntry, repoDir, rootModules } from './lib/paths.mjs';
import { serve } from './lib/serve.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { median, relativeMad } from './lib/stats.mjs';
import { measureTooltipOpen } from './lib/tooltip.mjs';
import { formatJson, markdownReport, textTables } from './lib/report.mjs';
import { ID_PREFIX } from './pages/kit-markup.mjs';

const started = Date.now();
const env = process.env;
const quick = env.BENCH_QUICK === '1';
const ROUNDS = Number(env.BENCH_ROUNDS ?? (quick ? 2 : 4));
const MIN_ROUNDS = Math.min(ROUNDS, 3);
const RUNS_PER_ROUND = Number(env.BENCH_RUNS_PER_ROUND ?? (quick ? 1 : 3));
const WARMUP = Number(env.BENCH_WARMUP ?? (quick ? 1 : 3));
/** Seconds after which no further round starts once MIN_ROUNDS are in: keeps the whole run near 5 minutes. */
const BUDGET_S = Number(env.BENCH_BUDGET_S ?? 240);
const ALERTS = Number(env.BENCH_ALERTS ?? 1000);
const BADGES = Number(env.BENCH_BADGES ?? 1000);
const HOVERS = Number(env.BENCH_HOVERS ?? (quick ? 3 : 8));
const HOVER_WARMUP = 2;
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

// 1. The peers (antd, MUI, Mantine) live in bench/node_modules only; the kit is measured from its built dist/.
if (!['antd', '@mui/material', '@mantine/core'].every((p) => existsSync(join(benchModules, p)))) {
  sh('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund']);
}
const built = () =>
  ['.', './core', './styles.css'].every((subpath) => existsSync(kitEntry(subpath)));
if (!built()) {
  sh('npx', ['vite', 'build', '--logLevel', 'warn']);
}

const require = createRequire(join(repoDir, 'package.json'));
/** @type {typeof import('playwright')} */
const { chromium } = require('playwright');
/** @typedef {import('./lib/candidates.mjs').Candidate} Candidate */
const only = env.BENCH_ONLY?.split(',');
const candidates = only ? allCandidates.filter((c) => only.includes(c.id)) : allCandidates;
if (candidates.length === 0) throw new Error(`BENCH_ONLY matches no candidate: ${String(only)}`);
/** The installed version of a package, from bench/node_modules (the peers) or the repo's (Radix). */
const versionOf = (/** @type {string} */ name) => {
  const file = [benchModules, rootModules]
    .map((dir) => join(dir, name, 'package.json'))
    .find((path) => existsSync(path));
  return file
    ? /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version
    : '';
};
const countOf = (/** @type {Candidate} */ c) => (c.group === 'alert' ? ALERTS : BADGES);

// Which build is measured, read now: the pages and the microbenchmark load dist/ from here on.
const build = buildProvenance();

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
  renderToStaticMarkup(createElement(kit.KusciaErrorProvider, { locale: 'en-US' }, element), {
    identifierPrefix: ID_PREFIX,
  });
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
// The update with new codes relies on neighbouring rows differing in code and text.
for (let i = 0; i < rows.length; i += 1) {
  const next = rows[(i + 1) % rows.length];
  if (rows[i].code === next.code || rows[i].title === next.title)
    throw new Error(`rows ${i} and ${i + 1} share a code or title: the update would not change it`);
}

const tmp = mkdtempSync(join(tmpdir(), 'kek-bench-'));
const outDir = join(tmp, 'www');
const consumerDir = linkPackage(join(tmp, 'consumer'));
/** @type {import('playwright').Browser | undefined} */
let browser;
/** @type {{ url: string, close: () => Promise<void> } | undefined} */
let server;
try {
  log(
    `building ${candidates.length} pages and their size entries with esbuild (production, minified)`,
  );
  const sizeIds = candidates.flatMap((c) => [
    ...(c.size ? [c.size] : []),
    ...(c.sizeAlso ? [c.sizeAlso.id] : []),
  ]);
  const [bundles, sizes] = await Promise.all([
    Promise.all(
      candidates.map((c) =>
        buildPage({ name: c.id, entry: c.entry, outDir, consumerDir, data: { rows } }),
      ),
    ),
    measureSizes(sizeIds, consumerDir, tmp),
  ]);
  server = await serve(outDir);
  browser = await chromium.launch(chromiumOptions());
  const chromiumVersion = browser.version();
  log(
    `Chromium ${chromiumVersion}; ${WARMUP} warm-up runs, then up to ${ROUNDS} rounds of ` +
      `${RUNS_PER_ROUND} runs, candidates interleaved`,
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
        elements: 0,
        /** @type {{ round: number, mountMs: number, refetchMs: number, updateMs: number }[]} */
        runs: [],
        /** @type {{ jsBytes: number, domBytes: number, domNodes: number, jsAfterBytes: number }[]} */
        memory: [],
        /** @type {number[][]} hover times per round */
        tooltip: [],
      };
    }),
  );
  log(`${pages.length} pages open, one browser context each`);
  const gc = (/** @type {import('playwright').CDPSession} */ cdp) =>
    cdp.send('HeapProfiler.collectGarbage');

  let shift = 0;
  /** One run of every candidate, rotating which goes first. @param {number} r @param {number | null} round */
  const runAll = async (r, round) => {
    for (let k = 0; k < pages.length; k += 1) {
      const entry = pages[(k + r) % pages.length];
      await gc(entry.cdp);
      shift += 7;
      const result = await entry.page.evaluate(
        ([n, rnd]) => window.__bench.run(n, rnd),
        /** @type {[number, number]} */ ([countOf(entry.candidate), shift]),
      );
      if (!result.changed) entry.errors.push('the update with new codes left the text unchanged');
      entry.elements = result.elements;
      if (round !== null)
        entry.runs.push({
          round,
          mountMs: result.mountMs,
          refetchMs: result.refetchMs,
          updateMs: result.updateMs,
        });
    }
  };

  for (let w = 0; w < WARMUP; w += 1) {
    await runAll(w, null);
    log(`warm-up ${w + 1}/${WARMUP}`);
  }
  let rounds = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    if (rounds >= MIN_ROUNDS && (Date.now() - started) / 1000 > BUDGET_S) {
      log(`time budget reached: stopping after ${rounds} rounds`);
      break;
    }
    for (let r = 0; r < RUNS_PER_ROUND; r += 1)
      await runAll(WARMUP + round * RUNS_PER_ROUND + r, round);
    // Heap: one reading per candidate and round, the list mounted against no list.
    for (const entry of pages) {
      shift += 7;
      entry.memory.push(
        await measureMemory(entry.page, entry.cdp, countOf(entry.candidate), shift),
      );
    }
    // Tooltip open: fresh badges every round (the list is mounted anew).
    for (const entry of pages.filter((e) => e.candidate.tooltip)) {
      await gc(entry.cdp);
      entry.tooltip.push(
        await measureTooltipOpen(entry.page, {
          n: countOf(entry.candidate),
          round: shift,
          hovers: HOVERS,
          warmup: HOVER_WARMUP,
          firstIndex: 3 + round,
        }),
      );
    }
    rounds += 1;
    log(`round ${rounds}/${ROUNDS}`);
  }

  /** @type {import('./lib/report.mjs').CandidateResult[]} */
  const results = [];
  for (const entry of pages) {
    await entry.page.evaluate(
      ([n, rnd]) => window.__bench.mount(n, rnd),
      /** @type {[number, number]} */ ([countOf(entry.candidate), 1]),
    );
    const sample = await entry.page.evaluate(() => window.__bench.sample());
    const c = entry.candidate;
    const b = bundles[candidates.indexOf(c)];
    const all = (/** @type {'mountMs' | 'refetchMs' | 'updateMs'} */ key) =>
      entry.runs.map((run) => run[key]);
    results.push({
      id: c.id,
      group: c.group,
      label: c.label,
      baseline: c.baseline === true,
      calibration: c.calibration === true,
      cssInJs: c.cssInJs === true,
      n: countOf(c),
      mountMs: median(all('mountMs')),
      refetchMs: median(all('refetchMs')),
      updateMs: median(all('updateMs')),
      mountRelMad: relativeMad(all('mountMs')),
      refetchRelMad: relativeMad(all('refetchMs')),
      updateRelMad: relativeMad(all('updateMs')),
      runs: entry.runs,
      rounds: Array.from({ length: rounds }, (_, round) => {
        const inRound = entry.runs.filter((run) => run.round === round);
        const memory = entry.memory[round];
        const hovers = entry.tooltip[round];
        return {
          mountMs: median(inRound.map((run) => run.mountMs)),
          refetchMs: median(inRound.map((run) => run.refetchMs)),
          updateMs: median(inRound.map((run) => run.updateMs)),
          jsHeapBytes: memory?.jsBytes ?? Number.NaN,
          domHeapBytes: memory?.domBytes ?? Number.NaN,
          domNodes: memory?.domNodes ?? Number.NaN,
          tooltipMs: hovers ? median(hovers) : null,
        };
      }),
      tooltipRuns: entry.tooltip.flat(),
      jsHeapAfterMountBytes: entry.memory.at(-1)?.jsAfterBytes ?? Number.NaN,
      domElements: entry.elements,
      bundleJsBytes: b.jsBytes,
      bundleCssBytes: b.cssBytes,
      size: c.size ? sizes[c.size] : null,
      sizeAlso: c.sizeAlso ? { label: c.sizeAlso.label, ...sizes[c.sizeAlso.id] } : null,
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
    build: { ...build, rebuiltDuringRun: buildProvenance().distBuilt !== build.distBuilt },
    peers: Object.fromEntries(
      ['antd', '@mui/material', '@mantine/core', '@radix-ui/react-tooltip'].map((name) => [
        name,
        versionOf(name),
      ]),
    ),
    config: {
      alerts: ALERTS,
      badges: BADGES,
      rounds,
      runsPerRound: RUNS_PER_ROUND,
      warmup: WARMUP,
      hovers: HOVERS,
      hoverWarmup: HOVER_WARMUP,
      statistic: 'median per round; min–max over rounds',
    },
    browser: results,
    micro,
    coreEntry: kitEntry('./core').slice(repoDir.length + 1),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log(`\n${textTables(report)}`);
  // A partial or resized run must not overwrite the committed results of a full one.
  const partialKnobs = [
    'BENCH_ONLY',
    'BENCH_ALERTS',
    'BENCH_BADGES',
    'BENCH_ROUNDS',
    'BENCH_RUNS_PER_ROUND',
    'BENCH_HOVERS',
  ];
  const full = !quick && partialKnobs.every((name) => env[name] === undefined);
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
