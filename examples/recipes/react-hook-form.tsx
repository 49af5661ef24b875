/*
 * Recipe: react-hook-form. `getKusciaFieldErrors` gives `{ field: message }` for every field a validation
 * failure names, in the UI's locale; `fieldName` maps KusciaAPI's spelling to the form's (`domain_id` →
 * `domainId`), and `setError` shows each message under its input. The alert keeps the whole failure.
 */
import { useId } from 'react';
import { useForm, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import {
  getKusciaFieldErrors,
  KusciaErrorAlert,
  useKusciaError,
  type KusciaFieldErrorsOptions,
} from 'kuscia-error-kit';

/**
 * Marks each field-level cause of `error` on the form (`type: 'server'`). Returns the names it set, so a
 * caller can tell a failure that names fields from one that names none.
 */
export function setKusciaFieldErrors<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  error: unknown,
  options?: KusciaFieldErrorsOptions,
): string[] {
  const errors = getKusciaFieldErrors(error, options);
  for (const [name, message] of Object.entries(errors)) {
    setError(name as Path<Values>, { type: 'server', message });
  }
  return Object.keys(errors);
}

export interface DomainDataQuery {
  domainId: string;
  domainDataId: string;
}

/** The form's names for KusciaAPI's fields (`domaindata/query` spells them `domain_id`, `domaindata_id`). */
const DOMAIN_DATA_FIELDS = { domain_id: 'domainId', domaindata_id: 'domainDataId' };

export function DomainDataQueryForm({
  queryDomainData,
  locale = 'en-US',
}: {
  /** Sends `domaindata/query`; rejects with what failed (e.g. `callKuscia`'s `KusciaApiError`). */
  queryDomainData: (query: DomainDataQuery) => Promise<unknown>;
  /** The UI's locale, the same the provider gives the alert. @default 'en-US' */
  locale?: string;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DomainDataQuery>({ defaultValues: { domainId: '', domainDataId: '' } });
  const { alertProps, run } = useKusciaError();
  const id = useId();

  const submit = async (query: DomainDataQuery) => {
    const result = await run(() => queryDomainData(query));
    if (!result.ok) {
      setKusciaFieldErrors(setError, result.error, { locale, fieldName: DOMAIN_DATA_FIELDS });
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <KusciaErrorAlert {...alertProps} showDetails />
      <label>
        Domain ID
        <input
          {...register('domainId')}
          aria-invalid={errors.domainId ? true : undefined}
          aria-describedby={`${id}domain-id`}
        />
      </label>
      <p id={`${id}domain-id`}>{errors.domainId?.message}</p>
      <label>
        DomainData ID
        <input
          {...register('domainDataId')}
          aria-invalid={errors.domainDataId ? true : undefined}
          aria-describedby={`${id}domain-data-id`}
        />
      </label>
      <p id={`${id}domain-data-id`}>{errors.domainDataId?.message}</p>
      <button type="submit">Query DomainData</button>
    </form>
  );
}
