import type { KusciaUiLabels } from './messages';
import type { KusciaErrorInfo, KusciaErrorText } from './types';

/** What a plain-text report of one failure needs besides the failure itself. */
export interface KusciaErrorReportOptions {
  /** The localized title and resolution shown to the user. */
  readonly text: KusciaErrorText;
  /** Field names and source names, in the user's language. */
  readonly labels: Pick<KusciaUiLabels, 'fields' | 'sources'>;
  /** When the failure was seen; defaults to now. Written as ISO 8601 (UTC). */
  readonly time?: Date;
}

/**
 * A plain-text report of a failure for support tickets and chat: code, key, title, server message,
 * details, HTTP status, source and time, one per line. Empty fields are left out.
 */
export function formatKusciaErrorReport(
  info: KusciaErrorInfo,
  { text, labels, time = new Date() }: KusciaErrorReportOptions,
): string {
  const { fields, sources } = labels;
  const timestamp = Number.isNaN(time.getTime()) ? null : time.toISOString();
  const lines: [string, string | number | null | undefined][] = [
    [fields.code, info.code],
    [fields.key, info.definition?.key],
    [fields.title, text.title],
    [fields.serverMessage, info.serverMessage],
    [fields.details, info.details],
    [fields.httpStatus, info.httpStatus],
    [fields.source, sources[info.source]],
    [fields.time, timestamp],
  ];
  return lines
    .filter((line): line is [string, string | number] => line[1] !== null && line[1] !== undefined)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('\n');
}
