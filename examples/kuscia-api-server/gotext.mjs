// @ts-check
/**
 * How Go writes strings, where Kuscia's texts depend on it:
 *
 * - `goQuote` is `%q` (`strconv.Quote`): Kubernetes quotes object names with it, and Kuscia's container texts
 *   quote a reason and a whole log tail with it, so a newline in the tail arrives as the two characters `\n`.
 * - `goJson` is `encoding/json`'s `Marshal`, which the job watch stream uses instead of protojson: besides
 *   what `JSON.stringify` escapes, it escapes `<`, `>`, `&`, U+2028 and U+2029 (as `\u003c` …).
 */

/** @type {Record<string, string>} */
const QUOTE_ESCAPES = {
  '"': '\\"',
  '\\': '\\\\',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u000b': '\\v',
};

/**
 * Go's `%q` of a string.
 * @param {string} value
 */
export function goQuote(value) {
  let quoted = '"';
  for (const char of value) {
    const named = QUOTE_ESCAPES[char];
    const code = char.codePointAt(0) ?? 0;
    if (named !== undefined) quoted += named;
    else if (code < 0x20 || code === 0x7f) quoted += `\\x${code.toString(16).padStart(2, '0')}`;
    // C1 controls and the line and paragraph separators are not printable to Go.
    else if ((code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029) {
      quoted += `\\u${code.toString(16).padStart(4, '0')}`;
    } else quoted += char;
  }
  return `${quoted}"`;
}

/** @type {Record<string, string>} */
const HTML_ESCAPES = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Go's `json.Marshal` of a value already shaped like the Go struct (omitted fields left out by the caller).
 * The characters replaced here can only occur inside JSON strings, so replacing them everywhere is safe.
 * @param {unknown} value
 */
export const goJson = (value) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => HTML_ESCAPES[char] ?? char);
