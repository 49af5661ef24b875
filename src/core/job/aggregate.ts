/*
 * The job `err_msg` Kuscia ≥ v1.0.0b0 builds for a Failed job with no message of its own (JOBS.md §1.5), and
 * that SecretPad stores as the job's `errMsg`: `Task[<alias>]-Party[<domain>]: <party err_msg>` joined with
 * `"; "`. Party texts contain `"; "` themselves (a pod message ends with `;`), so a piece ends only where
 * `"; "` is directly followed by the next `Task[…]-Party[…]: ` header.
 */

/** Longest aggregate read (many parties × 8 KiB log tails). */
const MAX_AGGREGATE_LENGTH = 262_144;
/** Most pieces read (one per failed party of a failed task; real jobs have a handful). */
const MAX_PIECES = 1000;
/** Aliases are RFC 1123 labels and domain ids DNS names: neither holds `]`, both are short. */
const header = /Task\[([^\]]{0,253})\]-Party\[([^\]]{0,253})\]: /y;

/*
 * SecretPad's own aggregate (JOBS.md §4): `JobManager.taskFailedReason` writes `party %s failed msg: %s` for
 * each failed party, and its task log turns each reason into a line `<time> INFO the jobId=%s, taskId=%s
 * failed: %s`. Such a text is one reason, or several log lines: a piece ends only where a newline is
 * directly followed by the next reason's header.
 */
const secretPadHeader =
  /(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:[.,]\d{1,9})? INFO )?(?:the jobId=[^\s,]{0,253}, taskId=([^\s,]{0,253}) failed: )?party ([^\s]{1,253}) failed msg: /y;

export interface AggregatePiece {
  /** The task's alias (Kuscia's aggregate), or `''`. */
  readonly alias: string;
  /** The task's id (SecretPad's log line), or `''`. */
  readonly taskId: string;
  readonly domainId: string;
  readonly text: string;
}

/** The pieces of an aggregate, or null when `text` is not one. */
export function splitAggregate(text: string): AggregatePiece[] | null {
  if (!text.startsWith('Task[')) return splitSecretPad(text);
  const source = text.length > MAX_AGGREGATE_LENGTH ? text.slice(0, MAX_AGGREGATE_LENGTH) : text;
  const pieces: AggregatePiece[] = [];
  let current = readHeader(source, 0);
  if (current === null) return null;
  let from = current.end;
  while (current !== null && pieces.length < MAX_PIECES) {
    let next: Header | null = null;
    let end = source.length;
    // Each `; Task[` is tried once as a boundary: linear overall.
    for (
      let at = source.indexOf('; Task[', from);
      at !== -1;
      at = source.indexOf('; Task[', at + 2)
    ) {
      next = readHeader(source, at + 2);
      if (next !== null) {
        end = at;
        break;
      }
    }
    pieces.push({
      alias: current.alias,
      taskId: '',
      domainId: current.domainId,
      text: source.slice(current.end, end),
    });
    current = next;
    if (next !== null) from = next.end;
  }
  return pieces;
}

function splitSecretPad(text: string): AggregatePiece[] | null {
  const source = text.length > MAX_AGGREGATE_LENGTH ? text.slice(0, MAX_AGGREGATE_LENGTH) : text;
  let current = readSecretPadHeader(source, 0);
  if (current === null) return null;
  const pieces: AggregatePiece[] = [];
  while (current !== null && pieces.length < MAX_PIECES) {
    let next: SecretPadHeader | null = null;
    let end = source.length;
    // Each newline is tried once as a boundary: linear overall.
    for (let at = source.indexOf('\n', current.end); at !== -1; at = source.indexOf('\n', at + 1)) {
      next = readSecretPadHeader(source, at + 1);
      if (next !== null) {
        end = at;
        break;
      }
    }
    pieces.push({
      alias: '',
      taskId: current.taskId,
      domainId: current.domainId,
      text: source.slice(current.end, end),
    });
    current = next;
  }
  return pieces;
}

/** `text` begins like an aggregate (`Task[…]-Party[…]: `, or SecretPad's `party … failed msg: `). */
export function isAggregate(text: string): boolean {
  return text.startsWith('Task[')
    ? readHeader(text, 0) !== null
    : readSecretPadHeader(text, 0) !== null;
}

interface SecretPadHeader {
  readonly taskId: string;
  readonly domainId: string;
  readonly end: number;
}

function readSecretPadHeader(text: string, at: number): SecretPadHeader | null {
  const first = text.charCodeAt(at);
  // Only a date or `the jobId=` / `party ` can start a header: skip the regex for every other line.
  if (!(first >= 0x30 && first <= 0x39) && first !== 0x74 /* t */ && first !== 0x70 /* p */) {
    return null;
  }
  secretPadHeader.lastIndex = at;
  const match = secretPadHeader.exec(text);
  if (match === null) return null;
  return { taskId: match[1] ?? '', domainId: match[2] ?? '', end: at + match[0].length };
}

interface Header {
  readonly alias: string;
  readonly domainId: string;
  readonly end: number;
}

function readHeader(text: string, at: number): Header | null {
  header.lastIndex = at;
  const match = header.exec(text);
  if (match === null) return null;
  return { alias: match[1] ?? '', domainId: match[2] ?? '', end: at + match[0].length };
}
