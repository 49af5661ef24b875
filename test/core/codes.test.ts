import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  getKusciaErrorDefinition,
  isKusciaErrorCode,
  kusciaErrorCodes,
  type KusciaErrorCode,
} from '../../src/core/codes';
import type { KusciaErrorDefinition } from '../../src/core/types';

/*
 * The enum of Kuscia's `proto/api/v1alpha1/errorcode/error_code.proto` (v1.1.0b0), written out here by hand
 * as an independent record: a code added, dropped or renamed in `src/core/codes.ts` fails this test.
 * 11907 is the retired number of 11807 (renumbered in v0.9); it keeps its historic enum name.
 */
const upstream: Readonly<Record<number, string>> = {
  2000: 'ConfManagerErrRequestInvalidate',
  2001: 'ConfManagerErrForUnexpected',
  2102: 'ConfManagerErrCreateConfig',
  2103: 'ConfManagerErrQueryConfig',
  2104: 'ConfManagerErrUpdateConfig',
  2105: 'ConfManagerErrDeleteConfig',
  2106: 'ConfManagerErrBatchQueryConfig',
  2200: 'ConfManagerErrGenerateKeyCerts',
  3000: 'ReporterErrRequestInvalidate',
  3001: 'ReporterErrForUnexptected',
  11100: 'KusciaAPIErrRequestValidate',
  11101: 'KusciaAPIErrForUnexpected',
  11102: 'KusciaAPIErrAuthFailed',
  11103: 'KusciaAPIErrRequestMasterFailed',
  11104: 'KusciaAPIErrLiteAPINotSupport',
  11105: 'KusciaAPIErrMasterAPINotSupport',
  11201: 'KusciaAPIErrCreateJob',
  11202: 'KusciaAPIErrQueryJob',
  11203: 'KusciaAPIErrQueryJobStatus',
  11204: 'KusciaAPIErrDeleteJob',
  11205: 'KusciaAPIErrStopJob',
  11206: 'KusciaAPIErrApproveJob',
  11207: 'KusciaAPIErrSuspendJob',
  11208: 'KusciaAPIErrRestartJob',
  11209: 'KusciaAPIErrCancelJob',
  11210: 'KusciaAPIErrSuspendNotRunningJob',
  11211: 'KusciaAPIErrRestartNotSuspendedOrFailedJob',
  11300: 'KusciaAPIErrCreateDomain',
  11301: 'KusciaAPIErrQueryDomain',
  11302: 'KusciaAPIErrQueryDomainStatus',
  11303: 'KusciaAPIErrUpdateDomain',
  11304: 'KusciaAPIErrDeleteDomain',
  11305: 'KusciaAPIErrDomainNotExists',
  11306: 'KusciaAPIErrDomainExists',
  11400: 'KusciaAPIErrCreateDomainRoute',
  11401: 'KusciaAPIErrQueryDomainRoute',
  11402: 'KusciaAPIErrQueryDomainRouteStatus',
  11403: 'KusciaAPIErrDeleteDomainRoute',
  11404: 'KusciaAPIErrDomainRouteNotExists',
  11405: 'KusciaAPIErrDomainRouteExists',
  11500: 'KusciaAPIErrCreateDomainDataFailed',
  11501: 'KusciaAPIErrDeleteDomainDataFailed',
  11502: 'KusciaAPIErrGetDomainDataFailed',
  11503: 'KusciaAPIErrListDomainDataFailed',
  11504: 'KusciaAPIErrMergeDomainDataFailed',
  11505: 'KusciaAPIErrPatchDomainDataFailed',
  11506: 'KusciaAPIErrDomainDataNotExists',
  11507: 'KusciaAPIErrDomainDataExists',
  11600: 'KusciaAPIErrCreateServing',
  11601: 'KusciaAPIErrQueryServing',
  11602: 'KusciaAPIErrQueryServingStatus',
  11603: 'KusciaAPIErrUpdateServing',
  11604: 'KusciaAPIErrDeleteServing',
  11700: 'KusciaAPIErrCreateDomainDataGrant',
  11701: 'KusciaAPIErrUpdateDomainDataGrant',
  11702: 'KusciaAPIErrQueryDomainDataGrant',
  11703: 'KusciaAPIErrDeleteDomainDataGrant',
  11704: 'KusciaAPIErrDomainDataGrantExists',
  11705: 'KusciaAPIErrDomainDataGrantNotExists',
  11800: 'KusciaAPIErrCreateDomainDataSource',
  11801: 'KusciaAPIErrUpdateDomainDataSource',
  11802: 'KusciaAPIErrQueryDomainDataSource',
  11803: 'KusciaAPIErrBatchQueryDomainDataSource',
  11804: 'KusciaAPIErrDeleteDomainDataSource',
  11805: 'KusciaAPIErrDomainDataSourceExists',
  11806: 'KusciaAPIErrDomainDataSourceNotExists',
  11807: 'KusciaAPIErrDomainDataSourceInfoEncodeFailed',
  11808: 'KusciaAPIErrListDomainDataSource',
  11900: 'KusciaAPIErrCreateConfig',
  11901: 'KusciaAPIErrQueryConfig',
  11902: 'KusciaAPIErrUpdateConfig',
  11903: 'KusciaAPIErrDeleteConfig',
  11904: 'KusciaAPIErrBatchQueryConfig',
  11907: 'ErrDomainDataSourceInfoEncodeFailed',
  12100: 'DataMeshErrRequestInvalidate',
  12101: 'DataMeshErrForUnexpected',
  12200: 'DataMeshErrCreateDomainData',
  12201: 'DataMeshErrQueryDomainData',
  12202: 'DataMeshErrGetDomainDataFromKubeFailed',
  12203: 'DataMeshErrMergeDomainDataFailed',
  12204: 'DataMeshErrPatchDomainDataFailed',
  12205: 'DataMeshErrDeleteDomainDataFailed',
  12300: 'DataMeshErrCreateDomainDataSource',
  12301: 'DataMeshErrParseDomainDataSourceFailed',
  12302: 'DataMeshErrQueryDomainDataSource',
  12303: 'DataMeshErrDeleteDomainDataSourceFailed',
  12304: 'DataMeshErrDomainDataSourceExists',
  12305: 'DataMeshErrDomainDataSourceNotExists',
  12306: 'DataMeshErrGetDomainDataSourceFromKubeFailed',
  12307: 'DataMeshErrDecodeDomainDataSourceInfoFailed',
  12308: 'DataMeshErrEncodeDomainDataSourceInfoFailed',
  12309: 'DataMeshErrMergeDomainDataSourceFailed',
  12310: 'DataMeshErrPatchDomainDataSourceFailed',
  12400: 'DataMeshErrCreateDomainDataGrant',
  12401: 'DataMeshErrUpdateDomainDataGrant',
  12402: 'DataMeshErrQueryDomainDataGrant',
  12403: 'DataMeshErrDeleteDomainDataGrant',
  12404: 'DataMeshErrDomainDataGrantExists',
  12405: 'DataMeshErrDomainDataGrantNotExists',
  13100: 'KusciaAPIErrCreateAppImage',
  13101: 'KusciaAPIErrQueryAppImage',
  13102: 'KusciaAPIErrUpdateAppImage',
  13103: 'KusciaAPIErrDeleteAppImage',
  13104: 'KusciaAPIErrBatchQueryAppImage',
  13105: 'KusciaAPIErrAppImageNotExists',
  13106: 'KusciaAPIErrAppImageExists',
  13107: 'KusciaAPIErrListAppImage',
  13200: 'KusciaAPIErrQueryLog',
  13201: 'KusciaAPIErrQueryPodNode',
};

/** The 54 codes of Kuscia's published error-code document (`test/fixtures/kuscia-error-codes.zh-CN.md`). */
const documentedCodes = [
  ...[11100, 11101, 11102, 11103, 11104],
  ...[11201, 11202, 11203, 11204, 11205, 11206, 11207, 11208, 11209],
  ...[11300, 11301, 11302, 11303, 11304, 11305, 11306],
  ...[11400, 11401, 11402, 11403, 11404, 11405],
  ...[11500, 11501, 11502, 11503, 11504, 11505, 11506, 11507],
  ...[11600, 11601, 11602, 11603, 11604],
  ...[11700, 11701, 11702, 11703, 11704, 11705],
  ...[11800, 11801, 11802, 11803, 11804, 11805, 11806],
  11907,
];

const codes = kusciaErrorCodes.map((d) => d.code);

describe('kusciaErrorCodes', () => {
  it('holds 109 codes: the 108 of error_code.proto v1.1.0b0 plus the retired 11907', () => {
    expect(kusciaErrorCodes).toHaveLength(109);
    expect(Object.keys(upstream)).toHaveLength(109);
  });

  it('is in strictly ascending order of code', () => {
    for (let i = 1; i < codes.length; i += 1) {
      expect(codes[i]).toBeGreaterThan(codes[i - 1] as number);
    }
  });

  it('has unique codes and unique keys', () => {
    expect(new Set(codes).size).toBe(codes.length);
    const keys = kusciaErrorCodes.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keys every code with its enum name in error_code.proto', () => {
    const actual = Object.fromEntries(kusciaErrorCodes.map((d) => [d.code, d.key]));
    expect(actual).toEqual(upstream);
  });

  it('does not contain SUCCESS (0)', () => {
    expect(codes).not.toContain(0);
    expect(getKusciaErrorDefinition(0)).toBeUndefined();
  });

  it('marks exactly the 54 codes of the upstream document as documented', () => {
    const documented = kusciaErrorCodes.filter((d) => d.documented).map((d) => d.code);
    expect(documented).toHaveLength(54);
    expect(documented).toEqual(documentedCodes);
  });

  it('marks 11907 as superseded by 11807, and no other code as superseded', () => {
    expect(getKusciaErrorDefinition(11907)?.supersededBy).toBe(11807);
    const superseded = kusciaErrorCodes.filter((d) => d.supersededBy !== undefined);
    expect(superseded.map((d) => d.code)).toEqual([11907]);
    // The old and the new number mean the same thing.
    const [old, current] = [getKusciaErrorDefinition(11907), getKusciaErrorDefinition(11807)];
    expect(old?.category).toBe(current?.category);
    expect(old?.service).toBe(current?.service);
    expect(old?.severity).toBe(current?.severity);
    expect(old?.retryable).toBe(current?.retryable);
  });

  it('marks only 11103 (Lite cannot reach its Master) as retryable', () => {
    expect(kusciaErrorCodes.filter((d) => d.retryable).map((d) => d.code)).toEqual([11103]);
  });

  it('gives every *Exists code the warning severity', () => {
    const exists = kusciaErrorCodes.filter(
      (d) => /Exists$/.test(d.key) && !/NotExists$/.test(d.key),
    );
    expect(exists.map((d) => d.code)).toEqual([
      11306, 11405, 11507, 11704, 11805, 12304, 12404, 13106,
    ]);
    for (const d of exists) expect(d.severity, d.key).toBe('warning');
  });

  it('never gives a not-found code the warning severity', () => {
    for (const d of kusciaErrorCodes.filter((x) => /NotExists$/.test(x.key))) {
      expect(d.severity, d.key).toBe('error');
    }
  });

  it('gives the job state conflicts 11210 and 11211 the warning severity, and nothing else besides *Exists', () => {
    const warnings = kusciaErrorCodes.filter((d) => d.severity === 'warning').map((d) => d.code);
    expect(warnings).toEqual([
      11210, 11211, 11306, 11405, 11507, 11704, 11805, 12304, 12404, 13106,
    ]);
  });

  it('assigns the service by code range', () => {
    for (const d of kusciaErrorCodes) {
      const expected =
        d.code >= 2000 && d.code < 3000
          ? 'confmanager'
          : d.code >= 3000 && d.code < 4000
            ? 'reporter'
            : d.code >= 12000 && d.code < 13000
              ? 'datamesh'
              : 'kusciaapi';
      expect(d.service, String(d.code)).toBe(expected);
    }
    // Every KusciaAPI code is 11xxx or 13xxx.
    for (const d of kusciaErrorCodes.filter((x) => x.service === 'kusciaapi')) {
      expect([11, 13]).toContain(Math.floor(d.code / 1000));
    }
  });

  it('prefixes every key after its service', () => {
    const prefix = {
      confmanager: 'ConfManagerErr',
      reporter: 'ReporterErr',
      datamesh: 'DataMeshErr',
    };
    for (const d of kusciaErrorCodes) {
      if (d.service === 'kusciaapi') {
        expect(d.key, String(d.code)).toMatch(d.code === 11907 ? /^Err/ : /^KusciaAPIErr/);
      } else {
        expect(d.key.startsWith(prefix[d.service]), d.key).toBe(true);
      }
    }
  });

  it('assigns categories by resource range', () => {
    const category = (code: number) => getKusciaErrorDefinition(code)?.category;
    expect(category(11100)).toBe('common');
    expect(category(11105)).toBe('common');
    expect(category(11211)).toBe('job');
    expect(category(11305)).toBe('domain');
    expect(category(11405)).toBe('domainRoute');
    expect(category(11507)).toBe('domainData');
    expect(category(11604)).toBe('serving');
    expect(category(11705)).toBe('domainDataGrant');
    expect(category(11808)).toBe('domainDataSource');
    expect(category(11907)).toBe('domainDataSource');
    expect(category(11904)).toBe('config');
    expect(category(13107)).toBe('appImage');
    expect(category(13200)).toBe('log');
    expect(category(13201)).toBe('log');
    expect(category(12405)).toBe('domainDataGrant');
    expect(category(2200)).toBe('config');
  });

  it('is frozen, and so is every row', () => {
    expect(Object.isFrozen(kusciaErrorCodes)).toBe(true);
    for (const d of kusciaErrorCodes) expect(Object.isFrozen(d)).toBe(true);
  });
});

describe('getKusciaErrorDefinition', () => {
  it('returns the row of a known code', () => {
    expect(getKusciaErrorDefinition(11305)).toEqual({
      code: 11305,
      key: 'KusciaAPIErrDomainNotExists',
      service: 'kusciaapi',
      category: 'domain',
      retryable: false,
      severity: 'error',
      documented: true,
    });
    expect(getKusciaErrorDefinition(11103)).toMatchObject({ retryable: true, documented: true });
    expect(getKusciaErrorDefinition(3001)).toMatchObject({
      key: 'ReporterErrForUnexptected',
      service: 'reporter',
    });
  });

  it('returns the same object as the table holds', () => {
    for (const d of kusciaErrorCodes) expect(getKusciaErrorDefinition(d.code)).toBe(d);
  });

  it('returns undefined for codes Kuscia does not define', () => {
    for (const code of [0, -1, 1, 14, 11106, 11999, 202011402, Number.NaN, Infinity, 11305.5]) {
      expect(getKusciaErrorDefinition(code), String(code)).toBeUndefined();
    }
  });
});

describe('isKusciaErrorCode', () => {
  it('accepts every code of the table', () => {
    for (const code of codes) expect(isKusciaErrorCode(code)).toBe(true);
  });

  it('rejects 0, unknown codes, numeric strings, NaN and non-numbers', () => {
    for (const value of [
      0,
      11999,
      '11305',
      Number.NaN,
      11305n,
      11305.5,
      -11305,
      null,
      undefined,
      {},
      [11305],
    ]) {
      expect(isKusciaErrorCode(value), typeof value).toBe(false);
    }
    expect(isKusciaErrorCode(new Number(11305))).toBe(false);
  });

  it('narrows unknown to the KusciaErrorCode literal union', () => {
    const value: unknown = 11305;
    if (isKusciaErrorCode(value)) {
      expectTypeOf(value).toEqualTypeOf<KusciaErrorCode>();
    }
    expectTypeOf(isKusciaErrorCode).guards.toEqualTypeOf<KusciaErrorCode>();
    expectTypeOf<11305>().toExtend<KusciaErrorCode>();
    expectTypeOf<13201>().toExtend<KusciaErrorCode>();
    expectTypeOf<2000>().toExtend<KusciaErrorCode>();
    expectTypeOf<0>().not.toExtend<KusciaErrorCode>();
    expectTypeOf<11999>().not.toExtend<KusciaErrorCode>();
    expectTypeOf<KusciaErrorDefinition['code']>().toEqualTypeOf<KusciaErrorCode>();
  });
});
