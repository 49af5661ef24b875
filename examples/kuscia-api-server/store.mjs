// @ts-check
/**
 * The server's state: what Kubernetes holds for a real Kuscia. Records are kept in the API's own shapes
 * (snake_case), so a query answers with the stored record plus computed fields.
 *
 * Domains, routes and jobs are cluster-wide, keyed by name. DomainData and DomainDataSources live in their
 * domain's namespace: one inner map per domain.
 */
import { randomUUID } from 'node:crypto';

/**
 * @typedef {object} DomainRecord
 * @property {string} domain_id
 * @property {string} role `""` (local) or `"partner"`
 * @property {string} cert
 * @property {string} master_domain_id
 * @property {unknown} auth_center
 *
 * @typedef {object} PartyConfig a task's party, as created and as queries echo it
 * @property {string} domain_id
 * @property {string} role
 * @property {Array<{ destination_id: string, limit_kbps: string }>} bandwidth_limits `limit_kbps` is a
 *   uint64, which protojson writes as a string
 *
 * @typedef {object} ScheduleConfig
 * @property {number} task_timeout_seconds
 * @property {number} resource_reserved_seconds
 * @property {number} resource_reallocation_interval_seconds
 *
 * @typedef {object} TaskConfig a job's task, as created and as queries echo it
 * @property {string} app_image
 * @property {PartyConfig[]} parties
 * @property {string} alias
 * @property {string} task_id
 * @property {string[]} dependencies
 * @property {string} task_input_config
 * @property {number} priority
 * @property {ScheduleConfig | null} schedule_config
 *
 * @typedef {object} JobRecord
 * @property {string} job_id
 * @property {string} initiator
 * @property {number} max_parallelism
 * @property {TaskConfig[]} tasks
 * @property {Record<string, string>} custom_fields
 * @property {number} createdAt epoch milliseconds
 * @property {string[]} partnerDomains the party domains that were `partner` domains at creation
 * @property {import('./jobs/simulate.mjs').JobEvent[]} events the commands received, in time order
 *
 * @typedef {object} Store
 * @property {Map<string, DomainRecord>} domains by domain id
 * @property {Map<string, Record<string, any>>} routes by route name, `<source>-<destination>`
 * @property {Map<string, Map<string, Record<string, any>>>} domainData by domain id, then domaindata id
 * @property {Map<string, Map<string, Record<string, any>>>} dataSources by domain id, then datasource id
 * @property {Map<string, JobRecord>} jobs by job id
 */

/** @returns {Store} */
export function createStore() {
  return {
    domains: new Map(),
    routes: new Map(),
    domainData: new Map(),
    dataSources: new Map(),
    jobs: new Map(),
  };
}

/** @param {Store} store */
export function clearStore(store) {
  for (const collection of Object.values(store)) collection.clear();
}

/**
 * A domain's namespace in a namespaced collection, created on first use.
 * @param {Map<string, Map<string, Record<string, any>>>} collection
 * @param {string} domainId
 */
export function namespace(collection, domainId) {
  let records = collection.get(domainId);
  if (!records) {
    records = new Map();
    collection.set(domainId, records);
  }
  return records;
}

/**
 * An id for a record created without one, shaped like Kuscia's generated ids (`<prefix>-<random>`).
 * @param {string} prefix
 */
export const generateId = (prefix) => `${prefix}-${randomUUID().slice(0, 8)}`;
