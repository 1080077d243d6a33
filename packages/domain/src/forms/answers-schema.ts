import { z } from 'zod';
import { isLocalDate } from '../calendar.ts';
import { isJapanesePhone, isPlausibleEmail, normalizeEmail, normalizePhone } from '../contact.ts';
import { isKatakanaName, normalizeWidth, toKatakana } from '../kana.ts';
import { normalizePostalCode } from '../postal-code.ts';
import { readValue, type Values, withPerson } from './conditions.ts';
import { conditionFields, fieldScopeItem, formEntries, resolveScope, type ScopeItem } from './scope.ts';
import {
  type Condition,
  type FieldDefinition,
  type FormDefinition,
  PERSON_FIELDS,
  type PersonField,
} from './types.ts';
import { isRequired } from './visibility.ts';

/** The stable codes an answer can fail with, sent as the issue's message for the client to translate. */
export const ANSWER_ERROR_CODES = [
  'required',
  'invalid',
  'too_long',
  'not_katakana',
  'invalid_date',
  'invalid_postal_code',
  'invalid_phone',
  'invalid_email',
  'not_an_option',
  'too_small',
  'too_large',
  'too_few',
  'too_many',
  'pattern',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

/** The values of the person's sex, as the shared person step offers them. */
export const SEX_VALUES = ['male', 'female', 'unspecified'] as const;

const ADDRESS_MAX_LENGTH = 200;
// The person contract's limits, so the shared step and the forms reject the same input.
const NAME_MAX_LENGTH = 60;
const NAME_KANA_MAX_LENGTH = 80;

/** What checking reads of a field; the person schema builds these without labels. */
type FieldRule = Omit<FieldDefinition, 'label' | 'options' | 'fields'> & {
  options?: readonly { value: string }[] | undefined;
  fields?: readonly FieldRule[] | undefined;
};

const PERSON_RULES: Record<PersonField, FieldRule> = {
  name: { id: 'name', type: 'text', maxLength: NAME_MAX_LENGTH },
  nameKana: { id: 'nameKana', type: 'kana', maxLength: NAME_KANA_MAX_LENGTH },
  birthDate: { id: 'birthDate', type: 'date' },
  sex: { id: 'sex', type: 'select', options: SEX_VALUES.map((value) => ({ value })) },
  postalCode: { id: 'postalCode', type: 'postal_code' },
  address: { id: 'address', type: 'address' },
  phone: { id: 'phone', type: 'phone' },
};

type Path = (string | number)[];

interface Run {
  partial: boolean;
  patterns: Map<FieldRule, RegExp>;
  report: (path: Path, code: AnswerErrorCode, input: unknown) => void;
}

type Checked = { ok: true; value: unknown } | { ok: false; code: AnswerErrorCode };

/** A zod schema for one procedure's answers: visible fields only, required ones enforced unless partial, values validated by type. */
export function compileAnswersSchema(
  definition: FormDefinition,
  options: { partial?: boolean; person?: Values } = {},
): z.ZodType<Record<string, unknown>> {
  const entries = formEntries(definition);
  const fields = entries.map(({ field }) => field);
  const items = entries.map(({ section, field }) => fieldScopeItem(field, section));
  const patterns = compilePatterns(fields);
  return answersSchema(options.partial, patterns, (input, run) =>
    checkScope(fields, items, input, withPerson(input, options.person), [], run),
  );
}

/** The person-data schema shared by every form (name, furigana, birth date, sex, postal code, address, phone), checked the same way. */
export function compilePersonSchema(
  options: { partial?: boolean; required?: readonly PersonField[] } = {},
): z.ZodType<Record<string, unknown>> {
  const required = new Set(options.required ?? []);
  const fields = PERSON_FIELDS.map((id) => ({ ...PERSON_RULES[id], required: required.has(id) }));
  const items = fields.map((field) => fieldScopeItem(field));
  return answersSchema(options.partial, new Map(), (input, run) =>
    checkScope(fields, items, input, input, [], run),
  );
}

/** Which person fields any of these definitions uses (so the shared person step asks exactly those). */
export function personFieldsUsed(definitions: readonly FormDefinition[]): PersonField[] {
  const used = new Set<string>();
  const visit = (field: FieldDefinition, conditions: (Condition | boolean | undefined)[]) => {
    if (field.person) used.add(field.person);
    // A condition on person data needs that data asked, or it could never hold.
    for (const condition of [...conditions, field.visibleWhen, field.required]) {
      if (typeof condition !== 'object') continue;
      for (const name of conditionFields(condition)) {
        if (name.startsWith('person.')) used.add(name.slice('person.'.length));
      }
    }
    for (const child of field.fields ?? []) visit(child, []);
  };
  for (const definition of definitions) {
    for (const { section, field } of formEntries(definition)) visit(field, [section.visibleWhen]);
  }
  return PERSON_FIELDS.filter((field) => used.has(field));
}

// A transform rather than superRefine: visibility depends on the input itself, and the output
// drops hidden answers and carries normalized values (katakana, 123-4567, phone digits).
function answersSchema(
  partial: boolean | undefined,
  patterns: Map<FieldRule, RegExp>,
  check: (input: Values, run: Run) => Values,
): z.ZodType<Record<string, unknown>> {
  return z.record(z.string(), z.unknown()).transform((input, ctx) =>
    check(input, {
      partial: partial ?? false,
      patterns,
      report: (path, code, value) => ctx.issues.push({ code: 'custom', message: code, path, input: value }),
    }),
  );
}

/** Checks the shown fields of one scope (a form or a group row) and returns their normalized answers. */
function checkScope(
  fields: readonly FieldRule[],
  items: readonly ScopeItem[],
  input: Values,
  context: Values,
  path: Path,
  run: Run,
): Values {
  const scope = resolveScope(items, context);
  const output: Values = {};
  fields.forEach((field, index) => {
    // Person fields are answered once for the whole visit, by the person schema.
    if (!scope.shown[index] || field.person) return;
    const at = [...path, field.id];
    const value = readValue(input, field.id);
    const required = !run.partial && isRequired(field, scope.values);
    // An unticked consent box is false, not blank, yet a required one must be ticked.
    if (isBlank(value) || (required && value === false)) {
      if (required) run.report(at, 'required', value);
      return;
    }
    if (field.type === 'group') {
      output[field.id] = checkRows(field, value, scope.values, at, run);
      return;
    }
    const checked = checkValue(field, value, run.patterns.get(field));
    if (checked.ok) output[field.id] = checked.value;
    else run.report(at, checked.code, value);
  });
  return output;
}

function checkRows(field: FieldRule, value: unknown, parent: Values, at: Path, run: Run): unknown {
  if (!Array.isArray(value)) {
    run.report(at, 'invalid', value);
    return undefined;
  }
  if (field.maxItems !== undefined && value.length > field.maxItems) run.report(at, 'too_many', value);
  // Too few rows is unfinished work, like a missing answer, so a partial save allows it.
  if (!run.partial && field.minItems !== undefined && value.length < field.minItems) {
    run.report(at, 'too_few', value);
  }
  const fields = field.fields ?? [];
  const items = fields.map((child) => fieldScopeItem(child));
  return value.map((row: unknown, index) => {
    if (!isRecord(row)) {
      run.report([...at, index], 'invalid', row);
      return undefined;
    }
    // Conditions in a row see the row's own answers first, then the rest of the form.
    return checkScope(fields, items, row, { ...parent, ...row }, [...at, index], run);
  });
}

function checkValue(field: FieldRule, value: unknown, pattern: RegExp | undefined): Checked {
  if (field.type === 'number') return checkNumber(field, value);
  if (field.type === 'checkbox') return checkCheckbox(field, value);
  if (typeof value !== 'string') return fail('invalid');
  const text = value.trim();
  switch (field.type) {
    case 'text':
      if (tooLong(text, field.maxLength)) return fail('too_long');
      return pattern && !pattern.test(text) ? fail('pattern') : pass(text);
    case 'kana': {
      const kana = toKatakana(text);
      if (tooLong(kana, field.maxLength)) return fail('too_long');
      return isKatakanaName(kana) ? pass(kana) : fail('not_katakana');
    }
    case 'date':
      return isLocalDate(text) ? pass(text) : fail('invalid_date');
    case 'postal_code': {
      const postalCode = normalizePostalCode(text);
      return postalCode ? pass(postalCode) : fail('invalid_postal_code');
    }
    case 'address':
      return tooLong(text, field.maxLength ?? ADDRESS_MAX_LENGTH) ? fail('too_long') : pass(text);
    case 'phone':
      return isJapanesePhone(text) ? pass(normalizePhone(text)) : fail('invalid_phone');
    case 'email':
      return isPlausibleEmail(text) ? pass(normalizeEmail(text)) : fail('invalid_email');
    case 'select':
    case 'radio':
      return field.options?.some((option) => option.value === value) ? pass(value) : fail('not_an_option');
    default:
      return fail('invalid');
  }
}

function checkNumber(field: FieldRule, value: unknown): Checked {
  const number = toNumber(value);
  if (number === undefined) return fail('invalid');
  if (field.min !== undefined && number < field.min) return fail('too_small');
  if (field.max !== undefined && number > field.max) return fail('too_large');
  return pass(number);
}

function checkCheckbox(field: FieldRule, value: unknown): Checked {
  if (!field.options) return typeof value === 'boolean' ? pass(value) : fail('invalid');
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return fail('invalid');
  const options = field.options.map((option) => option.value);
  if (!value.every((item) => options.includes(item))) return fail('not_an_option');
  // In the options' order and without repeats, whatever order they were ticked in.
  return pass(options.filter((option) => value.includes(option)));
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  // Number inputs on phones may hand over full-width digits as text.
  const text = normalizeWidth(value).trim();
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

function compilePatterns(fields: readonly FieldRule[]): Map<FieldRule, RegExp> {
  const patterns = new Map<FieldRule, RegExp>();
  const visit = (field: FieldRule) => {
    // Definitions are checked by validateDefinition first, so a pattern that doesn't compile throws here.
    if (field.pattern !== undefined) patterns.set(field, compilePattern(field.pattern));
    field.fields?.forEach(visit);
  };
  fields.forEach(visit);
  return patterns;
}

/** A definition's pattern as it is applied: to the whole trimmed text, with Unicode semantics. */
export function compilePattern(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u');
}

// Lengths count characters, not UTF-16 units, so 𠮷 in a name counts once.
function tooLong(text: string, maxLength: number | undefined): boolean {
  return maxLength !== undefined && [...text].length > maxLength;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function isRecord(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pass(value: unknown): Checked {
  return { ok: true, value };
}

function fail(code: AnswerErrorCode): Checked {
  return { ok: false, code };
}
