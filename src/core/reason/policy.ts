import { RETRYABLE_HTTP } from '../retryable-http';
import type { KusciaErrorReason, KusciaReasonFamily } from './types';

/*
 * Retry and severity facts that the message knows better than the code (MESSAGES.md §7.1, "Retry may
 * help?"): Kuscia wraps a busy or unreachable API server, or an update conflict, in codes that say
 * nothing of it, and an "already exists" under a generic create code is still only a warning.
 */

/** Families an unchanged retry may fix, whatever the code (AIP-194: something was unavailable). */
export const RETRYABLE_REASON_FAMILIES: ReadonlySet<KusciaReasonFamily> =
  /* @__PURE__ */ new Set<KusciaReasonFamily>([
    'updateConflict',
    'serverBusy',
    'serverInternal',
    'apiserverUnreachable',
    'masterUnreachable',
  ]);

/**
 * Families an unchanged retry gets the same answer to (the request, the data or the caller's rights must
 * change first), whatever the code: Kuscia and SecretPad wrap them in codes that may say "retryable"
 * (11103, SecretPad's RPC_ERROR), and a Retry button under "Job “job-1” does not exist" misleads.
 */
export const FINAL_REASON_FAMILIES: ReadonlySet<KusciaReasonFamily> =
  /* @__PURE__ */ new Set<KusciaReasonFamily>([
    'notFound',
    'alreadyExists',
    'invalidObject',
    'forbidden',
    'unauthorized',
    'admissionDenied',
    'apiNotSupported',
    'jobState',
    'emptyIdentifier',
    'fieldRequired',
    'fieldFormat',
    'fieldEnum',
    'fieldRange',
    'scopeDenied',
    'malformedBody',
    'sessionExpired',
    'permissionDenied',
    'accountLocked',
  ]);

/** Families that leave nothing broken: warnings, whatever the code. */
export const WARNING_REASON_FAMILIES: ReadonlySet<KusciaReasonFamily> =
  /* @__PURE__ */ new Set<KusciaReasonFamily>(['alreadyExists']);

export interface KusciaReasonPolicy {
  /** `undefined`: the code decides. */
  readonly retryable?: boolean;
  /** `undefined`: the code decides. */
  readonly severity?: 'error' | 'warning';
}

const NONE: KusciaReasonPolicy = {};
const RETRY: KusciaReasonPolicy = { retryable: true };
const NO_RETRY: KusciaReasonPolicy = { retryable: false };
const WARNING: KusciaReasonPolicy = { retryable: false, severity: 'warning' };

/** A 4xx that no unchanged retry gets past. */
function isFinalHttpStatus(status: unknown): boolean {
  if (typeof status !== 'string' || !/^4\d\d$/.test(status)) return false;
  return !RETRYABLE_HTTP.has(Number(status));
}

/**
 * What the reason says about retrying and severity. A job whose phase is still empty has not been seen
 * by the controller yet: the same suspend or restart is worth trying again a little later. A family this
 * kit does not know (a newer kit's, read back from JSON) leaves both to the code.
 */
export function reasonPolicy(reason: KusciaErrorReason): KusciaReasonPolicy {
  // Reasons may come from catalogues or apps; an untyped value must not break the policy.
  if (typeof reason !== 'object' || (reason as unknown) === null) return NONE;
  try {
    const family = reason.family;
    // A 4xx from the master or its gateway answers this request, not an outage: a refused node (401,
    // 403), an API the master lacks (404, 405), a body too large (413) are answered the same way again.
    // A request timeout (408) and rate limiting (429) are the exceptions, as for any HTTP answer.
    if (family === 'masterUnreachable' && isFinalHttpStatus(reason.httpStatus)) return NO_RETRY;
    if (RETRYABLE_REASON_FAMILIES.has(family)) return RETRY;
    if (WARNING_REASON_FAMILIES.has(family)) return WARNING;
    if (family === 'jobState' && reason.phase === '') return RETRY;
    if (FINAL_REASON_FAMILIES.has(family)) return NO_RETRY;
  } catch {
    // A throwing getter: nothing known.
  }
  return NONE;
}
