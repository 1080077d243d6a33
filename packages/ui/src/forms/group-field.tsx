import { useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localized } from '../i18n.ts';
import { answerErrorMessage, fieldDomId } from './answer-errors.ts';
import { FieldRenderer, fieldHint, useFormRender } from './field-renderer.tsx';
import {
  type AnswerValues,
  emptyRow,
  offersAddMe,
  personSourceOf,
  rowFromPerson,
  rowLabel,
  type ShownField,
  shownRowFields,
} from './form-model.ts';

let nextRowKey = 0;

/**
 * Repeated rows of fields (the household members who move together), with add and remove, kept
 * between the group's minItems and maxItems. "Add me" copies the person data into a new row.
 */
export function GroupField({ shown, legendHidden = false }: { shown: ShownField; legendHidden?: boolean }) {
  const { field, path, required } = shown;
  const { t, i18n } = useTranslation('pre-entry');
  const { idPrefix, person } = useFormRender();
  const { setValue, getFieldState, formState, trigger, clearErrors } = useFormContext<AnswerValues>();
  const name = path.join('.');
  const watched = useWatch<AnswerValues>({ name });
  const rows = Array.isArray(watched) ? (watched as AnswerValues[]) : [];
  // Rows have no ids of their own; keys that follow adds and removes keep each row's inputs its own.
  const keys = useRef<number[]>([]);
  while (keys.current.length < rows.length) keys.current.push(nextRowKey++);
  keys.current.length = rows.length;

  const label = localized(field.label, i18n.language);
  const min = field.minItems ?? 0;
  const max = field.maxItems;
  const groupError = getFieldState(name, formState).error;
  const groupErrorCode = groupError?.message ?? groupError?.root?.message;
  const error = answerErrorMessage(t, groupErrorCode, field, label);
  const addId = fieldDomId(idPrefix, path);
  const hintId = `${addId}-hint`;
  const errorId = `${addId}-error`;

  const write = (next: AnswerValues[]) => {
    setValue(name, next, { shouldDirty: true });
    clearErrors(name);
    // After a failed submit the errors follow the rows; before it, a fresh row isn't wrong yet.
    if (formState.isSubmitted) void trigger(name);
  };
  const add = (row: AnswerValues) => {
    keys.current.push(nextRowKey++);
    write([...rows, row]);
  };
  const remove = (index: number) => {
    keys.current.splice(index, 1);
    write(rows.filter((_, i) => i !== index));
  };

  // "Add me" is offered while nobody in the rows is already the person.
  const me = person ? rowFromPerson(field, person) : {};
  const nameField = field.fields?.find((child) => personSourceOf(child) === 'name');
  const canAddMe =
    offersAddMe(field) &&
    nameField !== undefined &&
    typeof me[nameField.id] === 'string' &&
    !rows.some((row) => row?.[nameField.id] === me[nameField.id]);
  const full = max !== undefined && rows.length >= max;
  const limits =
    max !== undefined
      ? t('forms.group.limits', { min, max, count: max })
      : min > 0
        ? t('forms.group.atLeast', { min, count: min })
        : '';
  const hint = fieldHint(field, t, i18n.language, limits);

  return (
    <fieldset
      className={error ? 'field group-field field--error' : 'field group-field'}
      aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className={legendHidden ? 'visually-hidden' : 'group-field-legend'}>
        {label}
        {required || min > 0 ? <span className="field-badge">{t('forms.required')}</span> : null}
      </legend>
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
      {rows.length === 0 ? <p className="group-empty muted">{t('forms.group.empty')}</p> : null}
      {rows.map((row, index) => {
        const legend = rowLabel(t, field, index, i18n.language);
        const fields = shownRowFields(field, row ?? {}, path, index, shown.scope, legend, i18n.language);
        return (
          <fieldset key={keys.current[index]} className="group-row">
            <legend className="group-row-legend">{legend}</legend>
            {fields.map((child, childIndex) => (
              <FieldRenderer
                key={child.field.id}
                shown={child}
                addressPath={
                  child.field.type === 'postal_code'
                    ? fields.slice(childIndex + 1).find((next) => next.field.type === 'address')?.path
                    : undefined
                }
              />
            ))}
            {rows.length > min ? (
              <button type="button" className="link-button group-row-remove" onClick={() => remove(index)}>
                {t('forms.group.remove', { row: legend })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {full ? (
        <p className="muted" id={addId} tabIndex={-1}>
          {t('forms.group.full', { max, count: max })}
        </p>
      ) : (
        <div className="group-actions">
          {canAddMe ? (
            <button type="button" className="primary" onClick={() => add({ ...emptyRow(field), ...me })}>
              {t('forms.group.addMe')}
            </button>
          ) : null}
          <button
            type="button"
            id={addId}
            onClick={() => {
              add(emptyRow(field));
              // Focus the new row's first box, where typing continues.
              requestAnimationFrame(() => {
                const first = field.fields?.[0];
                if (first)
                  document.getElementById(fieldDomId(idPrefix, [...path, rows.length, first.id]))?.focus();
              });
            }}
          >
            {t('forms.group.add', { group: label })}
          </button>
        </div>
      )}
    </fieldset>
  );
}
