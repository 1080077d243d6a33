import { describe, expect, it } from 'vitest';
import type { FieldDefinition, FormDefinition } from './types.ts';
import { isRequired, visibleFields, visibleValues } from './visibility.ts';

const label = { ja: '項目', en: 'Item' };
const yesNo = [
  { value: 'yes', label },
  { value: 'no', label },
];

function field(id: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { id, type: 'text', label, ...extra };
}

const definition: FormDefinition = {
  version: 1,
  title: label,
  sections: [
    {
      id: 'move',
      title: label,
      fields: [
        field('withFamily', { type: 'radio', options: yesNo }),
        field('familyCount', { type: 'number', visibleWhen: { field: 'withFamily', equals: 'yes' } }),
        field('familyNote', { visibleWhen: { field: 'familyCount', filled: true } }),
      ],
    },
    {
      id: 'school',
      title: label,
      visibleWhen: { field: 'withFamily', equals: 'yes' },
      fields: [field('school'), field('grade', { visibleWhen: { field: 'school', filled: true } })],
    },
  ],
};

const ids = (values: Record<string, unknown>) =>
  visibleFields(definition, values).map(({ field }) => field.id);

describe('visibleFields', () => {
  it('shows fields whose conditions hold, in order, with their section', () => {
    expect(ids({})).toEqual(['withFamily']);
    expect(ids({ withFamily: 'yes', familyCount: 2 })).toEqual([
      'withFamily',
      'familyCount',
      'familyNote',
      'school',
    ]);
    expect(visibleFields(definition, { withFamily: 'yes' })[1]?.section.id).toBe('move');
  });

  it('hides a whole section when its condition fails', () => {
    expect(ids({ withFamily: 'no', school: 'さくら小', grade: '3' })).toEqual(['withFamily']);
  });

  it('reads a hidden field as missing, so stale answers show nothing', () => {
    // The resident said yes, filled the count, then changed to no.
    const stale = { withFamily: 'no', familyCount: 2, familyNote: 'x' };
    expect(ids(stale)).toEqual(['withFamily']);
    expect(visibleValues(definition, stale)).toMatchObject({ familyCount: undefined, familyNote: undefined });
  });
});

describe('isRequired', () => {
  it('is true, false, or the condition', () => {
    expect(isRequired(field('a', { required: true }), {})).toBe(true);
    expect(isRequired(field('a'), {})).toBe(false);
    const conditional = field('a', { required: { field: 'withFamily', equals: 'yes' } });
    expect(isRequired(conditional, { withFamily: 'yes' })).toBe(true);
    expect(isRequired(conditional, { withFamily: 'no' })).toBe(false);
  });
});
