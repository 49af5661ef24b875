/*
 * KusciaAPI's HTTP watch (`/api/v1/job/watch`) writes one `json.Marshal`ed event after another into a chunked
 * response with no delimiter: `{"object":{…}}{"type":1,"object":{…}}{"type":4}`. A console that buffered the
 * response holds that text; a QueryJob body read as text is the same thing with one object.
 */

/** Longest text read; a longer stream keeps its end, where the newest events are. */
export const MAX_STREAM_LENGTH = 16 * 1024 * 1024;
/** Deepest nesting a job body has (envelope → data → status → tasks → party → endpoints), with room to spare. */
const MAX_JSON_NESTING = 32;

/**
 * Whether `text` nests no deeper than any job body: JSON.parse spends half a second failing on a megabyte of
 * `[`, which one pass over the characters rules out first.
 */
export function isShallowJson(text: string): boolean {
  let nesting = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 0x22 /* " */) {
      const end = skipString(text, at + 1, text.length);
      if (end === -1) return true;
      at = end - 1;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      nesting += 1;
      if (nesting > MAX_JSON_NESTING) return false;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      nesting -= 1;
    }
  }
  return true;
}

/** Most objects parsed; the newest are kept (each job's last event is what counts). */
export const MAX_STREAM_OBJECTS = 10_000;

/**
 * The index of the next watch event at or after `from`: `{"type":` or `{"object":` (ADDED has no `type`).
 * Inside a JSON string a quote is always escaped, so these never occur in one: even after an event that was
 * cut off (a reconnect, a buffer that dropped its start) they mark where the next complete event begins.
 */
export function nextEventStart(text: string, from: number): number {
  for (let at = text.indexOf('{"', from); at !== -1; at = text.indexOf('{"', at + 2)) {
    if (text.startsWith('type":', at + 2) || text.startsWith('object":', at + 2)) return at;
  }
  return -1;
}

/**
 * The top-level JSON objects of `text`, in order, skipping whatever lies between them and any object that
 * does not parse. An event that was cut off (it never closes, or it swallowed the start of the next one and
 * does not parse) ends the plain reading: from there on, each event is read on its own, from one event start
 * to the next. Linear in the length of the text (each part is scanned at most twice).
 */
export function parseJsonObjects(text: string): unknown[] {
  let start = 0;
  if (text.length > MAX_STREAM_LENGTH) {
    // Cut into the middle of an event: resynchronise on the next event's first key.
    start = nextEventStart(text, text.length - MAX_STREAM_LENGTH);
    if (start === -1) return [];
  }
  const spans: number[] = [];
  const unclosed = scanObjects(text, start, text.length, spans);
  const objects: unknown[] = [];
  let resumeAt = -1;
  for (let index = firstKept(spans); index + 1 < spans.length; index += 2) {
    const from = spans[index] ?? 0;
    const to = spans[index + 1] ?? 0;
    const parsed = parse(text, from, to);
    if (parsed !== unparsed) {
      objects.push(parsed);
      continue;
    }
    // Only an event start inside the broken object means a cut event; else it was a stray brace in a log
    // line. Never on a complete body: a QueryJob's `custom_fields` may well have a key `type`.
    const next = nextEventStart(text, from + 1);
    if (next !== -1 && next < to) {
      resumeAt = next;
      break;
    }
  }
  if (resumeAt === -1 && unclosed !== -1) resumeAt = nextEventStart(text, unclosed + 1);
  if (resumeAt !== -1) {
    const more: number[] = [];
    for (let at = resumeAt; at !== -1;) {
      const next = nextEventStart(text, at + 2);
      scanObjects(text, at, next === -1 ? text.length : next, more);
      at = next;
    }
    for (let index = firstKept(more); index + 1 < more.length; index += 2) {
      const parsed = parse(text, more[index] ?? 0, more[index + 1] ?? 0);
      if (parsed !== unparsed) objects.push(parsed);
    }
  }
  return objects.length > MAX_STREAM_OBJECTS
    ? objects.slice(objects.length - MAX_STREAM_OBJECTS)
    : objects;
}

const unparsed: unique symbol = Symbol('unparsed');

function parse(text: string, from: number, to: number): unknown {
  try {
    return JSON.parse(text.slice(from, to)) as unknown;
  } catch {
    return unparsed;
  }
}

/** The index in `spans` of the oldest of the newest `MAX_STREAM_OBJECTS` objects. */
function firstKept(spans: readonly number[]): number {
  return Math.max(0, spans.length - MAX_STREAM_OBJECTS * 2);
}

/**
 * Appends the `[start, end)` pairs of the top-level objects between `from` and `to` to `spans` (the newest
 * `MAX_STREAM_OBJECTS` kept), and returns where an object that never closes begins, or -1.
 */
function scanObjects(text: string, from: number, to: number, spans: number[]): number {
  let depth = 0;
  let objectStart = -1;
  // Brackets and braces inside the current object, and the deepest they went: an object nested deeper than
  // any job is never handed to JSON.parse, which would build it all first.
  let nesting = 0;
  let deepest = 0;
  // A plain character loop: a regex call per brace is 100× slower on hostile `{{{{…`.
  for (let at = from; at < to; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 0x22 /* " */) {
      const end = skipString(text, at + 1, to);
      if (end === -1) break;
      at = end - 1;
    } else if (char === 0x7b /* { */) {
      if (depth === 0) {
        objectStart = at;
        nesting = 0;
        deepest = 0;
      }
      depth += 1;
      nesting += 1;
      if (nesting > deepest) deepest = nesting;
    } else if (char === 0x5b /* [ */ && depth > 0) {
      nesting += 1;
      if (nesting > deepest) deepest = nesting;
    } else if (char === 0x5d /* ] */ && depth > 0) {
      nesting -= 1;
    } else if (char === 0x7d /* } */ && depth > 0) {
      depth -= 1;
      nesting -= 1;
      if (depth === 0 && deepest <= MAX_JSON_NESTING) {
        spans.push(objectStart, at + 1);
        // Keep the newest objects only, trimming in halves so the work stays linear.
        if (spans.length > MAX_STREAM_OBJECTS * 4) {
          spans.splice(0, spans.length - MAX_STREAM_OBJECTS * 2);
        }
      }
    }
  }
  return depth > 0 ? objectStart : -1;
}

/**
 * The index just past the closing quote of a JSON string starting at `from`, or -1 when it does not end
 * before `to`.
 */
function skipString(text: string, from: number, to: number): number {
  for (let at = from; at < to; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 0x22) return at + 1;
    if (char === 0x5c /* \\ */) at += 1;
  }
  return -1;
}
