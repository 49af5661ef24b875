/*
 * The reason texts of both locales: every key present and filled, the same placeholders in both
 * languages, and family keys without placeholders (they are the last resort of every key chain).
 */
import { describe, expect, it } from 'vitest';
import {
  KUSCIA_FIELD_ISSUE_KEYS,
  KUSCIA_JOB_PHASES,
  KUSCIA_REASON_TEXT_KEYS,
  type KusciaReasonTexts,
} from '../../../src/core/reason';
import { reasons as enUS } from '../../../src/locales/en-US/reasons';
import { reasons as zhCN } from '../../../src/locales/zh-CN/reasons';
import { FAMILIES } from '../../fixtures/reason/families';

const locales: readonly (readonly [string, KusciaReasonTexts])[] = [
  ['en-US', enUS],
  ['zh-CN', zhCN],
];

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(locales)('%s', (_locale, texts) => {
  it('has a title and a resolution for every text key, and no other key', () => {
    expect(Object.keys(texts.texts).sort()).toEqual([...KUSCIA_REASON_TEXT_KEYS].sort());
    for (const key of KUSCIA_REASON_TEXT_KEYS) {
      expect(texts.texts[key].title.trim(), key).not.toBe('');
      expect(texts.texts[key].resolution.trim(), key).not.toBe('');
    }
  });

  it('has a text for every field issue key and every job phase', () => {
    expect(Object.keys(texts.issues).sort()).toEqual([...KUSCIA_FIELD_ISSUE_KEYS].sort());
    for (const key of KUSCIA_FIELD_ISSUE_KEYS) expect(texts.issues[key].trim(), key).not.toBe('');
    expect(Object.keys(texts.phases).sort()).toEqual([...KUSCIA_JOB_PHASES].sort());
    for (const phase of KUSCIA_JOB_PHASES) expect(texts.phases[phase].trim(), phase).not.toBe('');
  });

  it('has a key for every family, and that key uses no placeholder', () => {
    for (const family of FAMILIES) {
      const text = texts.texts[family as (typeof KUSCIA_REASON_TEXT_KEYS)[number]];
      expect(placeholders(text.title), family).toEqual([]);
      expect(placeholders(text.resolution), family).toEqual([]);
    }
  });

  it('names every API kind', () => {
    expect(Object.keys(texts.kinds).sort()).toEqual(
      [
        'AppImage',
        'Config',
        'Domain',
        'DomainData',
        'DomainDataGrant',
        'DomainDataSource',
        'DomainRoute',
        'Job',
        'Node',
        'Serving',
        'Task',
      ].sort(),
    );
  });

  it('has no text with trailing spaces', () => {
    for (const [key, text] of Object.entries(texts.texts)) {
      expect(text.title, key).toBe(text.title.trim());
      expect(text.resolution, key).toBe(text.resolution.trim());
    }
  });
});

describe('en-US and zh-CN', () => {
  it('use the same placeholders for every key', () => {
    for (const key of KUSCIA_REASON_TEXT_KEYS) {
      const en = enUS.texts[key];
      const zh = zhCN.texts[key];
      expect(placeholders(zh.title + zh.resolution), key).toEqual(
        placeholders(en.title + en.resolution),
      );
    }
    for (const key of KUSCIA_FIELD_ISSUE_KEYS) {
      expect(placeholders(zhCN.issues[key]), key).toEqual(placeholders(enUS.issues[key]));
    }
  });

  it('zh-CN uses the doc’s own nouns', () => {
    expect(zhCN.kinds).toMatchObject({
      Domain: '节点',
      DomainRoute: '节点路由',
      DomainData: '节点数据',
      DomainDataGrant: '数据授权',
      DomainDataSource: '数据源',
      Job: '任务',
      Task: '子任务',
      Serving: 'Serving',
      AppImage: '应用镜像',
      Config: '配置',
    });
  });
});
