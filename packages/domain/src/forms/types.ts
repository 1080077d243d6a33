// The shape of a procedure's form, as data. packages/contracts validates JSON against these
// shapes with zod; this package evaluates them (conditions, visibility, answer schemas).

export interface Localized {
  ja: string;
  en: string;
}

/** A condition over the answers (and the person data, as `person.name` etc.). */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: (string | number)[] }
  | { field: string; filled: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const FIELD_TYPES = [
  'text',
  'kana',
  'date',
  'postal_code',
  'address',
  'phone',
  'email',
  'select',
  'radio',
  'checkbox',
  'number',
  'group',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The person's own data, entered once and shared by every form of a visit. */
export const PERSON_FIELDS = [
  'name',
  'nameKana',
  'birthDate',
  'sex',
  'postalCode',
  'address',
  'phone',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface FieldOption {
  value: string;
  label: Localized;
  /** Furigana for label.ja, for the counter tablet. */
  labelKana?: string | undefined;
}

export interface FieldDefinition {
  /** Unique within its form (or its group); answers are keyed by it. */
  id: string;
  type: FieldType;
  label: Localized;
  /** Furigana for label.ja, for the counter tablet. */
  labelKana?: string | undefined;
  help?: Localized | undefined;
  /** Filled from the person data instead of asked per form. */
  person?: PersonField | undefined;
  /** true, or required only when the condition holds. */
  required?: boolean | Condition | undefined;
  visibleWhen?: Condition | undefined;
  /** select, radio, and checkbox with options (several may be ticked). */
  options?: FieldOption[] | undefined;
  min?: number | undefined;
  max?: number | undefined;
  maxLength?: number | undefined;
  /** A regular expression the text must match, for codes with a known shape. */
  pattern?: string | undefined;
  /** group: the repeated fields (household members moving together). */
  fields?: FieldDefinition[] | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
  /** Width of the value cell on the PDF, in twelfths of the row (default 12). */
  span?: number | undefined;
}

export interface SectionDefinition {
  id: string;
  title: Localized;
  /** Furigana for title.ja, for the counter tablet. */
  titleKana?: string | undefined;
  description?: Localized | undefined;
  visibleWhen?: Condition | undefined;
  fields: FieldDefinition[];
}

export interface FormDefinition {
  version: number;
  /** The official form's title, printed at the top of the PDF. */
  title: Localized;
  /** Furigana for title.ja, for the counter tablet. */
  titleKana?: string | undefined;
  /** Addressee line on the PDF, e.g. さくら台市長 様. */
  addressee?: Localized | undefined;
  sections: SectionDefinition[];
}
