#!/usr/bin/env node
// `npm test`: lint, typecheck, build, every Vitest project (Node, jsdom, React 18, Chromium, stories,
// the built package, the end-to-end demo), then the package linters. Ends with one line
// "N passed, N failed" summed over every test run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = 'test-results/vitest.json';
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

function step(name, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n::: ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`::: ${name} failed after ${seconds} s`);
    return false;
  }
  console.log(`::: ${name} done in ${seconds} s`);
  return true;
}

function ensureReact18() {
  if (existsSync('test/react18/node_modules/react/package.json')) return true;
  return step('react 18 install', 'npm', [
    'ci',
    '--prefix',
    'test/react18',
    '--no-audit',
    '--no-fund',
  ]);
}

mkdirSync('test-results', { recursive: true });
const ok =
  step('lint', 'npx', ['eslint', '.', '--max-warnings=0']) &&
  step('format', 'npx', ['prettier', '--check', '.']) &&
  step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']) &&
  step('build', 'npx', ['vite', 'build', '--logLevel', 'warn']) &&
  ensureReact18();

let passed = 0;
let failed = ok ? 0 : 1;
let expectedFailures = 0;
if (ok) {
  step('tests', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
  ]);
  if (existsSync(results)) {
    const report = JSON.parse(readFileSync(results, 'utf8'));
    passed = report.numPassedTests;
    // Vitest's JSON counts an `it.fails` that failed as expected among the passes; name them.
    expectedFailures = report.testResults
      .flatMap(
        (/** @type {{ assertionResults: { title: string }[] }} */ file) => file.assertionResults,
      )
      .filter((test) => test.title.startsWith('misses the issue target')).length;
    failed = report.numFailedTests + (report.success ? 0 : report.numFailedTests === 0 ? 1 : 0);
  } else {
    failed += 1;
  }
  if (!step('package lint', 'npx', ['publint', '--strict'])) failed += 1;
  if (
    !step('package types', 'npx', [
      'attw',
      '--pack',
      '.',
      '--profile',
      'node16',
      '--exclude-entrypoints',
      'styles.css',
    ])
  )
    failed += 1;
}

if (expectedFailures > 0)
  console.log(
    `\n${expectedFailures} of the passes are expected failures: issue targets not yet met (test/package/size.test.ts).`,
  );
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
