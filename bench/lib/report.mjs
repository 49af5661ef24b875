// Tables for the terminal and bench/RESULTS.md, and the JSON written to bench/results.json.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoDir } from './paths.mjs';
import { describeProvenance } from './provenance.mjs';
import { median, range } from './stats.mjs';

/**
 * @typedef {{ mountMs: number, refetchMs: number, updateMs: number, jsHeapBytes: number, domHeapBytes: number,
 *   domNodes: number, tooltipMs: number | null }} RoundResult
 * @typedef {import('./sizes.mjs').SizeResult} SizeResult
 * @typedef {{ id: string, group: 'alert' | 'badge', label: string, baseline: boolean, calibration: boolean,
 *   cssInJs: boolean, n: number, mountMs: number, refetchMs: number, updateMs: number, mountRelMad: number,
 *   refetchRelMad: number, updateRelMad: number,
 *   runs: { round: number, mountMs: number, refetchMs: number, updateMs: number }[], rounds: RoundResult[],
 *   tooltipRuns: number[], jsHeapAfterMountBytes: number, domElements: number, bundleJsBytes: number,
 *   bundleCssBytes: number, size: SizeResult | null, sizeAlso: (SizeResult & { label: string }) | null,
 *   sample: string, pageErrors: string[] }} CandidateResult
 * @typedef {{ group: string, name: string, opsPerSec: number, relMad: number, samples: number, batch: number }} MicroResult
 * @typedef {{ results: MicroResult[], skipped: { group: string, name: string, skipped: string }[],
 *   cachedByIdentity: boolean }} Micro
 * @typedef {{ date: string, machine: { node: string, cpus: number, cpuModel: string, memoryGiB: number },
 *   chromium: string, react: string, peers: Record<string, string>,
 *   build: ReturnType<typeof import('./provenance.mjs').buildProvenance> & { rebuiltDuringRun: boolean },
 *   config: { alerts: number, badges: number, rounds: number, runsPerRound: number, warmup: number,
 *     hovers: number, hoverWarmup: number },
 *   browser: CandidateResult[], micro: Micro, coreEntry: string, seconds: number }} Report
 */

const MB = 2 ** 20;
const plural = (/** @type {number} */ n, /** @type {string} */ noun) =>
  `${n} ${noun}${n === 1 ? '' : 's'}`;
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const ms = (/** @type {number} */ value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const pct = (/** @type {number} */ value) => `±${(value * 100).toFixed(0)}%`;
const ops = (/** @type {number} */ value) =>
  value >= 1e6
    ? `${(value / 1e6).toFixed(2)} M`
    : value >= 1e3
      ? `${(value / 1e3).toFixed(1)} k`
      : value.toFixed(0);

/**
 * "4.4–6.0×" (one figure when both ends print alike; "—" when there is nothing to show).
 * @param {number[]} values @param {(v: number) => string} format @param {string} [unit]
 */
function spread(values, format, unit = '') {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return '—';
  const { min, max } = range(finite);
  const [low, high] = [format(min), format(max)];
  return low === high ? `${low}${unit}` : `${low}–${high}${unit}`;
}
const ratio = (/** @type {number} */ v) => (v >= 10 ? v.toFixed(1) : v.toFixed(2));
const megabytes = (/** @type {number} */ v) => (v / MB).toFixed(2);

/**
 * Per round, the candidate's median over the baseline's median in the same round.
 * @param {CandidateResult} r @param {CandidateResult | undefined} base
 * @param {'mountMs' | 'refetchMs' | 'updateMs'} key
 */
function ratios(r, base, key) {
  if (!base) return [];
  return r.rounds.map((round, i) => round[key] / (base.rounds[i]?.[key] ?? Number.NaN));
}

/** @param {CandidateResult} r */
const sizeCells = (r) => {
  if (!r.size) return ['—', '—'];
  const css = r.size.cssGzip > 0 ? kb(r.size.cssGzip) : r.cssInJs ? 'in JS' : 'none';
  const also = r.sizeAlso ? ` (${r.sizeAlso.label}: ${kb(r.sizeAlso.cssGzip)})` : '';
  return [kb(r.size.jsGzip), `${css}${also}`];
};

/** @param {Report} report @param {'alert' | 'badge'} group */
function summaryRows(report, group) {
  const list = report.browser.filter((r) => r.group === group);
  const base = list.find((r) => r.baseline);
  return list.map((r) => {
    const cells = [
      `${r.label} ×${r.n}`,
      spread(ratios(r, base, 'mountMs'), ratio, '×'),
      spread(ratios(r, base, 'updateMs'), ratio, '×'),
      spread(ratios(r, base, 'refetchMs'), ratio, '×'),
      spread(
        r.rounds.map((x) => x.domHeapBytes),
        megabytes,
      ),
      spread(
        r.rounds.map((x) => x.jsHeapBytes),
        megabytes,
      ),
    ];
    if (group === 'badge') {
      const tooltip = r.rounds.map((x) => x.tooltipMs).filter((x) => x !== null);
      cells.push(
        tooltip.length > 0
          ? `${ms(median(r.tooltipRuns))} (${spread(tooltip, (v) => v.toFixed(1))})`
          : '—',
      );
    }
    return [...cells, ...sizeCells(r)];
  });
}

/** @param {'alert' | 'badge'} group */
const summaryHead = (group) => {
  const unit = group === 'alert' ? 'one alert' : 'one badge';
  const base = group === 'alert' ? 'plain' : 'span';
  return [
    'candidate',
    `warm mount ÷ ${base}`,
    `update, new codes ÷ ${base}`,
    `refetch, same codes ÷ ${base}`,
    'DOM heap Δ MB',
    'JS heap Δ MB',
    ...(group === 'badge' ? ['tooltip open ms: median (round medians)'] : []),
    `JS gzip KB, provider + ${unit}`,
    'CSS gzip KB',
  ];
};

/** @param {Report} report */
function timingRows(report) {
  return report.browser.map((r) => [
    `${r.label} ×${r.n}`,
    `${ms(r.mountMs)} ${pct(r.mountRelMad)}`,
    `${ms(r.updateMs)} ${pct(r.updateRelMad)}`,
    `${ms(r.refetchMs)} ${pct(r.refetchRelMad)}`,
    spread(
      r.rounds.map((x) => x.domNodes),
      (v) => v.toFixed(0),
    ),
    String(r.domElements),
    (r.jsHeapAfterMountBytes / MB).toFixed(1),
    kb(r.bundleJsBytes + r.bundleCssBytes),
  ]);
}
const TIMING_HEAD = [
  'candidate',
  'mount ms',
  'update, new codes ms',
  'refetch ms',
  'DOM nodes Δ',
  'elements',
  'JS heap with list MB',
  'page bundle KB (min)',
];

/** @param {Report} report */
function microRows(report) {
  /** @type {string[][]} */
  const rows = [];
  const { results, skipped } = report.micro;
  for (const group of [...new Set([...results, ...skipped].map((m) => m.group))]) {
    const list = results.filter((m) => m.group === group);
    const base = list.find((m) => m.name.startsWith('baseline'));
    for (const m of list) {
      rows.push([
        group,
        m.name,
        ops(m.opsPerSec),
        pct(m.relMad),
        base ? `${(m.opsPerSec / base.opsPerSec).toFixed(3)}×` : '',
      ]);
    }
    for (const s of skipped.filter((m) => m.group === group))
      rows.push([group, s.name, 'skipped', '', s.skipped]);
  }
  return rows;
}
const MICRO_HEAD = ['input', 'case', 'ops/s (median)', 'MAD', 'vs baseline'];

/** @param {string[]} head @param {string[][]} rows */
function plain(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** @param {string[]} head @param {string[][]} rows */
function markdown(head, rows) {
  const esc = (/** @type {string} */ c) => c.replace(/\|/g, '\\|').replace(/</g, '&lt;');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** @param {Report} report */
const runsLine = (report) =>
  `${plural(report.config.rounds, 'round')} × ${plural(report.config.runsPerRound, 'run')} after ${plural(report.config.warmup, 'warm-up run')}`;

/** @param {Report} report */
export function textTables(report) {
  const groups = /** @type {const} */ (['alert', 'badge']).filter((g) =>
    report.browser.some((r) => r.group === g),
  );
  return [
    `The kit: ${describeProvenance(report.build)}`,
    `Chromium ${report.chromium}, React ${report.react}, ${runsLine(report)}; ratios and heap: min–max over rounds`,
    ...groups.flatMap((g) => [plain(summaryHead(g), summaryRows(report, g)), '']),
    'Medians over all runs (±MAD)',
    plain(TIMING_HEAD, timingRows(report)),
    '',
    `Node ${report.machine.node}: core microbenchmark (${report.coreEntry})`,
    plain(MICRO_HEAD, microRows(report)),
  ].join('\n');
}

/** @param {Report} report */
export function markdownReport(report) {
  const { config } = report;
  const peers = Object.entries(report.peers)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const section = (/** @type {'alert' | 'badge'} */ group) =>
    report.browser.some((r) => r.group === group)
      ? markdown(summaryHead(group), summaryRows(report, group))
      : '(not measured in this run)';
  return `# Benchmark results

Generated by \`npm run bench\` (bench/run.mjs) on ${report.date.slice(0, 10)}: ${report.machine.cpus} × ${report.machine.cpuModel},
${report.machine.memoryGiB} GiB, Node ${report.machine.node}, headless Chromium ${report.chromium}, React ${report.react} (production build),
${peers}. Whole run: ${report.seconds} s. Numbers from a shared 2-core machine are noisy; compare ratios, not absolute times.

The kit as measured: ${describeProvenance(report.build)}.

## How it is measured

All in one Chromium run: ${config.alerts} alerts or ${config.badges} badges in one React root, the kit and each peer under
its library's root provider (KusciaErrorProvider, antd ConfigProvider, MUI ThemeProvider, MantineProvider, Radix
Tooltip.Provider), each page its own esbuild bundle (minified, React production build, one React). Candidates are
interleaved, with a forced GC before each run: ${runsLine(report)}. Each round's figure is the median of its runs,
and the tables give the **min–max over rounds**.

- *warm mount*: \`flushSync(() => root.render(list))\` then \`document.body.offsetHeight\` (render, commit, style and
  layout), in a page that has mounted the list before (JIT warm), as a ratio to the baseline's median in the same round.
- *update, new codes*: the same list re-rendered with every item on a different code (same keys); the kit's text
  follows the code, and the baseline and peers get that code's title and next step, from a table built before the
  clock starts. The page checks that the update changed the text.
- *refetch, same codes*: the list re-rendered with new envelope objects of the same codes (what a refetch of the
  same failures gives).
- *DOM heap Δ*: \`Runtime.getHeapUsage\` \`embedderHeapUsedSize\` (Blink's Oilpan heap: DOM nodes, computed styles,
  layout objects) with the list mounted minus without it, each read after two animation frames and two forced
  full GCs (\`HeapProfiler.collectGarbage\`). *JS heap Δ*: \`usedSize\` of the same readings. One reading per round.
- *tooltip open* (badges with a Radix tooltip, hover delay 0): the pointer moves from a parking spot onto a badge
  never hovered before, in the mounted list of ${config.badges}; timed in the page from the first pointer event to the
  tooltip being positioned by Floating UI and laid out. ${plural(config.hovers, 'hover')} per round after ${config.hoverWarmup} untimed; the
  median of all hovers, and in brackets the range of the round medians. The kit's badge mounts Radix on that
  first hover; bare Radix has every tooltip mounted already.
- *JS gzip, provider + one component*: an entry that renders the library's provider around one alert (badge),
  bundled with esbuild (minified ESM, React and React DOM external, everything else bundled), gzip -9 (zlib
  level 9). *CSS gzip*: the CSS files that entry imports, minified, gzip -9; "in JS" for CSS-in-JS libraries.
  Mantine loads its global styles and the Alert's own CSS (the \`.layer.css\` files), as its guide for importing
  one component's styles says.

The kit's alert parses and localizes the raw KusciaAPI envelope while rendering; the baseline and the peers are
given the already-localized title and next step, so their numbers are pure rendering. The rows "…'s HTML, no
component" are calibration: the exact HTML the kit's component renders (server-rendered from the built package)
rebuilt with bare \`createElement\` calls, so the gap to the component is the component's own cost and the gap to
the baseline is the cost of the markup itself.

## Alerts

${section('alert')}

## Badges

${section('badge')}

## Timings in milliseconds

Medians over all ${config.rounds * config.runsPerRound} runs, ±MAD (median absolute deviation relative to the median). *DOM nodes Δ* from
\`Memory.getDOMCounters\` (text nodes included); *elements* in the list's container; *page bundle*: the whole
benchmark page, minified (React included).

${markdown(TIMING_HEAD, timingRows(report))}

## Core in Node (${report.coreEntry})

Calls per second (median of 7 samples). The documented-code rows cycle over 64 envelopes of documented codes; the
not-found rows over 64 separate copies of \`{"status":{"code":11202,"message":"kusciajobs.kuscia.secretflow \\"job-psi-1\\" not found","details":[]},"data":null}\`${report.micro.cachedByIdentity ? ' (**parseKusciaError returns the same object for the same input: these figures are cache hits**)' : ''};
the failed job is bench/fixtures/query-job-failed.json. The baselines are what a hand-rolled handler would do:
\`JSON.parse\` and/or an object lookup of the code in the locale table. A skipped row says what the built package
lacks.

${markdown(MICRO_HEAD, microRows(report))}
`;
}

/**
 * JSON in the repo's Prettier style, so \`prettier --check .\` stays clean.
 * @param {unknown} value
 */
export async function formatJson(value) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const require = createRequire(join(repoDir, 'package.json'));
    /** @type {typeof import('prettier')} */
    const prettier = require('prettier');
    const options = (await prettier.resolveConfig(join(repoDir, 'bench/results.json'))) ?? {};
    return await prettier.format(text, { ...options, parser: 'json' });
  } catch {
    return text;
  }
}
