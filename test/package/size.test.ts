// Size budgets of the built package, bundled the way an app bundles it: esbuild, minified ESM, resolved
// through package.json `exports` (and its `sideEffects`) from a consumer folder outside the repo, React
// external; Radix is bundled wherever it is imported, so a component that pulls it in pays for it. Figures
// are gzip -9 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, makeConsumer, repoDir } from './helpers';

/**
 * Each set at most 10% above the size measured when it was set (rounded down to 50 B); the figure beside it is
 * the latest measurement. Raise one only with a reason in the commit; lower them when the kit shrinks. Set
 * 2026-11-30 after #11-#14, re-measured after the probe's fixes to the recognizers (+0.2 to +3.4 KB): every
 * info now carries its reason (the recognizer comes with parseKusciaError, since
 * `info.reason` is read lazily from the message); the components and functions that describe a cause carry
 * the en-US reason texts, and the badge, which shows a code, does not.
 *
 * #14's targets are not met, and are not budgets here (a budget is what the kit holds, not what it wishes):
 * provider + alert + en-US ≤ 12 KB JS + CSS measures 36.9 KB, and the badge ≤ Radix + 5 KB measures
 * Radix + 10.2 KB. Where the bytes go (esbuild's per-module output, gzipped by group, src/ build): the reason
 * recognizer and its policy ≈ 14 KB, the en-US reason texts ≈ 5.5 KB, the en-US code texts ≈ 5 KB, the code
 * table ≈ 1.5 KB, parse/describe/report ≈ 5 KB, the components ≈ 3 KB, the stylesheet 2.5 KB. The badge
 * carries the en-US code texts (≈ 5 KB) and the code table. The
 * README's Performance section has the table.
 */
const BUDGETS = {
  alertJs: 35_200, // measured 34 162
  css: 2_750, // measured 2 505 (minified)
  alertJsCss: 37_950, // measured 36 667
  providerAlertJsCss: 38_200, // measured 36 852 (#14's figure: provider + alert + en-US, JS + CSS)
  alertZhJs: 50_450, // measured 49 238 (provider + alert + the zh-CN import; en-US is in too)
  zhImport: 15_300, // measured 15 170 (the bare zh-CN import: its code, reason and job texts, the registry)
  badgeWithRadix: 33_350, // measured 30 527 (bare Radix tooltip: 20 322)
  badgeOverRadix: 11_000, // measured 10 205
  parseOnly: 16_200, // measured 15 849 (with the reason recognizer, no text)
  parseDescribe: 32_350, // measured 31 584 (en-US only)
  secretpad: 22_450, // measured 20 609 (the catalogue: 142 definitions, both locales' texts, its reader)
} as const;

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
    ([name, gzip]) => `${name.padEnd(34)} ${String(gzip).padStart(7)} B gzip`,
  );
  console.log(`kuscia-error-kit sizes (esbuild --minify, gzip -9)\n${rows.join('\n')}`);
});

const radixInputs = (inputs: string[]) => inputs.filter((file) => file.includes('@radix-ui/'));
const ALERT = "export { KusciaErrorAlert } from 'kuscia-error-kit';";
const PROVIDER_ALERT = "export { KusciaErrorAlert, KusciaErrorProvider } from 'kuscia-error-kit';";
const ZH_IMPORT = "import 'kuscia-error-kit/locales/zh-CN';\n";

describe('KusciaErrorAlert with the built-in en-US locale', () => {
  let alert: Bundle;
  let providerAlert: Bundle;
  let cssGzip: number;
  beforeAll(async () => {
    alert = await bundle('alert (en-US) JS', ALERT, REACT);
    providerAlert = await bundle('provider + alert (en-US) JS', PROVIDER_ALERT, REACT);
    cssGzip = gzipSync(readFileSync(join(distDir, 'styles.css')), { level: 9 }).length;
    sizes['styles.css'] = cssGzip;
    sizes['alert (en-US) JS+CSS'] = alert.gzip + cssGzip;
    sizes['provider + alert (en-US) JS+CSS'] = providerAlert.gzip + cssGzip;
  });

  it('is bundled from dist/ through the exports map', () => {
    expect(fromRepo(alert.inputs)).toBe(true);
  });

  it('stays within its budgets', () => {
    expect(alert.gzip).toBeLessThanOrEqual(BUDGETS.alertJs);
    expect(cssGzip).toBeLessThanOrEqual(BUDGETS.css);
    expect(alert.gzip + cssGzip).toBeLessThanOrEqual(BUDGETS.alertJsCss);
    expect(providerAlert.gzip + cssGzip).toBeLessThanOrEqual(BUDGETS.providerAlertJsCss);
  });

  it('carries the en-US text and none of zh-CN', () => {
    for (const { code, inputs } of [alert, providerAlert]) {
      expect(code).toContain('Domain not found');
      expect(code).toContain('was changed by someone else');
      expect(code).not.toContain('节点不存在异常');
      expect(code).not.toMatch(CJK);
      expect(inputs.some((file) => /locales\/zh-CN/.test(file))).toBe(false);
    }
  });

  it('carries no job explainer: that is KusciaJobAlert`s', () => {
    for (const { code } of [alert, providerAlert]) {
      expect(code).toContain('could not be completed at this time');
      expect(code).not.toContain('KusciaTask failed after ');
      expect(code).not.toContain('stopped the job');
    }
  });

  it('carries nothing of SecretPad, whose catalogue is its own import', () => {
    for (const { code, inputs } of [alert, providerAlert]) {
      expect(code).not.toContain('Node create error');
      expect(code).not.toContain('202011402');
      expect(inputs.some((file) => /secretpad/i.test(file))).toBe(false);
    }
  });

  it('pulls in no Radix, with or without the provider, although Radix is not external', () => {
    expect(radixInputs(alert.inputs)).toEqual([]);
    expect(radixInputs(providerAlert.inputs)).toEqual([]);
  });
});

describe('KusciaErrorAlert with the zh-CN locale', () => {
  let zh: Bundle;
  beforeAll(async () => {
    zh = await bundle('provider + alert + zh-CN JS', ZH_IMPORT + PROVIDER_ALERT, REACT);
  });

  it('carries the zh-CN text through the bare import, with en-US as the default', () => {
    expect(zh.code).toContain('节点不存在异常');
    expect(zh.code).toContain('Domain not found');
    expect(zh.inputs.some((file) => /dist\/locales\/zh-CN\.js$/.test(file))).toBe(true);
    expect(radixInputs(zh.inputs)).toEqual([]);
  });

  it('stays within its budget', () => {
    expect(zh.gzip).toBeLessThanOrEqual(BUDGETS.alertZhJs);
  });
});

describe('a bare locale import', () => {
  it('of zh-CN survives bundling, since package.json lists it under sideEffects', async () => {
    const bare = await bundle('bare zh-CN import JS', ZH_IMPORT, []);
    expect(bare.code).toContain('节点不存在异常');
    // What makes the import worth keeping: it registers the text under the kit's shared key.
    expect(bare.code).toContain('kuscia-error-kit.registry');
    expect(bare.gzip).toBeLessThanOrEqual(BUDGETS.zhImport);
  });

  it('of en-US is dropped, as it registers nothing (the control: sideEffects is what keeps zh-CN)', async () => {
    const bare = await bundle(
      'bare en-US import JS',
      "import 'kuscia-error-kit/locales/en-US';\n",
      [],
    );
    delete sizes['bare en-US import JS'];
    expect(bare.code).not.toContain('Domain not found');
    expect(bare.gzip).toBeLessThan(100);
  });
});

describe('kuscia-error-kit/secretpad', () => {
  it('is paid for only by the apps that import it, and stays within its budget', async () => {
    const withCatalog = await bundle(
      'provider + alert + SecretPad JS',
      "export { secretpad } from 'kuscia-error-kit/secretpad';\n" + PROVIDER_ALERT,
      REACT,
    );
    const catalog = await bundle(
      'SecretPad catalogue JS',
      "export { secretpad } from 'kuscia-error-kit/secretpad';",
      REACT,
    );
    expect(withCatalog.code).toContain('Node create error');
    expect(catalog.code).not.toMatch(/createElement|jsx-runtime/);
    expect(catalog.gzip).toBeLessThanOrEqual(BUDGETS.secretpad);
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

  it('leaves the zh-CN strings out', () => {
    expect(badge.code).not.toMatch(CJK);
  });

  it('leaves the reasons out, texts and recognizer: a badge shows a code, never a cause', () => {
    expect(badge.code).toContain('Domain not found');
    expect(badge.code).not.toContain('was changed by someone else');
    expect(badge.code).not.toContain('could not be completed at this time');
    expect(badge.code).not.toContain('KusciaTask failed after ');
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

  it('contains no React and no locale text', () => {
    expect(
      parse.inputs.filter((file) =>
        /node_modules\/(react|react-dom|scheduler|@radix-ui)\//.test(file),
      ),
    ).toEqual([]);
    expect(parse.code).not.toMatch(/\bfrom\s*["']react/);
    expect(parse.code).not.toMatch(/createElement|jsx-runtime|\bjsxs?\(/);
    expect(parse.code).not.toMatch(CJK);
    expect(parse.code).not.toContain('Domain not found');
    expect(parse.inputs.some((file) => /en-US/.test(file))).toBe(false);
  });

  it('parse + describe carries en-US only (zh-CN comes with its import) and stays within its budget', async () => {
    const both = await bundle(
      'core parse+describe JS',
      "export { parseKusciaError, describeKusciaError } from 'kuscia-error-kit/core';",
      [],
    );
    expect(both.inputs.filter((file) => /node_modules\/(react|react-dom)\//.test(file))).toEqual(
      [],
    );
    expect(both.code).not.toMatch(/createElement|jsx-runtime/);
    expect(both.code).toContain('Domain not found');
    expect(both.code).not.toMatch(CJK);
    expect(both.gzip).toBeLessThanOrEqual(BUDGETS.parseDescribe);
  });
});
