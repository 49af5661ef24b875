import {
  forwardRef,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { getKusciaErrorDefinition } from '../../core/codes';
import { KusciaErrorContext } from '../context';
import { toInteger } from '../../core/safe';
import { fillTemplate } from '../../core/template';
import { useKusciaMessages, type KusciaLocaleProp } from '../useKusciaMessages';
import { BadgeTooltip } from './BadgeTooltip';

export interface ErrorCodeBadgeProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'type'
> {
  /**
   * The Kuscia (or any integer) code to show. Unknown codes render with a generic description; a value that
   * is not a whole number (from untyped code: `null`, `NaN`, an object) renders nothing.
   */
  code: number;
  /**
   * Overrides the provider's locale: a messages object such as `zhCN`, or a tag, which the nearest
   * `KusciaErrorProvider` negotiates (outside one only en-US is built in, to keep zh-CN out of the bundle).
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

type Activation = { openAfter: number; restoreFocus: boolean } | null;

/**
 * A focusable chip showing a code. Hover, focus or tap shows the localized title and next step in a Radix
 * tooltip (Escape closes it); the title is also an always-present (hidden) description for screen readers, since
 * tooltips describe their trigger only while open and never open on touch.
 *
 * State: `[data-severity]` (`error` | `warning`), `[data-known]` (present for codes in the table),
 * `[data-state]` (`inactive` until first used, then Radix's `closed` | `delayed-open` | `instant-open`).
 */
export const ErrorCodeBadge = /* @__PURE__ */ forwardRef<HTMLButtonElement, ErrorCodeBadgeProps>(
  function ErrorCodeBadge(
    { code: codeProp, locale, showTooltip = true, unstyled = false, className, ...buttonProps },
    forwardedRef,
  ) {
    // Untyped callers pass what they have (`info.code` may be null): a numeric string is the code, anything
    // else that is not a whole number renders nothing (after the hooks, which always run).
    const code = toInteger(codeProp);
    const { describe, labels } = useKusciaMessages(locale);
    const { hasTooltipProvider, tooltipDelay } = useContext(KusciaErrorContext);
    const text = describe(code ?? Number.NaN);
    const definition = code === null ? undefined : getKusciaErrorDefinition(code);
    const descriptionId = useId();
    const [activation, setActivation] = useState<Activation>(null);
    const lastPointer = useRef<string | null>(null);
    const ownRef = useRef<HTMLButtonElement | null>(null);
    const restoringFocus = useRef(false);

    // Mounting Radix replaces the button element; keep keyboard and tap users where they were. The caller's
    // onFocus already ran for the user's own focus: this programmatic one is not reported again.
    useEffect(() => {
      if (!activation?.restoreFocus) return;
      restoringFocus.current = true;
      try {
        ownRef.current?.focus();
      } finally {
        restoringFocus.current = false;
      }
    }, [activation]);

    const setRefs = (node: HTMLButtonElement | null) => {
      ownRef.current = node;
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    };

    const activate = (openAfter: number, target: HTMLButtonElement) => {
      if (!showTooltip || activation) return;
      setActivation({ openAfter, restoreFocus: target.ownerDocument.activeElement === target });
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
            if (event.pointerType !== 'touch') activate(tooltipDelay, event.currentTarget);
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

    const badge = (
      <button
        {...buttonProps}
        {...lazyHandlers}
        ref={setRefs}
        type="button"
        className={unstyled ? className : ['kek-badge', className].filter(Boolean).join(' ')}
        aria-label={fillTemplate(labels.codeBadge, { code })}
        aria-describedby={[descriptionId, buttonProps['aria-describedby']]
          .filter(Boolean)
          .join(' ')}
        data-part="badge"
        data-severity={definition?.severity ?? 'error'}
        data-known={definition ? '' : undefined}
        // Once Radix is mounted its trigger sets data-state; an explicit `undefined` here would erase it
        // (Slot lets the child's props win), so the key is left out entirely.
        {...(activation ? {} : { 'data-state': 'inactive' })}
      >
        {code}
      </button>
    );

    return (
      <>
        {activation ? (
          <BadgeTooltip
            text={text}
            openAfter={activation.openAfter}
            withProvider={!hasTooltipProvider}
            unstyled={unstyled}
          >
            {badge}
          </BadgeTooltip>
        ) : (
          badge
        )}
        {/* `hidden` keeps it out of browse mode (no double reading in tables); aria-describedby still reads it. */}
        <span id={descriptionId} hidden>
          {text.title}
        </span>
      </>
    );
  },
);
