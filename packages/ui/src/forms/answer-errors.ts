import type { FieldDefinition } from '@kakanai/domain';
import type { TFunction } from 'i18next';

// The domain's default for an address without its own maxLength.
const ADDRESS_MAX_LENGTH = 200;

/** Where in a form an answer lives, as react-hook-form and the API's error paths name it. */
export type AnswerPath = (string | number)[];

/** The DOM id of a field's input (its first input, for a date), unique per form. */
export function fieldDomId(prefix: string, path: AnswerPath): string {
  return `${prefix}-${path.join('-')}`;
}

// "Required" reads differently for a box to tick or an option to choose than for a box to type in.
function requiredKey(field: Pick<FieldDefinition, 'type' | 'options'>): string {
  if (field.type === 'checkbox') return field.options ? 'required_choose' : 'required_tick';
  if (field.type === 'select' || field.type === 'radio') return 'required_choose';
  if (field.type === 'group') return 'required_rows';
  return 'required';
}

/**
 * The words for an answer's error code (the domain's and the server's: required, too_long …),
 * naming the field so the message also makes sense in the error summary.
 */
export function answerErrorMessage(
  t: TFunction<'pre-entry'>,
  code: string | undefined,
  field: Pick<FieldDefinition, 'type' | 'options' | 'maxLength' | 'min' | 'max' | 'minItems' | 'maxItems'>,
  label: string,
): string | undefined {
  if (!code) return undefined;
  const key = code === 'required' ? requiredKey(field) : code;
  const max =
    code === 'too_many'
      ? field.maxItems
      : code === 'too_long'
        ? (field.maxLength ?? (field.type === 'address' ? ADDRESS_MAX_LENGTH : undefined))
        : field.max;
  const min = code === 'too_few' ? (field.minItems ?? 1) : field.min;
  return t(`forms.errors.${key}`, { label, max, min, defaultValue: t('forms.errors.invalid', { label }) });
}
