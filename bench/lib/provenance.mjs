// Which build of the kit a run measured, so a table from a stale or uncommitted build cannot pass for a
// current one: the HEAD commit, whether the sources differ from it, and whether dist/ is older than them.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kitEntry, repoDir } from './paths.mjs';

/** What dist/ is built from: the sources, the build config and the package manifest. */
const INPUTS = ['src', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];

/** @param {string} path @returns {number} newest modification time under path, in ms */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

/** @param {string[]} args */
const git = (args) => {
  const result = spawnSync('git', args, { cwd: repoDir, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
};

export function buildProvenance() {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const changed = git(['status', '--porcelain', '--', ...INPUTS]);
  const distBuilt = statSync(kitEntry('.')).mtimeMs;
  const sourcesChanged = Math.max(...INPUTS.map((p) => newest(join(repoDir, p))));
  return {
    commit,
    /** Sources that differ from HEAD (uncommitted or untracked), as `git status --porcelain` lists them. */
    uncommitted: changed ? changed.split('\n').length : 0,
    distBuilt: new Date(distBuilt).toISOString(),
    sourcesChanged: new Date(sourcesChanged).toISOString(),
    /** dist/ is older than the newest source file: it may not be what the sources build today. */
    stale: distBuilt < sourcesChanged,
  };
}

/** @param {ReturnType<typeof buildProvenance> & { rebuiltDuringRun?: boolean }} p */
export function describeProvenance(p) {
  const base = `dist/ built ${p.distBuilt.slice(0, 16).replace('T', ' ')} UTC; HEAD is ${p.commit ?? '(no git)'}`;
  const dirty =
    p.uncommitted > 0
      ? `, ${p.uncommitted} source paths differ from it (git status)`
      : ', sources clean';
  const stale = p.stale
    ? `; **dist/ is older than the sources (last changed ${p.sourcesChanged.slice(0, 16).replace('T', ' ')} UTC): possibly stale**`
    : '';
  const rebuilt = p.rebuiltDuringRun
    ? '; **dist/ was rebuilt while the run went on: the figures may mix two builds**'
    : '';
  return `${base}${dirty}${stale}${rebuilt}`;
}
