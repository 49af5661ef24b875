import { describe, expect, it } from 'vitest';
import {
  getSecretPadDefinition,
  isSecretPadCode,
  readSecretPadMessage,
  secretpad,
  secretpadCodes,
  secretpadDefinitions,
  secretpadTextsEnUS,
  secretpadTextsZhCN,
} from '../../src/secretpad';
import type { SecretPadCode } from '../../src/secretpad';

// Compile-time: the code type is the union of the 142 literals, not `number`.
const knownCode: SecretPadCode = 202011402;
// @ts-expect-error 11305 is Kuscia's, not SecretPad's
const kusciaCode: SecretPadCode = 11305;

describe('the catalogue', () => {
  it('is the secretpad catalogue with both locales and the reader', () => {
    expect(secretpad.id).toBe('secretpad');
    expect(secretpad.definitions).toBe(secretpadDefinitions);
    expect(Object.keys(secretpad.texts).sort()).toEqual(['en-US', 'zh-CN']);
    expect(secretpad.texts['zh-CN']).toBe(secretpadTextsZhCN);
    expect(secretpad.texts['en-US']).toBe(secretpadTextsEnUS);
    expect(secretpad.readMessage).toBe(readSecretPadMessage);
  });
});

describe('definitions', () => {
  it('are 142 unique codes with unique keys', () => {
    expect(secretpadDefinitions).toHaveLength(142);
    expect(new Set(secretpadDefinitions.map((d) => d.code)).size).toBe(142);
    expect(new Set(secretpadDefinitions.map((d) => d.key)).size).toBe(142);
    expect(secretpadCodes).toEqual(secretpadDefinitions.map((d) => d.code));
  });

  it('belong to the secretpad catalogue and are keyed <EnumClass>.<CONSTANT>', () => {
    for (const definition of secretpadDefinitions) {
      expect(definition.catalog).toBe('secretpad');
      expect(definition.key).toMatch(/^[A-Z][A-Za-z]+ErrorCode\.[A-Z0-9_]+$/);
    }
  });

  it('hold the four ten-digit codes', () => {
    const tenDigits = secretpadDefinitions.filter((d) => d.code > 999_999_999);
    expect(tenDigits.map((d) => [d.code, d.key])).toEqual([
      [2020111011, 'SystemErrorCode.REMOTE_CALL_ERROR'],
      [2020111012, 'SystemErrorCode.REQUEST_FREQUENCY_ERROR'],
      [2020111107, 'SystemErrorCode.SIGNATURE_ERROR'],
      [2020111108, 'SystemErrorCode.VERIFY_SIGNATURE_ERROR'],
    ]);
  });

  it('keep every other code in 202010000–202019999', () => {
    const others = secretpadDefinitions.filter((d) => d.code < 1_000_000_000);
    expect(others).toHaveLength(138);
    for (const { code } of others) expect(code >= 202010000 && code <= 202019999).toBe(true);
  });

  it('group the codes by enum, with its i18n prefix as category (CODES.md §1)', () => {
    const byEnum = new Map<string, { category: string; count: number }>();
    for (const { key, category } of secretpadDefinitions) {
      const enumClass = key.slice(0, key.indexOf('.'));
      const entry = byEnum.get(enumClass) ?? { category, count: 0 };
      expect(entry.category).toBe(category);
      byEnum.set(enumClass, { category, count: entry.count + 1 });
    }
    expect(Object.fromEntries(byEnum)).toEqual({
      SystemErrorCode: { category: 'system', count: 14 },
      InstErrorCode: { category: 'inst', count: 11 },
      DatatableErrorCode: { category: 'datatable', count: 9 },
      NodeErrorCode: { category: 'node', count: 9 },
      ProjectErrorCode: { category: 'project', count: 18 },
      AuthErrorCode: { category: 'auth', count: 5 },
      GraphErrorCode: { category: 'graph', count: 13 },
      DataErrorCode: { category: 'data', count: 6 },
      JobErrorCode: { category: 'project_job', count: 6 },
      UserErrorCode: { category: 'user', count: 3 },
      KusciaGrpcErrorCode: { category: 'kuscia', count: 1 },
      VoteErrorCode: { category: 'vote', count: 9 },
      FeatureTableErrorCode: { category: 'featuretable', count: 3 },
      ModelExportErrorCode: { category: 'model', count: 1 },
      DatasourceErrorCode: { category: 'datasource', count: 11 },
      ConcurrentErrorCode: { category: 'concurrent', count: 3 },
      NodeRouteErrorCode: { category: 'nodeRoute', count: 7 },
      ResultErrorCode: { category: 'result', count: 2 },
      ScheduledErrorCode: { category: 'scheduled', count: 11 },
    });
  });

  it('tell same-named constants apart by enum', () => {
    expect(getSecretPadDefinition(202011517)?.key).toBe(
      'ProjectErrorCode.NON_OUR_CREATION_CAN_VIEWED',
    );
    expect(getSecretPadDefinition(202011713)?.key).toBe(
      'GraphErrorCode.NON_OUR_CREATION_CAN_VIEWED',
    );
    expect(getSecretPadDefinition(202015002)?.key).toBe('ScheduledErrorCode.PROJECT_JOB_NOT_EXIST');
    expect(getSecretPadDefinition(202011901)?.key).toBe('JobErrorCode.PROJECT_JOB_NOT_EXISTS');
  });

  it('are retryable only where an unchanged request may succeed later', () => {
    expect(
      secretpadDefinitions.filter((d) => d.retryable).map((d) => `${d.code} ${d.key}`),
    ).toEqual([
      '2020111012 SystemErrorCode.REQUEST_FREQUENCY_ERROR',
      '202011803 DataErrorCode.FILE_EXISTS_ERROR',
      '202012101 KusciaGrpcErrorCode.RPC_ERROR',
      '202012203 VoteErrorCode.VOTE_SIGNATURE_SYNCHRONIZING',
      '202012601 ConcurrentErrorCode.TASK_INTERRUPTED_ERROR',
      '202012603 ConcurrentErrorCode.TASK_TIME_OUT_ERROR',
    ]);
  });

  it('are warnings only where nothing is broken', () => {
    expect(
      secretpadDefinitions.filter((d) => d.severity === 'warning').map((d) => `${d.code} ${d.key}`),
    ).toEqual([
      '2020111012 SystemErrorCode.REQUEST_FREQUENCY_ERROR',
      '202011206 InstErrorCode.INST_DUPLICATED',
      '202011401 NodeErrorCode.NODE_ALREADY_EXIST_ERROR',
      '202011703 GraphErrorCode.GRAPH_EXISTS',
      '202011806 DataErrorCode.NAME_DUPLICATION_ERROR',
      '202012203 VoteErrorCode.VOTE_SIGNATURE_SYNCHRONIZING',
      '202012205 VoteErrorCode.PROJECT_ARCHIVE_VOTE_ALREADY_EXIST',
      '202012901 NodeRouteErrorCode.NODE_ROUTE_ALREADY_EXISTS',
      '202015008 ScheduledErrorCode.SCHEDULE_TASK_STATUS_NOT_RUNNING',
    ]);
    expect(secretpadDefinitions.filter((d) => d.severity === 'error')).toHaveLength(133);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(secretpadDefinitions)).toBe(true);
    expect(Object.isFrozen(getSecretPadDefinition(202011402))).toBe(true);
  });
});

describe('getSecretPadDefinition and isSecretPadCode', () => {
  it('find a code', () => {
    expect(getSecretPadDefinition(202011402)).toEqual({
      code: 202011402,
      key: 'NodeErrorCode.NODE_CREATE_ERROR',
      catalog: 'secretpad',
      category: 'node',
      retryable: false,
      severity: 'error',
    });
    expect(isSecretPadCode(2020111108)).toBe(true);
    expect(isSecretPadCode(knownCode)).toBe(true);
  });

  it.each([
    kusciaCode,
    0,
    202011400,
    202011111,
    '202011402',
    null,
    undefined,
    Number.NaN,
    { code: 202011402 },
  ])('give nothing for %j', (input) => {
    expect(getSecretPadDefinition(input)).toBeUndefined();
    expect(isSecretPadCode(input)).toBe(false);
  });
});

describe('texts', () => {
  const locales = [
    ['zh-CN', secretpadTextsZhCN],
    ['en-US', secretpadTextsEnUS],
  ] as const;

  it.each(locales)(
    '%s has a title and a resolution for exactly the 142 codes',
    (_locale, texts) => {
      expect(Object.keys(texts).sort()).toEqual(secretpadCodes.map(String).sort());
      for (const code of secretpadCodes) {
        expect(texts[String(code)]?.title.length).toBeGreaterThan(0);
        expect(texts[String(code)]?.resolution.length).toBeGreaterThan(10);
      }
    },
  );

  it.each(locales)(
    '%s resolutions hold no placeholder and no two are the same',
    (_locale, texts) => {
      const resolutions = Object.values(texts).map((text) => text.resolution);
      for (const resolution of resolutions) expect(resolution).not.toMatch(/[{}]/);
      expect(new Set(resolutions).size).toBe(142);
    },
  );

  it('zh-CN resolutions are Chinese, en-US resolutions are English', () => {
    for (const code of secretpadCodes) {
      expect(secretpadTextsZhCN[String(code)]?.resolution).toMatch(/[\u4e00-\u9fff]/);
      expect(secretpadTextsEnUS[String(code)]?.resolution).not.toMatch(
        /[\u3000-\u9fff\uff00-\uffef]/,
      );
    }
  });

  it('resolutions of codes that wrap Kuscia say where its reason is', () => {
    expect(secretpadTextsEnUS['202011402']?.resolution).toContain('node create fail in kuscia');
    expect(secretpadTextsZhCN['202011402']?.resolution).toContain('node create fail in kuscia');
    expect(secretpadTextsEnUS['202011303']?.resolution).toContain('SecretPad server log');
    expect(secretpadTextsZhCN['202011303']?.resolution).toContain('SecretPad 服务端日志');
    expect(secretpadTextsEnUS['202012101']?.resolution).toContain("Kuscia's message");
  });
});
