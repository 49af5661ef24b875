import {
  forwardRef,
  useContext,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { getKusciaErrorDefinition } from '../../core/codes';
import { describeCodeWithMessages } from '../../core/describe';
import { codePolicy } from '../../core/policy';
import { toInteger } from '../../core/read';
import { getRegisteredDefinition } from '../../core/registry';
import { fillTemplate } from '../../core/template';
import { KusciaErrorContext } from '../context';
import { rootClassName } from '../parts';
import { useLocaleText, type KusciaLocaleProp } from '../useLocaleText';
import { BadgeTooltip } from './BadgeTooltip';

export interface ErrorCodeBadgeProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'type'
> {
  /**
   * The Kuscia (or any integer) code to show, e.g. `info.code`. Unknown codes render with a generic
   * description; `null` (a failure without a code) and anything that is not a whole number render nothing.
   */
  code: number | null;
  /**
   * Overrides the provider's locale: a tag (`zh-CN`, `zh`, `en-GB` …; any loaded locale) or a messages
   * object such as `zhCN`.
   */
  locale?: KusciaLocaleProp;
  /**
   * Show the localized title and resolution in a tooltip on hover, keyboard focus and tap. The title stays
   * available to screen readers either way.
   * @default true
   */
  showTooltip?: boolean;
  /** Keep the markup but drop the `kek-` classes. @default false */
  unstyled?: boolean;
}

type Activation = { openAfter: number } | null;

/**
 * A focusable chip showing a code. Hover, focus or tap shows the localized title and next step in a Radix
 * tooltip (Escape closes it); the title is also the button's always-present accessible description (`aria-description`), since
 * tooltips describe their trigger only while open and never open on touch.
 *
 * State: `[data-severity]` (`error` | `warning`, the same policy as the alert's), `[data-known]` (present
 * for codes in the table or a registered catalogue), and once the tooltip was first used, Radix's
 * `[data-state]` (`closed` | `delayed-open` | `instant-open`). Part: `[data-part="badge"]`, as the alert's chip.
 */
export const ErrorCodeBadge = /* @__PURE__ */ forwardRef<HTMLButtonElement, ErrorCodeBadgeProps>(
  function ErrorCodeBadge(
    { code: codeProp, locale, showTooltip = true, unstyled = false, className, ...buttonProps },
    forwardedRef,
  ) {
    // Untyped callers pass what they have (`info.code` may be null): a numeric string is the code, anything
    // else that is not a whole number renders nothing (after the hooks, which always run).
    const code = toInteger(codeProp);
    const { labels, messages, overrides } = useLocaleText(locale);
    const { delayDuration } = useContext(KusciaErrorContext);
    const text = describeCodeWithMessages(messages, code ?? Number.NaN, overrides);
    const known =
      code !== null &&
      (getKusciaErrorDefinition(code) !== undefined || getRegisteredDefinition(code) !== undefined);
    const [activation, setActivation] = useState<Activation>(null);
    const lastPointer = useRef<string | null>(null);
    const focusNext = useRef(false);
    const restoringFocus = useRef(false);
    const titleId = useId();

    // Mounting Radix replaces the button element; keep keyboard and tap users where they were: the new
    // button takes the focus as it attaches (a ref callback, not an effect: a table mounts hundreds of
    // badges). The caller's onFocus already ran for the user's own focus: this one is not reported again.
    const setRefs = (node: HTMLButtonElement | null) => {
      if (node && focusNext.current) {
        focusNext.current = false;
        restoringFocus.current = true;
        try {
          node.focus();
        } finally {
          restoringFocus.current = false;
        }
      }
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    };

    const activate = (openAfter: number, target: HTMLButtonElement) => {
      if (!showTooltip || activation) return;
      focusNext.current = target.ownerDocument.activeElement === target;
      setActivation({ openAfter });
    };

    const { onPointerEnter, onPointerDown, onFocus, onClick } = buttonProps;
    const lazyHandlers = activation
      ? {
          onFocus: (event: FocusEvent<HTMLButtonElement>) => {
            if (!restoringFocus.current) onFocus?.(event);
          },
        }
      : {
          onPointerEnter: (event: PointerEvent<HTMLButtonElement>) => {
            onPointerEnter?.(event);
            if (event.pointerType !== 'touch') activate(delayDuration, event.currentTarget);
          },
          onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
            onPointerDown?.(event);
            lastPointer.current = event.pointerType;
          },
          onFocus: (event: FocusEvent<HTMLButtonElement>) => {
            onFocus?.(event);
            // A tap focuses before it clicks; let the click decide, or the button is replaced mid-tap.
            if (lastPointer.current !== 'touch') activate(0, event.currentTarget);
          },
          onClick: (event: MouseEvent<HTMLButtonElement>) => {
            onClick?.(event);
            if (lastPointer.current === 'touch') activate(0, event.currentTarget);
            lastPointer.current = null;
          },
        };

    if (code === null) return null;

    // The title, always there for screen readers: Radix's tooltip describes the button only while open, and
    // never opens on touch. An attribute (ARIA 1.3's aria-description), not a hidden element: half the DOM of a
    // table of badges. A caller's aria-describedby would silence it (accname reads one or the other): then the
    // title is a hidden element, listed first, so both are read.
    const callerDescribedBy = buttonProps['aria-describedby'];
    const description = callerDescribedBy
      ? { 'aria-describedby': `${titleId} ${callerDescribedBy}` }
      : { 'aria-description': text.title };

    const badge = (
      <button
        {...buttonProps}
        {...lazyHandlers}
        ref={setRefs}
        type="button"
        className={rootClassName('badge', unstyled, className)}
        aria-label={fillTemplate(labels.codeBadge, { code })}
        {...description}
        data-part="badge"
        data-severity={codePolicy(code).severity}
        data-known={known ? '' : undefined}
      >
        {code}
      </button>
    );

    const trigger = activation ? (
      <BadgeTooltip
        text={text}
        openAfter={activation.openAfter}
        delayDuration={delayDuration}
        unstyled={unstyled}
      >
        {badge}
      </BadgeTooltip>
    ) : (
      badge
    );
    return callerDescribedBy ? (
      <>
        {trigger}
        <span id={titleId} hidden>
          {text.title}
        </span>
      </>
    ) : (
      trigger
    );
  },
);
