import type { Procedure, Service, VisitFlag } from '@kakanai/contracts';
import { describe, expect, it } from 'vitest';
import { groupByService, matchesSearch } from './procedure-groups.ts';
import {
  checkForSave,
  draftCodeFromInput,
  openFlags,
  personFieldsShown,
  stepIndex,
  valueSource,
  visitValues,
} from './visit-values.ts';

const text = (ja: string, en = ja) => ({ ja, en });

const juminhyo: Procedure = {
  id: 'juminhyo',
  serviceCode: 'shomei',
  name: text('住民票の写し等の交付請求', 'Copy of the residence record'),
  purpose: text('住民票'),
  documents: [],
  fee: { yen: 300 },
  onlineAvailable: false,
  definition: {
    version: 1,
    title: text('住民票の写し等交付請求書'),
    sections: [
      {
        id: 'request',
        title: text('請求の内容'),
        fields: [
          { id: 'applicantName', type: 'text', label: text('氏名'), person: 'name' },
          { id: 'copies', type: 'number', label: text('通数'), required: true, min: 1, max: 10 },
          {
            id: 'purposeNote',
            type: 'text',
            label: text('使い道'),
            visibleWhen: { field: 'copies', equals: 3 },
          },
        ],
      },
    ],
  },
};

const inkan: Procedure = {
  ...juminhyo,
  id: 'inkan_toroku',
  serviceCode: 'koseki',
  name: text('印鑑登録申請', 'Seal registration'),
  definition: {
    version: 1,
    title: text('印鑑登録申請書'),
    sections: [
      {
        id: 'seal',
        title: text('印鑑'),
        fields: [
          { id: 'birth', type: 'date', label: text('生年月日'), person: 'birthDate' },
          { id: 'phone', type: 'phone', label: text('電話番号') },
        ],
      },
    ],
  },
};

describe('checkForSave', () => {
  it('saves unfinished work: an empty required field is fine, the person once, procedures in the order chosen', () => {
    const result = checkForSave([inkan, juminhyo], {
      person: { name: ' 山田 太郎 ', address: '' },
      answers: { juminhyo: {}, inkan_toroku: {} },
    });
    expect(result).toEqual({
      ok: true,
      save: {
        procedureIds: ['inkan_toroku', 'juminhyo'],
        person: { name: '山田 太郎' },
        answers: { juminhyo: {}, inkan_toroku: {} },
      },
    });
  });

  it('refuses malformed values and names each by the API’s value path', () => {
    const result = checkForSave([juminhyo, inkan], {
      person: { birthDate: '1985-02-30' },
      answers: { juminhyo: { copies: '99' }, inkan_toroku: { phone: 'abc' } },
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['person.birthDate', 'answers.juminhyo.copies', 'answers.inkan_toroku.phone']),
    );
  });

  it('drops answers to questions the form no longer shows', () => {
    const result = checkForSave([juminhyo], {
      person: {},
      answers: { juminhyo: { copies: '1', purposeNote: 'まだ見えない' } },
    });
    expect(result.ok && result.save.answers.juminhyo).not.toHaveProperty('purposeNote');
  });
});

describe('personFieldsShown', () => {
  it('asks the card’s four before anything is chosen, so a card read has somewhere to show', () => {
    expect(personFieldsShown([], {}).fields).toEqual(['name', 'birthDate', 'sex', 'address']);
  });

  it('asks what the chosen procedures use (required), and keeps any value already there', () => {
    const shown = personFieldsShown([juminhyo, inkan], { phone: '090-1234-5678' });
    expect(shown.required).toEqual(expect.arrayContaining(['name', 'birthDate']));
    expect(shown.fields).toEqual(['name', 'birthDate', 'phone']);
  });
});

describe('valueSource', () => {
  const sources = { 'person.name': 'card', 'answers.juminhyo.copies': 'draft' } as const;

  it('shows where a value came from, and "staff" once it is changed here', () => {
    expect(valueSource(sources, 'person.name', '山田 太郎', false)).toBe('card');
    expect(valueSource(sources, 'person.name', '山田 花子', true)).toBe('staff');
    expect(valueSource(sources, 'answers.juminhyo.copies', 2, false)).toBe('draft');
  });

  it('calls a value without a source typed by staff, and gives an empty one no badge', () => {
    expect(valueSource(sources, 'person.phone', '0312345678', false)).toBe('staff');
    expect(valueSource(sources, 'person.name', '', false)).toBeUndefined();
  });
});

describe('openFlags', () => {
  it('keeps only the unresolved correction requests, the newest per value', () => {
    const flags: VisitFlag[] = [
      { id: 3, path: 'person.address', version: 2, createdAt: '2026-11-24T01:10:00Z' },
      { id: 2, path: 'person.address', version: 1, createdAt: '2026-11-24T01:05:00Z' },
      {
        id: 1,
        path: 'person.name',
        version: 1,
        createdAt: '2026-11-24T01:04:00Z',
        resolvedAt: '2026-11-24T01:06:00Z',
      },
    ];
    const open = openFlags(flags);
    expect([...open.keys()]).toEqual(['person.address']);
    expect(open.get('person.address')?.id).toBe(3);
  });
});

describe('visitValues', () => {
  it('gives every chosen procedure a form, even with nothing answered yet', () => {
    expect(visitValues({ person: {}, answers: {}, procedureIds: ['juminhyo'] })).toEqual({
      person: {},
      answers: { juminhyo: {} },
    });
  });
});

describe('stepIndex', () => {
  it('shows an exported application on the last step, accepted', () => {
    expect(stepIndex('draft')).toBe(0);
    expect(stepIndex('signed')).toBe(2);
    expect(stepIndex('exported')).toBe(stepIndex('accepted'));
  });
});

describe('draftCodeFromInput', () => {
  it('takes the code from a scanned come-back link, never its token', () => {
    expect(draftCodeFromInput('https://city.example/pre-entry/K7Q2-9MXD#t=secret')).toBe('K7Q2-9MXD');
    expect(draftCodeFromInput('  k7q2 9mxd\n')).toBe('k7q2 9mxd');
  });
});

describe('procedure groups', () => {
  const service = (id: string, code: string, name: string) =>
    ({ id, code, name: text(name) }) as unknown as Service;

  it('groups the catalog by the office’s services, in their order, the rest last', () => {
    const orphan = { ...inkan, id: 'orphan', serviceCode: 'nowhere' };
    const groups = groupByService(
      [juminhyo, inkan, orphan],
      [service('b', 'koseki', '戸籍'), service('a', 'shomei', '証明')],
    );
    expect(groups.map((g) => [g.service?.code, g.procedures.map((p) => p.id)])).toEqual([
      ['koseki', ['inkan_toroku']],
      ['shomei', ['juminhyo']],
      [undefined, ['orphan']],
    ]);
  });

  it('finds a procedure by either language, by code, by full-width input', () => {
    expect(matchesSearch(juminhyo, '住民票')).toBe(true);
    expect(matchesSearch(juminhyo, 'residence')).toBe(true);
    expect(matchesSearch(inkan, 'ＩＮＫＡＮ')).toBe(true);
    expect(matchesSearch(inkan, '住民票')).toBe(false);
  });
});
