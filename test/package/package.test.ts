// Checks of the built package as npm would ship it: publint and attw clean, every entry's files present, the
// React entry marked 'use client' (and how it behaves under the react-server condition), and the core usable
// from a plain Node project that has no React installed (issue #2).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
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

/** Runs `node [flags] script` in `cwd`; resolves with the exit code instead of throwing. */
async function node(cwd: string, script: string, flags: string[] = []): Promise<NodeResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...flags, script], {
      cwd,
      timeout: 60_000,
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

  it('the core and the locales do not (they are server-safe: RSC may import them as plain modules)', () => {
    const entries = Object.entries(pkg.exports).filter(
      ([subpath]) => subpath === './core' || subpath.startsWith('./locales/'),
    );
    expect(entries.length).toBeGreaterThanOrEqual(3);
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

describe('a Node project without React (issue #2)', () => {
  let consumer: ReturnType<typeof makeConsumer>;
  beforeAll(() => {
    // package.json + dist copied into a folder outside the repo: nothing else installed, React unreachable.
    consumer = makeConsumer('copy');
    const check =
      "if (info.code !== 11305 || info.known !== true || info.source !== 'kuscia') throw new Error('parse: ' + JSON.stringify(info));\n" +
      "const title = describeKusciaError(11305, 'zh-CN').title;\n" +
      "if (title !== '节点不存在异常') throw new Error('describe: ' + title);\n" +
      "if (zhCN.codes[11305].title !== title || enUS.locale !== 'en-US') throw new Error('locales');\n" +
      "console.log('ok ' + info.code + ' ' + title);\n";
    const envelope = "const info = parseKusciaError({ status: { code: 11305, message: 'x' } });\n";
    writeFileSync(
      join(consumer.dir, 'check.mjs'),
      "import { parseKusciaError, describeKusciaError } from 'kuscia-error-kit/core';\n" +
        "import { zhCN } from 'kuscia-error-kit/locales/zh-CN';\n" +
        "import { enUS } from 'kuscia-error-kit/locales/en-US';\n" +
        envelope +
        check,
    );
    writeFileSync(
      join(consumer.dir, 'check.cjs'),
      "const { parseKusciaError, describeKusciaError } = require('kuscia-error-kit/core');\n" +
        "const { zhCN } = require('kuscia-error-kit/locales/zh-CN');\n" +
        "const { enUS } = require('kuscia-error-kit/locales/en-US');\n" +
        envelope +
        check,
    );
    writeFileSync(join(consumer.dir, 'react.mjs'), "await import('kuscia-error-kit');\n");
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

  it('imports kuscia-error-kit/core with ESM import', async () => {
    const result = await node(consumer.dir, 'check.mjs');
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok 11305 节点不存在异常');
  });

  it('requires kuscia-error-kit/core with CommonJS require', async () => {
    const result = await node(consumer.dir, 'check.cjs');
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok 11305 节点不存在异常');
  });

  it('the React entry, by contrast, needs its peer: it fails naming react', async () => {
    const result = await node(consumer.dir, 'react.mjs');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Cannot find (package|module) '(react|@radix-ui\/react-tooltip)/);
  });
});
