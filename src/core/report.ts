import { describeWithMessages, type KusciaErrorDescription } from './describe';
import { reviveErrorInfo } from './info';
import type { KusciaLocaleMessages, KusciaUiLabels } from './messages';
import type { KusciaErrorInfo } from './types';

/** What the plain-text report of one failure may be given besides the failure itself. */
export interface KusciaReportParts {
  /** The localized text shown to the user; by default described from the locale's messages. */
  readonly text?: KusciaErrorDescription;
  /** Field names and source names in the user's language; by default those of the locale. */
  readonly labels?: Pick<KusciaUiLabels, 'fields' | 'sources'>;
  /** When the failure was seen; defaults to now. Written as ISO 8601 (UTC). */
  readonly time?: Date;
}

/**
 * A plain-text report of a failure for support tickets and chat, in one locale's words: code, key, title
 * (and the code's own title when the cause gave a more specific one), server message, details, HTTP status,
 * source and time, one per line. Empty fields are left out.
 */
export function formatReportWithMessages(
  messages: KusciaLocaleMessages,
  info: KusciaErrorInfo,
  parts: KusciaReportParts = {},
): string {
  // Untyped callers may pass anything: every part is checked before it is used.
  const failure = reviveErrorInfo(info);
  const text = parts.text ?? describeWithMessages(messages, failure);
  const { fields, sources } = parts.labels ?? messages.labels;
  const time = parts.time instanceof Date ? parts.time : new Date();
  const timestamp = Number.isNaN(time.getTime()) ? null : time.toISOString();
  const lines: [string, string | number | null | undefined][] = [
    [fields.code, failure.code],
    [fields.key, failure.definition?.key],
    [fields.title, text.title],
    [fields.codeTitle, text.codeText?.title],
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
