import type { Params } from './patterns';
import { readResourceNoun, STATUS_NOUN } from './resources';
import { isBoundary } from './text';

/*
 * Finds `<noun> "<name>"<suffix>`, the shape of every Kubernetes status text that names an object
 * (`domains.kuscia.secretflow "bob" not found`), wherever it sits in a wrapped message.
 */

export { STATUS_NOUN };
/** Kinds of *Invalid* texts: `KusciaJob.kuscia.secretflow`, `ConfigMap`. */
export const KIND_NOUN = /^[A-Z][A-Za-z0-9]*(?:\.[a-z0-9-]+)*$/;

/** Longest object name read (Kubernetes names are at most 253 characters; Kuscia adds `cross-domain/`). */
const MAX_NAME = 320;
/** Longest noun read (`kusciadeploymentsummaries.kuscia.secretflow` is 43). */
const MAX_NOUN = 80;
/** Occurrences of the suffix tried before giving up, so a hostile text costs a bounded number of scans. */
const MAX_TRIES = 4;

/** What a noun must be: a regex, or a predicate with the same `test`. */
export interface NounPattern {
  test(noun: string): boolean;
}

export interface QuotedObject {
  readonly noun: string;
  readonly name: string;
  /** Where the noun starts: the text before it is the wrapper's context. */
  readonly start: number;
  /** Just past the suffix. */
  readonly end: number;
}

function isNounChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45
  );
}

/** The object whose closing quote is at `close`: `<noun> "<name>"`, or null when the shape is not there. */
export function objectBefore(
  text: string,
  close: number,
  nounPattern: NounPattern,
): Omit<QuotedObject, 'end'> | null {
  // A bounded backward scan: the opening quote is at most MAX_NAME characters back.
  let open = close - 1;
  const floor = Math.max(0, close - 1 - MAX_NAME);
  while (open >= floor && text.charCodeAt(open) !== 34) open -= 1;
  if (open < 2 || text.charCodeAt(open) !== 34 || text.charCodeAt(open - 1) !== 32) return null;
  const nounEnd = open - 1;
  let start = nounEnd;
  while (start > 0 && nounEnd - start < MAX_NOUN && isNounChar(text.charCodeAt(start - 1)))
    start -= 1;
  const noun = text.slice(start, nounEnd);
  if (!isBoundary(text, start - 1) || !nounPattern.test(noun)) return null;
  const name = text.slice(open + 1, close);
  if (name.includes('\n')) return null;
  return { noun, name, start };
}

/** Finds `<noun> "<name>"` followed by `suffix` (which starts with the closing quote). */
export function findQuotedObject(
  text: string,
  suffix: string,
  nounPattern: NounPattern,
): QuotedObject | null {
  let at = text.indexOf(suffix);
  for (let tries = 0; at !== -1 && tries < MAX_TRIES; tries += 1) {
    const end = at + suffix.length;
    const next = text.charCodeAt(end);
    // `not found` must end there: `not foundation` is another word.
    const endsWord = Number.isNaN(next) || !isNounChar(next);
    const object = endsWord ? objectBefore(text, at, nounPattern) : null;
    if (object) return { noun: object.noun, name: object.name, start: object.start, end };
    at = text.indexOf(suffix, at + 1);
  }
  return null;
}

/**
 * client-go's generic texts end with ` (<verb> <resource>.<group> <name>)` or ` (<verb> <resource>.<group>)`
 * (apimachinery `NewGenericServerResponse`).
 */
const REQUEST_TAIL = /^ \(([a-z]+) ([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)(?: ([^\s()]{1,253}))?\)/;

/**
 * The request tail that starts right at `index`, as the parameters named in `keys`, in that order (each
 * generic text's reason has its own set); none without a tail.
 */
export function readRequestTail(text: string, index: number, keys: string): Params {
  const params: Params = {};
  const match = REQUEST_TAIL.exec(text.slice(index, index + 400));
  if (match) {
    const [, verb, noun = '', name] = match;
    const all: Params = { verb, ...readResourceNoun(noun), name };
    for (const key of keys.split(' ')) params[key] = all[key];
  }
  return params;
}
