import { enUS } from '../locales/en-US';
import { zhCN } from '../locales/zh-CN';
import { describeWithMessages, type KusciaErrorSubject } from './format';
import { isKusciaLocaleMessages, resolveKusciaLocale } from './locale';
import type { KusciaLocaleMessages, KusciaMessageOverrides } from './messages';
import type { KusciaErrorText } from './types';

/** A BCP 47 tag (negotiated to a shipped locale) or a locale's messages object. */
export type KusciaLocaleInput = string | KusciaLocaleMessages;

/** The messages for a tag (`'zh'`, `'zh-Hans-CN'`, `'en-GB'` …) or the object itself. */
export function getKusciaLocaleMessages(locale?: KusciaLocaleInput | null): KusciaLocaleMessages {
  if (isKusciaLocaleMessages(locale)) return locale;
  return resolveKusciaLocale(typeof locale === 'string' ? locale : null) === 'zh-CN' ? zhCN : enUS;
}

/**
 * Localized `{ title, resolution }` for a Kuscia code or a parsed failure. Unknown codes get a generic text
 * that names the code; gRPC codes 1-16 their own; unknown locales fall back to en-US. `messages` overrides
 * any text per locale and code: `{ 'en-US': { 11305: { title: 'Party missing' } } }`.
 *
 * @example describeKusciaError(11305, 'zh-CN').title // '节点不存在异常'
 */
export function describeKusciaError(
  subject: KusciaErrorSubject,
  locale?: KusciaLocaleInput | null,
  messages?: KusciaMessageOverrides,
): KusciaErrorText {
  const catalog = getKusciaLocaleMessages(locale);
  return describeWithMessages(catalog, subject, messages?.[catalog.locale]);
}
