import { describe, expect, it } from 'vitest';
import { parseKusciaError } from '../../src/core/parse';
import { formatKusciaErrorReport, type KusciaErrorReportOptions } from '../../src/core/report';
import type { KusciaErrorInfo } from '../../src/core/types';
import { fixture } from './helpers';

// Labels made up for the test, so that the report is shown to take its words from the caller.
const labels: KusciaErrorReportOptions['labels'] = {
  fields: {
    code: 'C',
    key: 'K',
    title: 'T',
    serverMessage: 'M',
    details: 'D',
    httpStatus: 'H',
    source: 'S',
    time: 'At',
  },
  sources: {
    kuscia: 'src-kuscia',
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
      'S: src-kuscia',
      'At: 2025-03-04T08:12:40.123Z',
    ]);
  });

  it('includes details when the server sent some', () => {
    const failure = info({ status: { code: 11101, message: 'panic', details: [{ reason: 'x' }] } });
    const lines = formatKusciaErrorReport(failure, { text, labels, time }).split('\n');
    expect(lines).toContain('D: [{"reason":"x"}]');
    expect(lines.indexOf('D: [{"reason":"x"}]')).toBe(lines.indexOf('M: panic') + 1);
  });

  it('names each source with the given label', () => {
    const cases: [unknown, string][] = [
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

  it('works with the shipped labels', async () => {
    const { enUS } = await import('../../src/locales/en-US');
    const { zhCN } = await import('../../src/locales/zh-CN');
    const failure = info(fixture('domain-not-exists-11305.json'));
    const en = formatKusciaErrorReport(failure, { text, labels: enUS.labels, time });
    expect(en).toContain(`${enUS.labels.fields.code}: 11305`);
    expect(en).toContain(`${enUS.labels.fields.source}: ${enUS.labels.sources.kuscia}`);
    const zh = formatKusciaErrorReport(failure, { text, labels: zhCN.labels, time });
    expect(zh).toContain(`${zhCN.labels.fields.code}: 11305`);
    expect(zh.split('\n')).toHaveLength(6);
  });

  it('needs no options: en-US words, the described title and the current time', async () => {
    const { enUS } = await import('../../src/locales/en-US');
    const before = Date.now();
    const report = formatKusciaErrorReport(info(fixture('domain-not-exists-11305.json')));
    expect(report).toContain(`${enUS.labels.fields.code}: 11305`);
    expect(report).toContain(`${enUS.labels.fields.title}: ${enUS.codes[11305].title}`);
    const stamp = /: (\d{4}-\d\d-\d\dT[\d:.]+Z)$/.exec(report)?.[1];
    expect(Date.parse(stamp ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('writes in the locale of `messages`, title included', async () => {
    const { zhCN } = await import('../../src/locales/zh-CN');
    const report = formatKusciaErrorReport(info(11305), { messages: zhCN, time });
    expect(report).toContain(`${zhCN.labels.fields.title}: 节点不存在异常`);
    expect(report).toContain(`${zhCN.labels.fields.source}: ${zhCN.labels.sources.kuscia}`);
  });

  it('gives an empty report for no failure, and never throws on untyped input', () => {
    expect(formatKusciaErrorReport(null)).toBe('');
    expect(formatKusciaErrorReport(undefined)).toBe('');
    for (const options of [null, 42, 'x', { messages: {} }, { time: 'yesterday' }]) {
      const report = formatKusciaErrorReport(info(11305), options as never);
      expect(report).toContain('11305');
    }
    // Not an info: read field by field.
    expect(formatKusciaErrorReport({ code: 11306 } as never, { text, labels, time })).toContain(
      'K: KusciaAPIErrDomainExists',
    );
  });
});
