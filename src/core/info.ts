import { getKusciaErrorDefinition } from './codes';
import { readProperty, toInteger, toMessage } from './safe';
import type { KusciaErrorInfo, KusciaErrorSeverity, KusciaErrorSource } from './types';

/** The parts of a failure that the parser found; everything else is derived. */
export interface FoundFailure {
  readonly source: KusciaErrorSource;
  readonly code?: number | null;
  readonly serverMessage?: string | null;
  readonly details?: string | null;
  readonly httpStatus?: number | null;
  readonly cause: unknown;
}

/** gRPC UNAVAILABLE: the only canonical code AIP-194 says to retry without a change. */
const GRPC_UNAVAILABLE = 14;
/** gRPC CANCELLED and ALREADY_EXISTS: nothing is broken, as with the table's "exists" codes. */
const GRPC_WARNINGS: ReadonlySet<number> = new Set([1, 6]);
/** Request Timeout, Too Many Requests, Bad Gateway, Service Unavailable, Gateway Timeout. */
const RETRYABLE_HTTP: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/** True for a canonical gRPC status code (1-16), which Kuscia's `Status.code` may carry. */
export function isGrpcCode(code: number): boolean {
  return Number.isInteger(code) && code >= 1 && code <= 16;
}

function classify(found: FoundFailure): { retryable: boolean; severity: KusciaErrorSeverity } {
  const { code, httpStatus } = found;
  if (code != null) {
    const definition = getKusciaErrorDefinition(code);
    if (definition) return { retryable: definition.retryable, severity: definition.severity };
    if (isGrpcCode(code)) {
      return {
        retryable: code === GRPC_UNAVAILABLE,
        severity: GRPC_WARNINGS.has(code) ? 'warning' : 'error',
      };
    }
    return { retryable: false, severity: 'error' };
  }
  switch (found.source) {
    case 'network':
    case 'timeout':
      return { retryable: true, severity: 'error' };
    case 'aborted':
      return { retryable: false, severity: 'warning' };
    case 'http':
      return { retryable: httpStatus != null && RETRYABLE_HTTP.has(httpStatus), severity: 'error' };
    default:
      return { retryable: false, severity: 'error' };
  }
}

// Infos this copy of the kit built; anything else claiming to be one is rebuilt from its fields.
const issued = /* @__PURE__ */ new WeakSet();
const SOURCES: ReadonlySet<unknown> = /* @__PURE__ */ new Set<KusciaErrorSource>([
  'kuscia',
  'http',
  'network',
  'timeout',
  'aborted',
  'unknown',
]);

/**
 * The info of a `KusciaApiError` as a well-formed `KusciaErrorInfo`: as it is when this kit built it,
 * else rebuilt field by field (another copy of the kit, a hand-made or forged object).
 */
export function reviveErrorInfo(value: unknown): KusciaErrorInfo {
  if (typeof value === 'object' && value !== null && issued.has(value))
    return value as KusciaErrorInfo;
  const source = readProperty(value, 'source');
  return toErrorInfo({
    source: SOURCES.has(source) ? (source as KusciaErrorSource) : 'unknown',
    code: toInteger(readProperty(value, 'code')),
    serverMessage: toMessage(readProperty(value, 'serverMessage')),
    details: toMessage(readProperty(value, 'details')),
    httpStatus: toInteger(readProperty(value, 'httpStatus')),
    cause: readProperty(value, 'cause'),
  });
}

/** Builds the public, frozen `KusciaErrorInfo` from what the parser found. */
export function toErrorInfo(found: FoundFailure): KusciaErrorInfo {
  const code = found.code ?? null;
  const httpStatus = found.httpStatus ?? null;
  const definition = code === null ? undefined : getKusciaErrorDefinition(code);
  const { retryable, severity } = classify(found);
  const info: KusciaErrorInfo = Object.freeze({
    code,
    known: definition !== undefined,
    ...(definition ? { definition } : {}),
    source: found.source,
    serverMessage: found.serverMessage ?? null,
    details: found.details ?? null,
    httpStatus,
    retryable,
    severity,
    // A code identifies the failure however it arrived (raw body, fetch, axios; HTTP 200 or none);
    // the HTTP status identifies it only when there is no code.
    fingerprint:
      code === null ? `${found.source}:-:${httpStatus ?? '-'}` : `${found.source}:${code}`,
    cause: found.cause,
  });
  issued.add(info);
  return info;
}
