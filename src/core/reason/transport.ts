import { isCoreResource, readResourceNoun } from './resources';
import { isBoundary, makeReason, matchAt, unquote } from './text';
import type { KusciaErrorReason } from './types';

/*
 * Transport failures: KusciaAPI could not reach the Kubernetes API server (`apiserverUnreachable`), or a
 * lite node could not reach the master's KusciaAPI (`masterUnreachable`, 11103 only). Go's `*url.Error`
 * reads `<Op> "<URL>": <err>` (MESSAGES.md §2.7, §1.4).
 */

/** The master's KusciaAPI as lite nodes call it (`pkg/kusciaapi/proxy/client.go:77`). */
const MASTER_API_HOST = 'kusciaapi.master.svc';
/** Hosts of the Kubernetes API server in Kuscia's setups: master/autonomy, then lite (the master's). */
const APISERVER_HOST = /^(?:127\.0\.0\.1:6443|localhost:6443|(apiserver\.master\.svc))$/;

const VERB_BEFORE = /(?:^|[\s:,(])(Get|Post|Put|Patch|Delete) $/;
const QUOTED_URL = /"(https?:\/\/[^"\s]{1,2048})": ?/y;
/** Occurrences of `"http` tried; a message holds one URL error, a hostile one is not worth more scans. */
const MAX_URL_TRIES = 8;

/** `<Op> "<URL>": <err>` as the parameters both reasons share, in their order. */
type UrlError = {
  readonly verb: string;
  readonly url: string;
  readonly host: string;
  readonly path: string;
  readonly detail: string;
};

function findUrlError(text: string): UrlError | null {
  let quote = text.indexOf('"http');
  for (let tries = 0; quote !== -1 && tries < MAX_URL_TRIES; tries += 1) {
    const verb = VERB_BEFORE.exec(text.slice(Math.max(0, quote - 8), quote))?.[1];
    const match = verb ? matchAt(QUOTED_URL, text, quote) : null;
    if (verb && match) {
      const url = match[1] ?? '';
      const [, host = '', path = ''] = /:\/\/([^/?#]*)([^?#]*)/.exec(url) ?? [];
      return { verb, url, host, path, detail: text.slice(quote + match[0].length).trim() };
    }
    quote = text.indexOf('"http', quote + 1);
  }
  return null;
}

/** The transport error's tail → what kind of failure it was (§7.2 `apiserverUnreachable`). */
const CAUSE_KINDS: readonly (readonly [RegExp, string])[] = [
  [/connection refused/, 'down'],
  [/i\/o timeout|deadline|[Tt]imeout/, 'timeout'],
  [/no such host/, 'dns'],
  [/\bEOF\b|connection reset|reset by peer|connection lost|broken pipe/, 'dropped'],
  [/x509|tls:/, 'tls'],
  [/canceled/, 'cancelled'],
];

function causeKind(detail: string): string {
  return CAUSE_KINDS.find(([pattern]) => pattern.test(detail))?.[1] ?? 'other';
}

/**
 * `/apis/<group>/<version>/[namespaces/<ns>/]<plural>[/<name>]` or `/api/v1/[namespaces/<ns>/]<plural>…`
 * as reason parameters. KusciaAPI's own paths share the `/api/v1/` prefix (`/api/v1/domain/query`): a core
 * path is one only when it names a core plural.
 */
function readApiPath(path: string): Record<string, string | undefined> | null {
  const segments = path.split('/').filter((segment) => segment !== '');
  // The resource follows `apis/<group>/<version>` or `api/<version>`.
  const at = segments[0] === 'apis' ? 3 : segments[0] === 'api' ? 2 : 0;
  if (at === 0 || segments.length <= at) return null;
  const apiGroup = at === 3 ? (segments[1] ?? '') : '';
  let rest = segments.slice(at);
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource = '', name] = rest;
  if (at === 2 && !isCoreResource(resource)) return null;
  return {
    apiGroup,
    namespace,
    resource,
    kind: readResourceNoun(apiGroup === '' ? resource : `${resource}.${apiGroup}`).kind,
    name,
  };
}

const RATE_LIMITER = 'client rate limiter Wait returned an error: ';
/** Transport texts that arrive bare, without the URL (the request's context ended, the link broke). */
const BARE_TAILS = [
  'context deadline exceeded',
  'context canceled',
  'http2: client connection lost',
  'net/http: TLS handshake timeout',
];

/** Every text {@link readApiserverUnreachable} reads holds one of these (the reader gate's phrases). */
export const UNREACHABLE_PHRASES: readonly string[] = /* @__PURE__ */ (() => [
  '"http',
  RATE_LIMITER,
  ...BARE_TAILS,
])();

/** gRPC's own transport failure (the caller's deadline, a cancelled call), not the apiserver's. */
const GRPC_OWN_FAILURE = /code = (?:DeadlineExceeded|Canceled|Unavailable) desc = $/;

/**
 * The address a bare tail's dial was for: grpcurl's `Failed to dial target host "<addr>"`, Go's
 * `dial tcp <addr>: `. A client failing to reach KusciaAPI itself (`localhost:8083`,
 * secretflow/kuscia#99) names it; only the apiserver's address makes the tail the apiserver's.
 */
const DIAL_TARGET = /dial (?:target host "|tcp )([^"\s]{1,300})/;
const APISERVER_ADDRESS = /:6443$|^apiserver\.master\.svc(?::\d{1,5})?$/;

function dialsElsewhere(before: string): boolean {
  const target = before.includes('dial ') ? DIAL_TARGET.exec(before)?.[1] : undefined;
  if (target === undefined) return false;
  const address = target.endsWith(':') ? target.slice(0, -1) : target;
  return !APISERVER_HOST.test(address) && !APISERVER_ADDRESS.test(address);
}

/**
 * KusciaAPI could not reach the Kubernetes API server: a `*url.Error` naming the apiserver (by host, or by
 * an `/api` / `/apis` path: an OSS or database URL is not the apiserver), client-go's rate-limiter error,
 * or a bare transport text at the end of the message. A gRPC call's own failure (`code =
 * DeadlineExceeded desc = context deadline exceeded`) is not the apiserver's, nor a dial to another
 * address.
 */
export function readApiserverUnreachable(text: string): KusciaErrorReason | null {
  const error = text.includes('://') ? findUrlError(text) : null;
  if (error) {
    const api = readApiPath(error.path);
    const known = APISERVER_HOST.exec(error.host);
    if (error.host === MASTER_API_HOST || (!api && !known)) return null;
    const target = known?.[1] ? 'master' : 'local';
    return makeReason(
      'apiserverUnreachable',
      { causeKind: causeKind(error.detail), target },
      error,
      api ?? {},
    );
  }
  const limiter = text.indexOf(RATE_LIMITER);
  if (limiter !== -1) {
    const detail = text.slice(limiter + RATE_LIMITER.length);
    return makeReason('apiserverUnreachable', { causeKind: causeKind(detail), detail });
  }
  const tail = BARE_TAILS.find((bare) => text.endsWith(bare));
  if (tail === undefined) return null;
  const before = text.slice(0, text.length - tail.length);
  return !GRPC_OWN_FAILURE.test(before) &&
    isBoundary(before, before.length - 1) &&
    !dialsElsewhere(before)
    ? makeReason('apiserverUnreachable', { causeKind: causeKind(tail), detail: tail })
    : null;
}

const PROXY_STATUS = /unexpected error, status_code: '(\d{1,3})', msg: ?/y;

/** KusciaAPI's own paths: `/api/v1/<resource>/<action>` (`/api/v1/domain/query`), never a core plural. */
function isKusciaApiPath(path: string): boolean {
  return /^\/api\/v1\/[a-z]+\/[a-z]/.test(path) && readApiPath(path) === null;
}

/**
 * 11103 on a lite node: the master (or its gateway) answered non-200 (`unexpected error, status_code:
 * '%d', msg: %q`: the log service's variant without `msg:` is not this), or the transport to the master's
 * KusciaAPI failed: `kusciaapi.master.svc`, or (with `proxied`, under 11103 only) any host called with a
 * KusciaAPI path, since a deployment may point lite nodes at the master by another address.
 */
export function readMasterUnreachable(text: string, proxied: boolean): KusciaErrorReason | null {
  const at = text.indexOf("unexpected error, status_code: '");
  const status = matchAt(PROXY_STATUS, text, at);
  if (status) {
    return makeReason('masterUnreachable', {
      httpStatus: status[1],
      detail: unquote(text.slice(at + status[0].length).trim()),
    });
  }
  const error =
    text.includes(MASTER_API_HOST) || (proxied && text.includes('/api/v1/'))
      ? findUrlError(text)
      : null;
  return error && (error.host === MASTER_API_HOST || (proxied && isKusciaApiPath(error.path)))
    ? makeReason('masterUnreachable', { causeKind: causeKind(error.detail) }, error)
    : null;
}
