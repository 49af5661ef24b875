import { createContext } from 'react';
import type { KusciaErrorInfo } from '../core/types';
import type { KusciaLocaleMessages, KusciaMessageOverrides } from '../core/messages';
import { enUS } from '../locales/en-US';

/** What `KusciaErrorProvider` shares with the components below it. */
export interface KusciaErrorContextValue {
  /** The messages of the provider's locale. */
  readonly messages: KusciaLocaleMessages;
  /** Turns a component's `locale` tag into messages. Outside a provider only en-US is known. */
  readonly resolveLocale: (tag: string) => KusciaLocaleMessages;
  readonly overrides: KusciaMessageOverrides | undefined;
  readonly docsUrl: ((code: number) => string | null | undefined) | undefined;
  readonly onReport: ((info: KusciaErrorInfo) => void) | undefined;
  /** True inside a provider: its Radix `TooltipProvider` is already there. */
  readonly hasTooltipProvider: boolean;
  /** Hover delay before a badge's tooltip opens, in milliseconds. */
  readonly tooltipDelay: number;
}

const resolveToEnglish = (): KusciaLocaleMessages => enUS;

export const KusciaErrorContext = createContext<KusciaErrorContextValue>({
  messages: enUS,
  resolveLocale: resolveToEnglish,
  overrides: undefined,
  docsUrl: undefined,
  onReport: undefined,
  hasTooltipProvider: false,
  tooltipDelay: 400,
});
