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
} from '../../src/core';
import { enUS } from '../../src/locales/en-US';
import { zhCN } from '../../src/locales/zh-CN';
import { fixture } from './helpers';

const LOCALES = ['en-US', 'zh-CN'] as const;

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
  it('picks the shipped catalogue for a tag', () => {
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
    const zh = describeKusciaError(11305, 'zh-CN');
    const en = describeKusciaError(11305, 'en-US');
    expect(zh).not.toEqual(en);
    for (const tag of ['zh', 'zh-Hans', 'zh-Hans-CN', 'zh-cn', 'zh_CN'])
      expect(describeKusciaError(11305, tag)).toEqual(zh);
    for (const tag of ['en', 'en-GB', 'fr', '', 'zh-TW', 'zh-Hant'])
      expect(describeKusciaError(11305, tag)).toEqual(en);
    expect(describeKusciaError(11305)).toEqual(en);
    expect(describeKusciaError(11305, undefined)).toEqual(en);
    expect(describeKusciaError(11305, null)).toEqual(en);
  });

  it('has a complete text for every code of the table in both locales', () => {
    for (const locale of LOCALES) {
      for (const { code } of kusciaErrorCodes) {
        const text = describeKusciaError(code, locale);
        expectText(text);
        expect(text).toEqual(getKusciaLocaleMessages(locale).codes[code]);
      }
    }
  });

  it('names an unknown code in both locales', () => {
    for (const locale of LOCALES) {
      for (const code of [11999, 202011402, -1, 0, 99]) {
        const text = describeKusciaError(code, locale);
        expectText(text);
        expect(text.title, `${locale} ${code}`).toContain(String(code));
      }
    }
    expect(describeKusciaError(11999, 'en-US').title).not.toBe(
      describeKusciaError(11998, 'en-US').title,
    );
  });

  it('gives each gRPC code 1-16 its own text, in both locales', () => {
    for (const locale of LOCALES) {
      const unknown = describeKusciaError(99, locale);
      const titles = new Set<string>();
      for (let code = 1; code <= 16; code += 1) {
        const text = describeKusciaError(code, locale);
        expectText(text);
        expect(text).toEqual(getKusciaLocaleMessages(locale).grpc[code as 1]);
        expect(text.resolution).not.toBe(unknown.resolution);
        titles.add(text.title);
      }
      expect(titles.size, locale).toBe(16);
    }
  });

  it('treats 17 and 0 as unknown codes, not gRPC', () => {
    expect(describeKusciaError(17, 'en-US').title).toContain('17');
    expect(describeKusciaError(0, 'en-US').title).toContain('0');
  });

  // BUG: isGrpcCode (src/core/info.ts) only checks 1 <= code <= 16, so a non-integer in that range reaches
  // `messages.grpc[1.5]`, which is undefined, and `pick` reads `.title` of undefined:
  // describeKusciaError(1.5) throws "TypeError: Cannot read properties of undefined (reading 'title')".
  // Fix: `Number.isInteger(code) && code >= 1 && code <= 16` (or fall back to unknownCode when the lookup is missing).
  it('does not throw for a non-integer code in the gRPC range', () => {
    expect(() => describeKusciaError(1.5, 'en-US')).not.toThrow();
    expectText(describeKusciaError(2.5, 'zh-CN'));
  });

  it('does not throw for NaN, infinities and non-integers outside 1-16', () => {
    for (const code of [Number.NaN, Infinity, -Infinity, 11305.5, 0.5, 16.5, -3.2]) {
      expect(() => describeKusciaError(code, 'en-US'), String(code)).not.toThrow();
    }
  });
});

describe('describeKusciaError: overrides', () => {
  it('overrides the title only and keeps the resolution', () => {
    const base = describeKusciaError(11305, 'en-US');
    const text = describeKusciaError(11305, 'en-US', {
      'en-US': { 11305: { title: 'Party missing' } },
    });
    expect(text).toEqual({ title: 'Party missing', resolution: base.resolution });
  });

  it('overrides the resolution only and keeps the title', () => {
    const base = describeKusciaError(11305, 'zh-CN');
    const text = describeKusciaError(11305, 'zh-CN', {
      'zh-CN': { 11305: { resolution: '请联系管理员' } },
    });
    expect(text).toEqual({ title: base.title, resolution: '请联系管理员' });
  });

  it('ignores empty-string overrides', () => {
    expect(
      describeKusciaError(11305, 'en-US', { 'en-US': { 11305: { title: '', resolution: '' } } }),
    ).toEqual(describeKusciaError(11305, 'en-US'));
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
    expect(text.resolution).toBe('See runbook for 11999.');
    expect(text.title).toContain('11999');
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
  it('describes a Kuscia info as its code', () => {
    for (const locale of LOCALES) {
      expect(describeKusciaError(info(fixture('domain-not-exists-11305.json')), locale)).toEqual(
        describeKusciaError(11305, locale),
      );
      expect(describeKusciaError(info(fixture('grpc-unavailable.json')), locale)).toEqual(
        describeKusciaError(14, locale),
      );
    }
  });

  it('names the SecretPad code in the generic text', () => {
    for (const locale of LOCALES) {
      expect(describeKusciaError(info(fixture('secretpad-9digit.json')), locale).title).toContain(
        '202011402',
      );
    }
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
    for (const locale of LOCALES) {
      const text = describeKusciaError(info(new Response(null, { status })), locale);
      expectText(text);
      expect(text).toEqual(getKusciaLocaleMessages(locale).generic[key]);
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
    for (const locale of LOCALES) {
      const text = describeKusciaError(info(new Response(null, { status })), locale);
      expectText(text);
      expect(`${text.title} ${text.resolution}`).toContain(String(status));
      const template = getKusciaLocaleMessages(locale).generic[key];
      expect(text.title).toBe(template.title.replaceAll('{status}', String(status)));
      expect(text.resolution).toBe(template.resolution.replaceAll('{status}', String(status)));
    }
  });

  it('fills {status} for a failed status outside 400-599', () => {
    const text = describeKusciaError(info({ response: { status: 302, data: '' } }), 'en-US');
    expectText(text);
    expect(text.title).toContain('302');
  });

  it.each([
    ['network', new TypeError('Failed to fetch')],
    ['timeout', new DOMException('t', 'TimeoutError')],
    ['aborted', new DOMException('a', 'AbortError')],
    ['unknown', new Error('boom')],
  ] as const)('uses the generic %s text', (key, error) => {
    for (const locale of LOCALES) {
      const text = describeKusciaError(info(error), locale);
      expectText(text);
      expect(text).toEqual(getKusciaLocaleMessages(locale).generic[key]);
    }
  });

  it('gives distinct titles to network, timeout, aborted, unknown and 401', () => {
    for (const locale of LOCALES) {
      const titles = [
        new TypeError('Failed to fetch'),
        new DOMException('t', 'TimeoutError'),
        new Error('boom'),
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

  it('accepts the shipped catalogues directly', () => {
    expect(describeKusciaError(11305, zhCN).title).toBe('节点不存在异常');
    expect(describeKusciaError(11305, enUS)).toEqual(describeKusciaError(11305, 'en-US'));
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
    for (const locale of LOCALES) {
      const text = describeKusciaError(subject as unknown as number, locale);
      expectText(text);
      expect(text).toEqual(getKusciaLocaleMessages(locale).generic.unknown);
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
