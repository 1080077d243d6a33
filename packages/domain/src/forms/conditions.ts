import type { Condition } from './types.ts';

/** Answers of one procedure, plus person data reachable as 'person.<field>'. */
export type Values = Record<string, unknown>;

/** Reads the value a condition names; scopes use it to make hidden fields read as missing. */
export type ValueReader = (field: string) => unknown;

/** Whether a condition holds for these values; a missing field is never equal to anything and is not 'filled'. */
export function evaluateCondition(condition: Condition, values: Values): boolean {
  return conditionHolds(condition, (field) => readValue(values, field));
}

/** Whether a condition holds, reading values through `read`. */
export function conditionHolds(condition: Condition, read: ValueReader): boolean {
  if ('all' in condition) return condition.all.every((part) => conditionHolds(part, read));
  if ('any' in condition) return condition.any.some((part) => conditionHolds(part, read));
  if ('not' in condition) return !conditionHolds(condition.not, read);
  const value = read(condition.field);
  if ('filled' in condition) return isFilled(value) === condition.filled;
  if (value === undefined || value === null) return false;
  if ('equals' in condition) return value === condition.equals;
  const listed: readonly unknown[] = condition.in;
  // A checkbox answer is a list of ticked options: any of them in the list is enough.
  return Array.isArray(value) ? value.some((item) => listed.includes(item)) : listed.includes(value);
}

/** Whether a value counts as answered: a non-blank string, a non-empty list, true, or a number. */
export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value === true || typeof value === 'number';
}

/** The values conditions see for one procedure: its answers plus the person data as 'person.<field>'. */
export function withPerson(answers: Values, person: Values | undefined): Values {
  const values: Values = { ...answers };
  for (const [key, value] of Object.entries(person ?? {})) values[`person.${key}`] = value;
  return values;
}

/** The value of `field` in `values`; inherited keys such as 'constructor' are not answers. */
export function readValue(values: Values, field: string): unknown {
  return Object.hasOwn(values, field) ? values[field] : undefined;
}
