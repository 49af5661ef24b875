// Debian's Chromium and its flags, read from the repo's chromium.config.ts (the one source of truth; Node 20
// cannot import .ts, so the string array is read out of the file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from './paths.mjs';

const FALLBACK_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

export function chromiumOptions() {
  let args = FALLBACK_ARGS;
  try {
    const source = readFileSync(join(repoDir, 'chromium.config.ts'), 'utf8');
    const list = /CHROMIUM_ARGS\s*=\s*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const parsed = [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
    if (parsed.length > 0) args = parsed;
  } catch {
    // keep the fallback
  }
  return { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args };
}
