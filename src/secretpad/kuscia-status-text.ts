/**
 * Reads a Kuscia `Status` that SecretPad printed with protobuf-java's `toString()` (the text format):
 *
 *     code: 11808
 *     message: "domain alice can\'t operate domain bob data source"
 *
 * protobuf-java 3.25 escapes `"`, `'`, `\` and control characters, and writes every non-ASCII byte as a
 * three-digit octal escape of its UTF-8 encoding, so `message` is unescaped byte-wise and decoded as UTF-8.
 * A field at its default (code 0, empty message) is not printed at all. The scan is a single pass; the caller
 * caps the input length.
 */
export interface KusciaStatusText {
  /** `null` when the text has no `code:` line (the code was 0). */
  readonly code: number | null;
  /** Empty when the text has no `message:` line. */
  readonly message: string;
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
  '?': 0x3f,
};

const isOctal = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '7';
const isHex = (char: string | undefined): boolean =>
  char !== undefined && /^[0-9a-fA-F]$/.test(char);

let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;

function pushUtf8(bytes: number[], text: string): void {
  encoder ??= new TextEncoder();
  for (const byte of encoder.encode(text)) bytes.push(byte);
}

/** Unescapes the quoted string that starts at `text[open]` (a `"`); `null` when it is not closed. */
function readQuoted(text: string, open: number): string | null {
  const bytes: number[] = [];
  let i = open + 1;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"') {
      decoder ??= new TextDecoder();
      return decoder.decode(Uint8Array.from(bytes));
    }
    if (char !== '\\') {
      const code = char.charCodeAt(0);
      if (code < 0x80) {
        bytes.push(code);
        i += 1;
      } else {
        // Printers that keep non-ASCII text (escapeNonAscii off) leave it as it is.
        const point = text.codePointAt(i) ?? code;
        pushUtf8(bytes, String.fromCodePoint(point));
        i += point > 0xffff ? 2 : 1;
      }
      continue;
    }
    const next = text.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      bytes.push(simple);
      i += 2;
    } else if (isOctal(next)) {
      let end = i + 2;
      while (end < i + 4 && isOctal(text[end])) end += 1;
      bytes.push(parseInt(text.slice(i + 1, end), 8) & 0xff);
      i = end;
    } else if ((next === 'x' || next === 'X') && isHex(text[i + 2])) {
      const end = isHex(text[i + 3]) ? i + 4 : i + 3;
      bytes.push(parseInt(text.slice(i + 2, end), 16));
      i = end;
    } else {
      // An escape protobuf never writes: keep it as it is.
      bytes.push(0x5c);
      i += 1;
    }
  }
  return null;
}

/** The `code` and `message` of a text-format Status at the start of `text`, or `null` when there is none. */
export function readKusciaStatusText(text: string): KusciaStatusText | null {
  const body = text.trimStart();
  let code: number | null = null;
  let rest = body;
  const codeMatch = /^code: (-?\d{1,10})(?:\r?\n|\s|$)/.exec(body);
  if (codeMatch?.[1] !== undefined) {
    code = Number(codeMatch[1]);
    rest = body.slice(codeMatch[0].length).trimStart();
  }
  if (rest.startsWith('message: "')) {
    const message = readQuoted(rest, 'message: '.length);
    if (message === null) return null;
    return { code, message };
  }
  return code === null ? null : { code, message: '' };
}
