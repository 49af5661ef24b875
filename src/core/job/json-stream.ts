/*
 * KusciaAPI's HTTP watch (`/api/v1/job/watch`) writes one `json.Marshal`ed event after another into a chunked
 * response with no delimiter: `{"object":{…}}{"type":1,"object":{…}}{"type":4}`. A console that buffered the
 * response holds that text; a QueryJob body read as text is the same thing with one object.
 */

/** Longest text read; a longer stream keeps its end, where the newest events are. */
export const MAX_STREAM_LENGTH = 16 * 1024 * 1024;
/** Most objects parsed; the newest are kept (each job's last event is what counts). */
export const MAX_STREAM_OBJECTS = 10_000;

/**
 * The top-level JSON objects of `text`, in order, skipping whatever lies between them and any object that
 * does not parse. One forward pass: linear in the length of the text.
 */
export function parseJsonObjects(text: string): unknown[] {
  let start = 0;
  if (text.length > MAX_STREAM_LENGTH) {
    // Cut into the middle of an event: resynchronise on the next event's first key.
    const from = text.length - MAX_STREAM_LENGTH;
    const candidates = [text.indexOf('{"type"', from), text.indexOf('{"object"', from)].filter(
      (at) => at !== -1,
    );
    if (candidates.length === 0) return [];
    start = Math.min(...candidates);
  }
  const spans: number[] = [];
  let depth = 0;
  let objectStart = -1;
  // A plain character loop: a regex call per brace is 100× slower on hostile `{{{{…`.
  for (let at = start; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 0x22 /* " */) {
      const end = skipString(text, at + 1);
      if (end === -1) break;
      at = end - 1;
    } else if (char === 0x7b /* { */) {
      if (depth === 0) objectStart = at;
      depth += 1;
    } else if (char === 0x7d /* } */ && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        spans.push(objectStart, at + 1);
        // Keep the newest objects only, trimming in halves so the work stays linear.
        if (spans.length > MAX_STREAM_OBJECTS * 4) {
          spans.splice(0, spans.length - MAX_STREAM_OBJECTS * 2);
        }
      }
    }
  }
  const first = Math.max(0, spans.length - MAX_STREAM_OBJECTS * 2);
  const objects: unknown[] = [];
  for (let index = first; index + 1 < spans.length; index += 2) {
    try {
      objects.push(JSON.parse(text.slice(spans[index], spans[index + 1])) as unknown);
    } catch {
      // Not JSON after all (a stray brace in a log line): skip it.
    }
  }
  return objects;
}

/** The index just past the closing quote of a JSON string starting at `from`, or -1 when unterminated. */
function skipString(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 0x22) return at + 1;
    if (char === 0x5c /* \\ */) at += 1;
  }
  return -1;
}
