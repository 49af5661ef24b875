/*
 * Kuscia builds party texts with Go's `%q` (`container[c] terminated state reason "Error", message: "…\n"`),
 * so a log tail arrives with `\n` and `\"` as two characters each, and sometimes escaped once more (a text
 * quoted inside another text, e.g. in SecretPad's log lines). These helpers read such texts back.
 */

/**
 * How much of one text the recognizers read. Kuscia keeps at most 8 KiB of a container's log, but escaping
 * and several pods per party make a party text longer: read its first and last 8 KiB.
 */
export const SCAN_HEAD = 8192;
export const SCAN_TAIL = 8192;
/** Longest `text` kept on a failure. */
export const MAX_TEXT_LENGTH = 65_536;
/** Longest `detail` parameter (it goes into a title). */
export const MAX_DETAIL_LENGTH = 200;
/** Longest `message` kept. */
export const MAX_LINE_LENGTH = 2000;

/** The part of `text` the recognizers read: all of it, or its head and tail. */
export function scanWindow(text: string): string {
  if (text.length <= SCAN_HEAD + SCAN_TAIL) return text;
  return `${text.slice(0, SCAN_HEAD)}\n${text.slice(text.length - SCAN_TAIL)}`;
}

/** `text` cut to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * `text` cut to `max` characters with an ellipsis, at the last space when there is one in the last fifth (a
 * title should not end in `connect er…`), else mid-word.
 */
export function capAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cap(text, max);
  const space = text.lastIndexOf(' ', max - 1);
  if (space < max - Math.ceil(max / 5)) return cut;
  let end = space;
  // No dangling separator before the ellipsis: `reason: connection,…` reads as a cut list.
  while (end > 0 && ' ,;:'.includes(text.charAt(end - 1))) end -= 1;
  return end === 0 ? cut : `${text.slice(0, end)}…`;
}

/** A Go-quoted string read back, and where it ended in the text it was read from. */
export interface GoQuoted {
  readonly text: string;
  /** Just past the closing quote; the text's length when unterminated or quoted more than once. */
  readonly end: number;
}

/**
 * Decodes the Go-quoted string whose opening quote is at `quote` (the index of `"`), where `level` is how
 * many times the text was quoted (1 for `"…"`, 2 for `\"…\"`). Stops at the closing quote, or at the end of
 * a cut text. Linear: it jumps from backslash to backslash and looks for the closing quote again only after
 * an escape consumed the quote it had found.
 */
export function readGoQuoted(text: string, quote: number, level: number): GoQuoted {
  let body = text.slice(quote + 1);
  // Undo the outer layers first (`\\` → `\`, `\"` → `"`), then read the Go string itself.
  for (let layer = 1; layer < level; layer += 1) body = unescapeLayer(body);
  let out = '';
  let at = 0;
  let nextQuote = body.indexOf('"');
  for (;;) {
    const nextSlash = body.indexOf('\\', at);
    if (nextSlash === -1 || (nextQuote !== -1 && nextQuote < nextSlash)) {
      const stop = nextQuote === -1 ? body.length : nextQuote;
      const end = level === 1 && nextQuote !== -1 ? quote + 2 + nextQuote : text.length;
      return { text: out + body.slice(at, stop), end };
    }
    out += body.slice(at, nextSlash);
    const [decoded, used] = decodeEscape(body, nextSlash);
    out += decoded;
    at = nextSlash + used;
    if (nextQuote !== -1 && nextQuote < at) nextQuote = body.indexOf('"', at);
  }
}

function unescapeLayer(text: string): string {
  return text.replace(/\\(["\\])/g, '$1');
}

const simpleEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  "'": "'",
  '\\': '\\',
  a: '\u0007',
  b: '\b',
  f: '\f',
  v: '\v',
};

/** The character(s) for the escape at `at` (a backslash) and how many characters it used. */
function decodeEscape(text: string, at: number): [string, number] {
  const kind = text[at + 1];
  if (kind === undefined) return ['', 1];
  const simple = simpleEscapes[kind];
  if (simple !== undefined) return [simple, 2];
  const width = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
  if (width > 0) {
    const hex = text.slice(at + 2, at + 2 + width);
    const point = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : -1;
    if (point >= 0 && point <= 0x10ffff) {
      // `\xNN` is one byte of UTF-8 in Go; shown as its Latin-1 character, which is close enough for a log.
      return [String.fromCodePoint(point), 2 + width];
    }
    return [kind, 2];
  }
  if (kind >= '0' && kind <= '7') {
    const octal = text.slice(at + 1, at + 4);
    if (/^[0-7]{3}$/.test(octal)) return [String.fromCharCode(parseInt(octal, 8)), 4];
  }
  return [kind, 2];
}

/** How many times the quote at `quote` was escaped: 1 for `"`, 2 for `\"`, 3 for `\\\"`. */
export function quoteLevel(text: string, quote: number): number {
  let slashes = 0;
  while (slashes < 7 && quote - slashes - 1 >= 0 && text[quote - slashes - 1] === '\\')
    slashes += 1;
  return slashes === 0 ? 1 : slashes === 1 ? 2 : 3;
}

/** Lines that look like the error itself rather than shutdown noise. */
const meaningful =
  /error|exception|fail|fatal|panic|not found|no such|refused|denied|timed? ?out|unavailable|invalid|killed/i;

/** Most lines looked at, from the end, for a meaningful one. */
const MAX_LINES_BACK = 200;
/** How far into a line its log level is looked for (after Ray's `(Actor pid=…)` prefix and a timestamp). */
const LEVEL_WINDOW = 512;

/**
 * A line its program logged below error level: glog's `I0314 17:00:32.94…` / `W0314 …`, spdlog's `[info]`,
 * Python logging's `INFO:root:` / `2024-… WARNING …`, SecretFlow's `…|alice|INFO|`, Ray's `[… I 1153 1153]`,
 * each at the start of the line or after Ray's `(Actor(…) pid=…)` prefix. Such a line may say "failed"
 * (`send request failed and retry`) or name a missing `/proc` file, but its program did not treat it as
 * the error. Anchored, with bounded repeats whose alternatives start with different characters: linear.
 */
const lowLevel =
  /^(?:\((?:[^()\n]|\([^()\n]{0,200}\)){0,200}\)\s{0,8})?(?:(?:INFO|WARNING|WARN|DEBUG):|[IW]\d{4} \d\d:\d\d:\d\d|\[(?:info|warning|warn|debug|trace)\]|\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?(?:\s{1,8}\[?V?(?:INFO|WARNING|WARN|DEBUG|TRACE)\]?(?:\s|:|$)|\|[^|\n]{0,64}\|(?:INFO|WARNING|WARN|DEBUG)\||\s[IW]\s\d{1,9}\s\d{1,9}\]))/i;

/** Whether `line` (trimmed) was logged below error level. */
export function isLowLevelLine(line: string): boolean {
  const head = line.length > LEVEL_WINDOW ? line.slice(0, LEVEL_WINDOW) : line;
  return lowLevel.test(head);
}

/** Python's chaining sentences between two tracebacks: they name no error. */
function isChainingLine(line: string): boolean {
  return (
    line === 'During handling of the above exception, another exception occurred:' ||
    line === 'The above exception was the direct cause of the following exception:'
  );
}

/**
 * The line to show for a log tail: from the end, the first non-empty line that reads like an error and was
 * not logged below error level, else (unless `onlyErrors`) the last non-empty line. Python's chaining
 * sentences are never chosen. Trailing `;` and `,` (Kuscia's separators) are dropped.
 */
export function lastMeaningfulLine(text: string, onlyErrors = false): string | null {
  let end = text.length;
  let fallback: string | null = null;
  for (let count = 0; count < MAX_LINES_BACK && end > 0; count += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = trimLine(text.slice(start, end));
    end = start - 1;
    if (line === '' || isChainingLine(line)) continue;
    fallback ??= line;
    if (meaningful.test(line.length > 4096 ? line.slice(0, 4096) : line) && !isLowLevelLine(line)) {
      return cap(line, MAX_LINE_LENGTH);
    }
  }
  return fallback === null || onlyErrors ? null : cap(fallback, MAX_LINE_LENGTH);
}

/** The line containing the character at `index`. */
export function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const newline = text.indexOf('\n', index);
  return cap(trimLine(text.slice(start, newline === -1 ? text.length : newline)), MAX_LINE_LENGTH);
}

/**
 * Terminal escapes (CSI such as colours, OSC such as titles, two-character ESC sequences) and the other C0
 * controls but tab: Ray and Python loggers colour their lines, and the raw escapes would show in a title.
 * Each alternative starts at ESC or a control character and has bounded or delimiter-stopped repeats: linear.
 */
const terminalControls =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hasControl = /[\x00-\x08\x0b-\x1f\x7f]/;

/** `text` without terminal escapes and control characters (newlines and tabs kept). */
export function withoutControls(text: string): string {
  return hasControl.test(text) ? text.replace(terminalControls, '') : text;
}

/** A line without surrounding blanks, terminal escapes and Kuscia's trailing `;` / `,` separators. */
export function trimLine(line: string): string {
  const trimmed = withoutControls(line).trim();
  // A loop, not /[;,]+$/: that pattern retries every run of separators and goes quadratic on `;;;;…x`.
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === ';' || trimmed[end - 1] === ',')) end -= 1;
  return trimmed.slice(0, end).trimEnd();
}
