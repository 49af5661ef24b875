import {
  describeWithMessages,
  type KusciaErrorDescription,
  type KusciaErrorSubject,
} from '../core/describe';
import { reviveErrorInfo } from '../core/info';
import type { KusciaMessageOverrides } from '../core/messages';
import { formatReportWithMessages, type KusciaReportParts } from '../core/report';
import type { KusciaErrorInfo } from '../core/types';
import { getKusciaLocaleMessages, type KusciaLocaleInput } from './resolve';

/**
 * Localized `{ title, resolution }` for a Kuscia code or a parsed failure. Unknown codes get a generic
 * text that names the code; gRPC codes 1-16 their own; a locale that is not loaded falls back to en-US.
 * `overrides` replaces any text per locale: `{ 'en-US': { 11305: { title: 'Party missing' } } }`.
 *
 * @example describeKusciaError(11305, 'zh-CN').title // '节点不存在异常' (once zh-CN is loaded)
 */
export function describeKusciaError(
  subject: KusciaErrorSubject,
  locale?: KusciaLocaleInput | null,
  overrides?: KusciaMessageOverrides,
): KusciaErrorDescription {
  const messages = getKusciaLocaleMessages(locale);
  return describeWithMessages(messages, subject, overrides?.[messages.locale]);
}

/** Options of `formatKusciaErrorReport`; all optional. */
export interface KusciaErrorReportOptions extends KusciaReportParts {
  /**
   * The locale the report is written in (field names, source names, and the title unless `text` is given).
   * @default 'en-US'
   */
  readonly locale?: KusciaLocaleInput | undefined;
}

/**
 * A plain-text report of a failure for support tickets and chat: code, key, title, server message, details,
 * HTTP status, source and time, one per line. Empty fields are left out; `null` gives `''`.
 *
 * @example formatKusciaErrorReport(parseKusciaError(body), { locale: 'zh-CN' })
 */
export function formatKusciaErrorReport(
  info: KusciaErrorInfo | null | undefined,
  options?: KusciaErrorReportOptions,
): string {
  if (info === null || info === undefined) return '';
  const { locale, ...parts } = options ?? {};
  return formatReportWithMessages(getKusciaLocaleMessages(locale), reviveErrorInfo(info), parts);
}
