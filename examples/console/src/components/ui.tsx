import { useId, type ReactNode } from 'react';
import { useUiText } from '../i18n';

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section id={id} className="card" aria-labelledby={`${id}-title`}>
      <header className="card__header">
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="card__intro">{intro}</p>
      </header>
      <div className="card__body">{children}</div>
    </section>
  );
}

/** What ties a field to its error text: `aria-invalid`, and the message as its description. */
function useFieldError(error: string | undefined, hint: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return {
    id,
    hintId,
    errorId,
    inputProps: {
      'aria-invalid': error ? (true as const) : undefined,
      // Both: aria-errormessage is the newer, exact tie; aria-describedby is what every screen reader reads.
      'aria-errormessage': errorId,
      'aria-describedby': describedBy || undefined,
    },
  };
}

/** The field's error text (from the kit, localized), under the control. */
function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  if (!id || !error) return null;
  return (
    <span id={id} className="field__error">
      {error}
    </span>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  required?: boolean;
  optional?: boolean;
  hint?: string;
  placeholder?: string;
  type?: 'text' | 'number';
  /** What the last failure says about this field (`useFieldErrors`); marks it invalid. */
  error?: string | undefined;
  /** Called on every edit, so the form can clear the field's error. */
  onEdit?: () => void;
}

export function TextField({
  label,
  value,
  onChange,
  name,
  required = false,
  optional = false,
  hint,
  placeholder,
  type = 'text',
  error,
  onEdit,
}: FieldProps) {
  const t = useUiText();
  const field = useFieldError(error, hint);
  return (
    <div className="field">
      <label htmlFor={field.id}>
        {label}
        {optional && <span className="field__optional"> ({t.optional})</span>}
      </label>
      <input
        id={field.id}
        name={name}
        type={type}
        value={value}
        required={required}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        {...field.inputProps}
        onChange={(event) => {
          onChange(event.target.value);
          onEdit?.();
        }}
      />
      <FieldError id={field.errorId} error={error} />
      {hint && (
        <span id={field.hintId} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  label,
  value,
  onChange,
  name,
  options,
  groups = [],
  hint,
  wide = false,
  error,
  onEdit,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  options: readonly SelectOption[];
  /** Further options under an `<optgroup>` each, after `options`. */
  groups?: readonly { label: string; options: readonly SelectOption[] }[];
  hint?: string;
  /** Long option labels: the field takes a wider share of its row. */
  wide?: boolean;
  error?: string | undefined;
  onEdit?: () => void;
}) {
  const field = useFieldError(error, hint);
  const render = (option: SelectOption) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={field.id}>{label}</label>
      <select
        id={field.id}
        name={name}
        value={value}
        {...field.inputProps}
        onChange={(event) => {
          onChange(event.target.value);
          onEdit?.();
        }}
      >
        {options.map(render)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(render)}
          </optgroup>
        ))}
      </select>
      <FieldError id={field.errorId} error={error} />
      {hint && (
        <span id={field.hintId} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** A polite live region, present from the start so that screen readers announce what appears in it. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

export function ActionButton({
  children,
  busy,
  disabled,
  onClick,
  primary = false,
  danger = false,
  type = 'button',
}: {
  children: ReactNode;
  busy: boolean;
  disabled?: boolean;
  onClick?: () => void;
  primary?: boolean;
  danger?: boolean;
  type?: 'button' | 'submit';
}) {
  const className = ['btn', primary && 'btn--primary', danger && 'btn--danger']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={className}
      disabled={disabled === true || busy}
      aria-busy={busy || undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/**
 * A captioned table with column headers, one row per item, and a "no rows" line when empty. `busy` marks it
 * `aria-busy` while a refetch is in flight.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  renderRow,
  busy = false,
}: {
  caption: ReactNode;
  columns: readonly string[];
  rows: readonly Row[];
  renderRow: (row: Row) => ReactNode;
  busy?: boolean;
}) {
  const t = useUiText();
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={busy || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {t.noRows}
              </td>
            </tr>
          ) : (
            rows.map(renderRow)
          )}
        </tbody>
      </table>
    </div>
  );
}
