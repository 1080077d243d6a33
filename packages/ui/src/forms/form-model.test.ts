import type { FieldDefinition } from '@kakanai/domain';
import { describe, expect, it } from 'vitest';
import { emptyRow, offersAddMe, rowFromPerson, shownRowFields } from './form-model.ts';

const label = (ja: string) => ({ ja, en: ja });

const members: FieldDefinition = {
  id: 'members',
  type: 'group',
  label: label('異動する人'),
  minItems: 1,
  fields: [
    { id: 'name', type: 'text', label: label('氏名'), required: true },
    { id: 'birthDate', type: 'date', label: label('生年月日') },
    {
      id: 'sex',
      type: 'radio',
      label: label('性別'),
      options: [
        { value: 'male', label: label('男') },
        { value: 'female', label: label('女') },
      ],
    },
    {
      id: 'relationship',
      type: 'select',
      label: label('続柄'),
      options: [
        { value: 'head', label: label('世帯主') },
        { value: 'other', label: label('その他') },
      ],
    },
    {
      id: 'relationshipOther',
      type: 'text',
      label: label('続柄（その他）'),
      required: true,
      visibleWhen: { field: 'relationship', equals: 'other' },
    },
    { id: 'consent', type: 'checkbox', label: label('同意') },
  ],
};

const witnesses: FieldDefinition = {
  id: 'witnesses',
  type: 'group',
  label: label('証人'),
  fields: [
    { id: 'name', type: 'text', label: label('氏名') },
    { id: 'birthDate', type: 'date', label: label('生年月日') },
  ],
};

describe('add me', () => {
  it('is offered for household lists only, not for witnesses or children', () => {
    expect(offersAddMe(members)).toBe(true);
    expect(offersAddMe(witnesses)).toBe(false);
  });

  it('copies the person data that fits the row, skipping a sex the row cannot take', () => {
    expect(
      rowFromPerson(members, { name: '山田 太郎', birthDate: '1985-04-01', sex: 'unspecified' }),
    ).toEqual({
      name: '山田 太郎',
      birthDate: '1985-04-01',
    });
  });
});

describe('group rows', () => {
  it('start blank, with unticked boxes', () => {
    expect(emptyRow(members)).toEqual({
      name: '',
      birthDate: '',
      sex: '',
      relationship: '',
      relationshipOther: '',
      consent: false,
    });
  });

  it('show a follow-up field when the row’s own answer asks for it, named with the row', () => {
    const shown = (row: Record<string, unknown>) =>
      shownRowFields(members, row, ['members'], 1, {}, '異動する人（2）', 'ja').map((f) => f.field.id);
    expect(shown({ relationship: 'head' })).not.toContain('relationshipOther');
    expect(shown({ relationship: 'other' })).toContain('relationshipOther');
    const [first] = shownRowFields(members, {}, ['members'], 1, {}, '異動する人（2）', 'ja');
    expect(first?.path).toEqual(['members', 1, 'name']);
    expect(first?.label).toBe('異動する人（2）：氏名');
    expect(first?.required).toBe(true);
  });
});
