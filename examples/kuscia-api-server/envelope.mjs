// @ts-check
/**
 * KusciaAPI's response bodies. Every handled call answers HTTP 200; only `status.code` tells success from
 * failure. Two shapes exist:
 *
 * - the protobuf response message, rendered with proto field names and unpopulated fields emitted:
 *   `{"status":{"code":…,"message":…,"details":[]},"data":…}` (no `data` key when the message has none);
 * - the framework's hand-built body for a request it could not even decode, or a handler that panicked:
 *   `{"status":{"code":11101,"message":…}}` (no `details`, no `data`).
 */
import { Code } from './codes.mjs';

/**
 * What a handler returns: a status and, on success, the response message's `data`.
 * @typedef {{ code: number, message: string, data?: unknown }} Outcome
 */

/**
 * @param {unknown} [data]
 * @returns {Outcome}
 */
export const ok = (data) => ({ code: Code.Success, message: 'success', data });

/**
 * @param {number} code
 * @param {string} message
 * @returns {Outcome}
 */
export const fail = (code, message) => ({ code, message });

/**
 * The protobuf response message for an outcome. A message that has a `data` field emits it even when unset,
 * as `null`: that is what protojson's `EmitUnpopulated` does, on failures and on successes that set nothing.
 * @param {Outcome} outcome
 * @param {boolean} hasData
 */
export function responseMessage(outcome, hasData) {
  const status = { code: outcome.code, message: outcome.message, details: [] };
  return hasData ? { status, data: outcome.data ?? null } : { status };
}

/**
 * The framework's hand-built failure body (`setDefaultErrorResp` in Kuscia's `proto_decorator.go`).
 * @param {number} code
 * @param {string} message
 */
export const handBuiltFailure = (code, message) => ({ status: { code, message } });
