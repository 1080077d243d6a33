import {
  type FieldDefinition,
  formatJapanesePhone,
  isJapanesePhone,
  type PersonField,
  toKatakana,
  type Values,
} from '@kakanai/domain';
import type { TFunction } from 'i18next';
import { createContext, Fragment, type ReactNode, useContext } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localized } from '../i18n.ts';
import { TextField } from '../text-field.tsx';
import { type AnswerPath, answerErrorMessage, fieldDomId } from './answer-errors.ts';
import { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField } from './choice-fields.tsx';
import { DateInput } from './date-input.tsx';
import type { AnswerValues, ShownField } from './form-model.ts';
import { formatAnswer } from './format-answer.tsx';
import { GroupField } from './group-field.tsx';
import { PostalCodeField, type PostalCodeLookup } from './postal-code-field.tsx';

/** What every field of one form shares. */
export interface FormRenderContext {
  /** Prefix of the DOM ids, unique on the page: 'pe-tennyu'. */
  idPrefix: string;
  /** The person data entered once; person fields show it instead of asking again. */
  person?: Values | undefined;
  /** Browser autofill hints, for forms about the resident themself. */
  autoComplete?: Partial<Record<string, string>>;
  /** Fills the address from a postal code; without it, no "search" button. */
  lookupPostalCode?: PostalCodeLookup | undefined;
  /** What the screen adds to a value (the console: where it came from, a resident's correction request). */
  annotate?: ((path: AnswerPath) => FieldAnnotation | undefined) | undefined;
}

/** Extra words on one value, beside the form's own. */
export interface FieldAnnotation {
  /** After the label, part of its name: a short tag such as "カード". */
  tag?: ReactNode;
  /** Above the box and read with it (aria-describedby): "住民から訂正の依頼". */
  note?: ReactNode;
  /** Frames the field: `field-annotated--<tone>`. */
  tone?: string;
}

const RenderContext = createContext<FormRenderContext>({ idPrefix: 'form' });

export function FormRenderProvider({ value, children }: { value: FormRenderContext; children: ReactNode }) {
  return <RenderContext.Provider value={value}>{children}</RenderContext.Provider>;
}

export function useFormRender(): FormRenderContext {
  return useContext(RenderContext);
}

/**
 * One field of a procedure's form, whatever its type. `addressPath` is where a postal code's
 * look-up writes the address (the next address field of the same form or row).
 */
export function FieldRenderer({
  shown,
  addressPath,
  legendHidden = false,
}: {
  shown: ShownField;
  addressPath?: AnswerPath | undefined;
  /** A group alone in a section of the same name: its legend would repeat the heading. */
  legendHidden?: boolean;
}) {
  if (shown.field.person) return <PersonFieldValue field={shown.field} />;
  if (shown.field.type === 'group') return <GroupField shown={shown} legendHidden={legendHidden} />;
  return <InputField shown={shown} addressPath={addressPath} />;
}

/** A person field in a procedure's form: shown, not asked again. */
function PersonFieldValue({ field }: { field: FieldDefinition }) {
  const { t, i18n } = useTranslation('pre-entry');
  const { person } = useFormRender();
  const value = person?.[field.person as PersonField];
  return (
    <div className="field person-value">
      <p className="person-value-label">
        {localized(field.label, i18n.language)}
        <span className="person-value-source">{t('forms.fromYourDetails')}</span>
      </p>
      <p className="person-value-text">
        {value === undefined || value === '' ? (
          <span className="muted">{t('review.notGiven')}</span>
        ) : (
          formatAnswer(field, value, t, i18n.language)
        )}
      </p>
    </div>
  );
}

// Shapes and example formats the resident can't be expected to guess. The kana note always
// applies; an address's general advice only when the form says nothing more specific.
const TYPE_HINTS: Partial<
  Record<FieldDefinition['type'], { key: string; always: boolean; first?: boolean }>
> = {
  kana: { key: 'forms.hints.kana', always: true, first: true },
  postal_code: { key: 'forms.hints.postalCode', always: true },
  address: { key: 'forms.hints.address', always: false },
  phone: { key: 'forms.hints.phone', always: true },
  email: { key: 'forms.hints.email', always: true },
};

/** A field's hint: the form's own help, then the type's advice, each on its own line. */
export function fieldHint(
  field: Pick<FieldDefinition, 'type' | 'help'>,
  t: TFunction<'pre-entry'>,
  language: string,
  extra?: string,
): ReactNode {
  const typeHint = TYPE_HINTS[field.type];
  const help = field.help ? localized(field.help, language) : '';
  const advice = typeHint && (typeHint.always || !field.help) ? t(typeHint.key) : '';
  // How to type it before the example ("カタカナで…", then "例：ヤマダ タロウ"); otherwise the form's own words first.
  const parts = (typeHint?.first ? [advice, help, extra] : [help, advice, extra]).filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.map((part, index) => (
    <Fragment key={part}>
      {index > 0 ? <br /> : null}
      {part}
    </Fragment>
  ));
}

function InputField({ shown, addressPath }: { shown: ShownField; addressPath?: AnswerPath | undefined }) {
  const { annotate } = useFormRender();
  const annotation = annotate?.(shown.path);
  const control = <InputControl shown={shown} addressPath={addressPath} annotation={annotation} />;
  if (!annotation?.tone) return control;
  return <div className={`field-annotated field-annotated--${annotation.tone}`}>{control}</div>;
}

function InputControl({
  shown,
  addressPath,
  annotation,
}: {
  shown: ShownField;
  addressPath?: AnswerPath | undefined;
  annotation: FieldAnnotation | undefined;
}) {
  const { field, path, required } = shown;
  const { t, i18n } = useTranslation('pre-entry');
  const { idPrefix, autoComplete, lookupPostalCode } = useFormRender();
  const { setValue, getFieldState, formState } = useFormContext<AnswerValues>();
  const name = path.join('.');
  const { field: control, fieldState } = useController<AnswerValues>({ name });
  const id = fieldDomId(idPrefix, path);
  const label = localized(field.label, i18n.language);
  const ownHint = fieldHint(field, t, i18n.language);
  const hint = annotation?.note ? (
    <>
      {annotation.note}
      {ownHint ? <br /> : null}
      {ownHint}
    </>
  ) : (
    ownHint
  );
  // Beside the field its own label is enough; the error summary names the row too.
  const error = answerErrorMessage(t, fieldState.error?.message, field, label);
  const badge = required ? t('forms.required') : undefined;
  const shownLabel = annotation?.tag ? (
    <>
      {label}
      {annotation.tag}
    </>
  ) : (
    label
  );
  const common = { id, label: shownLabel, badge, hint, error };
  const text =
    typeof control.value === 'string' ? control.value : control.value == null ? '' : String(control.value);

  switch (field.type) {
    case 'date':
      return (
        <DateInput
          {...common}
          inputRef={control.ref}
          value={text}
          onChange={control.onChange}
          onBlur={control.onBlur}
        />
      );
    case 'postal_code':
      return (
        <PostalCodeField
          {...common}
          inputRef={control.ref}
          value={text}
          onChange={control.onChange}
          onBlur={control.onBlur}
          lookup={lookupPostalCode}
          onFound={
            addressPath
              ? (address) => {
                  const target = addressPath.join('.');
                  setValue(target, address, {
                    shouldDirty: true,
                    shouldValidate: getFieldState(target, formState).isTouched,
                  });
                  // Straight on to what the look-up can't know: 丁目・番地・建物.
                  const input = document.getElementById(fieldDomId(idPrefix, addressPath));
                  if (input instanceof HTMLInputElement) {
                    input.focus();
                    input.setSelectionRange(address.length, address.length);
                  }
                }
              : undefined
          }
        />
      );
    case 'select':
      return (
        <SelectField
          {...common}
          inputRef={control.ref}
          options={(field.options ?? []).map((o) => ({
            value: o.value,
            label: localized(o.label, i18n.language),
          }))}
          placeholder={t('forms.choose')}
          value={text}
          onChange={control.onChange}
          onBlur={control.onBlur}
        />
      );
    case 'radio':
      return (
        <RadioGroupField
          {...common}
          name={id}
          inputRef={control.ref}
          options={(field.options ?? []).map((o) => ({
            value: o.value,
            label: localized(o.label, i18n.language),
          }))}
          value={text}
          onChange={control.onChange}
          onBlur={control.onBlur}
        />
      );
    case 'checkbox':
      return field.options ? (
        <CheckboxGroupField
          {...common}
          inputRef={control.ref}
          options={field.options.map((o) => ({ value: o.value, label: localized(o.label, i18n.language) }))}
          value={Array.isArray(control.value) ? (control.value as string[]) : []}
          onChange={control.onChange}
          onBlur={control.onBlur}
        />
      ) : (
        <CheckboxField
          {...common}
          label={
            <>
              {shownLabel}
              {badge ? <span className="field-badge">{badge}</span> : null}
            </>
          }
          inputRef={control.ref}
          checked={control.value === true}
          onChange={control.onChange}
          onBlur={control.onBlur}
        />
      );
    default:
      return (
        <TextField
          {...common}
          ref={control.ref}
          name={name}
          value={text}
          autoComplete={autoComplete?.[field.id] ?? 'off'}
          {...inputKind(field)}
          onChange={(event) => control.onChange(event.target.value)}
          onBlur={(event) => {
            const tidied = tidy(field, event.target.value);
            if (tidied !== event.target.value) control.onChange(tidied);
            control.onBlur();
          }}
        />
      );
  }
}

/** What a text box looks like to the phone's keyboard and to the browser. */
function inputKind(field: FieldDefinition) {
  switch (field.type) {
    case 'phone':
      return { type: 'tel', inputMode: 'tel' } as const;
    case 'email':
      return { type: 'email', inputMode: 'email', spellCheck: false } as const;
    case 'number':
      return { type: 'text', inputMode: 'numeric', className: 'input-number' } as const;
    case 'kana':
      return { type: 'text', lang: 'ja' } as const;
    default:
      return { type: 'text', maxLength: field.maxLength } as const;
  }
}

/** Leaving a box tidies what is unambiguous: furigana to katakana, a phone number's hyphens. */
function tidy(field: FieldDefinition, value: string): string {
  if (field.type === 'kana') return toKatakana(value);
  if (field.type === 'phone' && isJapanesePhone(value)) return formatJapanesePhone(value);
  return value;
}
