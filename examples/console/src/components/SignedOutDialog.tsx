import { useEffect, useId, useRef } from 'react';
import { useUiText } from '../i18n';

/**
 * What "Sign in again" leads to in this demo, which has no sign-in page: a modal dialog saying where a real
 * console would send the user. A native `<dialog>` opened with `showModal()`: focus moves into it, the
 * page behind is inert, Escape closes it, and focus returns to the button that opened it.
 */
export function SignedOutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useUiText();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t.signedOutTitle}</h2>
      <p id={`${id}-body`}>{t.signedOutBody}</p>
      <p className="dialog__hint">{t.signedOutHint}</p>
      <form method="dialog" className="dialog__actions">
        <button type="submit" className="btn btn--primary">
          {t.continue}
        </button>
      </form>
    </dialog>
  );
}
