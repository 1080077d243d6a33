import { ERAS, type Era } from '@kakanai/domain';
import { type FocusEvent, type ReactNode, type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  composeDate,
  type DateMode,
  type DateParts,
  eraName,
  eraYears,
  formatDateBothWays,
  formatWesternFirst,
  INVALID_DATE,
  splitDate,
} from './era-date.ts';

/**
 * A date as Japanese forms ask for it: by era (元号 + 年, 元年 allowed) or by Western year, with
 * month and day boxes (GOV.UK's date input, which works with every phone keyboard). Under the
 * boxes the same date is written the other way, live: 昭和60年4月1日（1985年）.
 */
export function DateInput({
  id,
  label,
  badge,
  hint,
  error,
  value,
  onChange,
  onBlur,
  inputRef,
  defaultMode = 'wareki',
}: {
  /** The first box's id, where the error summary sends focus. */
  id: string;
  label: ReactNode;
  badge?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLElement>;
  defaultMode?: DateMode;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const [mode, setMode] = useState<DateMode>(defaultMode);
  const [parts, setParts] = useState<DateParts>(() => splitDate(defaultMode, value));
  // A new date from outside (a restored draft, "add me") replaces the boxes; what the boxes
  // themselves produced doesn't.
  const lastEmitted = useRef(value);
  useEffect(() => {
    if (value === lastEmitted.current) return;
    lastEmitted.current = value;
    if (value !== INVALID_DATE) setParts(splitDate(mode, value));
  }, [value, mode]);

  const update = (patch: Partial<DateParts>) => {
    const next = { ...parts, ...patch };
    setParts(next);
    const date = composeDate(mode, next);
    lastEmitted.current = date;
    if (date !== value) onChange(date);
  };

  const switchMode = (next: DateMode) => {
    if (next === mode) return;
    setMode(next);
    // A whole date carries over; half-typed boxes can't be converted, so they are kept as typed.
    const date = composeDate(mode, parts);
    if (date && date !== INVALID_DATE) setParts(splitDate(next, date));
    else setParts({ ...parts, era: next === 'wareki' ? parts.era : '' });
  };

  // Left the whole control, not just one box for the next: that is when "touched" validation runs.
  const handleBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const echoId = `${id}-echo`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const date = composeDate(mode, parts);
  const echo =
    date === ''
      ? ''
      : date === INVALID_DATE
        ? parts.year && parts.month && parts.day && (mode === 'western' || parts.era)
          ? t('forms.date.noSuchDate')
          : ''
        : mode === 'wareki'
          ? formatDateBothWays(date, i18n.language)
          : formatWesternFirst(date, i18n.language);
  const inputProps = {
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const firstRef = inputRef as Ref<HTMLSelectElement & HTMLInputElement> | undefined;

  return (
    <fieldset className={error ? 'field date-field field--error' : 'field date-field'} onBlur={handleBlur}>
      <legend className="date-field-legend">
        {label}
        {badge ? <span className="field-badge">{badge}</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <fieldset className="date-mode">
        <legend className="visually-hidden">{t('forms.date.modeLabel')}</legend>
        {(['wareki', 'western'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="date-mode-button"
            aria-pressed={mode === option}
            onClick={() => switchMode(option)}
          >
            {t(`forms.date.mode.${option}`)}
          </button>
        ))}
      </fieldset>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="date-parts">
        {mode === 'wareki' ? (
          <div className="date-part date-part--era">
            <label htmlFor={id}>{t('forms.date.era')}</label>
            <select
              id={id}
              ref={firstRef}
              value={parts.era}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => update({ era: event.target.value as Era | '' })}
            >
              <option value="">{t('forms.date.chooseEra')}</option>
              {[...ERAS].reverse().map((era) => {
                const years = eraYears(era.id);
                return (
                  <option key={era.id} value={era.id}>
                    {t('forms.date.eraOption', {
                      name: eraName(era.id, i18n.language),
                      from: years.from,
                      to: years.to ?? '',
                    })}
                  </option>
                );
              })}
            </select>
          </div>
        ) : null}
        <div className="date-part date-part--year">
          <label htmlFor={mode === 'wareki' ? `${id}-year` : id}>{t('forms.date.year')}</label>
          <input
            id={mode === 'wareki' ? `${id}-year` : id}
            ref={mode === 'wareki' ? undefined : firstRef}
            className={mode === 'wareki' ? 'input-era-year' : 'input-year'}
            maxLength={mode === 'wareki' ? 2 : 4}
            value={parts.year}
            onChange={(event) => update({ year: event.target.value })}
            {...inputProps}
          />
        </div>
        <div className="date-part">
          <label htmlFor={`${id}-month`}>{t('forms.date.month')}</label>
          <input
            id={`${id}-month`}
            className="input-month"
            maxLength={2}
            value={parts.month}
            onChange={(event) => update({ month: event.target.value })}
            {...inputProps}
          />
        </div>
        <div className="date-part">
          <label htmlFor={`${id}-day`}>{t('forms.date.day')}</label>
          <input
            id={`${id}-day`}
            className="input-day"
            maxLength={2}
            value={parts.day}
            onChange={(event) => update({ day: event.target.value })}
            {...inputProps}
          />
        </div>
      </div>
      <p
        id={echoId}
        className={date === INVALID_DATE ? 'date-echo date-echo--invalid' : 'date-echo'}
        aria-live="polite"
      >
        {echo}
      </p>
      {mode === 'wareki' ? <p className="field-hint date-gannen">{t('forms.date.gannenHint')}</p> : null}
    </fieldset>
  );
}
