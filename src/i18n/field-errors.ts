import { parseKusciaError } from '../core/parse';
import { describeKusciaFieldIssues, type KusciaFieldNameMap } from '../core/reason/describe';
import { getKusciaLocaleMessages, type KusciaLocaleInput } from './resolve';

/** Options of `getKusciaFieldErrors`; all optional. */
export interface KusciaFieldErrorsOptions {
  /** The locale of the messages. @default 'en-US' */
  readonly locale?: KusciaLocaleInput | undefined;
  /**
   * The form's name for an API field: a map (`{ domain_id: 'domainId' }`) or a function returning the name,
   * or `undefined` to keep the API's. Unmapped fields keep the API's spelling (`domain_id`, `tasks[0].alias`).
   */
  readonly fieldName?: KusciaFieldNameMap | undefined;
}

/**
 * The field-level causes of a failure, as `{ [field]: localizedMessage }` for a form: every field a
 * validation message names (all of them, when it names several), nothing for a failure that names none.
 *
 * @example form.setFields(Object.entries(getKusciaFieldErrors(error)).map(([name, e]) => ({ name, errors: [e] })))
 */
export function getKusciaFieldErrors(
  error: unknown,
  options?: KusciaFieldErrorsOptions,
): Record<string, string> {
  const reason = parseKusciaError(error)?.reason;
  if (!reason) return {};
  const { reasons } = getKusciaLocaleMessages(options?.locale);
  if (!reasons) return {};
  return describeKusciaFieldIssues(
    reason,
    reasons,
    options?.fieldName === undefined ? undefined : { fieldName: options.fieldName },
  );
}
