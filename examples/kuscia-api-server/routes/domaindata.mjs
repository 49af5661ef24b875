// @ts-check
/** `/api/v1/domaindata/*`: the tables, models and reports (DomainData) a domain owns. */
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { Resource, alreadyExists, notFound } from '../k8s.mjs';
import { message, repeated, request, stringMap } from '../schema.mjs';
import { generateId, namespace } from '../store.mjs';
import { k8sNameError, text } from '../validate.mjs';
import { DEFAULT_DATA_SOURCE_ID } from './domaindatasource.mjs';

const EMPTY_KEY = 'domain id and domaindata id can not be empty';

/**
 * Kuscia's `CheckDomainDataSourceExists`, which runs before the DomainData is written. In a domain that does
 * not exist the data source cannot exist either, so this is also where a missing domain is reported.
 * @param {import('../store.mjs').Store} store
 * @param {string} domainId
 * @param {string} dataSourceId
 */
function missingDataSource(store, domainId, dataSourceId) {
  if (store.dataSources.get(domainId)?.has(dataSourceId)) return undefined;
  return fail(
    Code.DomainDataSourceNotExists,
    `domain data source \`${dataSourceId}\` is not exists in domain \`${domainId}\``,
  );
}

/**
 * The fields a create or an update sets; an update keeps what it leaves empty.
 * @param {Record<string, any>} body
 * @param {Record<string, any>} [current]
 */
function domainDataFields(body, current) {
  /** @param {string} field */
  const pick = (field) => text(body[field]) || current?.[field] || '';
  return {
    name: pick('name'),
    type: pick('type'),
    relative_uri: pick('relative_uri'),
    datasource_id: pick('datasource_id') || DEFAULT_DATA_SOURCE_ID,
    vendor: pick('vendor') || 'manual',
    file_format: pick('file_format') || 'UNKNOWN',
    attributes: body.attributes ?? current?.attributes ?? {},
    partition: body.partition ?? current?.partition ?? null,
    columns: body.columns ?? current?.columns ?? [],
  };
}

/** @type {import('./index.mjs').Operation['handle']} */
function createDomainData(body, { store }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, 'request domain id can not be empty');
  const invalid =
    k8sNameError(domainId, 'domain_id') ??
    (text(body.type) === '' ? 'request type can not be empty' : undefined) ??
    (text(body.relative_uri) === '' ? 'request relative_uri can not be empty' : undefined) ??
    (text(body.domaindata_id) === ''
      ? undefined
      : k8sNameError(text(body.domaindata_id), 'domaindata_id'));
  if (invalid) return fail(Code.RequestValidate, invalid);

  const domainDataId = text(body.domaindata_id) || generateId('domaindata');
  // Kuscia's handler turns a create of an existing id into an update; the Kubernetes AlreadyExists, with
  // 11507, surfaces only when another create wins the race. Answering 11507 at once lets a console meet it.
  if (store.domainData.get(domainId)?.has(domainDataId)) {
    return fail(Code.DomainDataExists, alreadyExists(Resource.domainData, domainDataId));
  }
  const fields = domainDataFields(body);
  const noDataSource = missingDataSource(store, domainId, fields.datasource_id);
  if (noDataSource) return noDataSource;

  namespace(store.domainData, domainId).set(domainDataId, {
    domaindata_id: domainDataId,
    domain_id: domainId,
    ...fields,
    status: 'Available',
    author: domainId,
  });
  return ok({ domaindata_id: domainDataId });
}

/** @type {import('./index.mjs').Operation['handle']} */
function updateDomainData(body, { store }) {
  const domainId = text(body.domain_id);
  const domainDataId = text(body.domaindata_id);
  if (domainId === '' || domainDataId === '') return fail(Code.RequestValidate, EMPTY_KEY);
  const current = store.domainData.get(domainId)?.get(domainDataId);
  if (!current) return fail(Code.DomainDataNotExists, notFound(Resource.domainData, domainDataId));
  const fields = domainDataFields(body, current);
  const noDataSource = missingDataSource(store, domainId, fields.datasource_id);
  if (noDataSource) return noDataSource;
  namespace(store.domainData, domainId).set(domainDataId, { ...current, ...fields });
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function deleteDomainData(body, { store }) {
  const domainId = text(body.domain_id);
  const domainDataId = text(body.domaindata_id);
  if (domainId === '' || domainDataId === '') return fail(Code.RequestValidate, EMPTY_KEY);
  if (!store.domainData.get(domainId)?.delete(domainDataId)) {
    return fail(Code.DomainDataNotExists, notFound(Resource.domainData, domainDataId));
  }
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function queryDomainData(body, { store }) {
  // Query and list wrap their fields in `data`, unlike create, update and delete.
  const domainId = text(body.data?.domain_id);
  const domainDataId = text(body.data?.domaindata_id);
  if (domainId === '' || domainDataId === '') return fail(Code.RequestValidate, EMPTY_KEY);
  const record = store.domainData.get(domainId)?.get(domainDataId);
  if (!record) return fail(Code.DomainDataNotExists, notFound(Resource.domainData, domainDataId));
  return ok(record);
}

/**
 * The handlers' `Validate()`, which Kuscia's framework runs before the service. Each stops at its first
 * problem; the framework would join several with `;`.
 * @param {Record<string, any>} body
 */
function validateList(body) {
  if (body.data === undefined || body.data === null) return ['request data should not be nil'];
  return text(body.data.domain_id) === '' ? ['request domainID should not be empty'] : [];
}

/** @param {Record<string, any>} body */
function validateBatchQuery(body) {
  /** @type {Array<Record<string, any> | null>} */
  const entries = body.data ?? [];
  if (entries.length === 0) return ['request data should not be nil'];
  for (const entry of entries) {
    if (text(entry?.domain_id) === '') return ['request domainID should not be empty'];
    if (text(entry?.domaindata_id) === '') return ['request domainDataID should not be empty'];
  }
  return [];
}

/** @type {import('./index.mjs').Operation['handle']} */
function batchQueryDomainData(body, { store }) {
  // Missing ones are left out, not reported.
  const records = (body.data ?? []).flatMap((/** @type {Record<string, any>} */ entry) => {
    const record = store.domainData.get(text(entry.domain_id))?.get(text(entry.domaindata_id));
    return record ? [record] : [];
  });
  return ok({ domaindata_list: records });
}

/** @type {import('./index.mjs').Operation['handle']} */
function listDomainData(body, { store }) {
  const domainId = text(body.data?.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, 'domain id can not be empty');
  const type = text(body.data?.domaindata_type);
  const vendor = text(body.data?.domaindata_vendor);
  // Listing a namespace that does not exist finds nothing; it is not an error.
  const records = [...(store.domainData.get(domainId)?.values() ?? [])].filter(
    (record) =>
      (type === '' || record.type === type) && (vendor === '' || record.vendor === vendor),
  );
  return ok({ domaindata_list: records });
}

const DataColumn = message('DataColumn', {
  name: 'string',
  type: 'string',
  comment: 'string',
  not_nullable: 'bool',
});

/** @type {Record<string, import('../schema.mjs').FieldType>} */
const DomainDataFields = {
  domaindata_id: 'string',
  domain_id: 'string',
  name: 'string',
  type: 'string',
  relative_uri: 'string',
  datasource_id: 'string',
  vendor: 'string',
  file_format: 'string',
  attributes: stringMap,
  partition: message('Partition', { fields: repeated(DataColumn), type: 'string' }),
  columns: repeated(DataColumn),
};

/** @type {Record<string, import('./index.mjs').Operation>} */
export const domainDataOperations = {
  'domaindata/create': {
    request: request('CreateDomainDataRequest', DomainDataFields),
    hasData: true,
    handle: createDomainData,
  },
  'domaindata/update': {
    request: request('UpdateDomainDataRequest', DomainDataFields),
    hasData: false,
    handle: updateDomainData,
  },
  'domaindata/delete': {
    request: request('DeleteDomainDataRequest', { domain_id: 'string', domaindata_id: 'string' }),
    hasData: false,
    handle: deleteDomainData,
  },
  'domaindata/query': {
    request: request('QueryDomainDataRequest', {
      data: message('QueryDomainDataRequestData', { domain_id: 'string', domaindata_id: 'string' }),
    }),
    hasData: true,
    handle: queryDomainData,
  },
  'domaindata/batchQuery': {
    request: request('BatchQueryDomainDataRequest', {
      data: repeated(
        message('QueryDomainDataRequestData', { domain_id: 'string', domaindata_id: 'string' }),
      ),
    }),
    hasData: true,
    validate: validateBatchQuery,
    handle: batchQueryDomainData,
  },
  'domaindata/list': {
    request: request('ListDomainDataRequest', {
      data: message('ListDomainDataRequestData', {
        domain_id: 'string',
        domaindata_type: 'string',
        domaindata_vendor: 'string',
      }),
    }),
    hasData: true,
    validate: validateList,
    handle: listDomainData,
  },
};
