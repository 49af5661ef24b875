// Size budgets of the built package, bundled the way an app bundles it: esbuild, minified ESM, resolved
// through package.json `exports` from a consumer folder outside the repo, React (and usually Radix) external.
// Figures are gzip -9 bytes. Budgets sit at most 10% above the sizes measured when they were set; the issue's
// targets are checked separately so a regression and a missed target read differently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, makeConsumer, repoDir } from './helpers';

const KB = 1024;
/**
 * Set from the first measurement (2026-11-29), each at most 10% above it (rounded down to 50 B); the figures
 * beside them are the latest build's. Raise one only with a reason in the commit; lower them when the kit shrinks.
 */
const BUDGETS = {
  alertJs: 13_700, // measured 12 794
  css: 2_400, // measured 2 229 (minified)
  alertJsCss: 16_100, // measured 15 023
  alertZhJs: 18_950, // measured 17 598
  badgeWithRadix: 31_650, // measured 29 447 (bare Radix tooltip: 20 322)
  badgeOverRadix: 9_550, // measured 9 125
  parseOnly: 4_300, // measured 3 953
  parseDescribe: 16_150, // measured 15 069
} as const;

/**
 * The targets (#6), and whether the build meets them. A missed target is an expected failure
 * (`it.fails`), so it stays visible and flips to a real failure, asking to be made strict, once it is met.
 * Why they are missed: every component that shows text carries the whole en-US catalogue (≈ 6.0 KB gzip on its
 * own: title and next step for every code, since any code may arrive), and the parser carries the code table
 * (≈ 1.3 KB gzip) to answer `known` / `definition`.
 */
const TARGETS = {
  alertJsCss: { bytes: 8 * KB, met: false },
  parseOnly: { bytes: 3 * KB, met: false },
  badgeOverRadix: { bytes: 3 * KB, met: false },
} as const;
/**
 * `target(met)(what, check)`: a test titled "meets the issue target: …" while met, and "misses the issue target
 * (an expected failure until met): …" while not, so a report that counts expected failures as passes (Vitest's
 * JSON) still says what happened.
 */
const target =
  (met: boolean) =>
  (what: string, check: () => void): void => {
    if (met) it(`meets the issue target: ${what}`, check);
    else it.fails(`misses the issue target (an expected failure until met): ${what}`, check);
  };

const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
const CJK = /[\u4e00-\u9fff]/;

interface Bundle {
  code: string;
  bytes: number;
  gzip: number;
  inputs: string[];
}

let consumer: ReturnType<typeof makeConsumer>;
const sizes: Record<string, number> = {};

async function bundle(
  name: string,
  source: string,
  external: string[],
  resolveDir?: string,
): Promise<Bundle> {
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: resolveDir ?? consumer.dir,
      sourcefile: `${name}.mjs`,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    // Keep non-ASCII text as UTF-8 (as Vite does): esbuild's default escapes it to \uXXXX, hiding CJK from a grep.
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
  });
  const code = result.outputFiles.map((file) => file.text).join('\n');
  const gzip = gzipSync(code, { level: 9 }).length;
  sizes[name] = gzip;
  // Only the modules that contributed code: the metafile also lists modules visited and then tree-shaken.
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  );
  return { code, bytes: Buffer.byteLength(code), gzip, inputs };
}

const fromRepo = (inputs: string[]) => inputs.some((file) => file.includes('dist/'));

beforeAll(() => {
  assertBuilt();
  consumer = makeConsumer('link');
});

afterAll(() => {
  consumer.cleanup();
  const rows = Object.entries(sizes).map(
    ([name, gzip]) => `${name.padEnd(28)} ${String(gzip).padStart(7)} B gzip`,
  );
  console.log(`kuscia-error-kit sizes (esbuild --minify, gzip -9)\n${rows.join('\n')}`);
});

describe('KusciaErrorAlert with the built-in en-US locale', () => {
  let alert: Bundle;
  let cssGzip: number;
  beforeAll(async () => {
    alert = await bundle(
      'alert (en-US) JS',
      "export { KusciaErrorAlert } from 'kuscia-error-kit';",
      [...REACT, '@radix-ui/*'],
    );
    cssGzip = gzipSync(readFileSync(join(distDir, 'styles.css')), { level: 9 }).length;
    sizes['styles.css'] = cssGzip;
    sizes['alert (en-US) JS+CSS'] = alert.gzip + cssGzip;
  });

  it('is bundled from dist/ through the exports map', () => {
    expect(fromRepo(alert.inputs)).toBe(true);
  });

  it('stays within its budgets', () => {
    expect(alert.gzip).toBeLessThanOrEqual(BUDGETS.alertJs);
    expect(cssGzip).toBeLessThanOrEqual(BUDGETS.css);
    expect(alert.gzip + cssGzip).toBeLessThanOrEqual(BUDGETS.alertJsCss);
  });

  target(TARGETS.alertJsCss.met)('≤ 8 KB gzip, JS + CSS', () => {
    expect(alert.gzip + cssGzip).toBeLessThanOrEqual(TARGETS.alertJsCss.bytes);
  });

  it('leaves the zh-CN strings out', () => {
    expect(alert.code).not.toContain('节点不存在异常');
    expect(alert.code).not.toMatch(CJK);
    expect(alert.inputs.some((file) => /locales\/zh-CN/.test(file))).toBe(false);
  });

  it('does not pull in Radix when Radix is bundled (the alert uses the tooltip-free chip)', async () => {
    const withDeps = await bundle(
      'alert (en-US), Radix bundled',
      "export { KusciaErrorAlert } from 'kuscia-error-kit';",
      REACT,
    );
    delete sizes['alert (en-US), Radix bundled'];
    expect(withDeps.inputs.filter((file) => file.includes('@radix-ui/'))).toEqual([]);
  });
});

describe('KusciaErrorAlert with the zh-CN locale', () => {
  it('stays within its budget (en-US is the built-in fallback, so both are in)', async () => {
    const zh = await bundle(
      'alert + zh-CN JS',
      "export { KusciaErrorAlert, KusciaErrorProvider } from 'kuscia-error-kit';\n" +
        "export { zhCN } from 'kuscia-error-kit/locales/zh-CN';",
      [...REACT, '@radix-ui/*'],
    );
    expect(zh.code).toContain('节点不存在异常');
    expect(zh.gzip).toBeLessThanOrEqual(BUDGETS.alertZhJs);
  });
});

describe('ErrorCodeBadge against a bare Radix tooltip', () => {
  let badge: Bundle;
  let radix: Bundle;
  beforeAll(async () => {
    badge = await bundle(
      'badge + Radix JS',
      "export { ErrorCodeBadge } from 'kuscia-error-kit';",
      REACT,
    );
    // What the badge uses of Radix, on its own: the baseline any tooltip badge pays.
    radix = await bundle(
      'bare Radix tooltip JS',
      "export { Provider, Root, Trigger, Portal, Content, Arrow } from '@radix-ui/react-tooltip';",
      REACT,
      repoDir,
    );
    sizes['badge − Radix'] = badge.gzip - radix.gzip;
  });

  it('bundles Radix from node_modules (not external) in both', () => {
    expect(badge.inputs.some((file) => file.includes('@radix-ui/react-tooltip'))).toBe(true);
    expect(radix.inputs.some((file) => file.includes('@radix-ui/react-tooltip'))).toBe(true);
  });

  it('stays within its budgets', () => {
    expect(badge.gzip).toBeLessThanOrEqual(BUDGETS.badgeWithRadix);
    expect(badge.gzip - radix.gzip).toBeLessThanOrEqual(BUDGETS.badgeOverRadix);
  });

  target(TARGETS.badgeOverRadix.met)('≤ Radix + 3 KB gzip', () => {
    expect(badge.gzip - radix.gzip).toBeLessThanOrEqual(TARGETS.badgeOverRadix.bytes);
  });

  it('leaves the zh-CN strings out', () => {
    expect(badge.code).not.toMatch(CJK);
  });
});

describe('kuscia-error-kit/core', () => {
  let parse: Bundle;
  beforeAll(async () => {
    // Nothing external: if the core reached for React, React would end up in the bundle.
    parse = await bundle(
      'core parseKusciaError JS',
      "export { parseKusciaError } from 'kuscia-error-kit/core';",
      [],
    );
  });

  it('parseKusciaError alone stays within its budget', () => {
    expect(parse.gzip).toBeLessThanOrEqual(BUDGETS.parseOnly);
  });

  target(TARGETS.parseOnly.met)('parseKusciaError ≤ 3 KB gzip', () => {
    expect(parse.gzip).toBeLessThanOrEqual(TARGETS.parseOnly.bytes);
  });

  it('contains no React and no locale text', () => {
    expect(
      parse.inputs.filter((file) =>
        /node_modules\/(react|react-dom|scheduler|@radix-ui)\//.test(file),
      ),
    ).toEqual([]);
    expect(parse.code).not.toMatch(/\bfrom\s*["']react/);
    expect(parse.code).not.toMatch(/createElement|jsx-runtime|\bjsxs?\(/);
    expect(parse.code).not.toMatch(CJK);
  });

  it('parse + describe (both locales, by design: describe takes a tag) stays within its budget', async () => {
    const both = await bundle(
      'core parse+describe JS',
      "export { parseKusciaError, describeKusciaError } from 'kuscia-error-kit/core';",
      [],
    );
    expect(both.inputs.filter((file) => /node_modules\/(react|react-dom)\//.test(file))).toEqual(
      [],
    );
    expect(both.code).not.toMatch(/createElement|jsx-runtime/);
    expect(both.gzip).toBeLessThanOrEqual(BUDGETS.parseDescribe);
  });
});
