import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(benchDir, '..');
/** React, react-dom and Radix come from the repo's own node_modules: one React (the one the kit is tested with). */
export const rootModules = resolve(repoDir, 'node_modules');
export const benchModules = resolve(benchDir, 'node_modules');

/**
 * The file `import 'kuscia-error-kit<subpath>'` loads, read from package.json `exports` (import → default), so
 * the benchmark follows the package layout instead of guessing dist/ file names.
 * @param {string} subpath e.g. '.' or './core'
 */
export function kitEntry(subpath) {
  const pkg = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8'));
  /** @type {unknown} */
  let target = pkg.exports?.[subpath];
  while (target && typeof target === 'object') {
    const conditions = /** @type {Record<string, unknown>} */ (target);
    target = conditions.import ?? conditions.default;
  }
  if (typeof target !== 'string')
    throw new Error(`package.json exports has no import target for ${subpath}`);
  return resolve(repoDir, target);
}
