import { readRequestTail } from './objects';
import { readResourceNoun } from './resources';
import { isBoundary, makeReason, matchAt, unquote } from './text';
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
/** The parameters a generic text's request tail gives these reasons. */
const TAIL_KEYS = 'verb kind resource name';

/**
 * `Internal error occurred: %v` (a failed webhook call among them) and client-go's `an error on the
 * server (%q) has prevented the request from succeeding`. These win over a transport error inside them.
 */
export function readServerInternal(text: string): KusciaErrorReason | null {
  const at = text.indexOf(INTERNAL) + INTERNAL.length;
  if (at >= INTERNAL.length) {
    return makeReason('serverInternal', {
      webhook: matchAt(WEBHOOK_CALL, text, at)?.[1],
      detail: text.slice(at),
    });
  }
  const server = text.indexOf(SERVER_ERROR);
  const end = server === -1 ? -1 : text.indexOf(SERVER_ERROR_END, server);
  if (end === -1) return null;
  return makeReason(
    'serverInternal',
    { detail: unquote(text.slice(server + SERVER_ERROR.length, end)) },
    readRequestTail(text, end + SERVER_ERROR_END.length, TAIL_KEYS),
  );
}

const STORAGE =
  /The ([a-z]{1,20}) operation against ([^\s"]{1,120}) could not be completed at this time/y;
const STORAGE_ANCHOR = ' could not be completed at this time';
const TIMEOUT = 'Timeout: ';
const TOO_MANY = 'Too many requests';

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
 * etcd's own errors, which the API server passes on as the message of a 500 when Kuscia runs on an etcd
 * (etcd api/v3rpc/rpctypes/error.go); a timeout may still have been applied, as the API server's own.
 */
const ETCD = 'etcdserver: ';
const ETCD_BUSY: readonly (readonly [string, string])[] = [
  ['request timed out', 'timeout'],
  ['leader changed', 'unavailable'],
  ['no leader', 'unavailable'],
  ['too many requests', 'throttled'],
];

/** Every text {@link readServerBusy} reads holds one of these (the reader gate's phrases). */
export const SERVER_BUSY_PHRASES: readonly string[] = /* @__PURE__ */ (() => [
  STORAGE_ANCHOR,
  TIMEOUT,
  TOO_MANY,
  ETCD,
  ...GENERIC_BUSY.map(([phrase]) => phrase),
])();

function readEtcdBusy(text: string): KusciaErrorReason | null {
  const at = text.indexOf(ETCD);
  if (at === -1 || !isBoundary(text, at - 1)) return null;
  for (const [phrase, cause] of ETCD_BUSY) {
    if (text.startsWith(phrase, at + ETCD.length)) return makeReason('serverBusy', { cause });
  }
  return null;
}

/**
 * Storage unreachable (`The %s operation against %s could not be completed …`), `Timeout: %s`,
 * `Too many requests…`, etcd's busy texts, and client-go's 429 / 503 / 504 texts.
 */
export function readServerBusy(text: string): KusciaErrorReason | null {
  const anchor = text.indexOf(STORAGE_ANCHOR);
  const storage = anchor === -1 ? null : matchAt(STORAGE, text, text.lastIndexOf('The ', anchor));
  if (storage) {
    const { kind, resource } = readResourceNoun(storage[2] ?? '');
    return makeReason('serverBusy', { cause: 'storage', operation: storage[1], kind, resource });
  }
  const timeout = text.indexOf(TIMEOUT);
  if (timeout !== -1 && isBoundary(text, timeout - 1)) {
    return makeReason('serverBusy', {
      cause: 'timeout',
      detail: text.slice(timeout + TIMEOUT.length),
    });
  }
  const tooMany = text.indexOf(TOO_MANY);
  // Followed by nothing, `:`, `,` or `.`.
  if (
    tooMany !== -1 &&
    isBoundary(text, tooMany - 1) &&
    /^[:,.]?$/.test(text.charAt(tooMany + TOO_MANY.length))
  ) {
    return makeReason('serverBusy', { cause: 'throttled' });
  }
  const etcd = readEtcdBusy(text);
  if (etcd) return etcd;
  for (const [phrase, cause] of GENERIC_BUSY) {
    const at = text.indexOf(phrase);
    if (at !== -1) {
      return makeReason(
        'serverBusy',
        { cause },
        readRequestTail(text, at + phrase.length, TAIL_KEYS),
      );
    }
  }
  return null;
}
