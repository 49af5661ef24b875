// Node microbenchmark of the core: parseKusciaError and describeKusciaError against a bare JSON.parse + object
// lookup, on the same inputs; the realistic not-found envelope of a missing Job; and, once the built package has
// them, the reason reader, a description with a classified reason and explainKusciaJob on a failed two-party job
// (each skipped with a note until then). Imports the BUILT core, the file `kuscia-error-kit/core` resolves to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, relativeMad } from './stats.mjs';
import { benchDir, kitEntry } from './paths.mjs';

/** What KusciaAPI answers for QueryJob on a job that does not exist (11202 carries the Kubernetes text). */
const NOT_FOUND_ENVELOPE = {
  status: {
    code: 11202,
    message: 'kusciajobs.kuscia.secretflow "job-psi-1" not found',
    details: [],
  },
  data: null,
};

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

/**
 * @typedef {{ group: string, name: string, fn: (i: number) => unknown }} MicroCase
 * @typedef {{ group: string, name: string, skipped: string }} SkippedCase
 */

/** @param {{ quick?: boolean }} [options] */
export async function runMicro({ quick = false } = {}) {
  const core = await import(pathToFileURL(kitEntry('./core')).href);
  const { parseKusciaError, describeKusciaError, kusciaErrorCodes } = core;
  // zh-CN text joins the core when its module loads (as an app imports it); builds before the split had it
  // built in.
  try {
    await import(pathToFileURL(kitEntry('./locales/zh-CN')).href);
  } catch {
    // no such entry: the core carries zh-CN itself, or it is missing (checked below)
  }
  const en = core.getKusciaLocaleMessages('en-US').codes;
  const zh = core.getKusciaLocaleMessages('zh-CN').codes;
  const hasZh = /[\u4e00-\u9fff]/.test(String(zh[11305]?.title));

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

  // The not-found envelope: 64 separate objects of the same content, as 64 responses would be (not one object
  // seen again and again).
  const notFound = Array.from({ length: 64 }, () => structuredClone(NOT_FOUND_ENVELOPE));
  const notFoundInfo = parseKusciaError(notFound[0]);
  if (!notFoundInfo || notFoundInfo.code !== 11202)
    throw new Error('parseKusciaError gave a wrong answer on the not-found envelope');
  const notFoundMessage = NOT_FOUND_ENVELOPE.status.message;

  const options = quick ? { samples: 3, sampleMs: 40 } : {};
  /** @type {MicroCase[]} */
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
    ...(hasZh
      ? [
          {
            group: 'code',
            name: 'baseline: zhTable[code] (zh-CN)',
            fn: (/** @type {number} */ i) => zhTable[codeList[i & mask]],
          },
          {
            group: 'code',
            name: 'describeKusciaError(code, "zh-CN")',
            fn: (/** @type {number} */ i) => describeKusciaError(codeList[i & mask], 'zh-CN'),
          },
        ]
      : []),
    {
      group: 'not-found envelope (11202, Job "job-psi-1")',
      name: 'baseline: envelope.status.code → table lookup',
      fn: (i) => table[notFound[i & mask].status.code],
    },
    {
      group: 'not-found envelope (11202, Job "job-psi-1")',
      name: 'parseKusciaError(envelope)',
      fn: (i) => parseKusciaError(notFound[i & mask]),
    },
    {
      group: 'not-found envelope (11202, Job "job-psi-1")',
      name: 'describeKusciaError(info, "en-US"), the same info again (a re-render; remembered)',
      fn: () => describeKusciaError(notFoundInfo, 'en-US'),
    },
    {
      group: 'not-found envelope (11202, Job "job-psi-1")',
      name: 'describeKusciaError(parseKusciaError(envelope), "en-US")',
      fn: (i) =>
        describeKusciaError(
          /** @type {NonNullable<ReturnType<typeof parseKusciaError>>} */ (
            parseKusciaError(notFound[i & mask])
          ),
          'en-US',
        ),
    },
  ];
  /** @type {SkippedCase[]} */
  const skipped = hasZh
    ? []
    : [
        {
          group: 'code',
          name: 'describeKusciaError(code, "zh-CN")',
          skipped: 'the built package gave no zh-CN text for 11305',
        },
      ];
  const group = 'not-found envelope (11202, Job "job-psi-1")';

  // The reason reader on its own (contract #11: readKusciaReason(message, code)).
  if (typeof core.readKusciaReason === 'function') {
    const reason = core.readKusciaReason(notFoundMessage, 11202);
    cases.push({
      group,
      name: `readKusciaReason(message, 11202) → ${reason ? String(reason.family) : 'null'}`,
      fn: () => core.readKusciaReason(notFoundMessage, 11202),
    });
  } else {
    skipped.push({
      group,
      name: 'readKusciaReason(message, 11202)',
      skipped: 'the built core does not export readKusciaReason yet',
    });
  }

  // describe on an info whose reason was classified by the core's own parse (nothing is attached by hand, so
  // the figure is only taken once parse → reason → describe is the kit's real path).
  const reason = /** @type {{ reason?: { family?: unknown, kind?: unknown } | null }} */ (
    notFoundInfo
  ).reason;
  if (reason && typeof reason === 'object') {
    // A new (empty) overrides object on every call: the reason is described afresh each time, as one that
    // was never described before, instead of the description remembered for the same reason and texts.
    cases.push({
      group,
      name: `describeKusciaError(info with reason ${String(reason.family)}/${String(reason.kind)}, "en-US"), described afresh`,
      fn: () => describeKusciaError(notFoundInfo, 'en-US', { 'en-US': { reasons: {} } }),
    });
  } else {
    skipped.push({
      group,
      name: 'describeKusciaError(info with a classified reason, "en-US")',
      skipped: 'parseKusciaError of the built core sets no info.reason yet',
    });
  }

  // explainKusciaJob on a failed two-party QueryJob body (bench/fixtures/query-job-failed.json).
  const jobGroup = 'failed job (QueryJob body, 2 parties)';
  const jobBody = JSON.parse(
    readFileSync(join(benchDir, 'fixtures', 'query-job-failed.json'), 'utf8'),
  );
  const jobText = JSON.stringify(jobBody);
  const coldJobs = Array.from({ length: 1024 }, (_, i) =>
    JSON.parse(jobText.replaceAll('bob', `bob${i}`).replaceAll('alice', `alice${i}`)),
  );
  if (typeof core.explainKusciaJob === 'function') {
    const explanation = core.explainKusciaJob(jobBody);
    const cold = core.explainKusciaJob(coldJobs[17]);
    if (!cold || cold.family !== explanation?.family || cold.failures[0]?.domainId !== 'bob17')
      throw new Error('explainKusciaJob read a renamed copy of the failed job differently');
    if (explanation) {
      cases.push(
        {
          group: jobGroup,
          name: 'baseline: body.data.status.tasks → failed parties',
          fn: () =>
            jobBody.data.status.tasks.flatMap((/** @type {{ parties: { state: string }[] }} */ t) =>
              t.parties.filter((p) => p.state !== 'Succeeded'),
            ),
        },
        {
          group: jobGroup,
          name: `explainKusciaJob(body) → ${String(explanation.family)}`,
          fn: () => core.explainKusciaJob(jobBody),
        },
        // The explainer remembers the texts it read last (a polled Job repeats them); the row above is that
        // case. Here every call reads texts it has not seen: 1024 copies of the job whose parties are renamed
        // (bob → bob17 …, in every text), more than the memory keeps.
        {
          group: jobGroup,
          name: `explainKusciaJob(body), texts never seen before → ${String(explanation.family)}`,
          fn: (i) => core.explainKusciaJob(coldJobs[i & 1023]),
        },
      );
    } else {
      skipped.push({
        group: jobGroup,
        name: 'explainKusciaJob(body)',
        skipped: 'explainKusciaJob returned null on the failed job fixture',
      });
    }
  } else {
    skipped.push({
      group: jobGroup,
      name: 'explainKusciaJob(body)',
      skipped: 'the built package does not export explainKusciaJob yet',
    });
  }

  // Sanity: the functions under test give the right answers on these inputs.
  const sample = parseKusciaError(bodies[0]);
  if (!sample || sample.code !== envelopes[0].status.code || !sample.known)
    throw new Error('parseKusciaError(body) gave a wrong answer');
  if (describeKusciaError(11305, 'en-US').title !== en[11305].title)
    throw new Error('describeKusciaError gave a wrong answer');
  if (hasZh && describeKusciaError(11305, 'zh-CN').title !== zh[11305].title)
    throw new Error('describeKusciaError gave a wrong zh-CN answer');
  // A parse that cached its answer per input object would be timed on cache hits here: say so.
  const cachedByIdentity = parseKusciaError(notFound[1]) === parseKusciaError(notFound[1]);

  const measured = measureAll(cases, options);
  return {
    results: cases.map((c, k) => ({ group: c.group, name: c.name, ...measured[k] })),
    skipped,
    cachedByIdentity,
  };
}
