import type { KusciaErrorReason } from '../core/reason/types';

/*
 * 202011602 AUTH_FAILED covers two situations that only its English `{0}` tells apart (SecretPad v0.12.0b0):
 * - no session or an expired one: `login is required`, `login is expire, please login again.`
 *   (LoginInterceptor), `The request header does not contain User-Token!` (AuthUtils; `…does not contain
 *   header!` at v0.12.0b0), `auth failed` (UserContext), and the edge filter's own bodies `Cannot find token in
 *   db, user not login in.`, `The login session is expire, please login again.`, `The login session is null,
 *   please login again.`;
 * - a refusal: `No permission to access the interface(…)…`, `No permission to access the data …`
 *   (the aspects), `no Permissions` (services), `Invalid field. The field(…) does not exist.`.
 * `Cannot find node id in header for rpc.` is neither: another node's call arrived without its node id
 * (LoginInterceptor.processByNodeRpcRequest), a fault between nodes that no sign-in or access grant fixes.
 * Matching is by these known beginnings only; an unknown tail gives no reason rather than a guess.
 */
// Anchored alternations of literals: linear, and the input is capped by the caller.
const SESSION_START =
  /^\s*(?:login is required|login is expire|the request header does not contain|auth failed|cannot find token in db|the login session is)/i;
const PERMISSION_START = /^\s*(?:no permission|invalid field\.)/i;

const SESSION_EXPIRED: KusciaErrorReason = Object.freeze({ family: 'sessionExpired' });
const PERMISSION_DENIED: KusciaErrorReason = Object.freeze({ family: 'permissionDenied' });

/** The situation behind an AUTH_FAILED tail, or `null` when the tail is not one SecretPad writes. */
export function readAuthFailure(tail: string): KusciaErrorReason | null {
  if (PERMISSION_START.test(tail)) return PERMISSION_DENIED;
  if (SESSION_START.test(tail)) return SESSION_EXPIRED;
  return null;
}
