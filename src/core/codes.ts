import type {
  KusciaErrorCategory,
  KusciaErrorDefinition,
  KusciaErrorSeverity,
  KusciaService,
} from './types';

type Trait = 'documented' | 'retryable' | 'warning';
type Row = readonly [code: number, key: string, category: KusciaErrorCategory, ...traits: Trait[]];

/*
 * Every code of Kuscia's `error_code.proto` (v1.1.0b0: 108 codes) plus the retired 11907.
 *
 * Traits:
 * - documented: listed in Kuscia's error-code document (54 codes).
 * - retryable: per Google AIP-194, only a failure where something was *unavailable* may succeed on an
 *   unchanged retry. In Kuscia that is 11103 alone (a Lite node could not reach its Master). Not-found,
 *   already-exists, validation, permission, unsupported-API and state-conflict failures need a change first;
 *   the generic "X failed" codes wrap arbitrary Kubernetes errors and are not safe to repeat blindly.
 * - warning: the request conflicted with state that is already fine (the thing exists, the job is not in a
 *   state for that action); nothing is broken. Everything else is an error.
 */
const rows = [
  [2000, 'ConfManagerErrRequestInvalidate', 'common'],
  [2001, 'ConfManagerErrForUnexpected', 'common'],
  [2102, 'ConfManagerErrCreateConfig', 'config'],
  [2103, 'ConfManagerErrQueryConfig', 'config'],
  [2104, 'ConfManagerErrUpdateConfig', 'config'],
  [2105, 'ConfManagerErrDeleteConfig', 'config'],
  [2106, 'ConfManagerErrBatchQueryConfig', 'config'],
  [2200, 'ConfManagerErrGenerateKeyCerts', 'config'],
  [3000, 'ReporterErrRequestInvalidate', 'common'],
  [3001, 'ReporterErrForUnexptected', 'common'],
  [11100, 'KusciaAPIErrRequestValidate', 'common', 'documented'],
  [11101, 'KusciaAPIErrForUnexpected', 'common', 'documented'],
  [11102, 'KusciaAPIErrAuthFailed', 'common', 'documented'],
  [11103, 'KusciaAPIErrRequestMasterFailed', 'common', 'documented', 'retryable'],
  [11104, 'KusciaAPIErrLiteAPINotSupport', 'common', 'documented'],
  [11105, 'KusciaAPIErrMasterAPINotSupport', 'common'],
  [11201, 'KusciaAPIErrCreateJob', 'job', 'documented'],
  [11202, 'KusciaAPIErrQueryJob', 'job', 'documented'],
  [11203, 'KusciaAPIErrQueryJobStatus', 'job', 'documented'],
  [11204, 'KusciaAPIErrDeleteJob', 'job', 'documented'],
  [11205, 'KusciaAPIErrStopJob', 'job', 'documented'],
  [11206, 'KusciaAPIErrApproveJob', 'job', 'documented'],
  [11207, 'KusciaAPIErrSuspendJob', 'job', 'documented'],
  [11208, 'KusciaAPIErrRestartJob', 'job', 'documented'],
  [11209, 'KusciaAPIErrCancelJob', 'job', 'documented'],
  [11210, 'KusciaAPIErrSuspendNotRunningJob', 'job', 'warning'],
  [11211, 'KusciaAPIErrRestartNotSuspendedOrFailedJob', 'job', 'warning'],
  [11300, 'KusciaAPIErrCreateDomain', 'domain', 'documented'],
  [11301, 'KusciaAPIErrQueryDomain', 'domain', 'documented'],
  [11302, 'KusciaAPIErrQueryDomainStatus', 'domain', 'documented'],
  [11303, 'KusciaAPIErrUpdateDomain', 'domain', 'documented'],
  [11304, 'KusciaAPIErrDeleteDomain', 'domain', 'documented'],
  [11305, 'KusciaAPIErrDomainNotExists', 'domain', 'documented'],
  [11306, 'KusciaAPIErrDomainExists', 'domain', 'documented', 'warning'],
  [11400, 'KusciaAPIErrCreateDomainRoute', 'domainRoute', 'documented'],
  [11401, 'KusciaAPIErrQueryDomainRoute', 'domainRoute', 'documented'],
  [11402, 'KusciaAPIErrQueryDomainRouteStatus', 'domainRoute', 'documented'],
  [11403, 'KusciaAPIErrDeleteDomainRoute', 'domainRoute', 'documented'],
  [11404, 'KusciaAPIErrDomainRouteNotExists', 'domainRoute', 'documented'],
  [11405, 'KusciaAPIErrDomainRouteExists', 'domainRoute', 'documented', 'warning'],
  [11500, 'KusciaAPIErrCreateDomainDataFailed', 'domainData', 'documented'],
  [11501, 'KusciaAPIErrDeleteDomainDataFailed', 'domainData', 'documented'],
  [11502, 'KusciaAPIErrGetDomainDataFailed', 'domainData', 'documented'],
  [11503, 'KusciaAPIErrListDomainDataFailed', 'domainData', 'documented'],
  [11504, 'KusciaAPIErrMergeDomainDataFailed', 'domainData', 'documented'],
  [11505, 'KusciaAPIErrPatchDomainDataFailed', 'domainData', 'documented'],
  [11506, 'KusciaAPIErrDomainDataNotExists', 'domainData', 'documented'],
  [11507, 'KusciaAPIErrDomainDataExists', 'domainData', 'documented', 'warning'],
  [11600, 'KusciaAPIErrCreateServing', 'serving', 'documented'],
  [11601, 'KusciaAPIErrQueryServing', 'serving', 'documented'],
  [11602, 'KusciaAPIErrQueryServingStatus', 'serving', 'documented'],
  [11603, 'KusciaAPIErrUpdateServing', 'serving', 'documented'],
  [11604, 'KusciaAPIErrDeleteServing', 'serving', 'documented'],
  [11700, 'KusciaAPIErrCreateDomainDataGrant', 'domainDataGrant', 'documented'],
  [11701, 'KusciaAPIErrUpdateDomainDataGrant', 'domainDataGrant', 'documented'],
  [11702, 'KusciaAPIErrQueryDomainDataGrant', 'domainDataGrant', 'documented'],
  [11703, 'KusciaAPIErrDeleteDomainDataGrant', 'domainDataGrant', 'documented'],
  [11704, 'KusciaAPIErrDomainDataGrantExists', 'domainDataGrant', 'documented', 'warning'],
  [11705, 'KusciaAPIErrDomainDataGrantNotExists', 'domainDataGrant', 'documented'],
  [11800, 'KusciaAPIErrCreateDomainDataSource', 'domainDataSource', 'documented'],
  [11801, 'KusciaAPIErrUpdateDomainDataSource', 'domainDataSource', 'documented'],
  [11802, 'KusciaAPIErrQueryDomainDataSource', 'domainDataSource', 'documented'],
  [11803, 'KusciaAPIErrBatchQueryDomainDataSource', 'domainDataSource', 'documented'],
  [11804, 'KusciaAPIErrDeleteDomainDataSource', 'domainDataSource', 'documented'],
  [11805, 'KusciaAPIErrDomainDataSourceExists', 'domainDataSource', 'documented', 'warning'],
  [11806, 'KusciaAPIErrDomainDataSourceNotExists', 'domainDataSource', 'documented'],
  [11807, 'KusciaAPIErrDomainDataSourceInfoEncodeFailed', 'domainDataSource'],
  [11808, 'KusciaAPIErrListDomainDataSource', 'domainDataSource'],
  [11900, 'KusciaAPIErrCreateConfig', 'config'],
  [11901, 'KusciaAPIErrQueryConfig', 'config'],
  [11902, 'KusciaAPIErrUpdateConfig', 'config'],
  [11903, 'KusciaAPIErrDeleteConfig', 'config'],
  [11904, 'KusciaAPIErrBatchQueryConfig', 'config'],
  // Retired: `ErrDomainDataSourceInfoEncodeFailed = 11907` until v0.9 renumbered it to 11807. The doc still
  // lists it and older servers still send it, so it keeps its historic enum name as its key.
  [11907, 'ErrDomainDataSourceInfoEncodeFailed', 'domainDataSource', 'documented'],
  [12100, 'DataMeshErrRequestInvalidate', 'common'],
  [12101, 'DataMeshErrForUnexpected', 'common'],
  [12200, 'DataMeshErrCreateDomainData', 'domainData'],
  [12201, 'DataMeshErrQueryDomainData', 'domainData'],
  [12202, 'DataMeshErrGetDomainDataFromKubeFailed', 'domainData'],
  [12203, 'DataMeshErrMergeDomainDataFailed', 'domainData'],
  [12204, 'DataMeshErrPatchDomainDataFailed', 'domainData'],
  [12205, 'DataMeshErrDeleteDomainDataFailed', 'domainData'],
  [12300, 'DataMeshErrCreateDomainDataSource', 'domainDataSource'],
  [12301, 'DataMeshErrParseDomainDataSourceFailed', 'domainDataSource'],
  [12302, 'DataMeshErrQueryDomainDataSource', 'domainDataSource'],
  [12303, 'DataMeshErrDeleteDomainDataSourceFailed', 'domainDataSource'],
  [12304, 'DataMeshErrDomainDataSourceExists', 'domainDataSource', 'warning'],
  [12305, 'DataMeshErrDomainDataSourceNotExists', 'domainDataSource'],
  [12306, 'DataMeshErrGetDomainDataSourceFromKubeFailed', 'domainDataSource'],
  [12307, 'DataMeshErrDecodeDomainDataSourceInfoFailed', 'domainDataSource'],
  [12308, 'DataMeshErrEncodeDomainDataSourceInfoFailed', 'domainDataSource'],
  [12309, 'DataMeshErrMergeDomainDataSourceFailed', 'domainDataSource'],
  [12310, 'DataMeshErrPatchDomainDataSourceFailed', 'domainDataSource'],
  [12400, 'DataMeshErrCreateDomainDataGrant', 'domainDataGrant'],
  [12401, 'DataMeshErrUpdateDomainDataGrant', 'domainDataGrant'],
  [12402, 'DataMeshErrQueryDomainDataGrant', 'domainDataGrant'],
  [12403, 'DataMeshErrDeleteDomainDataGrant', 'domainDataGrant'],
  [12404, 'DataMeshErrDomainDataGrantExists', 'domainDataGrant', 'warning'],
  [12405, 'DataMeshErrDomainDataGrantNotExists', 'domainDataGrant'],
  [13100, 'KusciaAPIErrCreateAppImage', 'appImage'],
  [13101, 'KusciaAPIErrQueryAppImage', 'appImage'],
  [13102, 'KusciaAPIErrUpdateAppImage', 'appImage'],
  [13103, 'KusciaAPIErrDeleteAppImage', 'appImage'],
  [13104, 'KusciaAPIErrBatchQueryAppImage', 'appImage'],
  [13105, 'KusciaAPIErrAppImageNotExists', 'appImage'],
  [13106, 'KusciaAPIErrAppImageExists', 'appImage', 'warning'],
  [13107, 'KusciaAPIErrListAppImage', 'appImage'],
  [13200, 'KusciaAPIErrQueryLog', 'log'],
  [13201, 'KusciaAPIErrQueryPodNode', 'log'],
] as const satisfies readonly Row[];

/** Every code in the table, as a literal union: `describeKusciaError(11305)` autocompletes. */
export type KusciaErrorCode = (typeof rows)[number][0];

/** The retired number for which a newer code exists. */
const supersededBy: Partial<Record<KusciaErrorCode, KusciaErrorCode>> = { 11907: 11807 };

function serviceOf(code: number): KusciaService {
  if (code < 3000) return 'confmanager';
  if (code < 4000) return 'reporter';
  if (code >= 12000 && code < 13000) return 'datamesh';
  return 'kusciaapi';
}

function toDefinition(row: (typeof rows)[number]): KusciaErrorDefinition {
  const [code, key, category, ...traits] = row;
  const has = (trait: Trait): boolean => (traits as readonly Trait[]).includes(trait);
  const severity: KusciaErrorSeverity = has('warning') ? 'warning' : 'error';
  const replacement = supersededBy[code];
  return Object.freeze({
    code,
    key,
    service: serviceOf(code),
    category,
    retryable: has('retryable'),
    severity,
    documented: has('documented'),
    ...(replacement === undefined ? {} : { supersededBy: replacement }),
  });
}

/** Every Kuscia error code with its metadata, in ascending order of code. */
export const kusciaErrorCodes: readonly KusciaErrorDefinition[] = /* @__PURE__ */ Object.freeze(
  rows.map(toDefinition),
);

const byCode: ReadonlyMap<number, KusciaErrorDefinition> = /* @__PURE__ */ new Map(
  kusciaErrorCodes.map((definition) => [definition.code, definition]),
);

/** The table row for `code`, or `undefined` when Kuscia defines no such code. */
export function getKusciaErrorDefinition(code: number): KusciaErrorDefinition | undefined {
  return byCode.get(code);
}

/** True when `value` is a code in the table; narrows it to `KusciaErrorCode`. */
export function isKusciaErrorCode(value: unknown): value is KusciaErrorCode {
  return typeof value === 'number' && byCode.has(value);
}
