import { describeKusciaJob as describeWithTexts } from '../core/job/describe';
import type { KusciaJobDescription } from '../core/job/describe';
import type { KusciaJobTexts } from '../core/job/texts';
import type { KusciaJobExplanation } from '../core/job/types';
import { isKusciaLocaleMessages, resolveKusciaLocale } from '../core/locale';
import type { KusciaMessageOverrides } from '../core/messages';
import { getRegisteredJobTexts } from '../core/registry';
import type { KusciaLocale } from '../core/types';
import { enUSJobs } from '../locales/en-US/index';
import { resolveLocaleMessages, type KusciaLocaleInput } from './resolve';

/** The locale the job texts come from, and the texts. */
function jobTextsFor(locale: KusciaLocaleInput | null | undefined): [KusciaLocale, KusciaJobTexts] {
  const tag = isKusciaLocaleMessages(locale)
    ? locale.locale
    : resolveKusciaLocale(typeof locale === 'string' ? locale : null);
  const texts = tag === 'en-US' ? undefined : getRegisteredJobTexts(tag);
  if (texts) return [tag, texts];
  // Not loaded: the same one-time development warning, naming the import, as for the error texts.
  if (tag !== 'en-US') resolveLocaleMessages(tag);
  return ['en-US', enUSJobs];
}

/**
 * The failed-job texts of a locale (a tag, or a locale's messages object): those its locale module
 * registered when it loaded, else en-US.
 */
export function getKusciaJobTexts(locale?: KusciaLocaleInput | null): KusciaJobTexts {
  return jobTextsFor(locale)[1];
}

/**
 * A job explanation (from `explainKusciaJob`) in one locale's words: the primary cause's title and next
 * step, the restart verdict, and every failing task × party. `overrides` replaces texts per locale:
 * `{ 'en-US': { jobs: { 'imagePull.stuck': { title: '…' } } } }`.
 */
export function describeKusciaJob(
  explanation: KusciaJobExplanation,
  locale?: KusciaLocaleInput | null,
  overrides?: KusciaMessageOverrides,
): KusciaJobDescription {
  const [tag, texts] = jobTextsFor(locale);
  return describeWithTexts(explanation, texts, overrides?.[tag]?.jobs);
}
