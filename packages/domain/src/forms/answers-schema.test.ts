import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compileAnswersSchema, compilePersonSchema, personFieldsUsed } from './answers-schema.ts';
import type { FieldDefinition, FormDefinition } from './types.ts';

const label = { ja: '項目', en: 'Item' };
const options = (...values: string[]) => values.map((value) => ({ value, label }));

function field(
  id: string,
  type: FieldDefinition['type'],
  extra: Partial<FieldDefinition> = {},
): FieldDefinition {
  return { id, type, label, ...extra };
}

function form(...fields: FieldDefinition[]): FormDefinition {
  return { version: 1, title: label, sections: [{ id: 'main', title: label, fields }] };
}

function problems(schema: z.ZodType<Record<string, unknown>>, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('compileAnswersSchema: types', () => {
  // One field per case: [field, accepted input → output, rejected input → code].
  const cases: [FieldDefinition, [unknown, unknown][], [unknown, string][]][] = [
    [
      field('a', 'text', { maxLength: 3, pattern: '[A-Z]\\d+' }),
      [[' A12 ', 'A12']],
      [
        ['A123', 'too_long'],
        ['a1', 'pattern'],
        [12, 'invalid'],
      ],
    ],
    [
      field('a', 'kana', { maxLength: 7 }),
      [
        ['やまだ', 'ヤマダ'],
        ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ タロウ'],
      ],
      [
        ['山田', 'not_katakana'],
        ['やまだ たろうざ', 'too_long'],
      ],
    ],
    [
      field('a', 'date'),
      [['2026-02-28', '2026-02-28']],
      [
        ['2026-02-29', 'invalid_date'],
        ['2026/03/01', 'invalid_date'],
      ],
    ],
    [
      field('a', 'postal_code'),
      [
        ['1000001', '100-0001'],
        ['〒１００－０００１', '100-0001'],
      ],
      [['100-001', 'invalid_postal_code']],
    ],
    [field('a', 'address'), [[' 千代田区1-1 ', '千代田区1-1']], [['あ'.repeat(201), 'too_long']]],
    [field('a', 'phone'), [['090-1234-5678', '09012345678']], [['1234', 'invalid_phone']]],
    [field('a', 'email'), [[' Taro@Example.jp ', 'taro@example.jp']], [['taro@', 'invalid_email']]],
    [field('a', 'select', { options: options('x', 'y') }), [['y', 'y']], [['z', 'not_an_option']]],
    [
      field('a', 'radio', { options: options('x', 'y') }),
      [['x', 'x']],
      [
        ['z', 'not_an_option'],
        [1, 'invalid'],
      ],
    ],
    [
      field('a', 'checkbox'),
      [
        [false, false],
        [true, true],
      ],
      [['yes', 'invalid']],
    ],
    [
      field('a', 'checkbox', { options: options('x', 'y', 'z') }),
      [
        [
          ['z', 'x', 'z'],
          ['x', 'z'],
        ],
      ],
      [
        [['x', 'w'], 'not_an_option'],
        ['x', 'invalid'],
      ],
    ],
    [
      field('a', 'number', { min: 1, max: 9 }),
      [
        [3, 3],
        ['４', 4],
      ],
      [
        [0, 'too_small'],
        [10, 'too_large'],
        [Number.NaN, 'invalid'],
        ['3人', 'invalid'],
      ],
    ],
  ];

  for (const [definition, accepted, rejected] of cases) {
    it(`checks ${definition.type}${definition.options ? ' with options' : ''}`, () => {
      const schema = compileAnswersSchema(form(definition));
      for (const [input, output] of accepted) expect(schema.parse({ a: input })).toEqual({ a: output });
      for (const [input, code] of rejected) {
        expect(problems(schema, { a: input }), JSON.stringify(input)).toEqual([
          { path: ['a'], message: code },
        ]);
      }
    });
  }

  it('rejects what is not an object of answers', () => {
    expect(compileAnswersSchema(form(field('a', 'text'))).safeParse(['a']).success).toBe(false);
  });
});

describe('compileAnswersSchema: required and visibility', () => {
  const definition = form(
    field('moveDate', 'date', { required: true }),
    field('withFamily', 'radio', { options: options('yes', 'no'), required: true }),
    field('familyCount', 'number', { visibleWhen: { field: 'withFamily', equals: 'yes' }, required: true }),
    field('reason', 'text', { required: { field: 'withFamily', equals: 'no' } }),
    field('agreed', 'checkbox', { required: true }),
    field('applicantName', 'text', { person: 'name', required: true }),
  );
  const schema = compileAnswersSchema(definition);

  it('requires required fields, blank text and an unticked box included', () => {
    expect(problems(schema, { moveDate: ' ', withFamily: 'no', reason: 'job', agreed: false })).toEqual([
      { path: ['moveDate'], message: 'required' },
      { path: ['agreed'], message: 'required' },
    ]);
  });

  it('requires a conditionally required field only when its condition holds', () => {
    const base = { moveDate: '2026-04-01', agreed: true };
    expect(problems(schema, { ...base, withFamily: 'no' })).toEqual([
      { path: ['reason'], message: 'required' },
    ]);
    expect(problems(schema, { ...base, withFamily: 'yes', familyCount: 2 })).toEqual([]);
  });

  it("doesn't require a hidden field, and drops its answer and unknown keys", () => {
    const answers = {
      moveDate: '2026-04-01',
      withFamily: 'no',
      familyCount: 'garbage',
      reason: 'job',
      agreed: true,
    };
    expect(schema.parse({ ...answers, stray: 1 })).toEqual({
      moveDate: '2026-04-01',
      withFamily: 'no',
      reason: 'job',
      agreed: true,
    });
  });

  it('leaves person fields to the person schema, but lets conditions read the person data', () => {
    const adultOnly = form(
      field('applicantBirth', 'date', { person: 'birthDate' }),
      field('guardian', 'text', { required: { field: 'applicantBirth', filled: false } }),
      field('phoneNote', 'text', { required: { field: 'person.phone', filled: true } }),
    );
    expect(problems(compileAnswersSchema(adultOnly), { applicantBirth: 'x' })).toEqual([
      { path: ['guardian'], message: 'required' },
    ]);
    const person = { birthDate: '1990-01-01', phone: '0312345678' };
    expect(problems(compileAnswersSchema(adultOnly, { person }), {})).toEqual([
      { path: ['phoneNote'], message: 'required' },
    ]);
    expect(
      compileAnswersSchema(adultOnly, { person }).parse({ phoneNote: 'x', applicantBirth: 'y' }),
    ).toEqual({
      phoneNote: 'x',
    });
  });

  it('in partial mode accepts missing required answers but still rejects invalid ones', () => {
    const partial = compileAnswersSchema(definition, { partial: true });
    expect(partial.parse({ withFamily: 'yes' })).toEqual({ withFamily: 'yes' });
    expect(problems(partial, { moveDate: '2026-13-01' })).toEqual([
      { path: ['moveDate'], message: 'invalid_date' },
    ]);
  });
});

describe('compileAnswersSchema: groups', () => {
  const definition = form(
    field('relation', 'select', { options: options('family', 'other') }),
    field('members', 'group', {
      minItems: 1,
      maxItems: 2,
      required: true,
      fields: [
        field('name', 'text', { required: true }),
        field('kind', 'radio', { options: options('child', 'adult') }),
        // Row values come first: a row's 'kind' decides, the form's 'relation' is seen too.
        field('school', 'text', { visibleWhen: { field: 'kind', equals: 'child' }, required: true }),
        field('note', 'text', { required: { field: 'relation', equals: 'other' } }),
      ],
    }),
  );
  const schema = compileAnswersSchema(definition);

  it('validates each row and reports paths into it', () => {
    const input = {
      relation: 'other',
      members: [
        { name: '花子', kind: 'child', note: 'x' },
        { name: ' ', kind: 'adult' },
      ],
    };
    expect(problems(schema, input)).toEqual([
      { path: ['members', 0, 'school'], message: 'required' },
      { path: ['members', 1, 'name'], message: 'required' },
      { path: ['members', 1, 'note'], message: 'required' },
    ]);
  });

  it('outputs normalized rows without hidden answers', () => {
    const input = { relation: 'family', members: [{ name: ' 花子 ', kind: 'adult', school: 'さくら小' }] };
    expect(schema.parse(input)).toEqual({ relation: 'family', members: [{ name: '花子', kind: 'adult' }] });
  });

  it('enforces minItems, maxItems and row shape', () => {
    const row = { name: '花子' };
    expect(problems(schema, { members: [] })).toEqual([{ path: ['members'], message: 'required' }]);
    expect(problems(schema, { members: [row, row, row] })).toEqual([
      { path: ['members'], message: 'too_many' },
    ]);
    expect(problems(schema, { members: [row, 'x'] })).toEqual([{ path: ['members', 1], message: 'invalid' }]);
    expect(problems(schema, { members: row })).toEqual([{ path: ['members'], message: 'invalid' }]);
    // Too few rows is unfinished work, which a partial save keeps.
    const twoAtLeast = form(field('members', 'group', { minItems: 2, fields: [field('name', 'text')] }));
    expect(problems(compileAnswersSchema(twoAtLeast), { members: [row] })).toEqual([
      { path: ['members'], message: 'too_few' },
    ]);
    expect(problems(compileAnswersSchema(twoAtLeast, { partial: true }), { members: [row] })).toEqual([]);
  });
});

describe('compilePersonSchema', () => {
  it('checks and normalizes the shared person data', () => {
    const schema = compilePersonSchema({ required: ['name', 'nameKana'] });
    expect(
      schema.parse({
        name: ' 山田 太郎 ',
        nameKana: 'やまだ たろう',
        postalCode: '1000001',
        phone: '03-1234-5678',
        sex: 'male',
      }),
    ).toEqual({
      name: '山田 太郎',
      nameKana: 'ヤマダ タロウ',
      postalCode: '100-0001',
      phone: '0312345678',
      sex: 'male',
    });
    expect(problems(schema, { name: '山田', birthDate: '1990-02-30', sex: 'm' })).toEqual([
      { path: ['nameKana'], message: 'required' },
      { path: ['birthDate'], message: 'invalid_date' },
      { path: ['sex'], message: 'not_an_option' },
    ]);
    expect(problems(compilePersonSchema(), { name: 'あ'.repeat(61) })).toEqual([
      { path: ['name'], message: 'too_long' },
    ]);
  });

  it('in partial mode lets required person data wait', () => {
    expect(compilePersonSchema({ partial: true, required: ['name'] }).parse({})).toEqual({});
  });
});

describe('personFieldsUsed', () => {
  it('lists the person fields the forms fill or test, in the standard order, once', () => {
    const a = form(field('addr', 'address', { person: 'address' }), field('n', 'text', { person: 'name' }));
    const b = form(
      field('n', 'text', { person: 'name' }),
      field('x', 'text', { visibleWhen: { not: { field: 'person.birthDate', filled: true } } }),
    );
    expect(personFieldsUsed([a, b])).toEqual(['name', 'birthDate', 'address']);
    expect(personFieldsUsed([])).toEqual([]);
  });
});
