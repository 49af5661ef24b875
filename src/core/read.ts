/*
 * Defensive readers for values of unknown shape. Errors reach the kit from anywhere (a server, a proxy,
 * user code), so a throwing getter, a revoked Proxy or a cycle must never turn into a second failure.
 */

/** Longest server message kept; past it the text is cut with an ellipsis. */
export const MAX_MESSAGE_LENGTH = 2000;
/** Longest structured detail kept (JSON text). */
export const MAX_DETAILS_LENGTH = 4000;
/** Longest string the parser will try to read as JSON or HTML. */
export const MAX_PARSED_BODY_LENGTH = 1_000_000;

/** `value[key]`, or `undefined` when `value` is not an object or reading throws. */
export function readProperty(value: unknown, key: PropertyKey): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function'))
    return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `Array.isArray` that cannot throw (a revoked Proxy makes it throw). */
export function safeIsArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Cuts `text` to `max` characters without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A non-empty string, trimmed and capped; anything else gives `null`. */
export function toMessage(value: unknown, max = MAX_MESSAGE_LENGTH): string | null {
  if (typeof value !== 'string') return null;
  const start = value.trimStart();
  const text = (start.length > max * 2 ? start.slice(0, max * 2) : start).trimEnd();
  return text === '' ? null : truncate(text, max);
}

/** JSON text of `value` that survives cycles, bigints and throwing getters; capped. */
export function toJsonText(value: unknown, max = MAX_DETAILS_LENGTH): string | null {
  const seen = new WeakSet();
  try {
    const json = JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'bigint') return item.toString();
      if (typeof item === 'object' && item !== null) {
        if (seen.has(item)) return '[Circular]';
        seen.add(item);
      }
      return item;
    });
    return typeof json === 'string' ? truncate(json, max) : null;
  } catch {
    return null;
  }
}

/** A whole number from a number, a numeric string or a safe bigint; else `null`. */
export function toInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'bigint') {
    const asNumber = Number(value);
    return Number.isSafeInteger(asNumber) ? asNumber : null;
  }
  if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) return Number(value);
  return null;
}

/** The parsed JSON of `text` when it is a JSON object or array, else `undefined`. */
export function tryParseJson(text: string): unknown {
  if (text.length > MAX_PARSED_BODY_LENGTH) return undefined;
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
