/*
 * registerKusciaCatalog with a small catalogue made here by hand after SecretPad's (codes, keys and texts
 * from /work/shared/secretpad/CODES.md; the bodies are recorded in test/fixtures/kusciaapi). The registry
 * is global: this file registers before its "after" tests and never before its "before" test.
 */
import { describe, expect, it } from 'vitest';
import { KusciaApiError } from '../../src/core/api-error';
import type { KusciaCatalog, KusciaCatalogDefinition } from '../../src/core/catalog';
import { getKusciaErrorDefinition } from '../../src/core/codes';
import { parseKusciaError } from '../../src/core/parse';
import { codePolicy } from '../../src/core/policy';
import { getRegisteredCatalog, registerKusciaCatalog } from '../../src/core/registry';
import { shouldRetryKusciaError } from '../../src/core/retry';
import type { KusciaErrorInfo } from '../../src/core/types';
import { describeKusciaError, formatKusciaErrorReport } from '../../src/i18n/describe';
import { enUS } from '../../src/locales/en-US/index';
import '../../src/locales/zh-CN/index';
import { assertWellFormed, fixture } from './helpers';

const nodeCreate: KusciaCatalogDefinition = {
  code: 202011402,
  key: 'NodeErrorCode.NODE_CREATE_ERROR',
  catalog: 'secretpad',
  category: 'node',
  retryable: false,
  severity: 'error',
};
const authFailed: KusciaCatalogDefinition = {
  code: 202011602,
  key: 'AuthErrorCode.AUTH_FAILED',
  catalog: 'secretpad',
  category: 'auth',
  retryable: false,
  severity: 'error',
};
const tooFrequent: KusciaCatalogDefinition = {
  code: 2020111012,
  key: 'SystemErrorCode.REQUEST_FREQUENCY_ERROR',
  catalog: 'secretpad',
  category: 'system',
  retryable: true,
  severity: 'warning',
};
// Claims a Kuscia code: the catalogue must not take it over.
const impostor: KusciaCatalogDefinition = {
  code: 11305,
  key: 'Impostor.DOMAIN_NOT_EXISTS',
  catalog: 'secretpad',
  category: 'node',
  retryable: true,
  severity: 'warning',
};

const KUSCIA_TAIL = ' node create fail in kuscia :';

const catalog: KusciaCatalog = {
  id: 'secretpad',
  definitions: [nodeCreate, authFailed, tooFrequent, impostor],
  texts: {
    'en-US': {
      '202011402': {
        title: 'Node create error: {0}',
        resolution: 'Check the Kuscia message, then create the node again.',
      },
      '202011602': { title: 'Authentication user failed: {0}', resolution: 'Sign in again.' },
      '2020111012': {
        title: 'request too frequent, please try again late',
        resolution: 'Wait a minute, then retry.',
      },
      '11305': { title: 'Impostor title', resolution: 'Impostor resolution.' },
    },
    // No zh-CN text for 2020111012: the English one stands in.
    'zh-CN': {
      '202011402': {
        title: '节点创建失败: {0}',
        resolution: '请根据 Kuscia 的信息处理后重新创建节点',
      },
      '202011602': { title: '用户认证失败: {0}', resolution: '请重新登录' },
    },
  },
  readMessage(code, message) {
    const colon = message.indexOf(': ');
    const value = colon === -1 ? undefined : message.slice(colon + 2);
    if (value === undefined) return null;
    if (code === authFailed.code && value.startsWith('login is expire')) {
      return { values: { '0': value }, reason: { family: 'sessionExpired' } };
    }
    const tail = value.indexOf(KUSCIA_TAIL);
    return tail === -1
      ? { values: { '0': value } }
      : { values: { '0': value }, kusciaMessage: value.slice(tail + KUSCIA_TAIL.length) };
  },
};

function parse(input: unknown): KusciaErrorInfo {
  const info = parseKusciaError(input);
  assertWellFormed(info);
  return info;
}

describe('before the catalogue is registered', () => {
  it('a SecretPad code is an unknown code of SecretPad`s answer', () => {
    expect(getRegisteredCatalog('secretpad')).toBeUndefined();
    const info = parse(fixture('secretpad-node-create-202011402.json'));
    expect(info).toMatchObject({ source: 'secretpad', code: 202011402, known: false });
    expect(info.definition).toBeUndefined();
    // Unknown as a code, but the Kuscia failure inside the message is still read.
    expect(describeKusciaError(info, 'en-US')).toEqual({
      title: 'Domain “alice” already exists',
      resolution: 'Use another ID, or query or update the existing Domain instead.',
      codeText: {
        title: 'Unrecognized error code 202011402',
        resolution:
          '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
      },
    });
  });
});

describe('after registerKusciaCatalog', () => {
  it('ignores what is not a catalogue, without throwing', () => {
    for (const value of [
      null,
      undefined,
      42,
      'secretpad',
      {},
      { id: 'x' },
      { id: 'x', texts: {} },
    ]) {
      registerKusciaCatalog(value as KusciaCatalog);
    }
    expect(getRegisteredCatalog('x')).toBeUndefined();
    expect(parse(202011402)).toMatchObject({ source: 'kuscia', known: false });
  });

  it('knows the catalogue`s codes, with the catalogue id as their source', () => {
    registerKusciaCatalog(catalog);
    expect(getRegisteredCatalog('secretpad')).toBe(catalog);
    const info = parse(fixture('secretpad-node-create-202011402.json'));
    expect(info).toMatchObject({
      code: 202011402,
      known: true,
      source: 'secretpad',
      serverMessage:
        '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
      retryable: false,
      fingerprint: 'secretpad:202011402',
    });
    // The Kuscia message inside: the domain already exists, a warning whatever SecretPad's code says.
    expect(info.severity).toBe('warning');
    expect(info.reason).toMatchObject({ family: 'alreadyExists', kind: 'Domain', name: 'alice' });
    expect(info.definition).toBe(nodeCreate);
    expect(parse(2020111012)).toMatchObject({ source: 'secretpad', known: true });
  });

  it('takes retryable and severity from the definition, for the info and for the policy', () => {
    const info = parse(fixture('secretpad-rate-limit-2020111012.json'));
    expect(info).toMatchObject({ retryable: true, severity: 'warning' });
    expect(codePolicy(2020111012)).toEqual({ retryable: true, severity: 'warning' });
    expect(shouldRetryKusciaError(0, fixture('secretpad-rate-limit-2020111012.json'))).toBe(true);
    expect(shouldRetryKusciaError(0, fixture('secretpad-node-create-202011402.json'))).toBe(false);
  });

  it('leaves Kuscia`s own codes alone, even one the catalogue claims', () => {
    const info = parse({ status: { code: 11305, message: 'nf' } });
    expect(info).toMatchObject({ source: 'kuscia', retryable: false, severity: 'error' });
    expect(info.definition).toBe(getKusciaErrorDefinition(11305));
    expect(codePolicy(11305)).toEqual({ retryable: false, severity: 'error' });
    expect(describeKusciaError(11305, 'en-US')).toEqual(enUS.codes[11305]);
  });

  it('describes its codes with its own texts, in the locale asked for', () => {
    expect(describeKusciaError(2020111012, 'en-US')).toEqual({
      title: 'request too frequent, please try again late',
      resolution: 'Wait a minute, then retry.',
    });
    expect(describeKusciaError(parse(202011602), 'zh-CN').resolution).toBe('请重新登录');
  });

  it('falls back to the catalogue`s English text when the locale has none', () => {
    expect(describeKusciaError(2020111012, 'zh-CN')).toEqual({
      title: 'request too frequent, please try again late',
      resolution: 'Wait a minute, then retry.',
    });
  });

  it('fills a title`s {0} from what the catalogue reads in the server message', () => {
    const info = parse(fixture('secretpad-node-create-202011402.json'));
    // The Kuscia failure inside gives the title; the catalogue's own, filled, stays beside it.
    expect(describeKusciaError(info, 'zh-CN')).toEqual({
      title: '节点“alice”已存在',
      resolution: '请换一个 ID，或改为查询、更新已有的节点。',
      codeText: {
        title:
          '节点创建失败: alice node create fail in kuscia :domains.kuscia.secretflow "alice" already exists',
        resolution: '请根据 Kuscia 的信息处理后重新创建节点',
      },
    });
  });

  it('drops a placeholder it has no value for, with the separator before it', () => {
    expect(describeKusciaError(202011402, 'en-US').title).toBe('Node create error');
    expect(describeKusciaError(202011402, 'zh-CN').title).toBe('节点创建失败');
    expect(describeKusciaError(parse(202011602), 'en-US').title).toBe('Authentication user failed');
  });

  it('gives the reason the catalogue recognises itself', () => {
    const info = parse(fixture('secretpad-auth-expired-202011602.json'));
    expect(info.reason).toEqual({ family: 'sessionExpired' });
    expect(parse(fixture('secretpad-rate-limit-2020111012.json')).reason).toBeNull();
  });

  it('names SecretPad in the developer message and the report', () => {
    const info = parse(fixture('secretpad-rate-limit-2020111012.json'));
    expect(new KusciaApiError(info).message).toBe('[SecretPad 2020111012] 请求太频繁,请稍后再试');
    const report = formatKusciaErrorReport(info, { time: new Date(0) });
    expect(report.split('\n')).toEqual([
      'Code: 2020111012',
      'Key: SystemErrorCode.REQUEST_FREQUENCY_ERROR',
      'Title: request too frequent, please try again late',
      'Server message: 请求太频繁,请稍后再试',
      'Source: SecretPad',
      'Time: 1970-01-01T00:00:00.000Z',
    ]);
  });

  it('changes nothing when the same catalogue is registered again', () => {
    registerKusciaCatalog(catalog);
    expect(getRegisteredCatalog('secretpad')).toBe(catalog);
    expect(parse(202011402).definition).toBe(nodeCreate);
  });

  it('survives a readMessage that throws: no reason, the rest intact', () => {
    registerKusciaCatalog({
      ...catalog,
      readMessage: () => {
        throw new Error('catalogue bug');
      },
    });
    const info = parse(fixture('secretpad-auth-expired-202011602.json'));
    expect(info).toMatchObject({ source: 'secretpad', code: 202011602, reason: null });
  });
});
