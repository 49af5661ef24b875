import { useContext, useMemo } from 'react';
import { isKusciaLocaleMessages } from '../core/locale';
import type { KusciaLocaleMessages, KusciaLocaleOverrides, KusciaUiLabels } from '../core/messages';
import { resolveLocaleMessages, type KusciaLocaleInput } from '../i18n/resolve';
import { KusciaErrorContext } from './context';

/** A BCP 47 tag (`zh-CN`, `zh`, `en-GB` …) or a locale's messages object such as `zhCN`. */
export type KusciaLocaleProp = KusciaLocaleInput;

export interface LocaleText {
  readonly messages: KusciaLocaleMessages;
  /** The provider's overrides for this locale. */
  readonly overrides: KusciaLocaleOverrides | undefined;
  /** UI labels with the provider's overrides applied. */
  readonly labels: KusciaUiLabels;
}

function mergeLabels(
  base: KusciaUiLabels,
  override: KusciaLocaleOverrides['labels'],
): KusciaUiLabels {
  if (!override) return base;
  return {
    ...base,
    ...override,
    fields: { ...base.fields, ...override.fields },
    sources: { ...base.sources, ...override.sources },
    categories: { ...base.categories, ...override.categories },
  };
}

/**
 * The text a component shows: its `locale` prop (a tag resolves the same way inside a provider or out of
 * one: to any loaded locale), else the provider's; with the provider's overrides for that locale.
 *
 * `complete` adds what the component needs beyond the locale's base text: the components that describe a
 * cause pass `withReasonTexts`, so that the reason texts are in their bundles and not in the badge's.
 */
export function useLocaleText(
  locale?: KusciaLocaleProp,
  complete?: (messages: KusciaLocaleMessages) => KusciaLocaleMessages,
): LocaleText {
  const context = useContext(KusciaErrorContext);
  // A prop from untyped code that is neither a tag nor messages means "no preference".
  const chosen =
    typeof locale === 'string' || isKusciaLocaleMessages(locale)
      ? resolveLocaleMessages(locale)
      : context.messages;
  const messages = complete ? complete(chosen) : chosen;
  const overrides = context.overrides?.[messages.locale];
  return useMemo(
    () => ({
      messages,
      overrides,
      labels: mergeLabels(messages.labels, overrides?.labels),
    }),
    [messages, overrides],
  );
}
