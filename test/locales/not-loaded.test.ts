/*
 * A zh tag where the zh-CN text was never loaded: English, and one development-mode warning that names the
 * import to add. This file must never import src/locales/zh-CN (importing it registers the locale for the
 * whole process); each test starts from fresh modules and an empty registry, so the order of files and
 * tests does not matter.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

const REGISTRY = Symbol.for('kuscia-error-kit.registry');
const IMPORT_LINE = "import 'kuscia-error-kit/locales/zh-CN';";

type Entry = typeof import('../../src/entries/core');

async function freshEntry(): Promise<Entry> {
  vi.resetModules();
  Reflect.deleteProperty(globalThis, REGISTRY);
  return import('../../src/entries/core');
}

let warn: MockInstance<Console['warn']>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
  vi.unstubAllEnvs();
});

describe('a zh tag without the zh-CN locale loaded', () => {
  it('gives the English text and warns once, naming the import to add', async () => {
    const { describeKusciaError } = await freshEntry();
    expect(describeKusciaError(11305, 'zh-CN').title).toBe('Domain not found');
    expect(describeKusciaError(11305, 'zh-Hans-CN').title).toBe('Domain not found');
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0] ?? [];
    expect(message).toBe(
      'kuscia-error-kit: the locale "zh-CN" needs the zh-CN text, which this app has not loaded, so ' +
        `en-US is shown. Add \`${IMPORT_LINE}\` once, e.g. next to your app's entry.`,
    );
  });

  it('resolves getKusciaLocaleMessages and the report to en-US too', async () => {
    const { getKusciaLocaleMessages, formatKusciaErrorReport, parseKusciaError } =
      await freshEntry();
    expect(getKusciaLocaleMessages('zh').locale).toBe('en-US');
    const report = formatKusciaErrorReport(parseKusciaError(11305), {
      locale: 'zh-CN',
      time: new Date(0),
    });
    expect(report.split('\n')[2]).toBe('Title: Domain not found');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not warn for an English or other tag, which are meant to be English', async () => {
    const { describeKusciaError } = await freshEntry();
    for (const tag of ['en-US', 'en-GB', 'fr', 'zh-TW']) describeKusciaError(11305, tag);
    expect(warn).not.toHaveBeenCalled();
  });

  it('stays quiet in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { describeKusciaError } = await freshEntry();
    expect(describeKusciaError(11305, 'zh-CN').title).toBe('Domain not found');
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives Chinese as soon as the locale module is loaded', async () => {
    const { describeKusciaError, getKusciaLocaleMessages } = await freshEntry();
    expect(getKusciaLocaleMessages('zh-CN').locale).toBe('en-US');
    await import('../../src/locales/zh-CN/index');
    expect(describeKusciaError(11305, 'zh-CN').title).toBe('节点不存在异常');
    expect(getKusciaLocaleMessages('zh').locale).toBe('zh-CN');
  });
});
