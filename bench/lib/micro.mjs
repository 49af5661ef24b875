// Node microbenchmark of the core: parseKusciaError and describeKusciaError against a bare JSON.parse + object
// lookup, on the same inputs. Imports the BUILT core, the file `kuscia-error-kit/core` resolves to.
import { pathToFileURL } from 'node:url';
import { median, relativeMad } from './stats.mjs';
import { kitEntry } from './paths.mjs';

let sink = 0;
const consume = (/** @type {unknown} */ value) => {
  if (value !== null && value !== undefined) sink += 1;
};

/**
 * Finds a batch size that takes about `sampleMs` (this also warms `fn` up, so it is optimized).
 * @param {(i: number) => unknown} fn
 */
function calibrate(fn, sampleMs) {
  let batch = 1000;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) consume(fn(i));
    const elapsed = performance.now() - start;
    if (elapsed > sampleMs / 4) return Math.max(1000, Math.round((batch * sampleMs) / elapsed));
    batch *= 4;
  }
}

/** @param {(i: number) => unknown} fn @param {number} batch */
function sample(fn, batch) {
  const start = performance.now();
  for (let i = 0; i < batch; i += 1) consume(fn(i));
  return (batch * 1000) / (performance.now() - start);
}

/**
 * Calibrates and warms up every case, then takes `samples` rounds over all cases (interleaved, so drift and
 * other load on the machine hit every case alike); ops/s is the median per case.
 * @param {Array<{ fn: (i: number) => unknown }>} cases
 */
function measureAll(cases, { samples = 7, sampleMs = 120 } = {}) {
  const batches = cases.map((c) => calibrate(c.fn, sampleMs));
  /** @type {number[][]} */
  const rates = cases.map(() => []);
  for (let s = 0; s < samples; s += 1) {
    cases.forEach((c, k) => {
      rates[k].push(sample(c.fn, batches[k]));
    });
  }
  if (sink === 0) throw new Error('the benchmarked functions returned nothing');
  return rates.map((r, k) => ({
    opsPerSec: median(r),
    relMad: relativeMad(r),
    samples: r.length,
    batch: batches[k],
  }));
}

/** @param {{ quick?: boolean }} [options] */
export async function runMicro({ quick = false } = {}) {
  const core = await import(pathToFileURL(kitEntry('./core')).href);
  const { parseKusciaError, describeKusciaError, kusciaErrorCodes } = core;
  const en = core.getKusciaLocaleMessages('en-US').codes;
  const zh = core.getKusciaLocaleMessages('zh-CN').codes;

  // 64 distinct envelopes (and their JSON bodies) over the documented codes, so no call sees one shape only.
  const codes = kusciaErrorCodes.filter((d) => d.documented).map((d) => d.code);
  const envelopes = Array.from({ length: 64 }, (_, i) => {
    const code = codes[i % codes.length];
    return { status: { code, message: `domain alice-${i} not exists`, details: [] }, data: null };
  });
  const bodies = envelopes.map((e) => JSON.stringify(e));
  const codeList = envelopes.map((e) => e.status.code);
  const mask = 63;
  /** A plain lookup table: what a hand-rolled `codes[status.code]` would use. */
  const table = /** @type {Record<number, { title: string, resolution: string }>} */ ({ ...en });
  const zhTable = /** @type {Record<number, { title: string, resolution: string }>} */ ({ ...zh });

  const options = quick ? { samples: 3, sampleMs: 40 } : {};
  /** @type {Array<{ group: string, name: string, fn: (i: number) => unknown }>} */
  const cases = [
    {
      group: 'envelope object',
      name: 'baseline: envelope.status.code → table lookup',
      fn: (i) => table[envelopes[i & mask].status.code],
    },
    {
      group: 'envelope object',
      name: 'parseKusciaError(envelope)',
      fn: (i) => parseKusciaError(envelopes[i & mask]),
    },
    {
      group: 'envelope object',
      name: 'describeKusciaError(parseKusciaError(envelope), "en-US")',
      fn: (i) =>
        describeKusciaError(
          /** @type {NonNullable<ReturnType<typeof parseKusciaError>>} */ (
            parseKusciaError(envelopes[i & mask])
          ),
          'en-US',
        ),
    },
    {
      group: 'JSON string body',
      name: 'baseline: JSON.parse(body).status.code → table lookup',
      fn: (i) => table[JSON.parse(bodies[i & mask]).status.code],
    },
    {
      group: 'JSON string body',
      name: 'parseKusciaError(body)',
      fn: (i) => parseKusciaError(bodies[i & mask]),
    },
    { group: 'code', name: 'baseline: table[code] (en-US)', fn: (i) => table[codeList[i & mask]] },
    {
      group: 'code',
      name: 'describeKusciaError(code, "en-US")',
      fn: (i) => describeKusciaError(codeList[i & mask], 'en-US'),
    },
    {
      group: 'code',
      name: 'baseline: zhTable[code] (zh-CN)',
      fn: (i) => zhTable[codeList[i & mask]],
    },
    {
      group: 'code',
      name: 'describeKusciaError(code, "zh-CN")',
      fn: (i) => describeKusciaError(codeList[i & mask], 'zh-CN'),
    },
  ];
  // Sanity: the functions under test give the right answers on these inputs.
  const sample = parseKusciaError(bodies[0]);
  if (!sample || sample.code !== envelopes[0].status.code || !sample.known)
    throw new Error('parseKusciaError(body) gave a wrong answer');
  if (describeKusciaError(11305, 'zh-CN').title !== zh[11305].title)
    throw new Error('describeKusciaError gave a wrong answer');

  const measured = measureAll(cases, options);
  return cases.map((c, k) => ({ group: c.group, name: c.name, ...measured[k] }));
}
