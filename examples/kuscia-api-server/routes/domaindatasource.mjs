// @ts-check
/**
 * `/api/v1/domaindatasource/*`: where a domain's data is stored (a local path, an object store, a database).
 *
 * Kuscia keeps `info` (credentials included) encoded and encrypted in the Kubernetes object. When that
 * encoding fails it answers 11807 (`KusciaAPIErrDomainDataSourceInfoEncodeFailed`; 11907 before v0.9).
 * This server has no encryption to fail, so it defines an unencodable `info` concretely: a block (`localfs`,
 * `oss`, `database`, `odps`) holding a value that is not a string (`oss.virtualhost` may be a boolean), or a
 * string containing a NUL character. Those values pass request binding here, since the blocks' fields are
 * not typed, and fail at encoding.
 */
import { Code } from '../codes.mjs';
import { fail, ok } from '../envelope.mjs';
import { Resource, notFound } from '../k8s.mjs';
import { message, request } from '../schema.mjs';
import { generateId, namespace } from '../store.mjs';
import { k8sNameError, text } from '../validate.mjs';

/** The data source Kuscia provisions in every local domain, and DomainData falls back on. */
export const DEFAULT_DATA_SOURCE_ID = 'default-data-source';

/** Which `info` block each type reads, and the fields Kuscia requires in it. */
const INFO_BLOCKS = /** @type {const} */ ({
  localfs: { block: 'localfs', required: ['path'] },
  oss: { block: 'oss', required: ['endpoint', 'bucket', 'access_key_id', 'access_key_secret'] },
  mysql: { block: 'database', required: ['endpoint', 'database', 'user', 'password'] },
  postgresql: { block: 'database', required: ['endpoint', 'database', 'user', 'password'] },
  odps: { block: 'odps', required: ['endpoint', 'project', 'access_key_id', 'access_key_secret'] },
});
/** The blocks of `info`, with their Go message names. Their fields are left untyped (see above). */
const BLOCK_MESSAGES = {
  localfs: 'LocalDataSourceInfo',
  oss: 'OssDataSourceInfo',
  database: 'DatabaseDataSourceInfo',
  odps: 'OdpsDataSourceInfo',
};
const BLOCK_NAMES = Object.keys(BLOCK_MESSAGES);

const DataSourceInfo = message(
  'DataSourceInfo',
  Object.fromEntries(
    Object.entries(BLOCK_MESSAGES).map(([block, name]) => [block, message(name, {})]),
  ),
);

/** @param {string} type */
const isKnownType = (type) => Object.hasOwn(INFO_BLOCKS, type);

/** @param {Record<string, any>} record */
function dataSourceView(record) {
  return {
    domain_id: record.domain_id,
    datasource_id: record.datasource_id,
    name: record.name,
    type: record.type,
    status: '',
    info: { localfs: null, oss: null, database: null, odps: null, ...record.info },
    info_key: record.info_key,
    access_directly: record.access_directly,
  };
}

/**
 * Kuscia's `validateRequestIdentity` / `validateRetrieveRequest`, minus the "own domain only" rule: this
 * server acts for every domain.
 * @param {string} domainId
 */
function domainIdError(domainId) {
  if (domainId === '') return 'domain id can not be empty';
  return k8sNameError(domainId, 'domain_id');
}

/**
 * Kuscia's `validateDataSourceInfo`: the block the type reads must exist and hold the required fields.
 * @param {keyof typeof INFO_BLOCKS} type
 * @param {Record<string, any> | null | undefined} info
 */
function infoError(type, info) {
  if (!info) return 'data source info cannot be nil';
  const { block, required } = INFO_BLOCKS[type];
  const values = info[block];
  if (!values) return `${type} info is nil`;
  const missing = required.find(
    (field) => values[field] === undefined || values[field] === null || values[field] === '',
  );
  return missing ? `${type} '${missing}' is empty` : undefined;
}

/**
 * Why `info` cannot be encoded (see the module comment), or `undefined`.
 * @param {Record<string, any>} info
 */
function encodeError(info) {
  for (const block of BLOCK_NAMES) {
    for (const [field, value] of Object.entries(info[block] ?? {})) {
      const path = `info.${block}.${field}`;
      if (typeof value === 'string') {
        if (value.includes('\u0000')) {
          return `encode data source info failed, ${path} contains a NUL character`;
        }
      } else if (!(block === 'oss' && field === 'virtualhost' && typeof value === 'boolean')) {
        const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
        return `encode data source info failed, ${path} must be a string, got ${kind}`;
      }
    }
  }
  return undefined;
}

/** @type {import('./index.mjs').Operation['handle']} */
function createDataSource(body, { store }) {
  const domainId = text(body.domain_id);
  const type = text(body.type);
  const domainError = domainIdError(domainId);
  if (domainError) return fail(Code.RequestValidate, domainError);
  if (!isKnownType(type)) {
    return fail(
      Code.RequestValidate,
      `domain data source type ${JSON.stringify(type)} doesn't support, the available types are [localfs,oss,mysql,odps,postgresql]`,
    );
  }
  const dataSourceId = text(body.datasource_id) || generateId(type);
  const idError = k8sNameError(dataSourceId, 'datasource_id');
  if (idError) return fail(Code.RequestValidate, idError);

  const infoKey = text(body.info_key);
  /** @type {Record<string, any> | null | undefined} */
  const info = body.info;
  if (infoKey === '' && !info) {
    return fail(Code.CreateDomainDataSource, 'domain data source info key and info all empty');
  }
  if (store.dataSources.get(domainId)?.has(dataSourceId)) {
    return fail(Code.CreateDomainDataSource, `domain data source ${dataSourceId} already exist`);
  }
  // Kuscia looks the key up in ConfManager's secret backend; this server has none, so no key resolves.
  if (infoKey !== '') {
    return fail(Code.CreateDomainDataSource, `domain data source info key ${infoKey} not exist`);
  }
  const invalidInfo = infoError(/** @type {keyof typeof INFO_BLOCKS} */ (type), info);
  if (invalidInfo) return fail(Code.RequestValidate, invalidInfo);
  const unencodable = encodeError(/** @type {Record<string, any>} */ (info));
  if (unencodable) return fail(Code.DomainDataSourceInfoEncodeFailed, unencodable);
  // The Kubernetes create, last: it fails when the domain's namespace does not exist.
  if (!store.domains.has(domainId)) {
    return fail(Code.DomainNotExists, notFound(Resource.namespace, domainId));
  }

  namespace(store.dataSources, domainId).set(dataSourceId, {
    domain_id: domainId,
    datasource_id: dataSourceId,
    name: text(body.name),
    type,
    info: structuredClone(info),
    info_key: '',
    access_directly: body.access_directly === true,
  });
  return ok({ datasource_id: dataSourceId });
}

/** @type {import('./index.mjs').Operation['handle']} */
function queryDataSource(body, { store }) {
  const domainId = text(body.domain_id);
  const dataSourceId = text(body.datasource_id);
  // Kuscia wraps every lookup error in its own text, which hides the not-found: all of them answer 11802.
  const domainError = domainIdError(domainId);
  if (domainError) return fail(Code.QueryDomainDataSource, domainError);
  if (dataSourceId === '') {
    return fail(Code.QueryDomainDataSource, `domain ${domainId} data source id can not be empty`);
  }
  const record = store.dataSources.get(domainId)?.get(dataSourceId);
  if (!record) {
    return fail(
      Code.QueryDomainDataSource,
      `get domain ${domainId} kuscia data source ${dataSourceId} failed, ${notFound(Resource.dataSource, dataSourceId)}`,
    );
  }
  return ok(dataSourceView(record));
}

/** @type {import('./index.mjs').Operation['handle']} */
function deleteDataSource(body, { store }) {
  const domainId = text(body.domain_id);
  const dataSourceId = text(body.datasource_id);
  const domainError = domainIdError(domainId);
  if (domainError) return fail(Code.RequestValidate, domainError);
  if (dataSourceId === '') {
    return fail(Code.RequestValidate, 'domain data source id can not be empty');
  }
  // Deleting what is not there succeeds: Kuscia treats not-found as already deleted.
  store.dataSources.get(domainId)?.delete(dataSourceId);
  return ok();
}

/** @type {import('./index.mjs').Operation['handle']} */
function listDataSources(body, { store }) {
  const domainId = text(body.domain_id);
  if (domainId === '') return fail(Code.RequestValidate, "request domainID can't be empty");
  const domainError = domainIdError(domainId);
  if (domainError) return fail(Code.ListDomainDataSource, domainError);
  const records = [...(store.dataSources.get(domainId)?.values() ?? [])];
  return ok({ datasource_list: records.map(dataSourceView) });
}

/**
 * What Kuscia's domain controller does for a new local domain: give it a local-filesystem data source.
 * @param {import('../store.mjs').Store} store
 * @param {string} domainId
 */
export function provisionDefaultDataSource(store, domainId) {
  namespace(store.dataSources, domainId).set(DEFAULT_DATA_SOURCE_ID, {
    domain_id: domainId,
    datasource_id: DEFAULT_DATA_SOURCE_ID,
    name: DEFAULT_DATA_SOURCE_ID,
    type: 'localfs',
    info: { localfs: { path: '/home/kuscia/var/storage/data' } },
    info_key: '',
    access_directly: true,
  });
}

/** @type {Record<string, import('../schema.mjs').FieldType>} */
const DataSourceKey = { domain_id: 'string', datasource_id: 'string' };

/** @type {Record<string, import('./index.mjs').Operation>} */
export const dataSourceOperations = {
  'domaindatasource/create': {
    request: request('CreateDomainDataSourceRequest', {
      ...DataSourceKey,
      type: 'string',
      name: 'string',
      info: DataSourceInfo,
      info_key: 'string',
      access_directly: 'bool',
    }),
    hasData: true,
    handle: createDataSource,
  },
  'domaindatasource/query': {
    request: request('QueryDomainDataSourceRequest', DataSourceKey),
    hasData: true,
    handle: queryDataSource,
  },
  'domaindatasource/delete': {
    request: request('DeleteDomainDataSourceRequest', DataSourceKey),
    hasData: false,
    handle: deleteDataSource,
  },
  'domaindatasource/list': {
    request: request('ListDomainDataSourceRequest', { domain_id: 'string' }),
    hasData: true,
    handle: listDataSources,
  },
};
