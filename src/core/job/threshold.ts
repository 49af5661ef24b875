import { rememberByText } from './remember';

/*
 * The party-threshold summary a failed task carries (JOBS.md §2.2): a count, a threshold and the party keys
 * per phase. It names who failed, not why, so the explainer resolves each failed key to that party's own
 * text. Three wordings: the running handler's, its short pending-handler form, and the one before v0.11.0b0.
 */

const MAX_LENGTH = 8192;
const PREFIX = 'The remaining no-failed party task counts ';
const NEW_WORDING = ' are less than the task success threshold ';
const OLD_WORDING = ' are less than the threshold ';
const OLD_TAIL = ' that meets the conditions for task success.';

export interface ThresholdSummary {
  readonly remaining: string;
  readonly threshold: string;
  /** Party keys: `domain`, or `domain-role` when the party has a role. */
  readonly pending: readonly string[];
  readonly running: readonly string[];
  readonly successful: readonly string[];
  readonly failed: readonly string[];
}

/**
 * The summary in `text`, or null. Read with `indexOf` along the fixed sentence rather than one regex: the
 * regex cost several thousand instructions per task, the sentence being long and its lists bounded.
 */
function readSummary(whole: string): ThresholdSummary | null {
  if (!whole.startsWith(PREFIX)) return null;
  // Kuscia's lists name the parties of one task: 8 KiB is plenty, and bounds the work on a hostile text.
  const text = whole.length > MAX_LENGTH ? whole.slice(0, MAX_LENGTH) : whole;
  let at = PREFIX.length;
  const remaining = digitsAt(text, at);
  if (remaining === null) return null;
  at += remaining.length;
  let threshold: string | null;
  if (text.startsWith(NEW_WORDING, at)) {
    at += NEW_WORDING.length;
    threshold = digitsAt(text, at);
    if (threshold === null || text[at + threshold.length] !== '.') return null;
    at += threshold.length + 1;
  } else if (text.startsWith(OLD_WORDING, at)) {
    at += OLD_WORDING.length;
    threshold = digitsAt(text, at);
    if (threshold === null || !text.startsWith(OLD_TAIL, at + threshold.length)) return null;
    at += threshold.length + OLD_TAIL.length;
  } else {
    return null;
  }
  const full = text.startsWith(' pending party[', at);
  const pending = full ? listAt(text, ' pending party[', at) : null;
  const running = pending === null ? null : listAt(text, ', running party[', pending.end);
  const successful = running === null ? null : listAt(text, ', successful party[', running.end);
  const failed = full
    ? successful === null
      ? null
      : listAt(text, ', failed party[', successful.end)
    : listAt(text, ' failed party[', at);
  if (failed === null) return null;
  return Object.freeze({
    remaining,
    threshold,
    pending: keys(pending?.list),
    running: keys(running?.list),
    successful: keys(successful?.list),
    failed: keys(failed.list),
  });
}

const readRemembered = /* @__PURE__ */ rememberByText(readSummary);

/** The summary in `text`, or null; remembered for the texts read last (a polled Job repeats them). */
export function readThreshold(text: string): ThresholdSummary | null {
  // Most texts are not summaries: ruled out at once, without a place in the memory.
  return text.startsWith(PREFIX) ? readRemembered(text) : null;
}

/** The digits (an optional `-`, up to 9 digits) at `at`, or null. */
function digitsAt(text: string, at: number): string | null {
  let end = at;
  if (text[end] === '-') end += 1;
  const first = end;
  while (
    end < text.length &&
    end - first < 9 &&
    text.charCodeAt(end) >= 0x30 &&
    text.charCodeAt(end) <= 0x39
  ) {
    end += 1;
  }
  return end === first ? null : text.slice(at, end);
}

/** The list of `<label>…]` at `at` (lists never hold `]`), or null. */
function listAt(text: string, label: string, at: number): { list: string; end: number } | null {
  if (!text.startsWith(label, at)) return null;
  const open = at + label.length;
  const close = text.indexOf(']', open);
  return close === -1 ? null : { list: text.slice(open, close), end: close + 1 };
}

/** Go's `strings.Join(keys, ",")`, read back. */
function keys(list: string | undefined): readonly string[] {
  const result: string[] = [];
  if (list === undefined || list === '') return Object.freeze(result);
  for (const item of list.split(',')) {
    const key = item.trim();
    if (key !== '') result.push(key);
  }
  return Object.freeze(result);
}
