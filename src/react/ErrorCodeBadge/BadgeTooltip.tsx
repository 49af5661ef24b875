import * as Tooltip from '@radix-ui/react-tooltip';
import {
  useEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactElement,
  type MouseEvent,
} from 'react';
import type { KusciaErrorText } from '../../core/types';
import { defineParts, rootClassName } from '../parts';

const tooltipParts = /* @__PURE__ */ defineParts('tooltip', {
  title: '',
  resolution: '',
  arrow: '',
});

export interface BadgeTooltipProps {
  /** The badge button; it becomes the Radix trigger. */
  children: ReactElement;
  text: KusciaErrorText;
  /** Open at once (keyboard focus, a tap) or after this many milliseconds (hover). */
  openAfter: number;
  /** Radix's hover delay for later hovers, once the tooltip is mounted. */
  delayDuration: number;
  unstyled?: boolean | undefined;
}

/**
 * The Radix machinery of `ErrorCodeBadge`, mounted only once a badge is first hovered, focused or tapped,
 * so a table of a hundred badges costs a hundred buttons until someone reaches for one.
 */
export function BadgeTooltip({
  children,
  text,
  openAfter,
  delayDuration,
  unstyled,
}: BadgeTooltipProps) {
  const parts = tooltipParts(unstyled ?? false);
  const [open, setOpen] = useState(openAfter === 0);
  const pendingOpen = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Radix never opens on touch and closes on click; a tap toggles instead (state read at pointerdown,
  // before Radix's own pointerdown handler closes it).
  const touch = useRef({ active: false, wasOpen: false });
  const trigger = useRef<HTMLButtonElement | null>(null);
  // Whether the user asked it to close (Escape, a press on the badge) since it last opened.
  const userDismissed = useRef(false);

  // Radix also closes a tooltip when anything scrolls, which hits keyboard users: Tab scrolls the badge into
  // view just after its tooltip opens, and a console that polls may shift the page. WCAG 1.4.13 asks content
  // shown on focus to persist until focus leaves or the user dismisses it, so closes are honoured while the
  // badge has focus only when the user asked for them.
  const onOpenChange = (next: boolean) => {
    const node = trigger.current;
    const focused = node !== null && node.ownerDocument.activeElement === node;
    if (!next && focused && !userDismissed.current) return;
    userDismissed.current = false;
    setOpen(next);
  };

  useEffect(() => {
    if (openAfter === 0) return;
    pendingOpen.current = setTimeout(() => {
      setOpen(true);
    }, openAfter);
    return () => {
      clearTimeout(pendingOpen.current);
    };
  }, [openAfter]);

  // Mounting Radix replaced the button under a pointer that is already on it: the new button gets no
  // pointerenter, and when the next move already leaves it, Radix never sees the pointer leave, and the
  // tooltip it opened on hover would stay open. So while open, the document watches the pointer: outside
  // the badge and the tooltip (and the gap between them, where Radix lets the pointer travel) it closes.
  const content = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const node = trigger.current;
    if (!open || !node) return;
    const doc = node.ownerDocument;
    const onMove = (event: globalThis.PointerEvent) => {
      if (event.pointerType === 'touch' || doc.activeElement === node) return;
      const a = node.getBoundingClientRect();
      const b = content.current?.getBoundingClientRect() ?? a;
      const { clientX: x, clientY: y } = event;
      const inside =
        x >= Math.min(a.left, b.left) - 1 &&
        x <= Math.max(a.right, b.right) + 1 &&
        y >= Math.min(a.top, b.top) - 1 &&
        y <= Math.max(a.bottom, b.bottom) + 1;
      if (!inside) setOpen(false);
    };
    doc.addEventListener('pointermove', onMove);
    return () => {
      doc.removeEventListener('pointermove', onMove);
    };
  }, [open]);

  const cancelPendingOpen = () => {
    clearTimeout(pendingOpen.current);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    touch.current = { active: event.pointerType === 'touch', wasOpen: open };
    userDismissed.current = true;
  };
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (!touch.current.active) return;
    event.preventDefault();
    setOpen(!touch.current.wasOpen);
  };

  // Each badge brings its own Radix provider, so that apps showing only alerts (and the kit's provider)
  // never load Radix: it comes with the first badge that someone hovers, focuses or taps.
  return (
    <Tooltip.Provider delayDuration={delayDuration}>
      <Tooltip.Root open={open} onOpenChange={onOpenChange}>
        <Tooltip.Trigger
          ref={trigger}
          asChild
          onPointerDown={onPointerDown}
          onClick={onClick}
          onPointerLeave={cancelPendingOpen}
        >
          {children}
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            ref={content}
            className={rootClassName('tooltip', unstyled ?? false, undefined)}
            onEscapeKeyDown={() => {
              userDismissed.current = true;
            }}
            data-part="tooltip"
            side="top"
            sideOffset={6}
            collisionPadding={8}
          >
            <strong {...parts.title}>{text.title}</strong>
            <span {...parts.resolution}>{text.resolution}</span>
            <Tooltip.Arrow {...parts.arrow} />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
