// @ts-check
/**
 * The failure switches: ways to make the server fail like a real deployment does, without the deployment.
 *
 * - `masterUnreachable`: every API call answers 11103, as a Lite node that cannot reach its Master does.
 * - `latencyMs`: every API response waits this long first, to let client timeouts fire.
 * - `gateway502`: every API call answers HTTP 502 with a gateway's HTML page, as a proxy in front does.
 */

/** @typedef {{ masterUnreachable: boolean, latencyMs: number, gateway502: boolean }} Switches */

/** Ten minutes: longer than any sensible client timeout, short enough that a typo cannot hang a demo all day. */
export const MAX_LATENCY_MS = 600_000;

/** @returns {Switches} */
export const switchesOff = () => ({ masterUnreachable: false, latencyMs: 0, gateway502: false });

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
    if (name === 'masterUnreachable' || name === 'gateway502') {
      if (typeof value !== 'boolean') return `${name} must be true or false`;
    } else if (name === 'latencyMs') {
      if (!Number.isInteger(value) || value < 0 || value > MAX_LATENCY_MS) {
        return `latencyMs must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`;
      }
    } else {
      return `unknown switch ${JSON.stringify(name)}: the switches are masterUnreachable, latencyMs and gateway502`;
    }
  }
  return undefined;
}
