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

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isOctal = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '7';
const isHex = (char: string | undefined): boolean =>
  char !== undefined &&
  ((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F'));

let encoder: TextEncoder | undefined;
let decoder: TextDecoder | undefined;

/**
 * Unescapes the quoted string that starts at `text[open]` (a `"`); `null` when it is not closed. The
 * unescaped bytes are collected as a "binary" string (one char per byte) and decoded as UTF-8 only when a
 * byte above 0x7f occurred: Kuscia's messages are nearly always ASCII.
 */
function readQuoted(text: string, open: number): string | null {
  let bytes = '';
  let high = false;
  let run = open + 1;
  let i = run;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      bytes += text.slice(run, i);
      if (!high) return bytes;
      decoder ??= new TextDecoder();
      return decoder.decode(Uint8Array.from(bytes, (char) => char.charCodeAt(0)));
    }
    if (code >= 0x80) {
      // Printers that keep non-ASCII text (escapeNonAscii off) leave it as it is: re-encode it.
      bytes += text.slice(run, i);
      const point = text.codePointAt(i) ?? code;
      encoder ??= new TextEncoder();
      for (const byte of encoder.encode(String.fromCodePoint(point))) {
        bytes += String.fromCharCode(byte);
      }
      high = true;
      i += point > 0xffff ? 2 : 1;
      run = i;
      continue;
    }
    if (code !== 0x5c /* \ */) {
      i += 1;
      continue;
    }
    bytes += text.slice(run, i);
    const next = text.charAt(i + 1);
    const simple = SIMPLE_ESCAPES[next];
    let byte: number;
    if (simple !== undefined) {
      byte = simple;
      i += 2;
    } else if (isOctal(next)) {
      let end = i + 2;
      while (end < i + 4 && isOctal(text[end])) end += 1;
      byte = parseInt(text.slice(i + 1, end), 8) & 0xff;
      i = end;
    } else if ((next === 'x' || next === 'X') && isHex(text[i + 2])) {
      const end = isHex(text[i + 3]) ? i + 4 : i + 3;
      byte = parseInt(text.slice(i + 2, end), 16);
      i = end;
    } else {
      // An escape protobuf never writes: keep the backslash as it is.
      byte = 0x5c;
      i += 1;
    }
    if (byte >= 0x80) high = true;
    bytes += String.fromCharCode(byte);
    run = i;
  }
  return null;
}

const CODE = 'code: ';
const MESSAGE = 'message: "';

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** The `code` and `message` of a text-format Status at the start of `text`, or `null` when there is none. */
export function readKusciaStatusText(text: string): KusciaStatusText | null {
  let i = skipSpaces(text, 0);
  let code: number | null = null;
  if (text.startsWith(CODE, i)) {
    let end = i + CODE.length;
    if (text.charCodeAt(end) === 0x2d /* - */) end += 1;
    const digits = end;
    while (end < text.length && end - digits < 10 && isDigit(text.charCodeAt(end))) end += 1;
    if (end === digits || (end < text.length && !isSpace(text.charCodeAt(end)))) return null;
    code = Number(text.slice(i + CODE.length, end));
    i = skipSpaces(text, end);
  }
  if (text.startsWith(MESSAGE, i)) {
    const message = readQuoted(text, i + MESSAGE.length - 1);
    return message === null ? null : { code, message };
  }
  return code === null ? null : { code, message: '' };
}
