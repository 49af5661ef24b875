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

export interface BadgeTooltipProps {
  /** The badge button; it becomes the Radix trigger. */
  children: ReactElement;
  text: KusciaErrorText;
  /** Open at once (keyboard focus, a tap) or after this many milliseconds (hover); `null` stays closed. */
  openAfter: number | null;
  /** Wrap in a Radix `TooltipProvider`: needed outside `KusciaErrorProvider`. */
  withProvider: boolean;
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
  withProvider,
  unstyled,
}: BadgeTooltipProps) {
  const [open, setOpen] = useState(openAfter === 0);
  const pendingOpen = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Radix never opens on touch and closes on click; a tap toggles instead (state read at pointerdown,
  // before Radix's own pointerdown handler closes it).
  const touch = useRef({ active: false, wasOpen: false });

  useEffect(() => {
    if (openAfter === null || openAfter === 0) return;
    pendingOpen.current = setTimeout(() => {
      setOpen(true);
    }, openAfter);
    return () => {
      clearTimeout(pendingOpen.current);
    };
  }, [openAfter]);

  const cancelPendingOpen = () => {
    clearTimeout(pendingOpen.current);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    touch.current = { active: event.pointerType === 'touch', wasOpen: open };
  };
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (!touch.current.active) return;
    event.preventDefault();
    setOpen(!touch.current.wasOpen);
  };

  const root = (
    <Tooltip.Root open={open} onOpenChange={setOpen}>
      <Tooltip.Trigger
        asChild
        onPointerDown={onPointerDown}
        onClick={onClick}
        onPointerLeave={cancelPendingOpen}
      >
        {children}
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content
          className={unstyled ? undefined : 'kek-tooltip'}
          data-part="tooltip"
          side="top"
          sideOffset={6}
          collisionPadding={8}
        >
          <strong className={unstyled ? undefined : 'kek-tooltip__title'}>{text.title}</strong>
          <span className={unstyled ? undefined : 'kek-tooltip__resolution'}>
            {text.resolution}
          </span>
          <Tooltip.Arrow className={unstyled ? undefined : 'kek-tooltip__arrow'} />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
  return withProvider ? <Tooltip.Provider>{root}</Tooltip.Provider> : root;
}
