import { useMemo, type ReactNode } from 'react';
import type { KusciaCatalog } from '../../core/catalog';
import type { KusciaMessageOverrides } from '../../core/messages';
import { registerKusciaCatalog } from '../../core/registry';
import type { KusciaErrorInfo } from '../../core/types';
import { resolveLocaleMessages } from '../../i18n/resolve';
import {
  DEFAULT_DELAY_DURATION,
  KusciaErrorContext,
  type KusciaErrorContextValue,
} from '../context';
import type { KusciaLocaleProp } from '../useLocaleText';

export interface KusciaErrorProviderProps {
  /**
   * A BCP 47 tag (`zh`, `zh-Hans-CN` → zh-CN once `kuscia-error-kit/locales/zh-CN` is loaded; anything else
   * → en-US) or a messages object imported from `kuscia-error-kit/locales/<tag>`.
   * @default 'en-US'
   */
  locale?: KusciaLocaleProp;
  /**
   * Replaces any text, per locale: per code (`{ 'en-US': { 11305: { title } } }`), per generic text
   * (`generic.network`) and per UI label (`labels.retry`). Partial: everything left out keeps the kit's text.
   */
  overrides?: KusciaMessageOverrides;
  /** Extra catalogues of codes to plug in, e.g. `[secretpad]`: the same as `registerKusciaCatalog`. */
  catalogs?: readonly KusciaCatalog[];
  /** A documentation link per code; the alert shows a "Documentation" link when it returns a URL. */
  docsUrl?: (code: number) => string | null | undefined;
  /** Telemetry: called once per error captured by `useKusciaError` (not once per render). */
  onError?: (info: KusciaErrorInfo) => void;
  /**
   * Takes the user to sign in again: every alert below offers "Sign in again" for an expired session
   * (SecretPad's 202011602 with a login message), never for a denied permission.
   */
  onSignIn?: () => void;
  /**
   * Hover delay of every `ErrorCodeBadge` tooltip below, in milliseconds (Radix's `delayDuration`).
   * @default 400
   */
  delayDuration?: number;
  children?: ReactNode;
}

/** Sets the locale, text overrides, catalogues, documentation links and telemetry for every component below. */
export function KusciaErrorProvider({
  locale,
  overrides,
  catalogs,
  docsUrl,
  onError,
  onSignIn,
  delayDuration = DEFAULT_DELAY_DURATION,
  children,
}: KusciaErrorProviderProps) {
  // Registration is global and idempotent: it must be in place before the children parse anything.
  // (An untyped caller's non-array is ignored.)
  const plugged: readonly KusciaCatalog[] = Array.isArray(catalogs) ? catalogs : [];
  for (const catalog of plugged) registerKusciaCatalog(catalog);
  const messages = resolveLocaleMessages(locale);
  const value = useMemo<KusciaErrorContextValue>(
    () => ({ messages, overrides, docsUrl, onError, onSignIn, delayDuration }),
    [messages, overrides, docsUrl, onError, onSignIn, delayDuration],
  );
  return <KusciaErrorContext.Provider value={value}>{children}</KusciaErrorContext.Provider>;
}
