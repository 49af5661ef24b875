import type {
  KusciaErrorReason,
  KusciaFieldIssue,
  KusciaReasonFamily,
  KusciaReasonParam,
} from './types';

/*
 * Shared helpers for the recognizers: the prepared text they all read, and the small scanners they use
 * instead of open-ended regexes, so that every recognizer stays linear on hostile input.
 */

/**
 * Longest prefix of a message the recognizers read (8 KiB). Real messages are far shorter (client-go caps
 * server text at 2 KiB); past this the text is a struct dump or an attack, and reading it buys nothing.
 */
export const MAX_REASON_SCAN = 8192;

/** Longest free-text parameter (`detail`) kept; the raw message stays available to the caller anyway. */
const MAX_DETAIL_LENGTH = 300;

const BACKSLASH = 92;
const QUOTE = 34;

/**
 * The text the recognizers read: the first {@link MAX_REASON_SCAN} characters, with every run of
 * backslashes in front of a `"` removed (Go `%q` inside another `%q`, as in 11103 bodies, escapes quotes
 * once or twice), trimmed. A reason's `name` is always a substring of this text.
 */
export function unquoteKusciaMessage(message: string): string {
  const text = message.length > MAX_REASON_SCAN ? message.slice(0, MAX_REASON_SCAN) : message;
  if (!text.includes('\\"')) return text.trim();
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== BACKSLASH) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) === BACKSLASH) end += 1;
    if (text.charCodeAt(end) === QUOTE) {
      out += text.slice(copied, i);
      copied = end;
    }
    i = end;
  }
  return (out + text.slice(copied)).trim();
}

/** Cuts free text to {@link MAX_DETAIL_LENGTH} characters. */
function clip(text: string): string {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}

/** A Go-quoted text (`"…"`, the server's own words inside a wrapper) without its quotes. */
export function unquote(text: string): string {
  return /^".*"$/s.test(text) ? text.slice(1, -1) : text;
}

/** A character that may stand before a resource noun or a subject: start, space, `:`, `,`, `(`, `[`, `;`. */
export function isBoundary(text: string, index: number): boolean {
  return index < 0 || /[ :,([;\t\n]/.test(text.charAt(index));
}

/**
 * Runs a sticky regex at `index` only; returns null when it does not match there. Recognizers find a
 * literal anchor with `indexOf` first, so each regex is tried at a handful of positions, not at every one.
 */
export function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  if (index < 0) return null;
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/**
 * Wrapper separators Kuscia, gRPC and SecretPad put between their context and the message; `with err ` is
 * Kuscia's colon-less one (`check master domain id failed with err %v`). None holds another, so the last
 * one to start is the last one to end.
 */
const LAST_SEPARATOR = /^[\s\S]*(?:: | :|, |desc = |with err |;|\n)/;
/** How far back a wrapper separator is looked for; a longer "segment" is not one message. */
const SEGMENT_WINDOW = 200;

/**
 * Where the innermost message before `index` starts: just after the last wrapper separator within
 * {@link SEGMENT_WINDOW} characters, else that window's start.
 */
export function segmentStart(text: string, index: number): number {
  const floor = Math.max(0, index - SEGMENT_WINDOW);
  return floor + (LAST_SEPARATOR.exec(text.slice(floor, index))?.[0].length ?? 0);
}

/** The innermost message: the text after the last wrapper separator. */
export function lastSegment(text: string): string {
  return text.slice(segmentStart(text, text.length)).trim();
}

/** `camelCase` / `taskID` → `snake_case` / `task_id`, for CRD paths and Go field names. */
export function snakeCase(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const ch = word.charAt(i);
    const lower = ch.toLowerCase();
    if (lower !== ch && i > 0) {
      const prev = word.charAt(i - 1);
      if (prev.toLowerCase() === prev && prev.toUpperCase() !== prev) out += '_';
      else if (/\d/.test(prev)) out += '_';
    }
    out += lower;
  }
  return out;
}

/**
 * A reason of `family` with the given parameters (several objects are read in turn), leaving out those
 * that are `undefined` or `''` (a parameter is either said by the message or absent), except an empty
 * `phase`: a job the controller has not seen yet. Free text (`detail`) is clipped.
 */
export function makeReason(
  family: KusciaReasonFamily,
  ...parts: readonly Readonly<Record<string, KusciaReasonParam>>[]
): KusciaErrorReason {
  const out: Record<string, KusciaReasonParam> = { family };
  for (const params of parts) {
    // `for…in` over fresh literals: no inherited keys, and cheaper than Object.keys on the hot path.
    for (const key in params) {
      const value = params[key];
      if (value !== undefined && (value !== '' || key === 'phase'))
        out[key] = key === 'detail' ? clip(value as string) : value;
    }
  }
  return out as KusciaErrorReason;
}

/** A field cause, leaving out the optional parts that are `undefined` or `''`. */
export function makeIssue(
  family: KusciaFieldIssue['family'],
  field: string,
  params: Readonly<Record<string, string | readonly string[] | undefined>> = {},
): KusciaFieldIssue {
  const out: Record<string, string | readonly string[]> = { family, field };
  for (const key in params) {
    const value = params[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out as unknown as KusciaFieldIssue;
}

/**
 * A lookup table written as text: `key=value` entries separated by `,`; a key alone stands for itself,
 * its spaces written `_` (`domain ids` → `domain_ids`).
 */
export function wordMap(table: string): ReadonlyMap<string, string> {
  return new Map(
    table.split(',').map((entry) => {
      const [key = '', value = key.replace(/ /g, '_')] = entry.split('=');
      return [key, value];
    }),
  );
}
