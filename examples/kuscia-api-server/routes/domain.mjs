// @ts-check
/** `/api/v1/domain/*`: the parties (Domains) a Kuscia deployment knows. */
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { Resource, alreadyExists, conflict, notFound } from '../k8s.mjs';
import { message, repeated, request } from '../schema.mjs';
import { takeUpdateConflict } from '../switches.mjs';
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
 * The checks create and update share, in Kuscia's order: role, then the master domain it names. Update
 * checks the caller's scope between the two (`scopeError`).
 * @param {Record<string, any>} body
 */
function roleError(body) {
  return ROLES.includes(text(body.role)) ? undefined : 'role is invalid, must be empty or partner';
}

/**
 * @param {import('../store.mjs').Store} store
 * @param {string} domainId
 * @param {Record<string, any>} body
 */
function masterDomainError(store, domainId, body) {
  const role = text(body.role);
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
 * A domain caller (`Kuscia-Source`) may only read or change its own Domain (11102).
 * @param {import('./index.mjs').Caller} caller
 * @param {string} domainId
 */
const scopeError = ({ role, domain }, domainId) =>
  role === 'domain' && domain !== domainId
    ? `domain's kusciaAPI could only operate its own Domain, request.DomainID must be ${domain} not ${domainId}`
    : undefined;

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
  const invalid =
    k8sNameError(domainId, 'domain_id') ??
    roleError(body) ??
    masterDomainError(store, domainId, body);
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
function queryDomain(body, { store, caller }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const outOfScope = scopeError(caller, domainId);
  if (outOfScope) return fail(Code.AuthFailed, outOfScope);
  const record = store.domains.get(domainId);
  if (!record) return fail(Code.DomainNotExists, notFound(Resource.domain, domainId));
  return ok(domainView(record));
}

/** @type {import('./index.mjs').Operation['handle']} */
function updateDomain(body, { store, caller, switches }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, EMPTY_ID);
  const invalidRole = roleError(body);
  if (invalidRole) return fail(Code.RequestValidate, invalidRole);
  const outOfScope = scopeError(caller, domainId);
  if (outOfScope) return fail(Code.AuthFailed, outOfScope);
  const invalidMaster = masterDomainError(store, domainId, body);
  if (invalidMaster) return fail(Code.RequestValidate, invalidMaster);
  const current = store.domains.get(domainId);
  if (!current) return fail(Code.DomainNotExists, notFound(Resource.domain, domainId));

  // Kuscia writes only when something changed; the master domain defaults to the domain itself.
  const next = {
    ...domainRecord(domainId, body),
    cert: text(body.cert) || current.cert,
    master_domain_id: text(body.master_domain_id) || domainId,
  };
  const changed =
    next.role !== current.role ||
    next.cert !== current.cert ||
    next.master_domain_id !== current.master_domain_id ||
    JSON.stringify(next.auth_center) !== JSON.stringify(current.auth_center);
  if (!changed) return ok();
  // The write carries the resourceVersion read above: this is where someone else's change conflicts.
  if (takeUpdateConflict(switches)) {
    return fail(Code.UpdateDomain, conflict(Resource.domain, domainId));
  }
  store.domains.set(domainId, next);
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
