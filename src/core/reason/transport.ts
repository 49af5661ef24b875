import { readResourceNoun } from './resources';
import { clip, isBoundary, makeReason, matchAt } from './text';
import type { KusciaErrorReason } from './types';

/*
 * Transport failures: KusciaAPI could not reach the Kubernetes API server (`apiserverUnreachable`), or a
 * lite node could not reach the master's KusciaAPI (`masterUnreachable`, 11103 only). Go's `*url.Error`
 * reads `<Op> "<URL>": <err>` (MESSAGES.md §2.7, §1.4).
 */

/** The master's KusciaAPI as lite nodes call it (`pkg/kusciaapi/proxy/client.go:77`). */
const MASTER_API_HOST = 'kusciaapi.master.svc';
/** Hosts of the Kubernetes API server in Kuscia's setups (master/autonomy, lite). */
const APISERVER_HOSTS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  '127.0.0.1:6443',
  'localhost:6443',
  'apiserver.master.svc',
]);
const LITE_APISERVER_HOST = 'apiserver.master.svc';

const VERB_BEFORE = /(?:^|[\s:,(])(Get|Post|Put|Patch|Delete) $/;
const QUOTED_URL = /"(https?:\/\/[^"\s]{1,2048})": ?/y;
/** Occurrences of `"http` tried; a message holds one URL error, a hostile one is not worth more scans. */
const MAX_URL_TRIES = 8;

interface UrlError {
  readonly verb: string;
  readonly url: string;
  readonly host: string;
  readonly path: string;
  readonly detail: string;
}

function findUrlError(text: string): UrlError | null {
  let quote = text.indexOf('"http');
  for (let tries = 0; quote !== -1 && tries < MAX_URL_TRIES; tries += 1) {
    const verb = VERB_BEFORE.exec(text.slice(Math.max(0, quote - 8), quote))?.[1];
    const match = verb ? matchAt(QUOTED_URL, text, quote) : null;
    if (verb && match) {
      const url = match[1] ?? '';
      const afterScheme = url.slice(url.indexOf('://') + 3);
      const hostEnd = afterScheme.search(/[/?#]/);
      const host = hostEnd === -1 ? afterScheme : afterScheme.slice(0, hostEnd);
      const rest = hostEnd === -1 ? '' : afterScheme.slice(hostEnd);
      const queryAt = rest.search(/[?#]/);
      const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
      return { verb, url, host, path, detail: text.slice(quote + match[0].length).trim() };
    }
    quote = text.indexOf('"http', quote + 1);
  }
  return null;
}

/** The transport error's tail → what kind of failure it was (§7.2 `apiserverUnreachable`). */
function transportCauseKind(detail: string): string {
  if (detail.includes('connection refused')) return 'down';
  if (/i\/o timeout|deadline|[Tt]imeout/.test(detail)) return 'timeout';
  if (detail.includes('no such host')) return 'dns';
  if (/\bEOF\b|connection reset|reset by peer|connection lost|broken pipe/.test(detail))
    return 'dropped';
  if (detail.includes('x509') || detail.includes('tls:')) return 'tls';
  if (detail.includes('canceled')) return 'cancelled';
  return 'other';
}

/** `/apis/<group>/<version>/[namespaces/<ns>/]<plural>[/<name>]` or `/api/v1/…`. */
interface ApiPath {
  readonly apiGroup: string;
  readonly namespace: string | undefined;
  readonly resource: string;
  readonly kind: string;
  readonly name: string | undefined;
}

function readApiPath(path: string): ApiPath | null {
  const segments = path.split('/').filter((segment) => segment !== '');
  let group: string;
  let rest: string[];
  if (segments[0] === 'apis' && segments.length >= 4) {
    group = segments[1] ?? '';
    rest = segments.slice(3);
  } else if (segments[0] === 'api' && segments.length >= 3) {
    group = '';
    rest = segments.slice(2);
  } else {
    return null;
  }
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const resource = rest[0] ?? '';
  const noun = readResourceNoun(group === '' ? resource : `${resource}.${group}`);
  return { apiGroup: group, namespace, resource, kind: noun.kind, name: rest[1] };
}

const RATE_LIMITER = 'client rate limiter Wait returned an error: ';
/** Transport texts that arrive bare, without the URL (the request's context ended, the link broke). */
const BARE_TAILS = [
  'context deadline exceeded',
  'context canceled',
  'http2: client connection lost',
  'net/http: TLS handshake timeout',
];

/** gRPC's own transport failure (the caller's deadline, a cancelled call), not the apiserver's. */
const GRPC_OWN_FAILURE = /code = (?:DeadlineExceeded|Canceled|Unavailable) desc = $/;

/**
 * KusciaAPI could not reach the Kubernetes API server: a `*url.Error` naming the apiserver (by host, or by
 * an `/api` / `/apis` path: an OSS or database URL is not the apiserver), client-go's rate-limiter error,
 * or a bare transport text at the end of the message. A gRPC call's own failure (`code =
 * DeadlineExceeded desc = context deadline exceeded`) is not the apiserver's.
 */
export function readApiserverUnreachable(text: string): KusciaErrorReason | null {
  const error = text.includes('://') ? findUrlError(text) : null;
  if (error) {
    if (error.host === MASTER_API_HOST) return null;
    const api = readApiPath(error.path);
    if (!api && !APISERVER_HOSTS.has(error.host)) return null;
    return makeReason('apiserverUnreachable', {
      causeKind: transportCauseKind(error.detail),
      target: error.host === LITE_APISERVER_HOST ? 'master' : 'local',
      verb: error.verb,
      url: error.url,
      host: error.host,
      path: error.path,
      detail: clip(error.detail),
      apiGroup: api?.apiGroup,
      namespace: api?.namespace,
      resource: api?.resource,
      kind: api?.kind,
      name: api?.name,
    });
  }
  const limiter = text.indexOf(RATE_LIMITER);
  if (limiter !== -1) {
    const detail = text.slice(limiter + RATE_LIMITER.length);
    return makeReason('apiserverUnreachable', {
      causeKind: transportCauseKind(detail),
      detail: clip(detail),
    });
  }
  for (const tail of BARE_TAILS) {
    if (!text.endsWith(tail)) continue;
    const before = text.slice(0, text.length - tail.length);
    if (GRPC_OWN_FAILURE.test(before)) return null;
    if (isBoundary(before, before.length - 1)) {
      return makeReason('apiserverUnreachable', {
        causeKind: transportCauseKind(tail),
        detail: tail,
      });
    }
  }
  return null;
}

const PROXY_STATUS = "unexpected error, status_code: '";
const PROXY_STATUS_TEXT = /unexpected error, status_code: '(\d{1,3})', msg: ?/y;

/**
 * 11103 on a lite node: the master (or its gateway) answered non-200 (`unexpected error, status_code:
 * '%d', msg: %q`: the log service's variant without `msg:` is not this), or the transport to
 * `kusciaapi.master.svc` failed.
 */
export function readMasterUnreachable(text: string): KusciaErrorReason | null {
  const at = text.indexOf(PROXY_STATUS);
  const status = matchAt(PROXY_STATUS_TEXT, text, at);
  if (status) {
    let body = text.slice(at + status[0].length).trim();
    if (body.length >= 2 && body.startsWith('"') && body.endsWith('"')) body = body.slice(1, -1);
    return makeReason('masterUnreachable', { httpStatus: status[1], detail: clip(body) });
  }
  if (!text.includes(MASTER_API_HOST)) return null;
  const error = findUrlError(text);
  if (error?.host !== MASTER_API_HOST) return null;
  return makeReason('masterUnreachable', {
    causeKind: transportCauseKind(error.detail),
    verb: error.verb,
    url: error.url,
    host: error.host,
    path: error.path,
    detail: clip(error.detail),
  });
}
