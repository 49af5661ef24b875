import type { KusciaLocaleMessages } from '../../core/messages';
import { codes, grpc } from './codes';
import { generic } from './generic';
import { labels } from './labels';

/**
 * en-US without the reason texts: the kit's default locale. Where a cause is described (the alert,
 * `describeKusciaError`, field errors) `src/i18n/reason-texts.ts` adds them, so that a bundle that only shows
 * codes (a badge) carries none of them.
 */
export const enUSWithoutReasons: KusciaLocaleMessages = {
  locale: 'en-US',
  codes,
  grpc,
  generic,
  labels,
};
