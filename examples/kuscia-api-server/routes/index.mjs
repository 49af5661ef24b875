// @ts-check
/** The KusciaAPI operations this server serves, by path. */
import { certificateOperations } from './certificate.mjs';
import { domainOperations } from './domain.mjs';
import { routeOperations } from './route.mjs';
import { domainDataOperations } from './domaindata.mjs';
import { dataSourceOperations } from './domaindatasource.mjs';
import { jobOperations } from './job.mjs';

/**
 * @typedef {import('../jobs/simulate.mjs').JobTimings} JobTimings
 *
 * @typedef {object} Caller who is calling, as Kuscia's interceptors establish it
 * @property {'master' | 'domain'} role `master` on the token-checked port; `domain` for a call that names its
 *   domain in the `Kuscia-Source` header, as calls to Kuscia's internal port do
 * @property {string} domain `master` for the master role (Kuscia sets exactly that), else the header's domain
 *
 * @typedef {object} Context what a handler may touch
 * @property {import('../store.mjs').Store} store
 * @property {() => number} now epoch milliseconds; a job's state is computed from it
 * @property {JobTimings} jobTimings
 * @property {Caller} caller
 * @property {import('../switches.mjs').Switches} switches live; a handler may turn `updateConflict` off
 *
 * @typedef {object} Operation
 * @property {import('../schema.mjs').Message} request the request message the body binds to
 * @property {boolean} hasData whether the response message has a `data` field (emitted as `null` when unset)
 * @property {(body: Record<string, any>) => string[]} [validate] the handler's `Validate()`, which Kuscia's
 *   framework runs before the service: its errors are joined with `;` and answered as 11100 in a hand-built
 *   body (no `details`, no `data`)
 * @property {(body: Record<string, any>, context: Context) => import('../envelope.mjs').Outcome} handle
 * @property {(outcome: import('../envelope.mjs').Outcome) => Record<string, unknown>} [render] a response
 *   message without the usual `data` field (`certificate/generate` answers `key` and `cert_chain`)
 *
 * @typedef {object} StreamOperation an operation that answers with a stream (`job/watch`)
 * @property {import('../schema.mjs').Message} request
 * @property {true} stream
 * @property {(
 *   req: import('node:http').IncomingMessage,
 *   res: import('node:http').ServerResponse,
 *   body: Record<string, any>,
 *   context: Context & { signal: AbortSignal, heartbeatMs: number },
 * ) => Promise<void>} serve
 */

/** @type {ReadonlyMap<string, Operation | StreamOperation>} */
export const operations = new Map(
  Object.entries({
    ...domainOperations,
    ...routeOperations,
    ...domainDataOperations,
    ...dataSourceOperations,
    ...jobOperations,
    ...certificateOperations,
  }).map(([path, operation]) => [`/api/v1/${path}`, operation]),
);
