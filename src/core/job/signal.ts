import { familyRank } from './precedence';
import type { KusciaJobFailureFamily } from './types';

/**
 * What one recognizer read in one text. `form` says which kind of text it came from, because a Pending or
 * Running party counts as failing only on a waiting reason, a scheduler text or a pod message, never on an
 * old terminated container.
 */
export interface Signal {
  readonly family: KusciaJobFailureFamily;
  readonly variant: string | null;
  readonly params: Record<string, string>;
  /** The line to show, or null to use the text's own last line. */
  readonly detail: string | null;
  /** The container's unquoted message, when the text had one. */
  readonly log: string | null;
  readonly form: 'waiting' | 'terminated' | 'scheduler' | 'pod' | 'controller';
  /** Weaker readings of the same text (a crash whose log also names a data error), or null. */
  readonly also: readonly KusciaJobFailureFamily[] | null;
}

export function signal(
  family: KusciaJobFailureFamily,
  variant: string | null,
  form: Signal['form'],
  params: Record<string, string> = {},
  detail: string | null = null,
  log: string | null = null,
  also: readonly KusciaJobFailureFamily[] | null = null,
): Signal {
  // Always the same keys in the same order: one object shape for every signal.
  return { family, variant, params, detail, log, form, also };
}

/** By precedence, keeping input order among equals (Array#sort is stable). */
export function byPrecedence(signals: Signal[]): Signal[] {
  return signals.length < 2
    ? signals
    : signals.sort((a, b) => familyRank(a.family) - familyRank(b.family));
}
