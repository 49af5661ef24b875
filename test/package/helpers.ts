// Shared by the built-package checks: where the package is, and throwaway consumers of it outside the repo.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoDir = resolve(import.meta.dirname, '../..');
export const distDir = join(repoDir, 'dist');

export interface PackageJson {
  name: string;
  exports: Record<string, string | Record<string, Record<string, string> | string>>;
}

export function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8')) as PackageJson;
}

/** Fails with a clear message when `dist/` is missing: these tests check the built package. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.js'))) {
    throw new Error('dist/ is missing: run `npx vite build` (or `npm test`, which builds first)');
  }
}

/**
 * A folder outside the repo with `node_modules/kuscia-error-kit`, so imports resolve through the package's
 * `exports` as they would from npm.
 * - `copy`: package.json + dist copied in, nothing else installed (no React, no Radix): a bare consumer.
 * - `link`: a symlink to the repo, so the package's own dependencies (Radix, React) resolve from the repo.
 */
export function makeConsumer(mode: 'copy' | 'link'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `kek-consumer-${mode}-`));
  const target = join(dir, 'node_modules', 'kuscia-error-kit');
  mkdirSync(dirname(target), { recursive: true });
  if (mode === 'link') {
    symlinkSync(repoDir, target, 'dir');
  } else {
    mkdirSync(target);
    cpSync(join(repoDir, 'package.json'), join(target, 'package.json'));
    cpSync(distDir, join(target, 'dist'), { recursive: true });
  }
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every `types` / `default` target of one `exports` entry, with the conditions that lead to it. */
export function exportTargets(
  value: PackageJson['exports'][string],
  conditions: string[] = [],
): [string[], string][] {
  if (typeof value === 'string') return [[conditions, value]];
  return Object.entries(value).flatMap(([condition, inner]) =>
    exportTargets(inner, [...conditions, condition]),
  );
}
