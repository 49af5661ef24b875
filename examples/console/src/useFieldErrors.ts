import { useCallback, useMemo, useState } from 'react';
import { getKusciaFieldErrors, type KusciaFieldNameMap } from 'kuscia-error-kit';
import { useConsoleLocale } from './i18n';

/** What a form field needs to show its part of a failure. */
export interface FieldErrorProps {
  /** The field's name, as the form (and `fieldName`) spells it. */
  name: string;
  /** The localized message for this field, or undefined when the failure does not name it. */
  error: string | undefined;
  /** Call when the user edits the field: its mark goes, the alert above stays. */
  onEdit: () => void;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The fields a failure names (`getKusciaFieldErrors`, in the console's locale), for a form to mark. A
 * field's mark goes when the user edits it; all go when the next action succeeds or fails otherwise.
 *
 * @param failure the form's last failure (`useAction().failure`)
 * @param fieldName API field → the form's field name; a stable reference (module scope)
 */
export function useFieldErrors(
  failure: unknown,
  fieldName?: KusciaFieldNameMap,
): (name: string) => FieldErrorProps {
  const locale = useConsoleLocale();
  const errors = useMemo(
    () =>
      failure == null
        ? {}
        : getKusciaFieldErrors(failure, {
            locale,
            ...(fieldName === undefined ? {} : { fieldName }),
          }),
    [failure, locale, fieldName],
  );
  // The fields edited since this failure; a new failure starts with none.
  const [edited, setEdited] = useState<{ of: unknown; names: ReadonlySet<string> }>({
    of: null,
    names: NONE,
  });
  const cleared = edited.of === failure ? edited.names : NONE;

  return useCallback(
    (name: string): FieldErrorProps => {
      const error = Object.hasOwn(errors, name) && !cleared.has(name) ? errors[name] : undefined;
      return {
        name,
        error,
        onEdit: () => {
          if (error === undefined) return;
          setEdited({ of: failure, names: new Set([...cleared, name]) });
        },
      };
    },
    [errors, cleared, failure],
  );
}
