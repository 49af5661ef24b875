// @ts-check
/**
 * Decodes a request body the way Kuscia's HTTP binder does, so a malformed body fails with the text a Go
 * server produces. Kuscia reads the body with Go's `json.Decoder`, which:
 *
 * - answers `EOF` for an empty body and `unexpected EOF` for a truncated one;
 * - describes a syntax error by the offending character and what it was looking for, e.g.
 *   `invalid character 'b' looking for beginning of object key string`;
 * - decodes the first JSON value and ignores whatever follows it.
 *
 * `JSON.parse` says none of this in a usable form, so a small scanner finds where (and whether) the first
 * value ends; `JSON.parse` then builds it.
 */

/** @typedef {{ ok: true, value: unknown } | { ok: false, message: string }} Decoded */

class GoSyntaxError extends Error {}

const END_OF_INPUT = 'unexpected EOF';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const HEX = /^[0-9a-fA-F]$/;
const DIGIT = /^[0-9]$/;

/**
 * Go's `quoteChar`: the character in single quotes, escaped as `strconv.Quote` would. Go reads bytes, so a
 * non-ASCII character is shown by its first UTF-8 byte.
 * @param {string} char
 */
function quoteChar(char) {
  if (char === "'") return "'\\''";
  if (char === '"') return "'\"'";
  const code = char.codePointAt(0) ?? 0;
  if (code > 0x7e) return `'\\x${Buffer.from(char)[0]?.toString(16)}'`;
  if (code >= 0x20) return `'${char}'`;
  const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' }[char];
  return `'${named ?? `\\x${code.toString(16).padStart(2, '0')}`}'`;
}

/** Go's limit on nested objects and arrays. */
const MAX_DEPTH = 10_000;

/**
 * Where the first JSON value in `text` starts and ends. A state machine with an explicit stack, like Go's
 * scanner, so no nesting depth can overflow the call stack.
 * @param {string} text
 * @returns {[number, number]}
 */
function firstValue(text) {
  let at = 0;
  /** The containers the scan is inside, innermost last. */
  const open = /** @type {Array<'object' | 'array'>} */ ([]);

  const peek = () => {
    if (at >= text.length) throw new GoSyntaxError(END_OF_INPUT);
    return /** @type {string} */ (text[at]);
  };
  /** @param {string} context */
  const invalid = (context) => {
    throw new GoSyntaxError(`invalid character ${quoteChar(peek())} ${context}`);
  };
  const skipWhitespace = () => {
    while (at < text.length && WHITESPACE.has(/** @type {string} */ (text[at]))) at += 1;
  };
  const digits = () => {
    while (at < text.length && DIGIT.test(/** @type {string} */ (text[at]))) at += 1;
  };
  /** @param {'object' | 'array'} container */
  const enter = (container) => {
    if (open.length === MAX_DEPTH) invalid('exceeded max depth');
    open.push(container);
    at += 1;
  };

  const string = () => {
    at += 1; // the opening quote
    for (;;) {
      const char = peek();
      if (char === '"') {
        at += 1;
        return;
      }
      if (char < ' ') invalid('in string literal');
      at += 1;
      if (char === '\\') {
        if (!ESCAPES.has(peek())) invalid('in string escape code');
        if (text[at] === 'u') {
          at += 1;
          for (let i = 0; i < 4; i += 1, at += 1) {
            if (!HEX.test(peek())) invalid('in \\u hexadecimal character escape');
          }
        } else {
          at += 1;
        }
      }
    }
  };

  const number = () => {
    if (peek() === '-') {
      at += 1;
      if (!DIGIT.test(peek())) invalid('in numeric literal');
    }
    if (peek() === '0') at += 1;
    else digits();
    // A number is the one value that ends only when something else begins: running out there is fine.
    if (text[at] === '.') {
      at += 1;
      if (!DIGIT.test(peek())) invalid('after decimal point in numeric literal');
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at += 1;
      if (peek() === '+' || peek() === '-') at += 1;
      if (!DIGIT.test(peek())) invalid('in exponent of numeric literal');
      digits();
    }
  };

  /** @param {string} word */
  const literal = (word) => {
    for (let i = 0; i < word.length; i += 1, at += 1) {
      if (peek() !== word[i]) invalid(`in literal ${word} (expecting ${quoteChar(word[i] ?? '')})`);
    }
  };

  /** An object member's key and colon; the value follows. */
  const key = () => {
    skipWhitespace();
    if (peek() !== '"') invalid('looking for beginning of object key string');
    string();
    skipWhitespace();
    if (peek() !== ':') invalid('after object key');
    at += 1;
  };

  /** Scans a value, or opens a container (whose first value the loop scans next). */
  const valueOrOpening = () => {
    skipWhitespace();
    const char = peek();
    if (char === '{') {
      enter('object');
      skipWhitespace();
      if (peek() === '}') {
        at += 1;
        open.pop();
        return false;
      }
      key();
      return true;
    }
    if (char === '[') {
      enter('array');
      skipWhitespace();
      if (peek() === ']') {
        at += 1;
        open.pop();
        return false;
      }
      return true;
    }
    if (char === '"') string();
    else if (char === '-' || DIGIT.test(char)) number();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else invalid('looking for beginning of value');
    return false;
  };

  skipWhitespace();
  const start = at;
  for (;;) {
    if (valueOrOpening()) continue;
    // A value is complete: close the containers it completes, up to the next one expecting a value.
    for (;;) {
      const container = open.at(-1);
      if (!container) return [start, at];
      skipWhitespace();
      const char = peek();
      if (char === (container === 'object' ? '}' : ']')) {
        at += 1;
        open.pop();
      } else if (char === ',') {
        at += 1;
        if (container === 'object') key();
        break;
      } else {
        invalid(container === 'object' ? 'after object key:value pair' : 'after array element');
      }
    }
  }
}

/**
 * @param {string} text
 * @returns {Decoded}
 */
export function decodeJson(text) {
  if (text.trim() === '') return { ok: false, message: 'EOF' };
  try {
    const [start, end] = firstValue(text);
    return { ok: true, value: JSON.parse(text.slice(start, end)) };
  } catch (error) {
    if (error instanceof GoSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}
