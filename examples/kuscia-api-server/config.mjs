// @ts-check
/**
 * The command line's settings, from the environment and one flag, `--flavour kuscia|secretpad` (which wins
 * over `KUSCIA_SIM_FLAVOUR`):
 *
 * | variable                        | meaning                                         | default            |
 * |---------------------------------|-------------------------------------------------|--------------------|
 * | `PORT`                          | the HTTP port; `0` picks a free one             | 8082 (KusciaAPI's) |
 * | `KUSCIA_API_TOKEN`              | the `Token` header every API call must carry    | the dev token      |
 * | `KUSCIA_SIM_MASTER_UNREACHABLE` | `1` / `true`: answer every call with 11103      | off                |
 * | `KUSCIA_SIM_LATENCY_MS`         | hold every API response back this long          | 0                  |
 * | `KUSCIA_SIM_GATEWAY_502`        | `1` / `true`: answer every call with a 502 page | off                |
 * | `KUSCIA_SIM_FLAVOUR`            | `kuscia` or `secretpad`: whose backend to play  | `kuscia`           |
 */
import { parseArgs } from 'node:util';
import { DEFAULT_TOKEN } from './server.mjs';
import { FLAVOURS, MAX_LATENCY_MS } from './switches.mjs';

const DEFAULT_PORT = 8082;

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['', '0', 'false', 'no', 'off']);

/**
 * @param {string} name
 * @param {string | undefined} value
 */
function flag(name, value = '') {
  const normalized = value.trim().toLowerCase();
  if (TRUE.has(normalized)) return true;
  if (FALSE.has(normalized)) return false;
  throw new Error(`${name} must be 1 or 0 (true or false), got ${JSON.stringify(value)}`);
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {number} fallback used when the variable is unset or empty
 * @param {number} max
 */
function wholeNumber(name, value, fallback, max) {
  if (value === undefined || value.trim() === '') return fallback;
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(number <= max))
    throw new Error(
      `${name} must be a whole number from 0 to ${max}, got ${JSON.stringify(value)}`,
    );
  return number;
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @returns {import('./switches.mjs').Flavour}
 */
function flavour(name, value = '') {
  const normalized = value.trim().toLowerCase() || 'kuscia';
  const known = FLAVOURS.find((candidate) => candidate === normalized);
  if (!known) throw new Error(`${name} must be kuscia or secretpad, got ${JSON.stringify(value)}`);
  return known;
}

/**
 * Options for `createKusciaApiServer`, plus whether the token came from the environment (and so must not be
 * printed). Throws an `Error` naming the variable or flag when one is malformed.
 * @param {NodeJS.ProcessEnv} env
 * @param {string[]} [args] the command line after the script
 */
export function optionsFromEnv(env, args = []) {
  const { values } = parseArgs({ args, options: { flavour: { type: 'string' } }, strict: true });
  const configuredToken = env.KUSCIA_API_TOKEN ?? '';
  return {
    tokenFromEnv: configuredToken !== '',
    options: {
      port: wholeNumber('PORT', env.PORT, DEFAULT_PORT, 65_535),
      token: configuredToken || DEFAULT_TOKEN,
      masterUnreachable: flag('KUSCIA_SIM_MASTER_UNREACHABLE', env.KUSCIA_SIM_MASTER_UNREACHABLE),
      latencyMs: wholeNumber('KUSCIA_SIM_LATENCY_MS', env.KUSCIA_SIM_LATENCY_MS, 0, MAX_LATENCY_MS),
      gateway502: flag('KUSCIA_SIM_GATEWAY_502', env.KUSCIA_SIM_GATEWAY_502),
      flavour:
        values.flavour === undefined
          ? flavour('KUSCIA_SIM_FLAVOUR', env.KUSCIA_SIM_FLAVOUR)
          : flavour('--flavour', values.flavour),
    },
  };
}
