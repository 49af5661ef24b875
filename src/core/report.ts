import { enUS } from '../locales/en-US';
import { describeWithMessages } from './format';
import { reviveErrorInfo } from './info';
import { isKusciaLocaleMessages } from './locale';
import type { KusciaLocaleMessages, KusciaUiLabels } from './messages';
import type { KusciaErrorInfo, KusciaErrorText } from './types';

/** What a plain-text report of one failure may be given besides the failure itself; all optional. */
export interface KusciaErrorReportOptions {
  /**
   * The locale the report is written in: field names, source names and, unless `text` is given, the title.
   * Pass `zhCN` from `kuscia-error-kit/locales/zh-CN` for Chinese.
   * @default enUS
   */
  readonly messages?: KusciaLocaleMessages;
  /** The localized title and resolution shown to the user; by default described from `messages`. */
  readonly text?: KusciaErrorText;
  /** Field names and source names, in the user's language; by default those of `messages`. */
  readonly labels?: Pick<KusciaUiLabels, 'fields' | 'sources'>;
  /** When the failure was seen; defaults to now. Written as ISO 8601 (UTC). */
  readonly time?: Date;
}

/**
 * A plain-text report of a failure for support tickets and chat: code, key, title, server message,
 * details, HTTP status, source and time, one per line. Empty fields are left out; `null` gives `''`.
 *
 * @example formatKusciaErrorReport(parseKusciaError(body), { messages: zhCN })
 */
export function formatKusciaErrorReport(
  info: KusciaErrorInfo | null | undefined,
  options?: KusciaErrorReportOptions,
): string {
  if (info === null || info === undefined) return '';
  // Untyped callers may pass anything: every option is checked before it is used.
  const failure = reviveErrorInfo(info);
  const given: KusciaErrorReportOptions = options ?? {};
  const messages = isKusciaLocaleMessages(given.messages) ? given.messages : enUS;
  const text = given.text ?? describeWithMessages(messages, failure);
  const { fields, sources } = given.labels ?? messages.labels;
  const time = given.time instanceof Date ? given.time : new Date();
  const timestamp = Number.isNaN(time.getTime()) ? null : time.toISOString();
  const lines: [string, string | number | null | undefined][] = [
    [fields.code, failure.code],
    [fields.key, failure.definition?.key],
    [fields.title, text.title],
    [fields.serverMessage, failure.serverMessage],
    [fields.details, failure.details],
    [fields.httpStatus, failure.httpStatus],
    [fields.source, sources[failure.source]],
    [fields.time, timestamp],
  ];
  return lines
    .filter((line): line is [string, string | number] => line[1] !== null && line[1] !== undefined)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('\n');
}
