import { describe, expect, it } from 'vitest';
import { secretpad } from '../../src/secretpad';
import { catalogKeyOf, readCatalog, readCatalogFile } from './properties';

/*
 * The catalogue's titles are SecretPad's own texts: compared character for character with the two catalog
 * files copied from secretflow/secretpad @ 128ccd37 (= v0.12.0b0) into test/fixtures/secretpad.
 */
const zh = readCatalog('zh');
const en = readCatalog('en');
const ORPHAN = 'project.GRAPH_DEPENDENT_MODEL_NOT_EXISTS';

describe('the catalog files', () => {
  it('hold the same 143 keys', () => {
    expect(zh.size).toBe(143);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('carry the Apache-2.0 header of Ant Group', () => {
    for (const language of ['zh', 'en'] as const) {
      expect(readCatalogFile(language)).toContain('# Copyright 2023 Ant Group Co., Ltd.');
      expect(readCatalogFile(language)).toContain('Licensed under the Apache License, Version 2.0');
    }
  });

  it('have one orphan key that no code uses', () => {
    expect(zh.get(ORPHAN)).toBe('项目中依赖的模型不存在');
    expect(en.get(ORPHAN)).toBe('project dependent model not exist');
    expect(secretpad.definitions.map(catalogKeyOf)).not.toContain(ORPHAN);
  });

  it('have a key for every definition, and every key but the orphan is used exactly once', () => {
    const used = secretpad.definitions.map(catalogKeyOf);
    expect(new Set(used).size).toBe(142);
    expect([...zh.keys()].filter((key) => key !== ORPHAN).sort()).toEqual([...used].sort());
  });
});

describe('titles are the catalog texts, character for character', () => {
  for (const definition of secretpad.definitions) {
    const key = catalogKeyOf(definition);
    it(`${definition.code} ${definition.key} (${key})`, () => {
      expect(secretpad.texts['zh-CN']?.[String(definition.code)]?.title).toBe(zh.get(key));
      expect(secretpad.texts['en-US']?.[String(definition.code)]?.title).toBe(en.get(key));
    });
  }
});

describe('the oddities stay verbatim', () => {
  const title = (locale: string, code: number) => secretpad.texts[locale]?.[String(code)]?.title;

  it.each([
    ['zh-CN', 202011203, 'i传入机构与登录机构不匹配:{0}'],
    ['en-US', 202011405, 'Domain data not exits: {0}'],
    ['zh-CN', 202011405, 'Domain data不存在 {0}'],
    ['en-US', 2020111012, 'request too frequent, please try again late'],
    ['zh-CN', 202011518, '项目创建失败:'],
    ['en-US', 202011518, 'project create failed'],
    ['zh-CN', 202015005, '有任务在运行无法删除'],
    ['zh-CN', 202011509, '之后审批中的项目可以被直接归档'],
    ['en-US', 202011706, 'Graph component 18n config error: {0}'],
    ['en-US', 202012508, 'S3 API error : {0}'],
    ['zh-CN', 202012904, '路由删除失败 {0}'],
    ['zh-CN', 2020111108, '签名校验错误: {0}'],
    [
      'en-US',
      2020111108,
      'Due to system upgrade or message tampering, project data is lost, recommended to initiate a new project invitation',
    ],
    ['en-US', 202011506, "Project has graph, can't delete"],
  ] as const)('%s %i: %s', (locale, code, text) => {
    expect(title(locale, code)).toBe(text);
  });

  it('USER_NOT_FOUND and USER_PASSWORD_ERROR share their texts, as do both NON_OUR_CREATION_CAN_VIEWED', () => {
    for (const locale of ['zh-CN', 'en-US']) {
      expect(title(locale, 202011600)).toBe(title(locale, 202011601));
      expect(title(locale, 202011517)).toBe(title(locale, 202011713));
    }
  });
});
