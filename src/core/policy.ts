import { getKusciaErrorDefinition } from './codes';
import { isGrpcCode } from './grpc';
import { getRegisteredDefinition } from './registry';
import { reasonPolicy } from './reason/policy';
import { RETRYABLE_HTTP } from './retryable-http';
import type { KusciaErrorReason } from './reason/types';
import type { KusciaErrorSeverity, KusciaErrorSource } from './types';

/*
 * The one place that decides whether a failure is worth an unchanged retry (Google AIP-194: only when
 * something was *unavailable*) and whether it is an error or a warning (nothing broken: the thing exists
 * already, the request was cancelled). Components, `info.retryable` and `shouldRetryKusciaError` all read it.
 */

export interface KusciaFailurePolicy {
  readonly retryable: boolean;
  readonly severity: KusciaErrorSeverity;
}

/** gRPC UNAVAILABLE: the only canonical code AIP-194 says to retry without a change. */
const GRPC_UNAVAILABLE = 14;
/** gRPC CANCELLED and ALREADY_EXISTS: nothing is broken, as with the table's "exists" codes. */
const GRPC_WARNINGS: ReadonlySet<number> = /* @__PURE__ */ new Set([1, 6]);

const ERROR: KusciaFailurePolicy = { retryable: false, severity: 'error' };

/** What a code alone says: the Kuscia table, a registered catalogue, or gRPC's canonical codes. */
export function codePolicy(code: number): KusciaFailurePolicy {
  const definition = getKusciaErrorDefinition(code) ?? getRegisteredDefinition(code);
  if (definition) return { retryable: definition.retryable, severity: definition.severity };
  if (isGrpcCode(code)) {
    return {
      retryable: code === GRPC_UNAVAILABLE,
      severity: GRPC_WARNINGS.has(code) ? 'warning' : 'error',
    };
  }
  return ERROR;
}

/** What a failure without a code says: how it failed, and the HTTP status if there was one. */
function transportPolicy(
  source: KusciaErrorSource,
  httpStatus: number | null,
): KusciaFailurePolicy {
  switch (source) {
    case 'network':
    case 'timeout':
      return { retryable: true, severity: 'error' };
    case 'aborted':
      return { retryable: false, severity: 'warning' };
    case 'http':
      return {
        retryable: httpStatus !== null && RETRYABLE_HTTP.has(httpStatus),
        severity: 'error',
      };
    default:
      return ERROR;
  }
}

/**
 * The policy of one failure. The cause read from the server message wins over the code where it knows
 * better: Kuscia wraps a busy or unreachable API server, or an update conflict, in codes that say nothing
 * of it, and an "already exists" under a generic create code is still only a warning.
 */
export function failurePolicy(
  failure: {
    readonly code: number | null;
    readonly source: KusciaErrorSource;
    readonly httpStatus: number | null;
  },
  reason: KusciaErrorReason | null,
): KusciaFailurePolicy {
  const base =
    failure.code === null
      ? transportPolicy(failure.source, failure.httpStatus)
      : codePolicy(failure.code);
  if (!reason) return base;
  const fromReason = reasonPolicy(reason);
  return {
    retryable: fromReason.retryable ?? base.retryable,
    severity: fromReason.severity ?? base.severity,
  };
}
