import { describe, expect, it } from 'vitest';
import { parseKusciaError } from '../../src/core/parse';
import type { KusciaErrorInfo } from '../../src/core/types';
import { formatKusciaErrorReport, type KusciaErrorReportOptions } from '../../src/i18n/describe';
import { enUS } from '../../src/locales/en-US/index';
import { zhCN } from '../../src/locales/zh-CN/index';
import { fixture } from './helpers';

// Labels made up for the test, so that the report is shown to take its words from the caller.
const labels: KusciaErrorReportOptions['labels'] = {
  fields: {
    code: 'C',
    key: 'K',
    title: 'T',
    codeTitle: 'CT',
    serverMessage: 'M',
    details: 'D',
    httpStatus: 'H',
    source: 'S',
    time: 'At',
  },
  sources: {
    kuscia: 'src-kuscia',
    secretpad: 'src-secretpad',
    invalidResponse: 'src-invalid',
    http: 'src-http',
    network: 'src-network',
    timeout: 'src-timeout',
    aborted: 'src-aborted',
    unknown: 'src-unknown',
  },
};

const time = new Date('2025-03-04T08:12:40.123Z');
const text = { title: 'Domain not found', resolution: 'Check the domain_id.' };

function info(input: unknown): KusciaErrorInfo {
  const parsed = parseKusciaError(input);
  if (parsed === null) throw new Error('expected a failure');
  return parsed;
}

describe('formatKusciaErrorReport', () => {
  it('lists code, key, title, server message, HTTP status, source and ISO time, one per line', () => {
    const failure = info({
      isAxiosError: true,
      response: { status: 200, data: fixture('domain-not-exists-11305.json') },
    });
    expect(formatKusciaErrorReport(failure, { text, labels, time }).split('\n')).toEqual([
      'C: 11305',
      'K: KusciaAPIErrDomainNotExists',
      'T: Domain not found',
      'M: domains.kuscia.secretflow "bob" not found',
      'H: 200',
      'S: src-kuscia',
      'At: 2025-03-04T08:12:40.123Z',
    ]);
  });

  it('omits empty fields: no code, key, message or details for an empty 401', () => {
    const failure = info(new Response(null, { status: 401 }));
    expect(
      formatKusciaErrorReport(failure, { text: { title: 'Auth', resolution: 'r' }, labels, time }),
    ).toBe(['T: Auth', 'H: 401', 'S: src-http', 'At: 2025-03-04T08:12:40.123Z'].join('\n'));
  });

  it('omits the key of a code outside the table, and the HTTP status when there is none', () => {
    const report = formatKusciaErrorReport(info(fixture('secretpad-9digit.json')), {
      text,
      labels,
      time,
    });
    expect(report.split('\n')).toEqual([
      'C: 202011402',
      'T: Domain not found',
      'M: 节点路由不存在',
      'S: src-secretpad',
      'At: 2025-03-04T08:12:40.123Z',
    ]);
  });

  it('includes details when the server sent some', () => {
    const failure = info({ status: { code: 11101, message: 'panic', details: [{ reason: 'x' }] } });
    const lines = formatKusciaErrorReport(failure, { text, labels, time }).split('\n');
    expect(lines).toContain('D: [{"reason":"x"}]');
    expect(lines.indexOf('D: [{"reason":"x"}]')).toBe(lines.indexOf('M: panic') + 1);
  });

  it('adds the code`s own title after the title when a more specific text gave the title', () => {
    const specific = {
      title: 'Domain “bob” does not exist',
      resolution: 'Create Domain “bob” first.',
      codeText: { title: 'Domain not found', resolution: 'Check the domain_id.' },
    };
    const lines = formatKusciaErrorReport(info(fixture('domain-not-exists-11305.json')), {
      text: specific,
      labels,
      time,
    }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'C: 11305',
      'K: KusciaAPIErrDomainNotExists',
      'T: Domain “bob” does not exist',
      'CT: Domain not found',
    ]);
  });

  it('names each source with the given label', () => {
    const cases: [unknown, string][] = [
      [{ response: { status: 200, data: '<html><title>Sign in</title></html>' } }, 'src-invalid'],
      [new TypeError('Failed to fetch'), 'src-network'],
      [new DOMException('t', 'TimeoutError'), 'src-timeout'],
      [new DOMException('a', 'AbortError'), 'src-aborted'],
      [new Error('boom'), 'src-unknown'],
    ];
    for (const [error, label] of cases) {
      expect(formatKusciaErrorReport(info(error), { text, labels, time })).toContain(`S: ${label}`);
    }
  });

  it('defaults the time to now', () => {
    const before = Date.now();
    const report = formatKusciaErrorReport(info(11305), { text, labels });
    const stamp = /^At: (.+)$/m.exec(report)?.[1];
    expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const at = Date.parse(stamp as string);
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('omits an invalid time instead of throwing', () => {
    const report = formatKusciaErrorReport(info(11305), {
      text,
      labels,
      time: new Date(Number.NaN),
    });
    expect(report).not.toMatch(/^At:/m);
  });

  it('writes the time in UTC whatever the local zone', () => {
    expect(formatKusciaErrorReport(info(11305), { text, labels, time: new Date(0) })).toContain(
      'At: 1970-01-01T00:00:00.000Z',
    );
  });

  it('is plain text: keeps a server message with markup as is, on its line', () => {
    const report = formatKusciaErrorReport(
      info({ status: { code: 11305, message: '<b>bob</b>' } }),
      {
        text,
        labels,
        time,
      },
    );
    expect(report).toContain('M: <b>bob</b>');
  });

  it('works with the shipped labels', () => {
    const failure = info(fixture('domain-not-exists-11305.json'));
    const en = formatKusciaErrorReport(failure, { text, labels: enUS.labels, time });
    expect(en.split('\n')).toEqual([
      'Code: 11305',
      'Key: KusciaAPIErrDomainNotExists',
      'Title: Domain not found',
      'Server message: domains.kuscia.secretflow "bob" not found',
      'Source: KusciaAPI',
      'Time: 2025-03-04T08:12:40.123Z',
    ]);
    const zh = formatKusciaErrorReport(failure, { text, labels: zhCN.labels, time });
    expect(zh.split('\n')).toEqual([
      '错误码: 11305',
      '标识: KusciaAPIErrDomainNotExists',
      '标题: Domain not found',
      '服务端信息: domains.kuscia.secretflow "bob" not found',
      '来源: KusciaAPI',
      '时间: 2025-03-04T08:12:40.123Z',
    ]);
  });

  it('needs no options: en-US words, the described title and the current time', () => {
    const before = Date.now();
    const report = formatKusciaErrorReport(info(fixture('domain-not-exists-11305.json')));
    const lines = report.split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'Code: 11305',
      'Key: KusciaAPIErrDomainNotExists',
      'Title: Domain “bob” does not exist',
      'Code title: Domain not found',
      'Server message: domains.kuscia.secretflow "bob" not found',
      'Source: KusciaAPI',
    ]);
    const stamp = /^Time: (\d{4}-\d\d-\d\dT[\d:.]+Z)$/.exec(lines.at(-1) ?? '')?.[1];
    expect(Date.parse(stamp ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('writes in the locale given as a tag or as messages, title included', () => {
    for (const locale of ['zh-CN', 'zh', zhCN]) {
      const report = formatKusciaErrorReport(info(11305), { locale, time });
      expect(report.split('\n'), typeof locale === 'string' ? locale : 'zhCN').toEqual([
        '错误码: 11305',
        '标识: KusciaAPIErrDomainNotExists',
        '标题: 节点不存在异常',
        '来源: KusciaAPI',
        '时间: 2025-03-04T08:12:40.123Z',
      ]);
    }
  });

  it('names an invalid response in the reader`s words', () => {
    const failure = info({ response: { status: 200, data: 'plain text' } });
    expect(formatKusciaErrorReport(failure, { time }).split('\n')).toEqual([
      'Title: The answer is not a KusciaAPI response',
      'Server message: plain text',
      'HTTP status: 200',
      'Source: Not a KusciaAPI response',
      'Time: 2025-03-04T08:12:40.123Z',
    ]);
    expect(formatKusciaErrorReport(failure, { locale: 'zh-CN', time })).toContain(
      '来源: 非 KusciaAPI 响应',
    );
  });

  it('gives an empty report for no failure, and never throws on untyped input', () => {
    expect(formatKusciaErrorReport(null)).toBe('');
    expect(formatKusciaErrorReport(undefined)).toBe('');
    for (const options of [null, 42, 'x', { locale: {} }, { locale: 42 }, { time: 'yesterday' }]) {
      const report = formatKusciaErrorReport(info(11305), options as never);
      expect(report, JSON.stringify(options)).toMatch(
        /^Code: 11305\nKey: KusciaAPIErrDomainNotExists\nTitle: Domain not found\nSource: KusciaAPI\nTime: \S+Z$/,
      );
    }
    // Not an info: read field by field.
    expect(formatKusciaErrorReport({ code: 11306 } as never, { text, labels, time })).toContain(
      'K: KusciaAPIErrDomainExists',
    );
  });
});
