// @ts-check
/** The KusciaAPI operations this server serves, by path. */
import { domainOperations } from './domain.mjs';
import { routeOperations } from './route.mjs';
import { domainDataOperations } from './domaindata.mjs';
import { dataSourceOperations } from './domaindatasource.mjs';
import { jobOperations } from './job.mjs';

/**
 * @typedef {object} JobTimings how long a created job stays in each state before moving on
 * @property {number} pendingMs
 * @property {number} runningMs
 *
 * @typedef {object} Context what a handler may touch
 * @property {import('../store.mjs').Store} store
 * @property {() => number} now epoch milliseconds; a job's state is computed from it
 * @property {JobTimings} jobTimings
 *
 * @typedef {object} Operation
 * @property {import('../schema.mjs').Message} request the request message the body binds to
 * @property {boolean} hasData whether the response message has a `data` field (emitted as `null` when unset)
 * @property {(body: Record<string, any>, context: Context) => import('../envelope.mjs').Outcome} handle
 */

/** @type {ReadonlyMap<string, Operation>} */
export const operations = new Map(
  Object.entries({
    ...domainOperations,
    ...routeOperations,
    ...domainDataOperations,
    ...dataSourceOperations,
    ...jobOperations,
  }).map(([path, operation]) => [`/api/v1/${path}`, operation]),
);
