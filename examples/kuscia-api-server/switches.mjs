// @ts-check
/**
 * The failure switches: ways to make the server fail like a real deployment does, without the deployment.
 *
 * - `masterUnreachable`: every API call answers 11103, as a Lite node that cannot reach its Master does.
 * - `latencyMs`: every API response waits this long first, to let client timeouts fire.
 * - `gateway502`: every API call answers HTTP 502 with a gateway's HTML page, as a proxy in front does.
 * - `updateConflict`: the next write that updates an existing object (domain update; job stop, approve,
 *   suspend, restart, cancel) fails once with Kubernetes' optimistic-lock Conflict, as when a controller
 *   updated the object between Kuscia's read and its write; the switch then turns itself off.
 * - `tokenExpired`: the caller's credentials stop working although they are the configured ones, as after a
 *   token rotation or a login that timed out: HTTP 401 from KusciaAPI, 202011602 from SecretPad.
 *
 * And one setting that is not a failure: `flavour`, whose backend the server plays. `kuscia` answers as
 * KusciaAPI does; `secretpad` answers the same operations as SecretPad's backend wraps them (see
 * secretpad/flavour.mjs).
 */

/**
 * @typedef {'kuscia' | 'secretpad'} Flavour
 * @typedef {{
 *   masterUnreachable: boolean,
 *   latencyMs: number,
 *   gateway502: boolean,
 *   updateConflict: boolean,
 *   tokenExpired: boolean,
 *   flavour: Flavour,
 * }} Switches
 */

/** Ten minutes: longer than any sensible client timeout, short enough that a typo cannot hang a demo all day. */
export const MAX_LATENCY_MS = 600_000;

/** @type {readonly Flavour[]} */
export const FLAVOURS = ['kuscia', 'secretpad'];

const BOOLEAN_SWITCHES = new Set([
  'masterUnreachable',
  'gateway502',
  'updateConflict',
  'tokenExpired',
]);

/**
 * Every failure switch off, in the given flavour.
 * @param {Flavour} [flavour]
 * @returns {Switches}
 */
export const switchesOff = (flavour = 'kuscia') => ({
  masterUnreachable: false,
  latencyMs: 0,
  gateway502: false,
  updateConflict: false,
  tokenExpired: false,
  flavour,
});

/**
 * What is wrong with a (partial) switches update, or `undefined` when it can be applied.
 * @param {unknown} patch
 * @returns {string | undefined}
 */
export function switchesPatchError(patch) {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return 'expected a JSON object of switches';
  }
  for (const [name, value] of Object.entries(patch)) {
    if (BOOLEAN_SWITCHES.has(name)) {
      if (typeof value !== 'boolean') return `${name} must be true or false`;
    } else if (name === 'latencyMs') {
      if (!Number.isInteger(value) || value < 0 || value > MAX_LATENCY_MS) {
        return `latencyMs must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`;
      }
    } else if (name === 'flavour') {
      if (!FLAVOURS.includes(value)) return `flavour must be "kuscia" or "secretpad"`;
    } else {
      return `unknown switch ${JSON.stringify(name)}: the switches are masterUnreachable, latencyMs, gateway502, updateConflict, tokenExpired and flavour`;
    }
  }
  return undefined;
}

/**
 * The one-shot `updateConflict` switch, checked where Kuscia writes an object it has just read: true (and
 * the switch off again) when this write is the one that conflicts.
 * @param {Switches} switches
 */
export function takeUpdateConflict(switches) {
  if (!switches.updateConflict) return false;
  switches.updateConflict = false;
  return true;
}
