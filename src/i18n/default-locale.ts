import { enUSWithoutReasons } from '../locales/en-US/without-reasons';

/**
 * The one place that decides the default locale: what a tag gets when its own locale is not loaded, and
 * what describes a failure when nobody asked for a locale. Everything else takes its text as data.
 */
export const defaultMessages = enUSWithoutReasons;
