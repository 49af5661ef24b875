import { readRequestTail } from './objects';
import { readResourceNoun } from './resources';
import { clip, isBoundary, makeReason, matchAt } from './text';
import type { KusciaErrorReason } from './types';

/*
 * The Kubernetes API server (embedded k3s, or the master's from a lite node) being busy, timing out or
 * failing inside (apimachinery `errors.go:375-431`, client-go's generic texts, MESSAGES.md §2.1-§2.2).
 * All of these may succeed on a later, unchanged retry.
 */

const INTERNAL = 'Internal error occurred: ';
const WEBHOOK_CALL = /failed calling webhook "([^"\n]{1,253})"/y;
const SERVER_ERROR = 'an error on the server (';
const SERVER_ERROR_END = ') has prevented the request from succeeding';

/**
 * `Internal error occurred: %v` (a failed webhook call among them) and client-go's `an error on the
 * server (%q) has prevented the request from succeeding`. These win over a transport error inside them.
 */
export function readServerInternal(text: string): KusciaErrorReason | null {
  const at = text.indexOf(INTERNAL);
  if (at !== -1) {
    const detailAt = at + INTERNAL.length;
    return makeReason('serverInternal', {
      webhook: matchAt(WEBHOOK_CALL, text, detailAt)?.[1],
      detail: clip(text.slice(detailAt)),
    });
  }
  const server = text.indexOf(SERVER_ERROR);
  if (server === -1) return null;
  const end = text.indexOf(SERVER_ERROR_END, server);
  if (end === -1) return null;
  let detail = text.slice(server + SERVER_ERROR.length, end);
  if (detail.length >= 2 && detail.startsWith('"') && detail.endsWith('"'))
    detail = detail.slice(1, -1);
  const tail = readRequestTail(text, end + SERVER_ERROR_END.length);
  const noun = tail ? readResourceNoun(tail.noun) : undefined;
  return makeReason('serverInternal', {
    detail: clip(detail),
    verb: tail?.verb,
    kind: noun?.kind,
    resource: noun?.resource,
    name: tail?.name,
  });
}

const STORAGE =
  /The ([a-z]{1,20}) operation against ([^\s"]{1,120}) could not be completed at this time/y;
const STORAGE_ANCHOR = ' could not be completed at this time';

/** client-go's texts for 429, 503 and 504 without a Status, each followed by the request tail. */
const GENERIC_BUSY: readonly (readonly [string, string])[] = [
  ['the server has received too many requests and has asked us to try again later', 'throttled'],
  ['the server is currently unable to handle the request', 'unavailable'],
  [
    'the server was unable to return a response in the time allotted, but may still be processing the request',
    'timeout',
  ],
];

/**
 * Storage unreachable (`The %s operation against %s could not be completed …`), `Timeout: %s`,
 * `Too many requests…`, and client-go's 429 / 503 / 504 texts.
 */
export function readServerBusy(text: string): KusciaErrorReason | null {
  const anchor = text.indexOf(STORAGE_ANCHOR);
  if (anchor !== -1) {
    const from = text.lastIndexOf('The ', anchor);
    const match = from === -1 ? null : matchAt(STORAGE, text, from);
    if (match) {
      const noun = readResourceNoun(match[2] ?? '');
      return makeReason('serverBusy', {
        cause: 'storage',
        operation: match[1],
        kind: noun.kind,
        resource: noun.resource,
      });
    }
  }
  const timeout = text.indexOf('Timeout: ');
  if (timeout !== -1 && isBoundary(text, timeout - 1)) {
    return makeReason('serverBusy', {
      cause: 'timeout',
      detail: clip(text.slice(timeout + 'Timeout: '.length)),
    });
  }
  const tooMany = text.indexOf('Too many requests');
  if (tooMany !== -1 && isBoundary(text, tooMany - 1)) {
    const next = text.charCodeAt(tooMany + 'Too many requests'.length);
    if (Number.isNaN(next) || next === 58 || next === 44 || next === 46) {
      return makeReason('serverBusy', { cause: 'throttled' });
    }
  }
  for (const [phrase, cause] of GENERIC_BUSY) {
    const at = text.indexOf(phrase);
    if (at === -1) continue;
    const tail = readRequestTail(text, at + phrase.length);
    const noun = tail ? readResourceNoun(tail.noun) : undefined;
    return makeReason('serverBusy', {
      cause,
      verb: tail?.verb,
      kind: noun?.kind,
      resource: noun?.resource,
      name: tail?.name,
    });
  }
  return null;
}
