import { TooltipProvider } from '@radix-ui/react-tooltip';
import { useMemo, type ReactNode } from 'react';
import { getKusciaLocaleMessages } from '../../core/describe';
import type { KusciaMessageOverrides } from '../../core/messages';
import type { KusciaErrorInfo } from '../../core/types';
import { KusciaErrorContext, type KusciaErrorContextValue } from '../context';
import type { KusciaLocaleProp } from '../useKusciaMessages';

export interface KusciaErrorProviderProps {
  /**
   * A BCP 47 tag (`zh`, `zh-Hans-CN` → zh-CN; anything else → en-US) or a messages object imported from
   * `kuscia-error-kit/locales/<tag>`.
   * @default 'en-US'
   */
  locale?: KusciaLocaleProp;
  /** Text overrides per locale: per code, per generic text (`generic.network`) and per UI label (`labels.retry`). */
  messages?: KusciaMessageOverrides;
  /** A documentation link per code; the alert shows a "Documentation" link when it returns a URL. */
  docsUrl?: (code: number) => string | null | undefined;
  /** Called once per error captured by `useKusciaError` (not once per render), e.g. to log or count it. */
  onReport?: (info: KusciaErrorInfo) => void;
  /**
   * Hover delay of every `ErrorCodeBadge` tooltip below, in milliseconds (they share one Radix `TooltipProvider`).
   * @default 400
   */
  tooltipDelay?: number;
  children?: ReactNode;
}

/** Sets the locale, text overrides, documentation links and error reporting for every kit component below. */
export function KusciaErrorProvider({
  locale,
  messages,
  docsUrl,
  onReport,
  tooltipDelay = 400,
  children,
}: KusciaErrorProviderProps) {
  const localeMessages = getKusciaLocaleMessages(locale);
  const value = useMemo<KusciaErrorContextValue>(
    () => ({
      messages: localeMessages,
      resolveLocale: getKusciaLocaleMessages,
      overrides: messages,
      docsUrl,
      onReport,
      hasTooltipProvider: true,
      tooltipDelay,
    }),
    [localeMessages, messages, docsUrl, onReport, tooltipDelay],
  );
  return (
    <KusciaErrorContext.Provider value={value}>
      <TooltipProvider delayDuration={tooltipDelay}>{children}</TooltipProvider>
    </KusciaErrorContext.Provider>
  );
}
