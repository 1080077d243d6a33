import { compilePattern, SEX_VALUES } from './answers-schema.ts';
import { conditionFields } from './scope.ts';
import {
  type Condition,
  type FieldDefinition,
  type FieldType,
  type FormDefinition,
  PERSON_FIELDS,
  type PersonField,
  type SectionDefinition,
} from './types.ts';

export interface DefinitionProblem {
  /** Where, e.g. 'sections[1].fields[3](moveDate).visibleWhen'. */
  path: string;
  /** What is wrong, naming the field or section id. */
  message: string;
}

// The person data has one shape for every form, so a field filled from it must agree with it.
const PERSON_FIELD_TYPES: Record<PersonField, readonly FieldType[]> = {
  name: ['text', 'address'],
  nameKana: ['kana'],
  birthDate: ['date'],
  sex: ['select', 'radio'],
  postalCode: ['postal_code'],
  address: ['text', 'address'],
  phone: ['phone'],
};

interface Located {
  field: FieldDefinition;
  path: string;
  section?: SectionDefinition | undefined;
}

type Report = (path: string, message: string) => void;

/** Checks what the JSON meta-schema can't: unique ids, conditions on existing fields, options, person field types, min ≤ max, patterns, no visibility cycles. */
export function validateDefinition(definition: FormDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });

  const sectionIds = new Set<string>();
  for (const [index, section] of definition.sections.entries()) {
    if (sectionIds.has(section.id))
      report(`sections[${index}].id`, `section "${section.id}": id is used twice`);
    sectionIds.add(section.id);
  }
  const located = definition.sections.flatMap((section, s) =>
    section.fields.map((field, f) => ({ field, section, path: `sections[${s}].fields[${f}](${field.id})` })),
  );
  const known = checkScope(located, new Map(), false, report);
  for (const [index, section] of definition.sections.entries()) {
    const owner = `section "${section.id}"`;
    checkCondition(section.visibleWhen, known, `sections[${index}].visibleWhen`, owner, report);
  }
  return problems;
}

/** Checks one scope's fields (a form's, or a group's row) and returns the names its conditions may use. */
function checkScope(
  located: readonly Located[],
  outer: ReadonlyMap<string, FieldDefinition>,
  inGroup: boolean,
  report: Report,
): Map<string, FieldDefinition> {
  const own = new Map<string, FieldDefinition>();
  for (const { field, path } of located) {
    if (own.has(field.id)) report(`${path}.id`, `field "${field.id}": id is used twice`);
    else own.set(field.id, field);
  }
  // A row's own fields shadow the form's, as they do when conditions are evaluated.
  const known = new Map([...outer, ...own]);
  for (const entry of located) checkField(entry, known, inGroup, report);
  checkCycles(located, own, report);
  return known;
}

function checkField(
  { field, path }: Located,
  known: ReadonlyMap<string, FieldDefinition>,
  inGroup: boolean,
  report: Report,
): void {
  const owner = `field "${field.id}"`;
  checkCondition(field.visibleWhen, known, `${path}.visibleWhen`, owner, report);
  if (typeof field.required === 'object') {
    checkCondition(field.required, known, `${path}.required`, owner, report);
  }

  if ((field.type === 'select' || field.type === 'radio') && !field.options?.length) {
    report(`${path}.options`, `${owner}: a ${field.type} needs options`);
  }
  const values = new Set<string>();
  for (const [index, option] of (field.options ?? []).entries()) {
    if (values.has(option.value)) {
      report(`${path}.options[${index}]`, `${owner}: option "${option.value}" is listed twice`);
    }
    values.add(option.value);
  }

  if (field.person) checkPersonField(field, path, inGroup, report);
  checkRange(field.min, field.max, 'min', 'max', field.id, path, report);
  checkRange(field.minItems, field.maxItems, 'minItems', 'maxItems', field.id, path, report);
  if (field.pattern !== undefined) {
    try {
      compilePattern(field.pattern);
    } catch (error) {
      report(`${path}.pattern`, `${owner}: pattern doesn't compile (${(error as Error).message})`);
    }
  }

  if (field.type === 'group') {
    if (!field.fields?.length) report(`${path}.fields`, `${owner}: a group needs fields`);
    const rows = (field.fields ?? []).map((child, index) => ({
      field: child,
      path: `${path}.fields[${index}](${child.id})`,
    }));
    checkScope(rows, known, true, report);
  }
}

function checkPersonField(field: FieldDefinition, path: string, inGroup: boolean, report: Report): void {
  const owner = `field "${field.id}"`;
  const person = field.person!;
  // A group's rows are other people (household members); the person data is the applicant's.
  if (inGroup) report(`${path}.person`, `${owner}: a group's rows can't be filled from the person data`);
  const types = PERSON_FIELD_TYPES[person];
  if (!types.includes(field.type)) {
    report(
      `${path}.type`,
      `${owner}: person field "${person}" needs type ${types.join(' or ')}, not ${field.type}`,
    );
  }
  if (person !== 'sex') return;
  for (const [index, option] of (field.options ?? []).entries()) {
    if (!(SEX_VALUES as readonly string[]).includes(option.value)) {
      report(
        `${path}.options[${index}]`,
        `${owner}: option "${option.value}" is not one of the person data's ${SEX_VALUES.join(', ')}`,
      );
    }
  }
}

function checkRange(
  min: number | undefined,
  max: number | undefined,
  minName: string,
  maxName: string,
  id: string,
  path: string,
  report: Report,
): void {
  if (min !== undefined && max !== undefined && min > max) {
    report(`${path}.${minName}`, `field "${id}": ${minName} ${min} is greater than ${maxName} ${max}`);
  }
}

function checkCondition(
  condition: Condition | undefined,
  known: ReadonlyMap<string, FieldDefinition>,
  path: string,
  owner: string,
  report: Report,
): void {
  if (!condition) return;
  if ('all' in condition || 'any' in condition || 'not' in condition) {
    const parts = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition.not];
    for (const part of parts) checkCondition(part, known, path, owner, report);
    return;
  }
  const name = condition.field;
  if (name.startsWith('person.')) {
    if (!(PERSON_FIELDS as readonly string[]).includes(name.slice('person.'.length))) {
      report(path, `${owner}: condition refers to unknown person field "${name}"`);
    }
    return;
  }
  const target = known.get(name);
  if (!target) {
    report(path, `${owner}: condition refers to unknown field "${name}"`);
    return;
  }
  // A typo in a compared value makes the condition silently never hold.
  const compared = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : [];
  const options = target.options?.map((option) => option.value);
  for (const value of options ? compared : []) {
    if (!options?.includes(value as string)) {
      report(
        path,
        `${owner}: condition compares "${name}" with ${JSON.stringify(value)}, not one of its options`,
      );
    }
  }
}

/** Reports fields whose visibility depends, through other fields' values, on their own. */
function checkCycles(located: readonly Located[], own: ReadonlyMap<string, unknown>, report: Report): void {
  const dependsOn = new Map<string, string[]>();
  for (const { field, section } of located) {
    const names = [...conditionFields(section?.visibleWhen), ...conditionFields(field.visibleWhen)];
    dependsOn.set(field.id, [...(dependsOn.get(field.id) ?? []), ...names.filter((name) => own.has(name))]);
  }
  const chainBack = (start: string): string[] | undefined => {
    const seen = new Set<string>();
    const walk = (id: string): string[] | undefined => {
      for (const next of dependsOn.get(id) ?? []) {
        if (next === start) return [next];
        if (seen.has(next)) continue;
        seen.add(next);
        const rest = walk(next);
        if (rest) return [next, ...rest];
      }
      return undefined;
    };
    return walk(start);
  };
  const reported = new Set<string>();
  for (const { field, path } of located) {
    if (reported.has(field.id)) continue;
    reported.add(field.id);
    const chain = chainBack(field.id);
    if (chain) {
      report(
        `${path}.visibleWhen`,
        `field "${field.id}": its visibility depends on itself (${[field.id, ...chain].join(' → ')})`,
      );
    }
  }
}
