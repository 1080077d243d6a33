import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/**
 * A labelled text input with an optional hint and error, both tied to the input by
 * aria-describedby, and aria-invalid set while there is an error.
 */
export function TextField({
  id,
  label,
  badge,
  hint,
  error,
  ref,
  ...inputProps
}: {
  id: string;
  label: ReactNode;
  /** A short tag after the label, such as "必須" / "Required". */
  badge?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {badge ? <span className="field-badge">{badge}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
    </div>
  );
}
