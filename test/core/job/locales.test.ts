/*
 * The job texts of both locales: complete, with the same placeholders per key, each placeholder one the
 * failures of that key can fill, and zh-CN in the upstream doc's vocabulary.
 */
import { describe, expect, it } from 'vitest';
import {
  KUSCIA_JOB_FAMILY_PRECEDENCE,
  KUSCIA_JOB_TEXT_KEYS,
  type KusciaJobTexts,
} from '../../../src/core/job';
import { jobs as enUS } from '../../../src/locales/en-US/jobs';
import { jobs as zhCN } from '../../../src/locales/zh-CN/jobs';

const locales: [string, KusciaJobTexts][] = [
  ['en-US', enUS],
  ['zh-CN', zhCN],
];

/** Parameters each key may use: the family's own (see `KusciaJobFailure.params`) plus task and party words. */
const common = ['domain', 'task', 'appImage'];
const allowed: Record<string, string[]> = {
  imagePull: [...common, 'image', 'container', 'reason', 'detail'],
  outOfMemory: [...common, 'container', 'reason', 'detail'],
  insufficientResources: [...common, 'resource', 'nodes', 'quota', 'detail'],
  configError: [...common, 'role', 'container', 'reason', 'detail'],
  partnerUnreachable: [...common, 'src', 'dst', 'routeReason', 'route', 'detail', 'stage'],
  dataError: [...common, 'container', 'reason', 'detail'],
  appCrash: [...common, 'container', 'reason', 'detail'],
  platformError: [...common, 'container', 'reason', 'detail', 'retries'],
  scheduleTimeout: [...common, 'timeoutSeconds', 'detail'],
  partyThreshold: [...common, 'party', 'remaining', 'threshold', 'failed'],
  approvalRejected: ['by'],
  userAction: ['by', 'action', 'task'],
  jobInvalid: ['detail'],
  unknown: ['domain', 'task', 'by'],
};
/** What a family's base text may use: every failure of the family can fill these (or has a fallback word). */
const baseAllowed = ['domain', 'party', 'by', 'src', 'dst'];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

describe.each(locales)('%s', (_name, texts) => {
  it('has every text key, and no other', () => {
    expect(Object.keys(texts.families).sort()).toEqual([...KUSCIA_JOB_TEXT_KEYS].sort());
  });

  it('names every family, restart verdict and warning', () => {
    expect(Object.keys(texts.familyNames).sort()).toEqual([...KUSCIA_JOB_FAMILY_PRECEDENCE].sort());
    expect(Object.keys(texts.restart).sort()).toEqual(['afterFix', 'no', 'unknown', 'yes']);
    expect(Object.keys(texts.warnings).sort()).toEqual(['failedTaskInRunningJob', 'partyWaiting']);
    expect(Object.keys(texts.fallbacks).sort()).toEqual(['by', 'domain', 'dst', 'party', 'src']);
  });

  it('has no empty text', () => {
    const all: string[] = [
      ...Object.values(texts.families).flatMap((text) => [text.title, text.resolution]),
      ...Object.values(texts.familyNames),
      ...Object.values(texts.restart),
      ...Object.values(texts.warnings),
      ...Object.values(texts.fallbacks),
      ...Object.values(texts.labels),
    ];
    for (const text of all) expect(text.trim()).not.toBe('');
  });

  it('uses only placeholders the failures of each key can fill', () => {
    for (const [key, text] of Object.entries(texts.families)) {
      const family = key.split('.')[0] ?? '';
      const used = placeholders(`${text.title} ${text.resolution}`);
      const permitted = key.includes('.') ? (allowed[family] ?? []) : baseAllowed;
      for (const name of used) expect(permitted, `${key} uses {${name}}`).toContain(name);
    }
  });

  it('writes no stray braces (a `{` is always a placeholder)', () => {
    for (const text of Object.values(texts.families)) {
      for (const part of [text.title, text.resolution]) {
        expect(part.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
      }
    }
  });
});

it('both locales use the same placeholders for each key', () => {
  for (const key of KUSCIA_JOB_TEXT_KEYS) {
    const en = new Set(
      placeholders(`${enUS.families[key].title} ${enUS.families[key].resolution}`),
    );
    const zh = new Set(
      placeholders(`${zhCN.families[key].title} ${zhCN.families[key].resolution}`),
    );
    expect([...zh].sort(), key).toEqual([...en].sort());
  }
  expect(Object.keys(zhCN.labels).sort()).toEqual(Object.keys(enUS.labels).sort());
});

it('zh-CN speaks the upstream doc: 任务 for a Job, 子任务 for a Task, no English resource words', () => {
  const words = /\b(?:jobs?|tasks?|domains?)\b/i;
  for (const text of Object.values(zhCN.families)) {
    for (const part of [text.title, text.resolution]) {
      // Commands in backticks, API field names and the quoted upstream message stay as they are.
      const prose = part
        .replace(/`[^`]*`/g, '')
        .replace(/“[^”]*”/g, '')
        .replace(/\{\w+\}/g, '')
        .replace(/\w+_\w+(?:\.\w+)*/g, '');
      expect(prose).not.toMatch(words);
    }
  }
  expect(zhCN.labels.task).toBe('子任务');
  expect(zhCN.labels.party).toBe('节点');
  expect(zhCN.familyNames.jobInvalid).toBe('任务定义无效');
});
