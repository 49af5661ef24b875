import { isKusciaLocaleMessages, resolveKusciaLocale } from '../core/locale';
import type { KusciaLocaleMessages } from '../core/messages';
import { getRegisteredLocale } from '../core/registry';
import type { KusciaLocale } from '../core/types';
import { defaultMessages } from './default-locale';
import { withReasonTexts } from './reason-texts';

/** A BCP 47 tag (negotiated to a shipped locale) or a locale's messages object. */
export type KusciaLocaleInput = string | KusciaLocaleMessages;

// Bundlers replace `process.env.NODE_ENV`; where nothing defines `process` (a browser without a bundler)
// the read throws and the development-only warnings stay quiet. Declared here: the library's own build
// has no Node types.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

const warned = new Set<KusciaLocale>();

function warnNotLoaded(tag: string, locale: KusciaLocale): void {
  if (warned.has(locale) || !isDevelopment()) return;
  warned.add(locale);
  console.warn(
    `kuscia-error-kit: the locale "${tag}" needs the ${locale} text, which this app has not loaded, so ` +
      `${defaultMessages.locale} is shown. Add \`import 'kuscia-error-kit/locales/${locale}';\` once, ` +
      `e.g. next to your app's entry.`,
  );
}

/**
 * The text for a locale: a messages object as it is, or a tag (`'zh'`, `'zh-Hans-CN'`, `'en-GB'` …)
 * negotiated to a shipped locale and found among the loaded ones. A tag whose locale is not loaded gets
 * the default (en-US), with a development-mode warning that names the import to add.
 */
export function getKusciaLocaleMessages(locale?: KusciaLocaleInput | null): KusciaLocaleMessages {
  return withReasonTexts(resolveLocaleMessages(locale));
}

/**
 * `getKusciaLocaleMessages` as the components use it: the built-in en-US comes without its reason texts,
 * which only the components that describe a cause add (`withReasonTexts`).
 */
export function resolveLocaleMessages(locale?: KusciaLocaleInput | null): KusciaLocaleMessages {
  if (isKusciaLocaleMessages(locale)) return locale;
  if (typeof locale !== 'string') return defaultMessages;
  const resolved = resolveKusciaLocale(locale);
  if (resolved === defaultMessages.locale) return defaultMessages;
  const loaded = getRegisteredLocale(resolved);
  if (loaded) return loaded;
  warnNotLoaded(locale, resolved);
  return defaultMessages;
}
