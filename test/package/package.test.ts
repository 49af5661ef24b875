// Checks of the built package as npm would ship it: publint and attw clean, every entry's files present, the
// React entry marked 'use client' (and how it behaves under the react-server condition), the public names of
// each entry, the core usable from a plain Node project that has no React installed (issue #2), and the
// zh-CN locale found through its import (and only through it) in ESM, CJS and both at once (issue #10).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import ts from 'typescript';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  distDir,
  exportTargets,
  makeConsumer,
  readPackageJson,
  repoDir,
} from './helpers';

const run = promisify(execFile);
const pkg = readPackageJson();

interface NodeResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node [flags] script` in `cwd`, in development mode unless `env` says otherwise (the kit's warnings
 * are development-only); resolves with the exit code instead of throwing.
 */
async function node(
  cwd: string,
  script: string,
  flags: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<NodeResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...flags, script], {
      cwd,
      timeout: 60_000,
      env: { ...process.env, NODE_ENV: 'development', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The source with a leading hashbang, comments and whitespace removed. */
function withoutPreamble(source: string): string {
  return source.replace(/^#![^\n]*\n/, '').replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
}
const USE_CLIENT = /^(['"])use client\1;?/;

beforeAll(() => {
  assertBuilt();
});

describe('package metadata', () => {
  it('publint --strict finds nothing', async () => {
    const { messages, pkg: json } = await publint({ pkgDir: repoDir, strict: true });
    expect(
      messages.map((message) => `${message.type}: ${formatMessage(message, json) ?? message.code}`),
    ).toEqual([]);
  });

  it('attw (node16 profile) finds no problem in any typed entry', async () => {
    // styles.css has no types by nature; every other entry must resolve to types in node16 CJS, ESM and bundler.
    const result = await run(
      'npx',
      [
        'attw',
        '--pack',
        '.',
        '--profile',
        'node16',
        '--exclude-entrypoints',
        './styles.css',
        '--format',
        'json',
      ],
      { cwd: repoDir, timeout: 110_000, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: unknown) => error as { stdout: string });
    const report = JSON.parse(result.stdout) as {
      analysis: {
        entrypoints: Record<string, unknown>;
        problems: { kind: string; entrypoint?: string; resolutionKind?: string }[];
      };
    };
    const problems = report.analysis.problems.filter(
      (problem) => problem.resolutionKind !== 'node10',
    );
    expect(problems).toEqual([]);
    const subpaths = Object.keys(pkg.exports).filter((key) => key !== './styles.css');
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(subpaths.sort());
  });

  it('declares the one module with a side effect: the zh-CN locale, which registers itself', () => {
    const { sideEffects } = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8')) as {
      sideEffects: string[];
    };
    // The source entry is for the repo's own builds (the demo console bundles the kit from src/ through
    // tsconfig paths); `files` ships dist/ alone, so consumers meet the first three.
    expect(sideEffects).toEqual([
      '*.css',
      './dist/locales/zh-CN.js',
      './dist/locales/zh-CN.cjs',
      './src/locales/zh-CN/index.ts',
    ]);
    for (const file of sideEffects.filter((entry) => entry.startsWith('./'))) {
      expect(existsSync(join(repoDir, file)), file).toBe(true);
    }
    expect(exportTargets(pkg.exports['./locales/zh-CN'] ?? {}).map(([, file]) => file)).toEqual(
      expect.arrayContaining(['./dist/locales/zh-CN.js', './dist/locales/zh-CN.cjs']),
    );
  });

  it('every export target exists, and every JS entry has types for both import and require', () => {
    for (const [subpath, value] of Object.entries(pkg.exports)) {
      const targets = exportTargets(value);
      for (const [conditions, file] of targets) {
        expect(
          existsSync(join(repoDir, file)),
          `${subpath} [${conditions.join(' > ')}] → ${file}`,
        ).toBe(true);
      }
      if (subpath === './styles.css' || subpath === './package.json') continue;
      for (const mode of ['import', 'require']) {
        const types = targets.find(
          ([conditions]) => conditions[0] === mode && conditions.includes('types'),
        );
        expect(types, `${subpath}: ${mode} types`).toBeDefined();
        expect(types?.[1], `${subpath}: ${mode} types`).toMatch(
          mode === 'import' ? /\.d\.m?ts$/ : /\.d\.cts$/,
        );
      }
    }
  });
});

describe("'use client' and the react-server condition", () => {
  it("the React entry starts with 'use client' in both formats", () => {
    for (const file of ['index.js', 'index.cjs']) {
      expect(withoutPreamble(readFileSync(join(distDir, file), 'utf8')), file).toMatch(USE_CLIENT);
    }
  });

  it('the core, the locales and the SecretPad catalogue do not (they are server-safe: RSC may import them as plain modules)', () => {
    const entries = Object.entries(pkg.exports).filter(
      ([subpath]) =>
        subpath === './core' || subpath === './secretpad' || subpath.startsWith('./locales/'),
    );
    expect(entries.map(([subpath]) => subpath).sort()).toEqual([
      './core',
      './locales/en-US',
      './locales/zh-CN',
      './secretpad',
    ]);
    for (const [subpath, value] of entries) {
      for (const [, file] of exportTargets(value).filter(
        ([conditions]) => !conditions.includes('types'),
      )) {
        expect(
          withoutPreamble(readFileSync(join(repoDir, file), 'utf8')),
          `${subpath}: ${file}`,
        ).not.toMatch(USE_CLIENT);
      }
    }
  });

  describe('in plain Node with --conditions=react-server (React from the repo)', () => {
    let consumer: ReturnType<typeof makeConsumer>;
    beforeAll(() => {
      consumer = makeConsumer('link');
      writeFileSync(
        join(consumer.dir, 'core.mjs'),
        "import 'kuscia-error-kit/locales/zh-CN';\n" +
          "import { parseKusciaError, describeKusciaError } from 'kuscia-error-kit/core';\n" +
          'const info = parseKusciaError({ status: { code: 11305, message: "x" } });\n' +
          "console.log(JSON.stringify([info.code, info.known, describeKusciaError(11305, 'zh-CN').title]));\n",
      );
      writeFileSync(
        join(consumer.dir, 'core.cjs'),
        "const { parseKusciaError } = require('kuscia-error-kit/core');\n" +
          'console.log(JSON.stringify([parseKusciaError({ status: { code: 11305, message: "x" } }).code]));\n',
      );
      writeFileSync(
        join(consumer.dir, 'react.mjs'),
        "const kit = await import('kuscia-error-kit');\nconsole.log(typeof kit.KusciaErrorAlert);\n",
      );
      writeFileSync(
        join(consumer.dir, 'react.cjs'),
        "const kit = require('kuscia-error-kit');\nconsole.log(typeof kit.KusciaErrorAlert);\n",
      );
    });
    afterAll(() => {
      consumer.cleanup();
    });

    it('the core works (ESM and CJS): server components and route handlers import kuscia-error-kit/core', async () => {
      const esm = await node(consumer.dir, 'core.mjs', ['--conditions=react-server']);
      expect(esm.stderr).toBe('');
      expect(JSON.parse(esm.stdout)).toEqual([11305, true, '节点不存在异常']);
      const cjs = await node(consumer.dir, 'core.cjs', ['--conditions=react-server']);
      expect(JSON.parse(cjs.stdout)).toEqual([11305]);
    });

    it('the React entry works without the condition', async () => {
      for (const script of ['react.mjs', 'react.cjs']) {
        const result = await node(consumer.dir, script);
        expect(result.stdout.trim(), `${script}: ${result.stderr}`).toBe('object');
      }
    });

    // Documented behaviour: the React entry is a client module. An RSC bundler (Next.js App Router) sees
    // 'use client' and never evaluates it on the server; evaluating it under react-server anyway, as plain Node
    // does here, meets React's server build, which has no client APIs (createContext, hooks), and fails at load
    // with that error and no other. Server code imports `kuscia-error-kit/core` instead.
    it("the React entry evaluated under react-server fails only for want of React's client APIs", async () => {
      const esm = await node(consumer.dir, 'react.mjs', ['--conditions=react-server']);
      const cjs = await node(consumer.dir, 'react.cjs', ['--conditions=react-server']);
      for (const [name, result] of [
        ['ESM', esm],
        ['CJS', cjs],
      ] as const) {
        if (result.code === 0) {
          expect(result.stdout.trim(), name).toBe('object');
        } else {
          expect(result.stderr, name).toMatch(
            /SyntaxError: Named export '\w+' not found\. The requested module 'react'|TypeError: \S*\b(createContext|forwardRef|use\w+) is not a function/,
          );
        }
      }
    });
  });
});

/** The public names of an entry, read by importing it in `cwd`. */
async function exportedNames(cwd: string, specifier: string): Promise<string[]> {
  const result = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import('${specifier}'); console.log(JSON.stringify(Object.keys(m).sort()));`,
    ],
    { cwd },
  );
  return JSON.parse(result.stdout) as string[];
}

/** The value names (functions, classes, constants) a declaration file exports, sorted. */
function declaredValues(file: string): string[] {
  const program = ts.createProgram([file], {
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`no module in ${file}`);
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    })
    .map((symbol) => symbol.name)
    .sort();
}

/** Every function and class of the core, as `./core` and `.` both export them. */
const CORE_NAMES = [
  'KusciaApiError',
  'describeKusciaError',
  'formatKusciaErrorReport',
  'describeKusciaJob',
  'explainKusciaJob',
  'explainKusciaJobs',
  'getKusciaErrorDefinition',
  'getKusciaFieldErrors',
  'getKusciaJobTexts',
  'getKusciaLocaleMessages',
  'isKusciaApiError',
  'isKusciaErrorCode',
  'kusciaErrorCodes',
  'parseKusciaError',
  'parseKusciaResponse',
  'readKusciaReason',
  'readKusciaResponse',
  'registerKusciaCatalog',
  'registerKusciaLocale',
  'resolveKusciaLocale',
  'shouldRetryKusciaError',
  'unwrapKusciaResponse',
];

describe('the public names of each entry', () => {
  let consumer: ReturnType<typeof makeConsumer>;
  beforeAll(() => {
    consumer = makeConsumer('link');
  });
  afterAll(() => {
    consumer.cleanup();
  });

  it('`.` is the core plus the components; the locales are not in it', async () => {
    expect(await exportedNames(consumer.dir, 'kuscia-error-kit')).toEqual(
      [
        ...CORE_NAMES,
        'ErrorCodeBadge',
        'KusciaErrorAlert',
        'KusciaErrorProvider',
        'KusciaJobAlert',
        'useKusciaError',
      ].sort(),
    );
  });

  it('`./core` is the core alone; the internal describeWithMessages is in neither', async () => {
    const names = await exportedNames(consumer.dir, 'kuscia-error-kit/core');
    expect(names).toEqual([...CORE_NAMES].sort());
    expect(names).not.toContain('describeWithMessages');
  });

  // The bundled declarations of an entry once came from the wrong module (./core's from src/core, without
  // the text functions): TypeScript users met TS2305 for names the JavaScript exports.
  it('every entry declares, in both its .d.mts and .d.cts, exactly the values its JavaScript exports', async () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      // ./styles.css and ./package.json have no types.
      if (typeof target === 'string' || !('import' in target)) continue;
      const specifier = `kuscia-error-kit${subpath.slice(1)}`;
      const runtime = await exportedNames(consumer.dir, specifier);
      const conditions = target as Record<'import' | 'require', { types: string }>;
      for (const condition of ['import', 'require'] as const) {
        const declarations = join(repoDir, conditions[condition].types);
        expect(declaredValues(declarations), `${specifier} (${condition})`).toEqual(runtime);
      }
    }
  });

  it('each locale entry exports its messages', async () => {
    expect(await exportedNames(consumer.dir, 'kuscia-error-kit/locales/en-US')).toEqual([
      'enUS',
      'enUSJobs',
    ]);
    expect(await exportedNames(consumer.dir, 'kuscia-error-kit/locales/zh-CN')).toEqual([
      'zhCN',
      'zhCNJobs',
    ]);
  });
});

describe('a Node project without React (issue #2)', () => {
  let consumer: ReturnType<typeof makeConsumer>;
  beforeAll(() => {
    // package.json + dist copied into a folder outside the repo: nothing else installed, React unreachable.
    consumer = makeConsumer('copy');
    const check =
      "if (info.code !== 11305 || info.known !== true || info.source !== 'kuscia') throw new Error('parse: ' + JSON.stringify(info));\n" +
      "console.log('ok ' + info.code + ' ' + describeKusciaError(11305, 'zh-CN').title);\n";
    const envelope = "const info = parseKusciaError({ status: { code: 11305, message: 'x' } });\n";
    const files: Record<string, string> = {
      // With the locale's import: Chinese.
      'check.mjs':
        "import 'kuscia-error-kit/locales/zh-CN';\n" +
        "import { parseKusciaError, describeKusciaError } from 'kuscia-error-kit/core';\n" +
        envelope +
        check,
      'check.cjs':
        "require('kuscia-error-kit/locales/zh-CN');\n" +
        "const { parseKusciaError, describeKusciaError } = require('kuscia-error-kit/core');\n" +
        envelope +
        check,
      // Without it: English, and a warning that names the import.
      'english.mjs':
        "import { parseKusciaError, describeKusciaError } from 'kuscia-error-kit/core';\n" +
        envelope +
        check,
      'english.cjs':
        "const { parseKusciaError, describeKusciaError } = require('kuscia-error-kit/core');\n" +
        envelope +
        check,
      // The locale loaded by the ESM build, the text asked of the CJS build (an app mixing both).
      'dual.mjs':
        "import 'kuscia-error-kit/locales/zh-CN';\n" +
        "import { createRequire } from 'node:module';\n" +
        "import * as esm from 'kuscia-error-kit/core';\n" +
        "const cjs = createRequire(import.meta.url)('kuscia-error-kit/core');\n" +
        "const info = esm.parseKusciaError({ status: { code: 11305, message: 'domain bob not found' } });\n" +
        'const error = new esm.KusciaApiError(info);\n' +
        'console.log(JSON.stringify([\n' +
        "  cjs.describeKusciaError(11305, 'zh-CN').title,\n" +
        '  cjs.parseKusciaError(info).serverMessage,\n' +
        '  cjs.parseKusciaError(error).serverMessage,\n' +
        '  cjs.isKusciaApiError(error),\n' +
        ']));\n',
      'secretpad.mjs':
        "import { secretpad } from 'kuscia-error-kit/secretpad';\n" +
        "import { parseKusciaError, registerKusciaCatalog } from 'kuscia-error-kit/core';\n" +
        "const body = { status: { code: 2020111012, msg: '请求太频繁,请稍后再试' }, data: null };\n" +
        'const before = parseKusciaError(body);\n' +
        'registerKusciaCatalog(secretpad);\n' +
        'const after = parseKusciaError(body);\n' +
        'console.log(JSON.stringify([before.source, before.known, after.source, after.known]));\n',
      'react.mjs': "await import('kuscia-error-kit');\n",
    };
    for (const [name, source] of Object.entries(files)) {
      writeFileSync(join(consumer.dir, name), source);
    }
  });
  afterAll(() => {
    consumer.cleanup();
  });

  it('has no React to find', async () => {
    const probe = await run(
      process.execPath,
      [
        '-e',
        "try { require.resolve('react'); console.log('found') } catch { console.log('none') }",
      ],
      { cwd: join(consumer.dir, 'node_modules', 'kuscia-error-kit') },
    );
    expect(probe.stdout.trim()).toBe('none');
  });

  it('imports kuscia-error-kit/core with ESM import; the zh-CN import gives Chinese', async () => {
    const result = await node(consumer.dir, 'check.mjs');
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok 11305 节点不存在异常');
  });

  it('requires kuscia-error-kit/core with CommonJS require; the zh-CN require gives Chinese', async () => {
    const result = await node(consumer.dir, 'check.cjs');
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok 11305 节点不存在异常');
  });

  it('without the zh-CN import, a zh tag gives English and a warning naming the import (ESM and CJS)', async () => {
    for (const script of ['english.mjs', 'english.cjs']) {
      const result = await node(consumer.dir, script);
      expect(result.stdout.trim(), script).toBe('ok 11305 Domain not found');
      expect(result.stderr.trim(), script).toBe(
        'kuscia-error-kit: the locale "zh-CN" needs the zh-CN text, which this app has not loaded, so ' +
          "en-US is shown. Add `import 'kuscia-error-kit/locales/zh-CN';` once, e.g. next to your app's entry.",
      );
      const production = await node(consumer.dir, script, [], { NODE_ENV: 'production' });
      expect(production.stdout.trim(), script).toBe('ok 11305 Domain not found');
      expect(production.stderr, script).toBe('');
    }
  });

  it('one registry and one brand for the ESM and CJS builds side by side', async () => {
    const result = await node(consumer.dir, 'dual.mjs');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      '节点不存在异常',
      'domain bob not found',
      'domain bob not found',
      true,
    ]);
  });

  it('kuscia-error-kit/secretpad plugs SecretPad`s codes in with registerKusciaCatalog', async () => {
    const result = await node(consumer.dir, 'secretpad.mjs');
    expect(result.stderr).toBe('');
    // Its `msg` says SecretPad before the catalogue is registered; registered, the code is known.
    expect(JSON.parse(result.stdout)).toEqual(['secretpad', false, 'secretpad', true]);
  });

  it('the React entry, by contrast, needs its peer: it fails naming react', async () => {
    const result = await node(consumer.dir, 'react.mjs');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Cannot find (package|module) '(react|@radix-ui\/react-tooltip)/);
  });
});
