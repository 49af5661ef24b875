import {
  forwardRef,
  useCallback,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { describeWithMessages } from '../../core/describe';
import type { KusciaUiLabels } from '../../core/messages';
import { parseKusciaError } from '../../core/parse';
import { formatReportWithMessages } from '../../core/report';
import { splitTemplate } from '../../core/template';
import { withReasonTexts } from '../../i18n/reason-texts';
import { KusciaErrorContext } from '../context';
import { rootClassName } from '../parts';
import { useLocaleText, type KusciaLocaleProp } from '../useLocaleText';
import { announce } from '../announce';
import { AlertDetails } from './AlertDetails';
import { resolveLive, resolveRole, HEADING_TAGS } from '../alertSemantics';
import { copyText } from '../copyText';
import { alertParts, type AlertParts } from './parts';

/** The provider's documentation link for a code, if it gives a usable one; a throwing `docsUrl` gives none. */
function documentationUrl(
  docsUrl: ((code: number) => string | null | undefined) | undefined,
  code: number,
): string | undefined {
  try {
    const url = docsUrl?.(code);
    return typeof url === 'string' && url.trim() !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The code as a compact chip, without a tooltip: inside an alert the title is already on screen, so it needs
 * no Radix. Screen readers hear the whole label ("Error code 11305"), sighted users see the code (the label's
 * words are visually hidden by the stylesheet; unstyled, they show).
 */
function CodeChip({
  code,
  labels,
  parts,
}: {
  code: number;
  labels: KusciaUiLabels;
  parts: AlertParts;
}) {
  const [before, after] = splitTemplate(labels.codeBadge, 'code');
  return (
    <span {...parts.badge}>
      {before && <span {...parts['badge-label']}>{before}</span>}
      {code}
      {after && <span {...parts['badge-label']}>{after}</span>}
    </span>
  );
}

export interface KusciaErrorAlertProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'role' | 'title'
> {
  /**
   * The failure: a `KusciaErrorInfo` (used as it is, e.g. `useKusciaError().info`) or anything
   * `parseKusciaError` accepts. The alert renders nothing when there is no error.
   */
  error: unknown;
  /**
   * Overrides the provider's locale: a tag (`zh-CN`, `zh`, `en-GB` …; any loaded locale, inside a provider
   * or not) or a messages object such as `zhCN`.
   */
  locale?: KusciaLocaleProp;
  /**
   * `inline` above a form or table, `banner` across a page, `compact` for one line in tight spaces.
   * Drives `[data-variant]`.
   * @default 'inline'
   */
  variant?: 'inline' | 'banner' | 'compact';
  /** Shows a Retry button when the failure is retryable (or `retryButton="always"`). */
  onRetry?: () => void;
  /**
   * When the Retry button shows, given `onRetry`: `auto` only for failures an unchanged retry may fix
   * (e.g. 11103, network, 503, an update conflict).
   * @default 'auto'
   */
  retryButton?: 'auto' | 'always' | 'never';
  /** Shows a Dismiss button. */
  onDismiss?: () => void;
  /**
   * Shows "Sign in again" when the session has expired (SecretPad's 202011602 with a login message), never
   * for a denied permission. Defaults to the provider's `onSignIn`.
   */
  onSignIn?: () => void;
  /** Adds a collapsed disclosure with the server's message, HTTP status and details. @default false */
  showDetails?: boolean;
  /** Shows a "Copy details" button that copies a plain-text report for support. @default true */
  showCopy?: boolean;
  /** Render the title as a heading of this level; by default it is not a heading. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Extra actions, after the built-in ones. */
  action?: ReactNode;
  /**
   * The live-region role. Defaults to `alert` for errors (interrupts) and `status` for warnings (waits).
   * Use `none` for an alert already on screen at page load, which nobody needs announced.
   */
  role?: 'alert' | 'status' | 'none';
  /** Overrides `aria-live`; `off` silences the announcement without changing the role. */
  live?: 'assertive' | 'polite' | 'off';
  /** Moves focus to the alert once when it mounts (never again), e.g. after a failed form submit. */
  autoFocus?: boolean;
  /** Keep the markup but drop the `kek-` classes. @default false */
  unstyled?: boolean;
}

/**
 * A localized, actionable alert for any KusciaAPI failure: title (its accessible name), the next step (its
 * description), the code, and the actions that make sense. The severity icon is the stylesheet's, drawn on
 * the root; the role says how urgent it is (`alert` for errors, `status` for warnings). "Copied" is said
 * through one live region per document.
 *
 * State: `[data-severity]` (`error` | `warning`), `[data-source]` (`kuscia` | `secretpad` | `http` |
 * `network` | `timeout` | `aborted` | `invalidResponse` | `unknown`), `[data-variant]`; parts:
 * `[data-part]` (`title`, `resolution`, `details`, `badge`, `badge-label`, `sign-in`, `retry`, `copy`,
 * `docs`, `action`, `dismiss`).
 */
export const KusciaErrorAlert = /* @__PURE__ */ forwardRef<HTMLDivElement, KusciaErrorAlertProps>(
  function KusciaErrorAlert(
    {
      error,
      locale,
      variant = 'inline',
      onRetry,
      retryButton = 'auto',
      onDismiss,
      onSignIn,
      showDetails = false,
      showCopy = true,
      headingLevel,
      action,
      role,
      live,
      autoFocus = false,
      unstyled = false,
      className,
      ...rootProps
    },
    forwardedRef,
  ) {
    const info = useMemo(() => parseKusciaError(error), [error]);
    const { labels, messages, overrides } = useLocaleText(locale, withReasonTexts);
    const { docsUrl, onSignIn: providerSignIn } = useContext(KusciaErrorContext);
    const id = useId();
    // Which failure the last copy was of: a new failure shown by the same alert says "Copy details" again.
    const [copied, setCopied] = useState<{ of: unknown; outcome: 'copied' | 'failed' } | null>(
      null,
    );
    const [seenAt] = useState(() => new Date());
    const focusedOnce = useRef(false);
    const copiedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
    const text = useMemo(
      () => (info ? describeWithMessages(messages, info, overrides) : null),
      [info, messages, overrides],
    );

    // A ref callback rather than effects: an alert list mounts a thousand of these, and effects cost.
    const setRoot = useCallback(
      (node: HTMLDivElement | null) => {
        if (node && autoFocus && !focusedOnce.current) {
          focusedOnce.current = true;
          node.focus();
        }
        if (typeof forwardedRef === 'function') forwardedRef(node);
        else if (forwardedRef) forwardedRef.current = node;
      },
      [autoFocus, forwardedRef],
    );

    if (!info || !text) return null;

    const parts = alertParts(unstyled);
    const copiedOutcome = copied?.of === info ? copied.outcome : null;
    const titleId = `${id}title`;
    const resolutionId = `${id}resolution`;
    // Props from untyped callers are checked: an unknown value means the default, never a broken element.
    const showRetry =
      typeof onRetry === 'function' &&
      retryButton !== 'never' &&
      (retryButton === 'always' || info.retryable);
    const signIn = typeof onSignIn === 'function' ? onSignIn : providerSignIn;
    const showSignIn = signIn !== undefined && info.reason?.family === 'sessionExpired';
    const docsHref = info.code !== null ? documentationUrl(docsUrl, info.code) : undefined;
    const resolvedRole = resolveRole(role, info.severity);
    const Title = (typeof headingLevel === 'number' && HEADING_TAGS[headingLevel]) || 'div';
    // A generic <div> may not be named; with role="none" the alert is plain content.
    const naming =
      resolvedRole === 'none'
        ? {}
        : { 'aria-labelledby': titleId, 'aria-describedby': resolutionId };

    // The button says "Copied" for a while (for the eyes); the document's one live region says it aloud.
    const copyDetails = async (target: HTMLElement) => {
      const doc = target.ownerDocument;
      const report = formatReportWithMessages(messages, info, { text, labels, time: seenAt });
      const outcome = (await copyText(report, doc)) ? 'copied' : 'failed';
      announce(doc, outcome === 'copied' ? labels.copied : labels.copyFailed);
      setCopied({ of: info, outcome });
      clearTimeout(copiedTimer.current);
      copiedTimer.current = setTimeout(() => {
        setCopied(null);
      }, 4000);
    };

    return (
      <div
        {...rootProps}
        {...naming}
        ref={setRoot}
        role={resolvedRole === 'none' ? undefined : resolvedRole}
        aria-live={resolveLive(live)}
        tabIndex={autoFocus ? -1 : rootProps.tabIndex}
        className={rootClassName('alert', unstyled, className)}
        data-severity={info.severity}
        data-source={info.source}
        data-variant={variant}
      >
        <Title id={titleId} {...parts.title}>
          {text.title}
        </Title>
        <p id={resolutionId} {...parts.resolution}>
          {text.resolution}
        </p>
        {showDetails && <AlertDetails info={info} text={text} labels={labels} parts={parts} />}
        {info.code !== null && <CodeChip code={info.code} labels={labels} parts={parts} />}
        {showSignIn && (
          <button
            type="button"
            {...parts['sign-in']}
            onClick={() => {
              signIn();
            }}
          >
            {labels.signIn}
          </button>
        )}
        {showRetry && (
          <button
            type="button"
            {...parts.retry}
            onClick={() => {
              onRetry();
            }}
          >
            {labels.retry}
          </button>
        )}
        {showCopy && (
          <button
            type="button"
            {...parts.copy}
            onClick={(event) => {
              void copyDetails(event.currentTarget);
            }}
          >
            {copiedOutcome === 'copied'
              ? labels.copied
              : copiedOutcome === 'failed'
                ? labels.copyFailed
                : labels.copyDetails}
          </button>
        )}
        {docsHref && (
          <a {...parts.docs} href={docsHref} target="_blank" rel="noopener noreferrer">
            {labels.documentation}
          </a>
        )}
        {action !== undefined && action !== null && action !== false && (
          <span {...parts.action}>{action}</span>
        )}
        {onDismiss && (
          <button
            type="button"
            {...parts.dismiss}
            onClick={() => {
              onDismiss();
            }}
          >
            {labels.dismiss}
          </button>
        )}
      </div>
    );
  },
);
