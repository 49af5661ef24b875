import { createContext } from 'react';
import type { KusciaLocaleMessages, KusciaMessageOverrides } from '../core/messages';
import type { KusciaErrorInfo } from '../core/types';
import { defaultMessages } from '../i18n/default-locale';

/** What `KusciaErrorProvider` shares with the components below it. */
export interface KusciaErrorContextValue {
  /** The text of the provider's locale. */
  readonly messages: KusciaLocaleMessages;
  readonly overrides: KusciaMessageOverrides | undefined;
  readonly docsUrl: ((code: number) => string | null | undefined) | undefined;
  /** Telemetry: called once per error captured by `useKusciaError`. */
  readonly onError: ((info: KusciaErrorInfo) => void) | undefined;
  /** Called by an alert's "Sign in again" button, offered for an expired session. */
  readonly onSignIn: (() => void) | undefined;
  /** Hover delay before a badge's tooltip opens, in milliseconds (Radix's `delayDuration`). */
  readonly delayDuration: number;
}

export const DEFAULT_DELAY_DURATION = 400;

export const KusciaErrorContext = createContext<KusciaErrorContextValue>({
  messages: defaultMessages,
  overrides: undefined,
  docsUrl: undefined,
  onError: undefined,
  onSignIn: undefined,
  delayDuration: DEFAULT_DELAY_DURATION,
});
