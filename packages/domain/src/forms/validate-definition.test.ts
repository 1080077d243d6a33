import { describe, expect, it } from 'vitest';
import type { FieldDefinition, FormDefinition, SectionDefinition } from './types.ts';
import { validateDefinition } from './validate-definition.ts';

const label = { ja: '項目', en: 'Item' };
const options = (...values: string[]) => values.map((value) => ({ value, label }));

function field(id: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { id, type: 'text', label, ...extra };
}

function form(...sections: (FieldDefinition[] | Partial<SectionDefinition>)[]): FormDefinition {
  return {
    version: 1,
    title: label,
    sections: sections.map((section, index) => ({
      id: `s${index}`,
      title: label,
      fields: [],
      ...(Array.isArray(section) ? { fields: section } : section),
    })),
  };
}

/** The one problem a definition has. */
function problemOf(definition: FormDefinition) {
  const problems = validateDefinition(definition);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('validateDefinition', () => {
  it('accepts a sound definition', () => {
    const sound = form(
      [
        field('name', { person: 'name' }),
        field('sex', { type: 'radio', person: 'sex', options: options('male', 'female') }),
        field('withFamily', { type: 'radio', options: options('yes', 'no') }),
      ],
      {
        visibleWhen: { field: 'withFamily', equals: 'yes' },
        fields: [
          field('members', {
            type: 'group',
            minItems: 1,
            maxItems: 5,
            fields: [field('name'), field('age', { type: 'number', min: 0, max: 150 })],
          }),
          field('note', { required: { field: 'person.birthDate', filled: true }, pattern: '\\d{3}' }),
        ],
      },
    );
    expect(validateDefinition(sound)).toEqual([]);
  });

  it('finds ids used twice in a form, across sections, and in a group', () => {
    expect(problemOf(form([field('a')], [field('a')]))).toEqual({
      path: 'sections[1].fields[0](a).id',
      message: 'field "a": id is used twice',
    });
    expect(problemOf(form({ id: 'x', fields: [field('a')] }, { id: 'x', fields: [field('b')] }))).toEqual({
      path: 'sections[1].id',
      message: 'section "x": id is used twice',
    });
    const group = field('g', { type: 'group', fields: [field('b'), field('b')] });
    expect(problemOf(form([group])).path).toBe('sections[0].fields[0](g).fields[1](b).id');
  });

  it('finds conditions on fields that do not exist, wherever they are', () => {
    expect(
      problemOf(form([field('a', { visibleWhen: { all: [{ field: 'moveDat', filled: true }] } })])),
    ).toEqual({
      path: 'sections[0].fields[0](a).visibleWhen',
      message: 'field "a": condition refers to unknown field "moveDat"',
    });
    expect(problemOf(form([field('a', { required: { field: 'person.age', filled: true } })])).message).toBe(
      'field "a": condition refers to unknown person field "person.age"',
    );
    expect(
      problemOf(form({ id: 'extra', visibleWhen: { field: 'b', equals: 'x' }, fields: [field('a')] })),
    ).toEqual({
      path: 'sections[0].visibleWhen',
      message: 'section "extra": condition refers to unknown field "b"',
    });
    // A row may read the form's fields, but the form can't read into a row.
    const group = field('g', {
      type: 'group',
      fields: [field('b', { visibleWhen: { field: 'a', filled: true } })],
    });
    expect(validateDefinition(form([field('a'), group]))).toEqual([]);
    expect(
      problemOf(form([field('a'), group, field('c', { visibleWhen: { field: 'b', filled: true } })])).message,
    ).toBe('field "c": condition refers to unknown field "b"');
  });

  it('finds compared values that are not among the options', () => {
    const kind = field('kind', { type: 'select', options: options('yes', 'no') });
    expect(
      problemOf(form([kind, field('a', { visibleWhen: { field: 'kind', in: ['yes', 'yse'] } })])).message,
    ).toBe('field "a": condition compares "kind" with "yse", not one of its options');
  });

  it('finds option lists that are missing or repeat a value', () => {
    expect(problemOf(form([field('kind', { type: 'select' })]))).toEqual({
      path: 'sections[0].fields[0](kind).options',
      message: 'field "kind": a select needs options',
    });
    expect(problemOf(form([field('kind', { type: 'checkbox', options: options('a', 'b', 'a') })]))).toEqual({
      path: 'sections[0].fields[0](kind).options[2]',
      message: 'field "kind": option "a" is listed twice',
    });
  });

  it('finds a group without fields', () => {
    expect(problemOf(form([field('members', { type: 'group' })])).message).toBe(
      'field "members": a group needs fields',
    );
  });

  it('finds person fields whose type or options do not fit the person data', () => {
    expect(problemOf(form([field('born', { person: 'birthDate' })]))).toEqual({
      path: 'sections[0].fields[0](born).type',
      message: 'field "born": person field "birthDate" needs type date, not text',
    });
    expect(
      problemOf(form([field('sex', { type: 'radio', person: 'sex', options: options('M') })])).message,
    ).toBe('field "sex": option "M" is not one of the person data\'s male, female, unspecified');
    const group = field('g', { type: 'group', fields: [field('n', { person: 'name' })] });
    expect(problemOf(form([group])).message).toBe(
      'field "n": a group\'s rows can\'t be filled from the person data',
    );
  });

  it('finds ranges that are upside down', () => {
    expect(problemOf(form([field('n', { type: 'number', min: 5, max: 3 })]))).toEqual({
      path: 'sections[0].fields[0](n).min',
      message: 'field "n": min 5 is greater than max 3',
    });
    const group = field('g', { type: 'group', minItems: 3, maxItems: 2, fields: [field('a')] });
    expect(problemOf(form([group])).message).toBe('field "g": minItems 3 is greater than maxItems 2');
  });

  it('finds patterns that do not compile', () => {
    const problem = problemOf(form([field('code', { pattern: '[0-9' })]));
    expect(problem.path).toBe('sections[0].fields[0](code).pattern');
    expect(problem.message).toMatch(/^field "code": pattern doesn't compile/);
  });

  it('finds fields whose visibility depends on itself', () => {
    const loop = form([
      field('a', { visibleWhen: { field: 'b', filled: true } }),
      field('b', { visibleWhen: { not: { field: 'a', filled: true } } }),
    ]);
    expect(validateDefinition(loop)).toEqual([
      {
        path: 'sections[0].fields[0](a).visibleWhen',
        message: 'field "a": its visibility depends on itself (a → b → a)',
      },
      {
        path: 'sections[0].fields[1](b).visibleWhen',
        message: 'field "b": its visibility depends on itself (b → a → b)',
      },
    ]);
    // A section shown by one of its own fields hides that field with it.
    const section = form({ visibleWhen: { field: 'c', filled: true }, fields: [field('c')] });
    expect(problemOf(section).message).toBe('field "c": its visibility depends on itself (c → c)');
  });
});
