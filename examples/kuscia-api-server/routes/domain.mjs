// @ts-check
/** `/api/v1/domain/*`: the parties (Domains) a Kuscia deployment knows. */
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { Resource, alreadyExists, notFound } from '../k8s.mjs';
import { message, repeated, request } from '../schema.mjs';
import { k8sNameError, text } from '../validate.mjs';
import { provisionDefaultDataSource } from './domaindatasource.mjs';

const ROLES = ['', 'partner'];
const EMPTY_ID = 'domain id can not be empty';

/** @param {import('../store.mjs').DomainRecord} record */
function domainView(record) {
  return {
    domain_id: record.domain_id,
    role: record.role,
    cert: record.cert,
    // No Kuscia node runs behind these domains, so there are no node or deploy-token statuses to report.
    node_statuses: [],
    deploy_token_statuses: [],
    annotations: {},
    auth_center: record.auth_center ?? null,
    master_domain_id: record.master_domain_id,
  };
}

/**
 * The checks create and update share, in Kuscia's order: role, then the master domain it names.
 * @param {import('../store.mjs').Store} store
 * @param {string} domainId
 * @param {Record<string, any>} body
 */
function settingsError(store, domainId, body) {
  const role = text(body.role);
  if (!ROLES.includes(role)) return 'role is invalid, must be empty or partner';
  const masterId = text(body.master_domain_id);
  if (masterId === '' || masterId === domainId) return undefined;
  const master = store.domains.get(masterId);
  if (!master) {
    return `check master domain id failed with err ${notFound(Resource.domain, masterId)}`;
  }
  if (master.role !== role) {
    return `master domain role is ${master.role}, but current role is ${role}`;
  }
  return undefined;
}

/**
 * @param {string} domainId
 * @param {Record<string, any>} body
 * @returns {import('../store.mjs').DomainRecord}
 */
const domainRecord = (domainId, body) => ({
  domain_id: domainId,
  role: text(body.role),
  cert: text(body.cert),
  master_domain_id: text(body.master_domain_id),
  auth_center: body.auth_center ?? null,
});

/** @type {import('./index.mjs').Operation['handle']} */
function createDomain(body, { store }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, EMPTY_ID);
  if (domainId === 'master') {
    return fail(Code.RequestValidate, "domain id can not be 'master', please choose another name");
  }
  const invalid = k8sNameError(domainId, 'domain_id') ?? settingsError(store, domainId, body);
  if (invalid) return fail(Code.RequestValidate, invalid);
  if (store.domains.has(domainId)) {
    return fail(Code.DomainExists, alreadyExists(Resource.domain, domainId));
  }

  const record = domainRecord(domainId, body);
  store.domains.set(domainId, record);
  if (record.role === '') provisionDefaultDataSource(store, domainId);
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function queryDomain(body, { store }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const record = store.domains.get(domainId);
  if (!record) return fail(Code.DomainNotExists, notFound(Resource.domain, domainId));
  return ok(domainView(record));
}

/** @type {import('./index.mjs').Operation['handle']} */
function updateDomain(body, { store }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const invalid = settingsError(store, domainId, body);
  if (invalid) return fail(Code.RequestValidate, invalid);
  if (!store.domains.has(domainId)) {
    return fail(Code.DomainNotExists, notFound(Resource.domain, domainId));
  }
  store.domains.set(domainId, domainRecord(domainId, body));
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function deleteDomain(body, { store }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, EMPTY_ID);
  if (!store.domains.delete(domainId)) {
    return fail(Code.DomainNotExists, notFound(Resource.domain, domainId));
  }
  // The domain's namespace goes with it, and everything inside; routes and jobs are cluster-wide and stay.
  store.domainData.delete(domainId);
  store.dataSources.delete(domainId);
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function batchQueryDomains(body, { store }) {
  /** @type {unknown[]} */
  const ids = body.domain_ids ?? [];
  if (ids.length === 0) return fail(Code.RequestValidate, 'domain ids can not be empty');
  const emptyAt = ids.findIndex((id) => text(id) === '');
  if (emptyAt !== -1) {
    return fail(Code.RequestValidate, `domain id can not be empty on index ${emptyAt}`);
  }
  const domains = [];
  for (const id of ids.map(text)) {
    const record = store.domains.get(id);
    if (!record) return fail(Code.DomainNotExists, notFound(Resource.domain, id));
    domains.push(domainView(record));
  }
  return ok({ domains });
}

/** @type {Record<string, import('../schema.mjs').FieldType>} */
const DomainSettings = {
  domain_id: 'string',
  role: 'string',
  cert: 'string',
  master_domain_id: 'string',
  auth_center: message('AuthCenter', { authentication_type: 'string', token_gen_method: 'string' }),
};

/** @type {Record<string, import('./index.mjs').Operation>} */
export const domainOperations = {
  'domain/create': {
    request: request('CreateDomainRequest', DomainSettings),
    hasData: false,
    handle: createDomain,
  },
  'domain/query': {
    request: request('QueryDomainRequest', { domain_id: 'string' }),
    hasData: true,
    handle: queryDomain,
  },
  'domain/update': {
    request: request('UpdateDomainRequest', DomainSettings),
    hasData: false,
    handle: updateDomain,
  },
  'domain/delete': {
    request: request('DeleteDomainRequest', { domain_id: 'string' }),
    hasData: false,
    handle: deleteDomain,
  },
  'domain/batchQuery': {
    request: request('BatchQueryDomainRequest', { domain_ids: repeated('string') }),
    hasData: true,
    handle: batchQueryDomains,
  },
};
