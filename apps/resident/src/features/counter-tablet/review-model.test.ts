import type { Person, Procedure } from '@kakanai/contracts';
import type { FieldDefinition } from '@kakanai/domain';
import { describe, expect, it } from 'vitest';
import { flaggedPaths, type ReviewForm, reviewForm, reviewValues, valueLabel } from './review-model.ts';

const label = (ja: string) => ({ ja, en: ja });
const field = (id: string, type: FieldDefinition['type'], extra: Partial<FieldDefinition> = {}) => ({
  id,
  type,
  label: label(id),
  ...extra,
});

function procedure(id: string, sections: Procedure['definition']['sections']): Procedure {
  return {
    id,
    serviceCode: 'shomei',
    name: label(id),
    purpose: label(id),
    documents: [],
    fee: { yen: 0 },
    onlineAvailable: false,
    definition: { version: 1, title: label(`${id}申請書`), sections },
  };
}

// Shaped like the catalog's 住民票の写し等交付請求書: choices, a group shown for one choice, a
// field shown for another, an agent section shown only for agents, and the person's own data.
const juminhyo = procedure('juminhyo', [
  {
    id: 'request',
    title: label('請求の内容'),
    fields: [
      field('scope', 'radio', {
        options: [
          { value: 'self', label: label('本人のみ') },
          { value: 'household_part', label: label('世帯の一部') },
        ],
      }),
      field('targetPersons', 'group', {
        visibleWhen: { field: 'scope', equals: 'household_part' },
        fields: [field('name', 'text'), field('nameKana', 'kana'), field('birthDate', 'date')],
      }),
    ],
  },
  {
    id: 'purpose',
    title: label('使用目的'),
    fields: [
      field('usePurpose', 'select', {
        options: [
          { value: 'employment', label: label('勤務先') },
          { value: 'other', label: label('その他') },
        ],
      }),
      field('usePurposeOther', 'text', { visibleWhen: { field: 'usePurpose', equals: 'other' } }),
    ],
  },
  {
    id: 'requester',
    title: label('請求者'),
    fields: [
      field('applicantName', 'text', { person: 'name' }),
      field('applicantNameKana', 'kana', { person: 'nameKana' }),
      field('applicantBirthDate', 'date', { person: 'birthDate' }),
      field('visitor', 'radio', {
        options: [
          { value: 'self', label: label('本人') },
          { value: 'agent', label: label('代理人') },
        ],
      }),
    ],
  },
  {
    id: 'agent',
    title: label('代理人'),
    visibleWhen: { field: 'visitor', equals: 'agent' },
    fields: [field('agentName', 'text'), field('agentNameKana', 'kana')],
  },
]);

const inkan = procedure('inkan_toroku', [
  {
    id: 'applicant',
    title: label('申請者'),
    fields: [
      field('applicantName', 'text', { person: 'name' }),
      field('applicantNameKana', 'kana', { person: 'nameKana' }),
      field('applicantAddress', 'address', { person: 'address' }),
    ],
  },
]);

const person: Person = {
  name: '山田 太郎',
  nameKana: 'ヤマダ タロウ',
  birthDate: '1985-04-01',
  address: '本町1-1',
};

function pathsOf(form: ReviewForm): string[] {
  return reviewValues([form]).map((item) => item.path);
}

describe('reviewForm', () => {
  it('shows what the form prints for these answers, each value with its path', () => {
    const form = reviewForm(juminhyo, person, {
      juminhyo: { scope: 'self', usePurpose: 'employment', visitor: 'self', usePurposeOther: 'stale' },
    });
    expect(form.sections.map(({ section }) => section.id)).toEqual(['request', 'purpose', 'requester']);
    expect(pathsOf(form)).toEqual([
      'answers.juminhyo.scope',
      'answers.juminhyo.usePurpose',
      'person.name',
      'person.birthDate',
      'answers.juminhyo.visitor',
    ]);
  });

  it("prints the person's name with its reading, and flags both together", () => {
    const form = reviewForm(juminhyo, person, { juminhyo: { visitor: 'self' } });
    const name = reviewValues([form]).find((item) => item.path === 'person.name')!;
    expect(name.value).toBe('山田 太郎');
    expect(name.kana?.value).toBe('ヤマダ タロウ');
    expect(name.paths).toEqual(['person.name', 'person.nameKana']);
    expect(valueLabel(name, 'ja')).toBe('applicantName・applicantNameKana');
  });

  it('shows a field or a section when its condition holds', () => {
    const form = reviewForm(juminhyo, person, {
      juminhyo: {
        usePurpose: 'other',
        usePurposeOther: '資格試験',
        visitor: 'agent',
        agentName: '山田 花子',
      },
    });
    const paths = pathsOf(form);
    expect(paths).toContain('answers.juminhyo.usePurposeOther');
    expect(paths).toContain('answers.juminhyo.agentName');
    const agent = reviewValues([form]).find((item) => item.path === 'answers.juminhyo.agentName')!;
    expect(agent.paths).toEqual(['answers.juminhyo.agentName', 'answers.juminhyo.agentNameKana']);
  });

  it('gives each row of a group its own paths', () => {
    const form = reviewForm(juminhyo, person, {
      juminhyo: {
        scope: 'household_part',
        targetPersons: [
          { name: '山田 花子', nameKana: 'ヤマダ ハナコ', birthDate: '1987-06-01' },
          { name: '山田 一郎', nameKana: 'ヤマダ イチロウ' },
        ],
      },
    });
    expect(pathsOf(form).filter((path) => path.includes('targetPersons'))).toEqual([
      'answers.juminhyo.targetPersons.0.name',
      'answers.juminhyo.targetPersons.0.birthDate',
      'answers.juminhyo.targetPersons.1.name',
      'answers.juminhyo.targetPersons.1.birthDate',
    ]);
  });
});

describe('flaggedPaths', () => {
  const forms = [
    reviewForm(juminhyo, person, { juminhyo: { usePurpose: 'employment', visitor: 'self' } }),
    reviewForm(inkan, person, {}),
  ];

  it('sends a name printed on two forms once, with its reading, in reading order', () => {
    const marked = new Set(['person.address', 'answers.juminhyo.usePurpose', 'person.name']);
    expect(flaggedPaths(forms, marked)).toEqual([
      'answers.juminhyo.usePurpose',
      'person.name',
      'person.nameKana',
      'person.address',
    ]);
  });

  it('sends nothing for marks on values no longer shown', () => {
    expect(flaggedPaths(forms, new Set(['answers.juminhyo.usePurposeOther']))).toEqual([]);
  });
});
