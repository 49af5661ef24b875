import { useContext, useMemo } from 'react';
import { describeWithMessages, type KusciaErrorSubject } from '../core/format';
import { isKusciaLocaleMessages } from '../core/locale';
import type { KusciaLocaleMessages, KusciaLocaleOverrides, KusciaUiLabels } from '../core/messages';
import type { KusciaErrorText } from '../core/types';
import { KusciaErrorContext } from './context';

/** A BCP 47 tag, negotiated by the nearest provider, or a locale's messages object. */
export type KusciaLocaleProp = string | KusciaLocaleMessages;

export interface KusciaMessagesApi {
  readonly messages: KusciaLocaleMessages;
  /** UI labels with the provider's overrides applied. */
  readonly labels: KusciaUiLabels;
  readonly describe: (subject: KusciaErrorSubject) => KusciaErrorText;
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

/** The messages, labels and describer for a component, honouring its `locale` prop and the provider. */
export function useKusciaMessages(locale?: KusciaLocaleProp): KusciaMessagesApi {
  const context = useContext(KusciaErrorContext);
  // A tag goes to the provider; a messages object is used as it is; anything else (untyped callers) is
  // ignored in favour of the provider's locale.
  const messages =
    typeof locale === 'string'
      ? context.resolveLocale(locale)
      : isKusciaLocaleMessages(locale)
        ? locale
        : context.messages;
  const overrides = context.overrides?.[messages.locale];
  return useMemo(
    () => ({
      messages,
      labels: mergeLabels(messages.labels, overrides?.labels),
      describe: (subject: KusciaErrorSubject) => describeWithMessages(messages, subject, overrides),
    }),
    [messages, overrides],
  );
}
