import { parseKusciaError } from './parse';

/** Retries after the first failure, the second and the third: at most three retries. */
const MAX_RETRIES = 3;

/**
 * For TanStack Query's `retry` option: retries only failures that may succeed unchanged (11103, network,
 * timeout, 408/429/502/503/504, gRPC UNAVAILABLE), at most three times.
 *
 * @example useQuery({ queryKey, queryFn, retry: shouldRetryKusciaError })
 */
export function shouldRetryKusciaError(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && parseKusciaError(error)?.retryable === true;
}
