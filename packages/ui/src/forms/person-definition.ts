import type { FieldDefinition, FormDefinition, PersonField, Values } from '@kakanai/domain';
import type { i18n as I18n } from 'i18next';

// The person step is drawn by the same renderer as the procedures' forms, from a definition made
// here; it is checked by the domain's person schema, as the server checks it.

const TYPES: Record<PersonField, FieldDefinition['type']> = {
  name: 'text',
  nameKana: 'kana',
  birthDate: 'date',
  sex: 'radio',
  postalCode: 'postal_code',
  address: 'address',
  phone: 'phone',
};

// The person contract's limits, so the box stops where the server would.
const MAX_LENGTHS: Partial<Record<PersonField, number>> = { name: 60, nameKana: 80, address: 200 };

// The address needs no words of its own: the renderer's advice for addresses says it.
const HINTED: readonly PersonField[] = ['name', 'nameKana', 'birthDate', 'sex', 'postalCode', 'phone'];

/** The person step's form: only the fields the chosen procedures use, labelled in both languages. */
export function personDefinition(used: readonly PersonField[], i18n: I18n): FormDefinition {
  const ja = i18n.getFixedT('ja', 'pre-entry');
  const en = i18n.getFixedT('en', 'pre-entry');
  const both = (key: string) => ({ ja: ja(key), en: en(key) });
  const fields: FieldDefinition[] = used.map((id) => ({
    id,
    type: TYPES[id],
    label: both(`person.fields.${id}`),
    help: HINTED.includes(id) ? both(`person.hints.${id}`) : undefined,
    // Whatever a chosen procedure uses of the person, it needs: the server's completeness check says so too.
    required: true,
    maxLength: MAX_LENGTHS[id],
    options:
      id === 'sex'
        ? (['male', 'female', 'unspecified'] as const).map((value) => ({
            value,
            label: both(`person.sex.${value}`),
          }))
        : undefined,
  }));
  return {
    version: 1,
    title: both('person.title'),
    sections: [{ id: 'person', title: both('person.title'), fields }],
  };
}

/** The person data as the API takes it: blank answers left out (an empty sex is not an option). */
export function personForApi(person: Values): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(person)) {
    if (typeof value === 'string' && value.trim() !== '') result[key] = value.trim();
  }
  return result;
}

/** Browser autofill for the resident's own details. */
export const PERSON_AUTOCOMPLETE: Partial<Record<string, string>> = {
  name: 'name',
  phone: 'tel',
  postalCode: 'postal-code',
};
