import type { FocusEvent, ReactNode, Ref } from 'react';

export interface ChoiceOption {
  value: string;
  label: string;
}

interface ChoiceProps {
  /** The first control's id, where the error summary sends focus. */
  id: string;
  label: ReactNode;
  badge?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  onBlur?: () => void;
  inputRef?: Ref<HTMLElement>;
}

function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint: ReactNode; error: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Blur of a group of controls: only when focus leaves the group, not between its options. */
function leftGroup(onBlur: (() => void) | undefined) {
  return (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };
}

/** A drop-down list, for long lists of options. */
export function SelectField({
  id,
  label,
  badge,
  hint,
  error,
  options,
  value,
  placeholder,
  onChange,
  onBlur,
  inputRef,
}: ChoiceProps & {
  options: ChoiceOption[];
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {badge ? <span className="field-badge">{badge}</span> : null}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        ref={inputRef as Ref<HTMLSelectElement>}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One answer of a few, as large tappable rows. */
export function RadioGroupField({
  id,
  label,
  badge,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  name,
}: ChoiceProps & {
  options: ChoiceOption[];
  value: string;
  name: string;
  onChange: (value: string) => void;
}) {
  const described = describedBy(id, hint, error);
  return (
    <fieldset
      className={error ? 'field choice-field field--error' : 'field choice-field'}
      aria-describedby={described}
      onBlur={leftGroup(onBlur)}
    >
      <legend>
        {label}
        {badge ? <span className="field-badge">{badge}</span> : null}
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className={options.length <= 3 ? 'choices choices--inline' : 'choices'}>
        {options.map((option, index) => (
          <label key={option.value} className="choice" htmlFor={index === 0 ? id : `${id}-${option.value}`}>
            <input
              id={index === 0 ? id : `${id}-${option.value}`}
              ref={index === 0 ? (inputRef as Ref<HTMLInputElement>) : undefined}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A single yes-box: "I have a My Number Card". */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
  onBlur,
  inputRef,
}: ChoiceProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <HintAndError id={id} hint={hint} error={error} />
      <label className="choice choice--single" htmlFor={id}>
        <input
          id={id}
          ref={inputRef as Ref<HTMLInputElement>}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={onBlur}
        />
        <span>{label}</span>
      </label>
    </div>
  );
}

/** Any number of options ticked. */
export function CheckboxGroupField({
  id,
  label,
  badge,
  hint,
  error,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
}: ChoiceProps & { options: ChoiceOption[]; value: string[]; onChange: (value: string[]) => void }) {
  const described = describedBy(id, hint, error);
  return (
    <fieldset
      className={error ? 'field choice-field field--error' : 'field choice-field'}
      aria-describedby={described}
      onBlur={leftGroup(onBlur)}
    >
      <legend>
        {label}
        {badge ? <span className="field-badge">{badge}</span> : null}
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option, index) => (
          <label key={option.value} className="choice" htmlFor={index === 0 ? id : `${id}-${option.value}`}>
            <input
              id={index === 0 ? id : `${id}-${option.value}`}
              ref={index === 0 ? (inputRef as Ref<HTMLInputElement>) : undefined}
              type="checkbox"
              value={option.value}
              checked={value.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, option.value]
                    : value.filter((ticked) => ticked !== option.value),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
