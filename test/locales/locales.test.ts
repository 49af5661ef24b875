import { describe, expect, it } from 'vitest';
import { kusciaErrorCodes } from '../../src/core/codes';
import type { KusciaGrpcCode } from '../../src/core/grpc';
import type { KusciaLocaleMessages } from '../../src/core/messages';
import { enUS } from '../../src/locales/en-US/index';
import { zhCN } from '../../src/locales/zh-CN/index';

const locales = [
  ['en-US', enUS],
  ['zh-CN', zhCN],
] as const satisfies readonly (readonly [string, KusciaLocaleMessages])[];

const grpcCodes = Array.from({ length: 16 }, (_, index) => (index + 1) as KusciaGrpcCode);
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Every string in `value` with its dotted path, e.g. `codes.11305.title`. */
function strings(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, path === '' ? key : `${path}.${key}`),
  );
}

/**
 * The strings of the code table, gRPC, generic texts and labels. The reason texts have their own placeholder
 * and completeness checks (test/core/reason); they also name a lite or master node and Kuscia's tasks
 * (`KusciaTask`), which is what those words mean there.
 */
const codeStrings = (messages: KusciaLocaleMessages) =>
  strings({
    codes: messages.codes,
    grpc: messages.grpc,
    generic: messages.generic,
    labels: messages.labels,
  });

/** Where a placeholder is allowed, and which. Everything else must be free of `{…}`. */
const placeholders: Record<string, string> = {
  'generic.unknownCode.title': '{code}',
  'generic.unknownCode.resolution': '',
  'generic.http4xx.title': '{status}',
  'generic.http4xx.resolution': '{status}',
  'generic.http5xx.title': '{status}',
  'generic.http5xx.resolution': '{status}',
  'generic.httpOther.title': '{status}',
  'generic.httpOther.resolution': '{status}',
  'labels.codeBadge': '{code}',
  'labels.supersededBy': '{code}',
};

describe.each(locales)('%s', (tag, messages) => {
  it('declares its locale', () => {
    expect(messages.locale).toBe(tag);
  });

  it('has a title and a resolution for every code in the table, and no other code', () => {
    for (const { code } of kusciaErrorCodes) {
      const text = messages.codes[code];
      expect(text.title.trim(), `${code} title`).not.toBe('');
      expect(text.resolution.trim(), `${code} resolution`).not.toBe('');
    }
    expect(
      Object.keys(messages.codes)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(kusciaErrorCodes.map((d) => d.code).sort((a, b) => a - b));
  });

  it('has a title and a resolution for every gRPC code 1-16', () => {
    for (const code of grpcCodes) {
      expect(messages.grpc[code].title.trim(), `gRPC ${code}`).not.toBe('');
      expect(messages.grpc[code].resolution.trim(), `gRPC ${code}`).not.toBe('');
    }
    expect(Object.keys(messages.grpc)).toHaveLength(16);
  });

  it('has no empty string anywhere', () => {
    for (const [path, text] of strings(messages)) expect(text.trim(), path).not.toBe('');
  });

  it('uses placeholders exactly where the components fill them', () => {
    for (const [path, text] of codeStrings(messages)) {
      const found = text.match(/\{[^}]*\}/g) ?? [];
      const allowed = placeholders[path];
      if (allowed === undefined || allowed === '') expect(found, path).toEqual([]);
      else {
        expect(found.length, path).toBeGreaterThan(0);
        expect(new Set(found), path).toEqual(new Set([allowed]));
      }
    }
  });

  it('is plain text: no angle brackets, no markup', () => {
    for (const [path, text] of strings(messages)) expect(text, path).not.toMatch(/[<>]/);
  });

  it('names 13102 as a failed update of an AppImage', () => {
    expect(messages.codes[13102].title).toMatch(tag === 'en-US' ? /\bupdate\b/i : /更新/);
  });
});

describe('en-US', () => {
  const all = codeStrings(enUS);

  it('has no CJK characters', () => {
    for (const [path, text] of all) expect(text, path).not.toMatch(CJK);
  });

  it('never says "task" (a Kuscia Job is a Job)', () => {
    for (const [path, text] of all) expect(text, path).not.toMatch(/task/i);
  });

  it('never says "node" for a Domain; the only node is a Kubernetes node', () => {
    // The single exception: 13201 is about the Kubernetes node that runs a Pod.
    for (const [path, text] of all) {
      expect(text.replace(/\bKubernetes nodes?\b/g, ''), path).not.toMatch(/\bnodes?\b/i);
    }
    const kubernetesNode = all
      .filter(([, text]) => /\bKubernetes nodes?\b/.test(text))
      .map(([path]) => path);
    expect(kubernetesNode.every((path) => path.startsWith('codes.13201.'))).toBe(true);
  });

  it('writes titles without a trailing period and resolutions as sentences', () => {
    const texts = [
      ...Object.entries(enUS.codes),
      ...Object.entries(enUS.grpc),
      ...Object.entries(enUS.generic),
    ];
    for (const [key, { title, resolution }] of texts) {
      expect(title, key).toMatch(/^[A-Z]/);
      expect(title, key).not.toMatch(/[.!?:;,]$/);
      expect(resolution, key).toMatch(/^[A-Z`]/);
      expect(resolution, key).toMatch(/[.]$/);
    }
  });

  it('calls 11102 a cross-Domain permission failure, not a bad token', () => {
    expect(enUS.codes[11102].title).not.toMatch(/token/i);
    expect(enUS.codes[11102].resolution).toMatch(/Domain/);
    expect(enUS.codes[11102].resolution).toMatch(/401/);
  });
});

describe('zh-CN', () => {
  // Proper names that stay as they are in Chinese text.
  const proper = new Set([
    'sources.kuscia',
    'sources.secretpad',
    'sources.http',
    'categories.serving',
  ]);

  it('keeps the proper names as they are', () => {
    expect(
      [...proper].map((path) => strings(zhCN.labels).find(([at]) => at === path)?.[1]),
    ).toEqual(['KusciaAPI', 'SecretPad', 'HTTP', 'Serving']);
  });

  it('writes every label in Chinese, except proper names', () => {
    for (const [path, text] of strings(zhCN.labels)) {
      if (proper.has(path)) continue;
      expect(text, path).toMatch(CJK);
    }
  });

  it('writes every title and resolution in Chinese', () => {
    for (const [path, text] of strings({
      codes: zhCN.codes,
      grpc: zhCN.grpc,
      generic: zhCN.generic,
    })) {
      expect(text, path).toMatch(CJK);
    }
  });

  it('uses the doc vocabulary for categories', () => {
    expect(zhCN.labels.categories).toEqual({
      common: '通用',
      job: '任务',
      domain: '节点',
      domainRoute: '节点路由',
      domainData: '节点数据',
      serving: 'Serving',
      domainDataGrant: '数据授权',
      domainDataSource: '数据源',
      config: '配置',
      appImage: '应用镜像',
      log: '日志',
    });
  });
});

describe('both locales', () => {
  it('name every failure source, SecretPad and an invalid response included', () => {
    expect(enUS.labels.sources).toEqual({
      kuscia: 'KusciaAPI',
      secretpad: 'SecretPad',
      invalidResponse: 'Not a KusciaAPI response',
      http: 'HTTP',
      network: 'Network',
      timeout: 'Timeout',
      aborted: 'Cancelled',
      unknown: 'Unknown',
    });
    expect(zhCN.labels.sources).toEqual({
      kuscia: 'KusciaAPI',
      secretpad: 'SecretPad',
      invalidResponse: '非 KusciaAPI 响应',
      http: 'HTTP',
      network: '网络',
      timeout: '超时',
      aborted: '已取消',
      unknown: '未知',
    });
  });

  it('label the code`s own title in the report', () => {
    expect(enUS.labels.fields.codeTitle).toBe('Code title');
    expect(zhCN.labels.fields.codeTitle).toBe('错误码描述');
  });

  it('say what to check for an answer that is not KusciaAPI`s: the base URL and port 8082', () => {
    expect(enUS.generic.invalidResponse.title).toBe('The answer is not a KusciaAPI response');
    expect(zhCN.generic.invalidResponse.title).toBe('返回内容不是 KusciaAPI 响应');
    for (const { resolution } of [enUS.generic.invalidResponse, zhCN.generic.invalidResponse]) {
      expect(resolution).toContain('8082');
      expect(resolution).toContain('/api/v1/');
    }
  });

  it('have the same label keys', () => {
    const keys = (messages: KusciaLocaleMessages): string[] =>
      strings(messages.labels)
        .map(([path]) => path)
        .sort();
    expect(keys(zhCN)).toEqual(keys(enUS));
  });
});
