import type { KusciaLocaleMessages } from './messages';
import { readProperty } from './read';
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

const MESSAGE_PARTS = ['codes', 'grpc', 'generic', 'labels'] as const;

/**
 * True for a locale's messages object (`enUS`, `zhCN`, or one built the same way). Checked, not trusted:
 * a `locale` argument from untyped code may be any value, and anything else is treated as a tag.
 */
export function isKusciaLocaleMessages(value: unknown): value is KusciaLocaleMessages {
  const reasons = readProperty(value, 'reasons');
  return (
    typeof readProperty(value, 'locale') === 'string' &&
    MESSAGE_PARTS.every((part) => {
      const table = readProperty(value, part);
      return typeof table === 'object' && table !== null;
    }) &&
    (reasons === undefined || (typeof reasons === 'object' && reasons !== null))
  );
}
