import type { KusciaErrorSeverity } from '../core/types';

/** The live-region role of an alert: errors interrupt, warnings wait; the caller may choose either or none. */
export type AlertRole = 'alert' | 'status' | 'none';
export type AlertLive = 'assertive' | 'polite' | 'off';

const ROLES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['alert', 'status', 'none']);
const LIVE: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['assertive', 'polite', 'off']);
/** The title's element by heading level; anything else leaves it a plain `div`. */
export const HEADING_TAGS: Partial<Record<number, 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'>> = {
  1: 'h1',
  2: 'h2',
  3: 'h3',
  4: 'h4',
  5: 'h5',
  6: 'h6',
};

/** The role a caller asked for, or by severity; an unknown value from untyped code means the default. */
export function resolveRole(role: unknown, severity: KusciaErrorSeverity): AlertRole {
  if (ROLES.has(role)) return role as AlertRole;
  return severity === 'warning' ? 'status' : 'alert';
}

/** `aria-live` as asked, or none (the role's own) for anything else. */
export function resolveLive(live: unknown): AlertLive | undefined {
  return LIVE.has(live) ? (live as AlertLive) : undefined;
}
