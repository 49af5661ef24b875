/*
 * Locale modules register themselves: importing src/locales/zh-CN is what makes every zh tag find Chinese.
 * This file imports it; test/locales/not-loaded.test.ts covers an app that does not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerKusciaLocale } from '../../src/core/registry';
import { describeKusciaError, getKusciaLocaleMessages } from '../../src/i18n/index';
import { enUS } from '../../src/locales/en-US/index';
import { zhCN } from '../../src/locales/zh-CN/index';

afterEach(() => {
  registerKusciaLocale(zhCN);
  vi.restoreAllMocks();
});

describe('the zh-CN module, once imported', () => {
  it('answers every zh tag with its text, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'zh_CN', 'ZH-cn']) {
      expect(getKusciaLocaleMessages(tag), tag).toBe(zhCN);
      expect(describeKusciaError(11305, tag).title, tag).toBe('节点不存在异常');
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves English tags and Traditional Chinese to en-US', () => {
    for (const tag of ['en', 'en-US', 'fr', 'zh-TW', 'zh-Hant']) {
      expect(getKusciaLocaleMessages(tag), tag).toBe(enUS);
    }
  });
});

describe('registerKusciaLocale', () => {
  it('lets an app replace the text a tag resolves to', () => {
    const custom = {
      ...zhCN,
      codes: { ...zhCN.codes, 11305: { title: '参与方不存在', resolution: '请先创建' } },
    };
    registerKusciaLocale(custom);
    expect(getKusciaLocaleMessages('zh')).toBe(custom);
    expect(describeKusciaError(11305, 'zh-CN')).toEqual({
      title: '参与方不存在',
      resolution: '请先创建',
    });
  });

  it('ignores what is not a locale`s messages, without throwing', () => {
    for (const value of [
      null,
      undefined,
      42,
      'zh-CN',
      {},
      { locale: 'zh-CN' },
      { ...zhCN, codes: null },
    ]) {
      registerKusciaLocale(value as typeof zhCN);
    }
    expect(getKusciaLocaleMessages('zh-CN')).toBe(zhCN);
  });
});
