// @ts-check
/**
 * The texts a failed job carries, as Kuscia writes them (secretflow/kuscia @ e909d9f6; see the README's table
 * for each text's source). Go `%q` is applied where Kuscia applies it, so a log tail's newlines arrive as the
 * two characters `\n`, and an image name inside a quoted message as `\"…\"`.
 */
import { goQuote } from '../gotext.mjs';

/** The container every SecretFlow task runs in (the AppImage's deploy template names it). */
export const CONTAINER = 'secretflow';

/**
 * A container that ended: `container[%v] terminated state reason %q, message: %q`, the message being the
 * tail of the container's log (`FallbackToLogsOnError`). No colon after `reason`.
 * @param {string} reason
 * @param {string} logTail
 */
export const terminated = (reason, logTail) =>
  `container[${CONTAINER}] terminated state reason ${goQuote(reason)}, message: ${goQuote(logTail)}`;

/**
 * A container that never started: `container[%v] waiting state reason: %q, message: %q`. With a colon.
 * @param {string} reason
 * @param {string} message
 */
export const waiting = (reason, message) =>
  `container[${CONTAINER}] waiting state reason: ${goQuote(reason)}, message: ${goQuote(message)}`;

/**
 * A party's `err_msg`: the pod's message followed by `;` when there is one, then the termination log.
 * @param {{ podMessage?: string, terminationLog?: string }} pod
 */
export const partyMessage = ({ podMessage = '', terminationLog = '' }) =>
  `${podMessage === '' ? '' : `${podMessage};`}${terminationLog}`;

/** @param {string} image */
export const backOffPullingImage = (image) => `Back-off pulling image ${goQuote(image)}`;

/**
 * A log tail that ends where the kernel killed the process (example values: the lines are invented, the
 * shape is SecretFlow's logging).
 */
export const OOM_LOG_TAIL =
  '2025-01-01 00:00:03,126\tINFO psi.py:186 -- psi protocol PROTOCOL_RR22, input rows 80000000\n' +
  '2025-01-01 00:00:03,874\tINFO psi.py:203 -- building the oprf table\n';

/** The error line of secretflow/kuscia#260, after an invented log prefix. */
export const DATA_ERROR_LOG_TAIL =
  "2025-01-01 00:00:03,207\tERROR entry.py:75 -- read_data failed, error <[Errno 2] No such file or directory: '/home/kuscia/var/storage/data/fp.csv'>\n";

/** The whole log of an image without Python, as pasted in secretflow/secretpad#254. */
export const APP_CRASH_LOG_TAIL = 'sh: 1: python: not found\n';

/**
 * `buildPartyKey`: `domain-role`, or the domain alone when the role is empty.
 * @param {{ domain_id: string, role: string }} party
 */
export const partyKey = ({ domain_id: domain, role }) =>
  role === '' ? domain : `${domain}-${role}`;

/**
 * The running handler's verdict when too many parties failed (`reconcileTaskStatus`). The lists are joined
 * with `,` and no space.
 * @param {{ remaining: number, threshold: number, pending: string[], running: string[], successful: string[], failed: string[] }} counts
 */
export const belowThreshold = ({ remaining, threshold, pending, running, successful, failed }) =>
  `The remaining no-failed party task counts ${remaining} are less than the task success threshold ${threshold}. pending party[${pending.join(',')}], running party[${running.join(',')}], successful party[${successful.join(',')}], failed party[${failed.join(',')}]`;

/** What `stopTasks` writes into every task that was still pending or running. */
export const JOB_WAS_STOPPED = 'Job was stopped';

/**
 * The job message of a stop or a cancel: `Party: %s execute the cmd: %s.`
 * @param {string} domain
 * @param {'Stop' | 'Cancel'} command
 */
export const executedCommand = (domain, command) => `Party: ${domain} execute the cmd: ${command}.`;

/**
 * The job message after a restart; it stays after the rerun ends, whatever the rerun's outcome.
 * @param {string} domain
 */
export const restartedBy = (domain) => `This job is restarted by ${domain}`;

/**
 * KusciaAPI's `aggregateErrorMessage` (v1.0.0b0 and later): one `Task[%s]-Party[%s]: %s` per failed party
 * with a message, of each failed task, joined with `; `.
 * @param {ReadonlyArray<{ alias: string, domain: string, message: string }>} failures
 */
export const aggregated = (failures) =>
  failures
    .map(({ alias, domain, message }) => `Task[${alias}]-Party[${domain}]: ${message}`)
    .join('; ');
