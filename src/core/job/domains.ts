/*
 * Kuscia prints parties in two lossy ways: threshold lists use `buildPartyKey` (`alice`, or `alice-partner`
 * with a role), and `cdr-check %s to %s` splits the route name `<src>-<dst>` on every `-`, so a Domain
 * named `autonomy-alice` prints as `autonomy` (JOBS.md §5.7). Both are read back against the Domains the job
 * itself names; what cannot be matched stays unresolved rather than guessed.
 */

/** The Domain a party key (`domain` or `domain-role`) stands for: the longest known id that fits. */
export function resolvePartyKey(key: string, domains: ReadonlySet<string>): string | null {
  if (domains.has(key)) return key;
  let best: string | null = null;
  for (const domain of domains) {
    if (key.startsWith(`${domain}-`) && (best === null || domain.length > best.length))
      best = domain;
  }
  return best;
}

/** Most Domains compared pairwise for a route (a job has a handful). */
const MAX_ROUTE_DOMAINS = 64;

/**
 * The two Domains of a `cdr-check` text. `src` and `dst` are the first two `-`-separated parts of the route
 * name; when they are not both known ids, the unique known pair whose route name begins with those parts is
 * taken.
 */
export function resolveRoute(
  src: string,
  dst: string,
  domains: ReadonlySet<string>,
): { src: string; dst: string } | null {
  if (domains.has(src) && domains.has(dst)) return { src, dst };
  if (domains.size > MAX_ROUTE_DOMAINS) return null;
  const prefix = `${src}-${dst}`;
  let found: { src: string; dst: string } | null = null;
  for (const a of domains) {
    for (const b of domains) {
      if (a === b) continue;
      const route = `${a}-${b}`;
      if (route === prefix || route.startsWith(`${prefix}-`)) {
        const parts = route.split('-');
        if (parts[0] !== src || parts[1] !== dst) continue;
        if (found !== null) return null;
        found = { src: a, dst: b };
      }
    }
  }
  return found;
}
