import { getKusciaErrorDefinition } from './codes';
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
  return code >= 1 && code <= 16;
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

/** Builds the public, frozen `KusciaErrorInfo` from what the parser found. */
export function toErrorInfo(found: FoundFailure): KusciaErrorInfo {
  const code = found.code ?? null;
  const httpStatus = found.httpStatus ?? null;
  const definition = code === null ? undefined : getKusciaErrorDefinition(code);
  const { retryable, severity } = classify(found);
  return Object.freeze({
    code,
    known: definition !== undefined,
    ...(definition ? { definition } : {}),
    source: found.source,
    serverMessage: found.serverMessage ?? null,
    details: found.details ?? null,
    httpStatus,
    retryable,
    severity,
    fingerprint: `${found.source}:${code ?? '-'}:${httpStatus ?? '-'}`,
    cause: found.cause,
  });
}
