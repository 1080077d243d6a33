// Two hand-written forms and a filled-in application, shaped like the real 住民異動届 and
// 住民票の写し等交付申請書. Used by render-application.test.ts and bench/pdf.mjs; not by the server.
import type { Answers, Person, Procedure } from '@kakanai/contracts';
import type { ApplicationInput } from './render-application.ts';

const SEX_OPTIONS = [
  { value: 'male', label: { ja: '男', en: 'Male' } },
  { value: 'female', label: { ja: '女', en: 'Female' } },
];

/** 住民異動届: every field type, a hidden conditional field and a group of moving people. */
export const movingNotice: Procedure = {
  id: 'idou',
  serviceCode: 'juminido',
  name: { ja: '住民異動届', en: 'Notification of change of address' },
  purpose: { ja: '転入・転居・転出の届出', en: 'Moving in, within or out of the city' },
  documents: [{ ja: '本人確認書類', en: 'Photo ID' }],
  fee: { yen: 0 },
  onlineAvailable: false,
  definition: {
    version: 1,
    title: { ja: '住民異動届', en: 'Notification of change of address' },
    addressee: { ja: 'さくら台市長 様', en: 'To the Mayor of Sakuradai' },
    sections: [
      {
        id: 'notifier',
        title: { ja: '届出人', en: 'Person notifying' },
        fields: [
          { id: 'nameKana', type: 'kana', person: 'nameKana', label: { ja: 'フリガナ', en: 'Name (kana)' } },
          { id: 'name', type: 'text', person: 'name', label: { ja: '氏名', en: 'Name' }, span: 8 },
          {
            id: 'sex',
            type: 'radio',
            person: 'sex',
            label: { ja: '性別', en: 'Sex' },
            options: SEX_OPTIONS,
            span: 4,
          },
          {
            id: 'birthDate',
            type: 'date',
            person: 'birthDate',
            label: { ja: '生年月日', en: 'Date of birth' },
            span: 6,
          },
          { id: 'phone', type: 'phone', person: 'phone', label: { ja: '電話番号', en: 'Phone' }, span: 6 },
          {
            id: 'relation',
            type: 'radio',
            label: { ja: '異動する人との関係', en: 'Relation to the people moving' },
            options: [
              { value: 'self', label: { ja: '本人', en: 'Self' } },
              { value: 'householder', label: { ja: '世帯主', en: 'Head of household' } },
              { value: 'agent', label: { ja: '代理人', en: 'Agent' } },
            ],
          },
        ],
      },
      {
        id: 'move',
        title: { ja: '異動の内容', en: 'The move' },
        fields: [
          { id: 'moveDate', type: 'date', label: { ja: '異動日', en: 'Date of move' }, span: 6 },
          {
            id: 'kind',
            type: 'radio',
            label: { ja: '異動の種類', en: 'Kind' },
            span: 6,
            options: [
              { value: 'tennyu', label: { ja: '転入', en: 'Moving in' } },
              { value: 'tenkyo', label: { ja: '転居', en: 'Moving within' } },
              { value: 'tenshutsu', label: { ja: '転出', en: 'Moving out' } },
            ],
          },
          {
            id: 'postalCode',
            type: 'postal_code',
            person: 'postalCode',
            label: { ja: '郵便番号', en: 'Postal code' },
            span: 4,
          },
          {
            id: 'address',
            type: 'address',
            person: 'address',
            label: { ja: '新しい住所', en: 'New address' },
            span: 8,
          },
          { id: 'previousAddress', type: 'address', label: { ja: '前の住所', en: 'Previous address' } },
          {
            id: 'destination',
            type: 'address',
            label: { ja: '転出先', en: 'Moving to' },
            visibleWhen: { field: 'kind', equals: 'tenshutsu' },
          },
          {
            id: 'scope',
            type: 'radio',
            label: { ja: '異動する範囲', en: 'Who moves' },
            options: [
              { value: 'self', label: { ja: '本人', en: 'Only me' } },
              { value: 'household', label: { ja: '世帯全員', en: 'Whole household' } },
              { value: 'some', label: { ja: '世帯の一部', en: 'Part of the household' } },
            ],
          },
        ],
      },
      {
        id: 'members',
        title: { ja: '異動する人', en: 'People moving' },
        fields: [
          {
            id: 'members',
            type: 'group',
            label: { ja: '異動する人', en: 'People moving' },
            minItems: 4,
            fields: [
              { id: 'name', type: 'text', label: { ja: '氏名', en: 'Name' } },
              { id: 'nameKana', type: 'kana', label: { ja: 'フリガナ', en: 'Kana' } },
              { id: 'birthDate', type: 'date', label: { ja: '生年月日', en: 'Date of birth' } },
              { id: 'sex', type: 'radio', label: { ja: '性別', en: 'Sex' }, options: SEX_OPTIONS },
              { id: 'relationship', type: 'text', label: { ja: '続柄', en: 'Relationship' } },
            ],
          },
        ],
      },
      {
        id: 'related',
        title: { ja: '関連する手続き', en: 'Related procedures' },
        fields: [
          {
            id: 'needCopy',
            type: 'checkbox',
            label: { ja: '住民票の写しが必要', en: 'Need a certificate' },
            span: 6,
          },
          {
            id: 'sealRegistered',
            type: 'checkbox',
            label: { ja: '印鑑登録あり', en: 'Seal registered' },
            span: 6,
          },
          {
            id: 'alsoApply',
            type: 'checkbox',
            label: { ja: '同時に行う手続き', en: 'Also applying for' },
            options: [
              { value: 'nhi', label: { ja: '国民健康保険', en: 'National Health Insurance' } },
              { value: 'child', label: { ja: '児童手当', en: 'Child allowance' } },
              { value: 'school', label: { ja: '転校手続', en: 'School transfer' } },
              {
                value: 'mynumber',
                label: { ja: 'マイナンバーカード住所変更', en: 'My Number card address' },
              },
            ],
          },
          { id: 'notes', type: 'text', label: { ja: '備考', en: 'Notes' } },
        ],
      },
    ],
  },
};

/** 住民票の写し等交付申請書: a second form with a fee. */
export const residenceCertificateRequest: Procedure = {
  id: 'juminhyo',
  serviceCode: 'shomei',
  name: { ja: '住民票の写し等交付申請', en: 'Certificate of residence' },
  purpose: { ja: '住民票の写しの交付', en: 'A copy of the residence record' },
  documents: [{ ja: '本人確認書類', en: 'Photo ID' }],
  fee: { yen: 300, note: { ja: '1通につき', en: 'per copy' } },
  onlineAvailable: true,
  definition: {
    version: 1,
    title: { ja: '住民票の写し等交付申請書', en: 'Application for a certificate of residence' },
    addressee: { ja: 'さくら台市長 様', en: 'To the Mayor of Sakuradai' },
    sections: [
      {
        id: 'applicant',
        title: { ja: '窓口に来た人', en: 'Applicant' },
        fields: [
          { id: 'name', type: 'text', person: 'name', label: { ja: '氏名', en: 'Name' } },
          { id: 'address', type: 'address', person: 'address', label: { ja: '住所', en: 'Address' } },
          { id: 'phone', type: 'phone', person: 'phone', label: { ja: '電話番号', en: 'Phone' }, span: 6 },
          {
            id: 'birthDate',
            type: 'date',
            person: 'birthDate',
            label: { ja: '生年月日', en: 'Date of birth' },
            span: 6,
          },
        ],
      },
      {
        id: 'request',
        title: { ja: '必要なもの', en: 'What you need' },
        fields: [
          {
            id: 'scope',
            type: 'radio',
            label: { ja: '必要な人', en: 'For whom' },
            span: 8,
            options: [
              { value: 'self', label: { ja: '本人のみ', en: 'Only me' } },
              { value: 'household', label: { ja: '世帯全員', en: 'Whole household' } },
            ],
          },
          { id: 'copies', type: 'number', label: { ja: '通数', en: 'Copies' }, span: 4 },
          {
            id: 'include',
            type: 'checkbox',
            label: { ja: '記載事項', en: 'Include' },
            options: [
              { value: 'householder', label: { ja: '世帯主・続柄', en: 'Head of household' } },
              { value: 'honseki', label: { ja: '本籍・筆頭者', en: 'Registered domicile' } },
              { value: 'code', label: { ja: '住民票コード', en: 'Resident code' } },
            ],
          },
          {
            id: 'purpose',
            type: 'select',
            label: { ja: '使いみち', en: 'Purpose' },
            options: [
              { value: 'work', label: { ja: '勤務先に提出', en: 'For work' } },
              { value: 'car', label: { ja: '自動車登録', en: 'Car registration' } },
              { value: 'other', label: { ja: 'その他', en: 'Other' } },
            ],
          },
        ],
      },
    ],
  },
};

export const samplePerson: Person = {
  name: '山田 太郎',
  nameKana: 'ヤマダ タロウ',
  birthDate: '1985-04-01',
  sex: 'male',
  postalCode: '1234567',
  address: 'さくら台市中央1-1-1',
  phone: '09012345678',
};

export const sampleAnswers: Answers = {
  idou: {
    relation: 'householder',
    moveDate: '2026-11-15',
    kind: 'tennyu',
    previousAddress: '東京都千代田区千代田1-1 グランドメゾン千代田 1203号室',
    // Hidden unless kind is 転出: must never reach the paper.
    destination: '大阪府大阪市北区梅田9-9-9',
    scope: 'household',
    members: [
      {
        name: '山田 太郎',
        nameKana: 'ヤマダ タロウ',
        birthDate: '1985-04-01',
        sex: 'male',
        relationship: '世帯主',
      },
      {
        name: '山田 花子',
        nameKana: 'ヤマダ ハナコ',
        birthDate: '1987-09-15',
        sex: 'female',
        relationship: '妻',
      },
      {
        name: '山田 一郎',
        nameKana: 'ヤマダ イチロウ',
        birthDate: '2019-05-01',
        sex: 'male',
        relationship: '子',
      },
    ],
    needCopy: true,
    sealRegistered: false,
    alsoApply: ['nhi', 'child'],
    notes:
      '前住所地で転出証明書の交付を受けています。マイナンバーカードは世帯全員分を持参しました。Notes in English wrap by word, not by letter.',
  },
  juminhyo: { scope: 'household', copies: 2, include: ['householder'], purpose: 'work' },
};

/** A finished application with both forms, as the counter would print it. */
export function sampleApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    procedures: [movingNotice, residenceCertificateRequest],
    person: samplePerson,
    answers: sampleAnswers,
    office: { name: { ja: 'さくら台市役所 本庁舎 市民課', en: 'Sakuradai City Hall' } },
    issuedAt: new Date('2026-11-21T01:30:00Z'),
    reference: 'K7Q4-M2XD',
    ...overrides,
  };
}
