/*
 * The party-threshold summary a failed task carries (JOBS.md §2.2): a count, a threshold and the party keys
 * per phase. It names who failed, not why, so the explainer resolves each failed key to that party's own
 * text. Three wordings: the running handler's, its short pending-handler form, and the one before v0.11.0b0.
 */

const threshold =
  /^The remaining no-failed party task counts (-?\d{1,9}) are less than the (?:task success threshold (\d{1,9})|threshold (\d{1,9}) that meets the conditions for task success)\.(?: pending party\[([^\]]{0,4096})\], running party\[([^\]]{0,4096})\], successful party\[([^\]]{0,4096})\],)? failed party\[([^\]]{0,4096})\]/;

export interface ThresholdSummary {
  readonly remaining: string;
  readonly threshold: string;
  /** Party keys: `domain`, or `domain-role` when the party has a role. */
  readonly pending: readonly string[];
  readonly running: readonly string[];
  readonly successful: readonly string[];
  readonly failed: readonly string[];
}

/** The summary in `text` (first 8 KiB), or null. */
export function readThreshold(text: string): ThresholdSummary | null {
  if (!text.startsWith('The remaining no-failed party task counts')) return null;
  const match = threshold.exec(text.length > 8192 ? text.slice(0, 8192) : text);
  if (match === null) return null;
  return {
    remaining: match[1] ?? '',
    threshold: match[2] ?? match[3] ?? '',
    pending: keys(match[4]),
    running: keys(match[5]),
    successful: keys(match[6]),
    failed: keys(match[7]),
  };
}

/** Go's `strings.Join(keys, ",")`, read back. */
function keys(list: string | undefined): string[] {
  if (list === undefined || list === '') return [];
  return list
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}
