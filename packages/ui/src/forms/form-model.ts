import {
  evaluateCondition,
  type FieldDefinition,
  type FormDefinition,
  isRequired,
  PERSON_FIELDS,
  type PersonField,
  type SectionDefinition,
  type Values,
  visibleFields,
  visibleValues,
  withPerson,
} from '@kakanai/domain';
import type { TFunction } from 'i18next';
import { localized } from '../i18n.ts';
import type { AnswerPath } from './answer-errors.ts';

/** A form's values as react-hook-form holds them: field id → answer (group rows are arrays of these). */
export type AnswerValues = Record<string, unknown>;

/** One field as shown: where its answer lives and whether it must be filled now. */
export interface ShownField {
  field: FieldDefinition;
  path: AnswerPath;
  required: boolean;
  /** The label the error summary and review use; rows add "（2番目）". */
  label: string;
  /** The values its row's conditions see (a group row's own answers over the form's). */
  scope: Values;
}

export interface ShownSection {
  section: SectionDefinition;
  fields: ShownField[];
}

/** The values a form's conditions read: its answers, hidden ones as missing, and the person as 'person.*'. */
export function conditionValues(
  definition: FormDefinition,
  values: AnswerValues,
  person: Values | undefined,
) {
  return visibleValues(definition, withPerson(values, person));
}

/** The sections and fields shown for these answers, in order, each with whether it is required now. */
export function shownSections(
  definition: FormDefinition,
  values: AnswerValues,
  person: Values | undefined,
  language: string,
): ShownSection[] {
  const scope = conditionValues(definition, values, person);
  const sections: ShownSection[] = [];
  for (const { section, field } of visibleFields(definition, withPerson(values, person))) {
    let current = sections.at(-1);
    if (current?.section !== section) {
      current = { section, fields: [] };
      sections.push(current);
    }
    current.fields.push({
      field,
      path: [field.id],
      required: isRequired(field, scope),
      label: localized(field.label, language),
      scope,
    });
  }
  return sections;
}

/** The fields shown in one row of a group: conditions see the row's answers first, then the form's. */
export function shownRowFields(
  group: FieldDefinition,
  row: AnswerValues,
  groupPath: AnswerPath,
  index: number,
  parentScope: Values,
  rowLabel: string,
  language: string,
): ShownField[] {
  const scope: Values = { ...parentScope, ...row };
  return (group.fields ?? [])
    .filter((field) => !field.visibleWhen || evaluateCondition(field.visibleWhen, scope))
    .map((field) => ({
      field,
      path: [...groupPath, index, field.id],
      required: isRequired(field, scope),
      label: `${rowLabel}：${localized(field.label, language)}`,
      scope,
    }));
}

/** "異動する人（2番目）" / "People moving (2)": names a row in legends, the error summary and the review. */
export function rowLabel(t: TFunction<'pre-entry'>, group: FieldDefinition, index: number, language: string) {
  return t('forms.group.rowLabel', { group: localized(group.label, language), number: index + 1 });
}

/** Every shown field, group rows included, in reading order: the order of the error summary. */
export function flattenShown(
  sections: ShownSection[],
  values: AnswerValues,
  t: TFunction<'pre-entry'>,
  language: string,
): ShownField[] {
  return sections.flatMap(({ fields }) =>
    fields.flatMap((shown) => {
      if (shown.field.type !== 'group') return [shown];
      const rows = Array.isArray(values[shown.field.id]) ? (values[shown.field.id] as AnswerValues[]) : [];
      return [
        shown,
        ...rows.flatMap((row, index) =>
          shownRowFields(
            shown.field,
            row ?? {},
            shown.path,
            index,
            shown.scope,
            rowLabel(t, shown.field, index, language),
            language,
          ),
        ),
      ];
    }),
  );
}

/** Which person field a group's field copies from ("add me"): its `person`, or an id that is one. */
export function personSourceOf(field: FieldDefinition): PersonField | undefined {
  if (field.person) return field.person;
  return (PERSON_FIELDS as readonly string[]).includes(field.id) ? (field.id as PersonField) : undefined;
}

/**
 * Whether "add me" makes sense for a group: its rows are a household's members (a relationship to
 * the head of household is asked), so the applicant is usually one of them. Children, witnesses
 * and certificates are lists the applicant is not on.
 */
export function offersAddMe(group: FieldDefinition): boolean {
  const fields = group.fields ?? [];
  const copiesName = fields.some((field) => personSourceOf(field) === 'name');
  const household = fields.some((field) =>
    field.options?.some((option) => HOUSEHOLD_VALUES.includes(option.value)),
  );
  return copiesName && household;
}

// Relationship lists that name the head of household (世帯主) or the applicant themself (本人).
const HOUSEHOLD_VALUES = ['head', 'self'];

/** A group row filled from the person data: name, furigana, birth date, sex (where it is one of the options). */
export function rowFromPerson(group: FieldDefinition, person: Values): AnswerValues {
  const row: AnswerValues = {};
  for (const field of group.fields ?? []) {
    const source = personSourceOf(field);
    const value = source ? person[source] : undefined;
    if (value === undefined || value === '') continue;
    // The person step offers "prefer not to say"; a row whose options don't is left to choose.
    if (field.options && !field.options.some((option) => option.value === value)) continue;
    row[field.id] = value;
  }
  return row;
}

/** An empty row: blank text, unticked boxes, no choice. */
export function emptyRow(group: FieldDefinition): AnswerValues {
  const row: AnswerValues = {};
  for (const field of group.fields ?? []) {
    if (field.type === 'checkbox') row[field.id] = field.options ? [] : false;
    else if (field.type === 'group') row[field.id] = [];
    else row[field.id] = '';
  }
  return row;
}
