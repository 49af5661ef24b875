/*
 * describeKusciaError through the `./core` entry (the core plus its text). This file imports the zh-CN
 * locale, which registers it, so zh tags find Chinese here; test/locales/not-loaded.test.ts covers the
 * other case. Expected texts are literals or the locales' own data, never describe's own output.
 */
import { describe, expect, it } from 'vitest';
import {
  describeKusciaError,
  getKusciaLocaleMessages,
  kusciaErrorCodes,
  parseKusciaError,
  resolveKusciaLocale,
  type KusciaErrorInfo,
  type KusciaErrorText,
  type KusciaLocaleMessages,
} from '../../src/entries/core';
import { enUS } from '../../src/locales/en-US/index';
import { zhCN } from '../../src/locales/zh-CN/index';
import { fixture } from './helpers';

const LOCALES = [
  ['en-US', enUS],
  ['zh-CN', zhCN],
] as const;

/** The generic text of an unknown code, in each locale, as the test spells it. */
const unknownCodeTitle = {
  'en-US': (code: number) => `Unrecognized error code ${String(code)}`,
  'zh-CN': (code: number) => `未知错误码 ${String(code)}`,
} as const;

function info(input: unknown): KusciaErrorInfo {
  const parsed = parseKusciaError(input);
  if (parsed === null) throw new Error('expected a failure');
  return parsed;
}

function expectText(text: KusciaErrorText): void {
  expect(typeof text.title).toBe('string');
  expect(typeof text.resolution).toBe('string');
  expect(text.title.trim()).not.toBe('');
  expect(text.resolution.trim()).not.toBe('');
  expect(text.title).not.toMatch(/\{(code|status)\}/);
  expect(text.resolution).not.toMatch(/\{(code|status)\}/);
}

describe('resolveKusciaLocale', () => {
  it.each(['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh-cn', 'zh_CN', 'ZH', 'zh-SG', ' zh-CN '])(
    '%s → zh-CN',
    (tag) => {
      expect(resolveKusciaLocale(tag)).toBe('zh-CN');
    },
  );

  it.each(['en', 'en-US', 'en-GB', 'fr', 'fr-FR', 'ja', '', 'zhx', 'x-zh', '*'])(
    '%j → en-US',
    (tag) => {
      expect(resolveKusciaLocale(tag)).toBe('en-US');
    },
  );

  it('gives en-US for undefined and null', () => {
    expect(resolveKusciaLocale()).toBe('en-US');
    expect(resolveKusciaLocale(undefined)).toBe('en-US');
    expect(resolveKusciaLocale(null)).toBe('en-US');
  });

  it.each(['zh-TW', 'zh-Hant', 'zh-Hant-TW', 'zh-HK', 'zh_TW', 'zh-MO', 'zh-hant-hk'])(
    '%s (Traditional script) → en-US rather than the wrong script',
    (tag) => {
      expect(resolveKusciaLocale(tag)).toBe('en-US');
    },
  );
});

describe('getKusciaLocaleMessages', () => {
  it('picks a loaded locale for a tag, and en-US by default', () => {
    expect(getKusciaLocaleMessages('zh-Hans-CN')).toBe(zhCN);
    expect(getKusciaLocaleMessages('en-GB')).toBe(enUS);
    expect(getKusciaLocaleMessages()).toBe(enUS);
    expect(getKusciaLocaleMessages(null)).toBe(enUS);
  });

  it('returns a messages object passed in', () => {
    expect(getKusciaLocaleMessages(zhCN)).toBe(zhCN);
  });
});

describe('describeKusciaError: codes', () => {
  it('gives the upstream zh-CN title of 11305 verbatim', () => {
    expect(describeKusciaError(11305, 'zh-CN').title).toBe('节点不存在异常');
    expect(describeKusciaError(11305, 'zh').title).toBe('节点不存在异常');
    expect(describeKusciaError(11305, 'zh-Hans-CN').title).toBe('节点不存在异常');
  });

  it('negotiates the locale tag', () => {
    for (const tag of ['zh', 'zh-Hans', 'zh-Hans-CN', 'zh-cn', 'zh_CN'])
      expect(describeKusciaError(11305, tag), tag).toEqual(zhCN.codes[11305]);
    for (const tag of ['en', 'en-GB', 'fr', '', 'zh-TW', 'zh-Hant'])
      expect(describeKusciaError(11305, tag), tag).toEqual(enUS.codes[11305]);
    expect(describeKusciaError(11305)).toEqual(enUS.codes[11305]);
    expect(describeKusciaError(11305, undefined)).toEqual(enUS.codes[11305]);
    expect(describeKusciaError(11305, null)).toEqual(enUS.codes[11305]);
    expect(describeKusciaError(11305, 'en-US').title).toBe('Domain not found');
  });

  it('has a complete text for every code of the table in both locales', () => {
    for (const [locale, messages] of LOCALES) {
      for (const { code } of kusciaErrorCodes) {
        const text = describeKusciaError(code, locale);
        expectText(text);
        expect(text).toEqual(messages.codes[code]);
      }
    }
  });

  it('names an unknown code in both locales', () => {
    for (const [locale, messages] of LOCALES) {
      for (const code of [11999, 202011402, -1, 0, 99, 17]) {
        expect(describeKusciaError(code, locale), `${locale} ${String(code)}`).toEqual({
          title: unknownCodeTitle[locale](code),
          resolution: messages.generic.unknownCode.resolution,
        });
      }
    }
  });

  it('gives each gRPC code 1-16 its own text, in both locales', () => {
    for (const [locale, messages] of LOCALES) {
      const titles = new Set<string>();
      for (let code = 1; code <= 16; code += 1) {
        const text = describeKusciaError(code, locale);
        expectText(text);
        expect(text).toEqual(messages.grpc[code as 1]);
        expect(text.resolution).not.toBe(messages.generic.unknownCode.resolution);
        titles.add(text.title);
      }
      expect(titles.size, locale).toBe(16);
    }
    expect(describeKusciaError(14, 'en-US').title).toBe('Service unavailable');
  });

  it('describes a non-integer code, NaN and the infinities as an unknown failure', () => {
    for (const code of [1.5, 2.5, Number.NaN, Infinity, -Infinity, 11305.5, 0.5, 16.5, -3.2]) {
      expect(describeKusciaError(code, 'en-US'), String(code)).toEqual({
        title: 'Something went wrong',
        resolution: enUS.generic.unknown.resolution,
      });
      expect(describeKusciaError(code, 'zh-CN'), String(code)).toEqual(zhCN.generic.unknown);
    }
  });
});

describe('describeKusciaError: overrides', () => {
  it('overrides the title only and keeps the resolution', () => {
    const text = describeKusciaError(11305, 'en-US', {
      'en-US': { 11305: { title: 'Party missing' } },
    });
    expect(text).toEqual({ title: 'Party missing', resolution: enUS.codes[11305].resolution });
  });

  it('overrides the resolution only and keeps the title', () => {
    const text = describeKusciaError(11305, 'zh-CN', {
      'zh-CN': { 11305: { resolution: '请联系管理员' } },
    });
    expect(text).toEqual({ title: '节点不存在异常', resolution: '请联系管理员' });
  });

  it('ignores empty-string overrides', () => {
    expect(
      describeKusciaError(11305, 'en-US', { 'en-US': { 11305: { title: '', resolution: '' } } }),
    ).toEqual(enUS.codes[11305]);
  });

  it('overrides apply after locale negotiation', () => {
    expect(
      describeKusciaError(11305, 'zh', { 'zh-CN': { 11305: { title: '参与方不存在' } } }).title,
    ).toBe('参与方不存在');
    expect(
      describeKusciaError(11305, 'en-GB', { 'en-US': { 11305: { title: 'Party missing' } } }).title,
    ).toBe('Party missing');
  });

  it('does not leak overrides of another locale', () => {
    const overrides = { 'en-US': { 11305: { title: 'Party missing' } } };
    expect(describeKusciaError(11305, 'zh-CN', overrides).title).toBe('节点不存在异常');
    const zhOnly = { 'zh-CN': { generic: { network: { title: '网络不通' } } } };
    expect(describeKusciaError(info(new TypeError('Failed to fetch')), 'en-US', zhOnly).title).toBe(
      enUS.generic.network.title,
    );
  });

  it('overrides a code outside the table, and an unknown code keeps its {code} filled', () => {
    expect(
      describeKusciaError(202011402, 'zh-CN', {
        'zh-CN': { 202011402: { title: '节点路由不存在' } },
      }).title,
    ).toBe('节点路由不存在');
    const text = describeKusciaError(11999, 'en-US', {
      'en-US': { 11999: { resolution: 'See runbook for {code}.' } },
    });
    expect(text).toEqual({
      title: 'Unrecognized error code 11999',
      resolution: 'See runbook for 11999.',
    });
  });

  it('overrides the generic unknown-code text', () => {
    const text = describeKusciaError(424242, 'en-US', {
      'en-US': { generic: { unknownCode: { title: 'Code {code} from the future' } } },
    });
    expect(text.title).toBe('Code 424242 from the future');
  });

  it('overrides generic texts (generic.network)', () => {
    const network = info(new TypeError('Failed to fetch'));
    const text = describeKusciaError(network, 'en-US', {
      'en-US': { generic: { network: { title: 'Offline?' } } },
    });
    expect(text).toEqual({ title: 'Offline?', resolution: enUS.generic.network.resolution });
  });

  it('overrides a gRPC code', () => {
    expect(
      describeKusciaError(14, 'en-US', { 'en-US': { 14: { title: 'Kuscia is restarting' } } })
        .title,
    ).toBe('Kuscia is restarting');
  });
});

describe('describeKusciaError: parsed failures', () => {
  it('describes a Kuscia info as its code when its message names no cause', () => {
    for (const [locale, messages] of LOCALES) {
      const plain = { status: { code: 11305, message: 'doBizProcess panic, err: nil map' } };
      expect(describeKusciaError(info(plain), locale)).toEqual(messages.codes[11305]);
      expect(describeKusciaError(info(fixture('grpc-unavailable.json')), locale)).toEqual(
        messages.grpc[14],
      );
    }
  });

  it('gives the cause the title when the message names one, and keeps the code`s text beside it', () => {
    const notFound = info(fixture('domain-not-exists-11305.json'));
    expect(describeKusciaError(notFound, 'en-US')).toEqual({
      title: 'Domain “bob” does not exist',
      resolution:
        'Check the ID in the request, or create the Domain first; it may also have been deleted in the meantime.',
      codeText: {
        title: 'Domain not found',
        resolution: enUS.codes[11305].resolution,
      },
    });
    expect(describeKusciaError(notFound, 'zh-CN')).toMatchObject({
      title: '节点“bob”不存在',
      codeText: { title: '节点不存在异常', resolution: '节点不存在异常，确认节点是否存在' },
    });
  });

  it('keeps the code`s text for a reason it has no text for (a family from a newer kit, read back from JSON)', () => {
    const revived = {
      ...info(fixture('domain-not-exists-11305.json')),
      reason: { family: 'bogus' },
    };
    for (const locale of ['en-US', 'zh-CN']) {
      const text = describeKusciaError(revived as KusciaErrorInfo, locale);
      expect(text.title).toBe(locale === 'en-US' ? 'Domain not found' : '节点不存在异常');
      expect(text).not.toHaveProperty('codeText');
    }
  });

  it('describes a failure by its code in a locale that brings no reason texts', () => {
    const withoutReasons = { ...zhCN, reasons: undefined };
    const notFound = info(fixture('domain-not-exists-11305.json'));
    expect(describeKusciaError(notFound, withoutReasons).title).toBe('节点不存在异常');
    const enWithout = { ...enUS, reasons: undefined };
    expect(describeKusciaError(notFound, enWithout).title).toBe('Domain not found');
    // The kit's own default en-US (which comes without them, for the badge's sake) finds its own.
    expect(describeKusciaError(notFound).title).toBe('Domain “bob” does not exist');
    expect(describeKusciaError(notFound, 'en-GB').title).toBe('Domain “bob” does not exist');
  });

  it('names a SecretPad code in the unknown-code text while no catalogue is registered', () => {
    for (const [locale] of LOCALES) {
      expect(describeKusciaError(info(fixture('secretpad-9digit.json')), locale).title).toBe(
        unknownCodeTitle[locale](202011402),
      );
    }
  });

  it('gives the server`s own words as the next step of a code no table knows', () => {
    const unknownCode = info({ status: { code: 11999, message: '  quota of jobs exceeded ' } });
    expect(describeKusciaError(unknownCode, 'en-US')).toEqual({
      title: 'Unrecognized error code 11999',
      resolution: 'quota of jobs exceeded',
    });
    expect(describeKusciaError(unknownCode, 'zh-CN')).toEqual({
      title: '未知错误码 11999',
      resolution: 'quota of jobs exceeded',
    });
    // A known code keeps its own next step whatever the message says.
    const known = info({ status: { code: 11305, message: 'domain bob not found' } });
    expect(describeKusciaError(known, 'en-US')).toEqual(enUS.codes[11305]);
  });

  it('says "not a KusciaAPI response" for a 200 whose body is an HTML page', () => {
    const invalid = info({
      isAxiosError: true,
      response: { status: 200, data: '<html><title>Sign in</title></html>' },
    });
    expect(invalid.source).toBe('invalidResponse');
    expect(describeKusciaError(invalid, 'en-US')).toEqual({
      title: 'The answer is not a KusciaAPI response',
      resolution: enUS.generic.invalidResponse.resolution,
    });
    expect(describeKusciaError(invalid, 'en-US').resolution).toContain('8082');
    expect(describeKusciaError(invalid, 'zh-CN')).toEqual({
      title: '返回内容不是 KusciaAPI 响应',
      resolution: zhCN.generic.invalidResponse.resolution,
    });
  });

  it('says "check the token" for the empty 401 in both locales', () => {
    const unauthorized = info(new Response(null, { status: 401 }));
    const en = describeKusciaError(unauthorized, 'en-US');
    const zh = describeKusciaError(unauthorized, 'zh-CN');
    expectText(en);
    expectText(zh);
    expect(`${en.title} ${en.resolution}`).toMatch(/token/i);
    expect(`${zh.title} ${zh.resolution}`).toMatch(/token|令牌/i);
    expect(en).toEqual(enUS.generic.http401);
    expect(zh).toEqual(zhCN.generic.http401);
  });

  it.each([
    [403, 'http403'],
    [404, 'http404'],
    [413, 'http413'],
    [429, 'http429'],
    [502, 'httpGateway'],
    [503, 'httpGateway'],
    [504, 'httpGateway'],
  ] as const)('uses its own text for HTTP %i', (status, key) => {
    for (const [locale, messages] of LOCALES) {
      const text = describeKusciaError(info(new Response(null, { status })), locale);
      expectText(text);
      expect(text).toEqual(messages.generic[key]);
    }
  });

  it.each([
    [400, 'http4xx'],
    [418, 'http4xx'],
    [451, 'http4xx'],
    [500, 'http5xx'],
    [501, 'http5xx'],
    [599, 'http5xx'],
  ] as const)('fills {status} into the class text for HTTP %i', (status, key) => {
    for (const [locale, messages] of LOCALES) {
      const text = describeKusciaError(info(new Response(null, { status })), locale);
      expectText(text);
      expect(`${text.title} ${text.resolution}`).toContain(String(status));
      const template = messages.generic[key];
      expect(text.title).toBe(template.title.replaceAll('{status}', String(status)));
      expect(text.resolution).toBe(template.resolution.replaceAll('{status}', String(status)));
    }
  });

  it('fills {status} as written in each locale', () => {
    expect(describeKusciaError(info(new Response(null, { status: 418 })), 'en-US')).toEqual({
      title: 'Request rejected (HTTP 418)',
      resolution:
        'The server rejected the request with HTTP status 418. Check the path, the headers and the body of the request.',
    });
    expect(describeKusciaError(info(new Response(null, { status: 500 })), 'zh-CN')).toEqual({
      title: '服务端错误（HTTP 500）',
      resolution: '服务端或代理返回了 HTTP 状态码 500，请检查 KusciaAPI 及其前置网关的日志后重试',
    });
  });

  it('fills {status} for a failed status outside 400-599', () => {
    const text = describeKusciaError(info({ response: { status: 302, data: '' } }), 'en-US');
    expect(text.title).toBe('Unexpected response (HTTP 302)');
  });

  it.each([
    ['network', new TypeError('Failed to fetch')],
    ['timeout', new DOMException('t', 'TimeoutError')],
    ['aborted', new DOMException('a', 'AbortError')],
    ['unknown', new Error('boom')],
  ] as const)('uses the generic %s text', (key, error) => {
    for (const [locale, messages] of LOCALES) {
      const text = describeKusciaError(info(error), locale);
      expectText(text);
      expect(text).toEqual(messages.generic[key]);
    }
  });

  it('gives distinct titles to network, timeout, aborted, unknown, invalid response and 401', () => {
    for (const [locale] of LOCALES) {
      const titles = [
        new TypeError('Failed to fetch'),
        new DOMException('t', 'TimeoutError'),
        new DOMException('a', 'AbortError'),
        new Error('boom'),
        { response: { status: 200, data: 'plain text' } },
        new Response(null, { status: 401 }),
        new Response(null, { status: 502 }),
      ].map((error) => describeKusciaError(info(error), locale).title);
      expect(new Set(titles).size, locale).toBe(titles.length);
    }
  });
});

describe('describeKusciaError: a messages object as the locale', () => {
  // A catalogue built from scratch, to show a caller can bring its own locale.
  const custom: KusciaLocaleMessages = {
    ...enUS,
    codes: Object.fromEntries(
      kusciaErrorCodes.map(({ code, key }) => [
        code,
        { title: `T ${key}`, resolution: `R ${code}` },
      ]),
    ) as KusciaLocaleMessages['codes'],
    generic: {
      ...enUS.generic,
      unknownCode: { title: 'Mystery {code}', resolution: 'Ask about {code}.' },
      http5xx: { title: 'Boom {status}', resolution: 'Status was {status}.' },
    },
  };

  it('uses the object as is', () => {
    expect(describeKusciaError(11305, custom)).toEqual({
      title: 'T KusciaAPIErrDomainNotExists',
      resolution: 'R 11305',
    });
    expect(describeKusciaError(77777, custom)).toEqual({
      title: 'Mystery 77777',
      resolution: 'Ask about 77777.',
    });
    expect(describeKusciaError(info(new Response(null, { status: 500 })), custom)).toEqual({
      title: 'Boom 500',
      resolution: 'Status was 500.',
    });
  });

  it('applies the overrides of the object`s locale', () => {
    expect(describeKusciaError(11305, custom, { 'en-US': { 11305: { title: 'X' } } }).title).toBe(
      'X',
    );
    expect(describeKusciaError(11305, custom, { 'zh-CN': { 11305: { title: 'X' } } }).title).toBe(
      'T KusciaAPIErrDomainNotExists',
    );
  });

  it('accepts the shipped locales directly', () => {
    expect(describeKusciaError(11305, zhCN).title).toBe('节点不存在异常');
    expect(describeKusciaError(11305, enUS).title).toBe('Domain not found');
  });
});

// Callers without TypeScript pass what they have. Each of these once threw or showed a raw "{code}".
describe('describeKusciaError: untyped callers', () => {
  it('reads a numeric string as the code', () => {
    expect(describeKusciaError('11305' as unknown as number, 'en-US')).toEqual(enUS.codes[11305]);
    expect(describeKusciaError(' 11305 ' as unknown as number, 'zh-CN').title).toBe(
      '节点不存在异常',
    );
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a word', '__proto__'],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['a symbol', Symbol('x')],
    ['a function', () => 11305],
  ])('describes %s as an unknown failure, without throwing', (_, subject) => {
    for (const [locale, messages] of LOCALES) {
      const text = describeKusciaError(subject as unknown as number, locale);
      expect(text).toEqual(messages.generic.unknown);
    }
  });

  it('reads a plain object field by field, as an info', () => {
    expect(describeKusciaError({ code: 11306 } as unknown as number, 'en-US')).toEqual(
      enUS.codes[11306],
    );
    const gateway = describeKusciaError(
      { source: 'http', httpStatus: 502, code: null } as unknown as number,
      'en-US',
    );
    expect(gateway).toEqual(enUS.generic.httpGateway);
  });

  it('treats a locale that is neither a tag nor a messages object as en-US', () => {
    for (const locale of [{}, { codes: null }, 42, [], { locale: 'zh-CN' }]) {
      expect(describeKusciaError(11305, locale as unknown as string)).toEqual(enUS.codes[11305]);
    }
    expect(getKusciaLocaleMessages({} as unknown as string)).toBe(enUS);
  });

  it('ignores overrides that are not objects', () => {
    for (const messages of [null, 42, 'x', { 'en-US': 7 }, { 'en-US': { 11305: 'short' } }]) {
      expect(describeKusciaError(11305, 'en-US', messages as never)).toEqual(enUS.codes[11305]);
    }
  });
});
