import type { KusciaLocale } from './types';

// Simplified Chinese is the only Chinese the kit ships; Traditional-script tags get English rather than
// the wrong script.
const TRADITIONAL = /^zh[-_](hant|tw|hk|mo)\b/i;

/**
 * Negotiates a BCP 47 tag to a shipped locale: `zh`, `zh-Hans`, `zh-Hans-CN`, `zh-cn`, `zh_CN` → `zh-CN`;
 * anything else (including `undefined`) → `en-US`.
 */
export function resolveKusciaLocale(tag?: string | null): KusciaLocale {
  if (typeof tag !== 'string') return 'en-US';
  const normalized = tag.trim();
  if (/^zh(?:$|[-_])/i.test(normalized) && !TRADITIONAL.test(normalized)) return 'zh-CN';
  return 'en-US';
}
