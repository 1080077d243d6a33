import { addDays, type LocalDate, weekdayOf } from '@kakanai/domain';
import type { Db } from './open-database.ts';
import { writeTransaction } from './open-database.ts';
import { calendarExceptions, offices, openingHours, services, windowServices, windows } from './schema.ts';

// さくら台市 is fictional: a mid-sized city with a main office (本庁舎) and a branch (北支所).

const ID_DOCUMENT = {
  ja: '本人確認書類（マイナンバーカード、運転免許証など）',
  en: 'Photo ID (My Number Card, driving licence, etc.)',
};
const PROXY_LETTER = {
  ja: '代理人の場合は委任状',
  en: 'A letter of authorisation if you come on behalf of someone',
};

interface ServiceSeed {
  code: string;
  prefix: string;
  name: [string, string];
  description: [string, string];
  documents: { ja: string; en: string }[];
  serviceMinutes: number;
  bookable: boolean;
  slotMinutes: number;
  capacity: number;
}

const SERVICES: ServiceSeed[] = [
  {
    code: 'juminido',
    prefix: 'A',
    name: ['住民異動（転入・転出・転居）', 'Moving in, out or within the city'],
    description: [
      '引越しに伴う転入届・転出届・転居届と、あわせて必要な手続きの案内をします。',
      'Notifications of moving into, out of or within the city, and the procedures that go with them.',
    ],
    documents: [
      ID_DOCUMENT,
      {
        ja: '転出証明書（他の市区町村から転入する場合）',
        en: 'Moving-out certificate (when moving in from another municipality)',
      },
      { ja: '世帯全員のマイナンバーカード', en: 'My Number Cards of everyone in the household who moves' },
      PROXY_LETTER,
    ],
    serviceMinutes: 25,
    bookable: true,
    slotMinutes: 30,
    capacity: 2,
  },
  {
    code: 'shomei',
    prefix: 'B',
    name: ['証明書発行', 'Certificates'],
    description: [
      '住民票の写し、印鑑登録証明書、戸籍証明書、税証明書などを発行します。',
      'Copies of the residence record, seal registration, family register and tax certificates.',
    ],
    documents: [
      ID_DOCUMENT,
      { ja: '印鑑登録証（印鑑登録証明書の場合）', en: 'Seal registration card (for a seal certificate)' },
      PROXY_LETTER,
    ],
    serviceMinutes: 6,
    bookable: false,
    slotMinutes: 15,
    capacity: 1,
  },
  {
    code: 'koseki',
    prefix: 'C',
    name: ['戸籍（出生・婚姻・離婚・死亡）', 'Family register (birth, marriage, divorce, death)'],
    description: [
      '出生届・婚姻届・離婚届・死亡届などの戸籍の届出を受け付けます。',
      'Notifications of birth, marriage, divorce and death for the family register.',
    ],
    documents: [
      ID_DOCUMENT,
      { ja: '届書（窓口でもお渡しします）', en: 'The notification form (also available at the counter)' },
    ],
    serviceMinutes: 30,
    bookable: true,
    slotMinutes: 30,
    capacity: 1,
  },
  {
    code: 'inkan',
    prefix: 'D',
    name: ['印鑑登録', 'Seal registration'],
    description: [
      '印鑑の登録・廃止、印鑑登録証の再発行をします。',
      'Registering or cancelling a personal seal, and replacing a seal card.',
    ],
    documents: [ID_DOCUMENT, { ja: '登録する印鑑', en: 'The seal to register' }],
    serviceMinutes: 12,
    bookable: true,
    slotMinutes: 15,
    capacity: 1,
  },
  {
    code: 'kokuho',
    prefix: 'E',
    name: ['国民健康保険・国民年金', 'National Health Insurance and Pension'],
    description: [
      '国民健康保険の加入・脱退、国民年金の手続きをします。',
      'Joining or leaving National Health Insurance, and National Pension procedures.',
    ],
    documents: [
      ID_DOCUMENT,
      {
        ja: '健康保険の資格喪失証明書（会社の保険をやめた場合）',
        en: 'Certificate of loss of coverage (when you left an employer’s insurance)',
      },
      { ja: '基礎年金番号がわかるもの', en: 'Something showing your basic pension number' },
    ],
    serviceMinutes: 20,
    bookable: true,
    slotMinutes: 30,
    capacity: 2,
  },
  {
    code: 'kosodate',
    prefix: 'F',
    name: ['子育て・児童手当', 'Child-raising and child allowance'],
    description: [
      '児童手当、子ども医療費助成、保育の手続きをします。',
      'Child allowance, children’s medical expense subsidy and childcare procedures.',
    ],
    documents: [
      ID_DOCUMENT,
      {
        ja: '請求者名義の預金通帳またはキャッシュカード',
        en: 'Bank book or cash card in the applicant’s name',
      },
      { ja: 'お子さんの健康保険証情報', en: 'The child’s health insurance details' },
    ],
    serviceMinutes: 25,
    bookable: true,
    slotMinutes: 30,
    capacity: 1,
  },
  {
    code: 'mynumber',
    prefix: 'G',
    name: ['マイナンバーカード', 'My Number Card'],
    description: [
      'マイナンバーカードの受け取り、暗証番号の再設定、電子証明書の更新をします。',
      'Collecting a My Number Card, resetting its PINs and renewing its certificates.',
    ],
    documents: [
      ID_DOCUMENT,
      { ja: '交付通知書（はがき）', en: 'The notice of issue (postcard)' },
      { ja: '通知カード（お持ちの場合）', en: 'Notification card (if you have one)' },
    ],
    serviceMinutes: 15,
    bookable: true,
    slotMinutes: 20,
    capacity: 3,
  },
];

const WEEKDAY_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:45', closes: '17:15' }));

/** The last Sunday of March and the first of April: 日曜開庁 for the moving season. */
function movingSeasonSundays(today: LocalDate): LocalDate[] {
  const year = Number(today.slice(0, 4)) + (today.slice(5) > '04-07' ? 1 : 0);
  let sunday = `${year}-03-31`;
  while (weekdayOf(sunday) !== 0) sunday = addDays(sunday, -1);
  return [sunday, addDays(sunday, 7)];
}

/** Seeds さくら台市: two offices, their hours and closures, services and windows. */
export function seedDemoCity(db: Db, today: LocalDate): void {
  writeTransaction(db, (tx) => {
    tx.insert(offices)
      .values([
        {
          id: 'main',
          nameJa: 'さくら台市役所 本庁舎',
          nameEn: 'Sakuradai City Hall (main office)',
          addressJa: '〒100-0001 さくら台市中央1-1-1',
          addressEn: '1-1-1 Chuo, Sakuradai City 100-0001',
          phone: '0120-000-101',
          hoursSummaryJa: '平日 8:45〜17:15、第2・第4土曜 9:00〜12:00（祝日・12/29〜1/3を除く）',
          hoursSummaryEn:
            'Weekdays 8:45–17:15; 2nd and 4th Saturdays 9:00–12:00 (closed on holidays and Dec 29–Jan 3)',
          sortOrder: 1,
        },
        {
          id: 'kita',
          nameJa: 'さくら台市 北支所',
          nameEn: 'Sakuradai City North Branch',
          addressJa: '〒100-0021 さくら台市北町3-5-2',
          addressEn: '3-5-2 Kitamachi, Sakuradai City 100-0021',
          phone: '0120-000-202',
          hoursSummaryJa: '平日 8:45〜17:15（祝日・12/29〜1/3を除く）',
          hoursSummaryEn: 'Weekdays 8:45–17:15 (closed on holidays and Dec 29–Jan 3)',
          sortOrder: 2,
        },
      ])
      .run();

    tx.insert(openingHours)
      .values([
        ...WEEKDAY_HOURS.map((h) => ({ officeId: 'main', ...h })),
        { officeId: 'main', weekday: 6, opens: '09:00', closes: '12:00', weeksOfMonth: '2,4' },
        ...WEEKDAY_HOURS.map((h) => ({ officeId: 'kita', ...h })),
      ])
      .run();

    let maintenance = addDays(today, 14);
    while (weekdayOf(maintenance) !== 3) maintenance = addDays(maintenance, 1);
    tx.insert(calendarExceptions)
      .values([
        ...movingSeasonSundays(today).map((date) => ({
          officeId: 'main',
          date,
          kind: 'open' as const,
          opens: '09:00',
          closes: '16:00',
          noteJa: '引越しシーズンの日曜開庁',
          noteEn: 'Sunday opening for the moving season',
        })),
        {
          officeId: 'kita',
          date: maintenance,
          kind: 'closed' as const,
          noteJa: 'システム更新のため休業',
          noteEn: 'Closed for a system update',
        },
      ])
      .run();

    const seedServices = (officeId: string, codes: string[]) =>
      SERVICES.filter((s) => codes.includes(s.code)).map((s, i) => ({
        id: `${officeId}-${s.code}`,
        officeId,
        code: s.code,
        ticketPrefix: s.prefix,
        nameJa: s.name[0],
        nameEn: s.name[1],
        descriptionJa: s.description[0],
        descriptionEn: s.description[1],
        documents: s.documents,
        defaultServiceMinutes: s.serviceMinutes,
        bookable: s.bookable,
        slotMinutes: s.slotMinutes,
        capacityPerSlot: s.capacity,
        horizonDays: 60,
        minNoticeMinutes: 60,
        sortOrder: i,
      }));
    tx.insert(services)
      .values([
        ...seedServices(
          'main',
          SERVICES.map((s) => s.code),
        ),
        ...seedServices('kita', ['juminido', 'shomei', 'inkan', 'kokuho']),
      ])
      .run();

    const windowPlan: [string, number, string[]][] = [
      ['main', 1, ['juminido']],
      ['main', 2, ['juminido', 'inkan']],
      ['main', 3, ['shomei']],
      ['main', 4, ['shomei', 'inkan']],
      ['main', 5, ['koseki']],
      ['main', 6, ['kokuho']],
      ['main', 7, ['kosodate']],
      ['main', 8, ['mynumber']],
      ['kita', 1, ['juminido', 'inkan']],
      ['kita', 2, ['shomei', 'kokuho']],
    ];
    tx.insert(windows)
      .values(
        windowPlan.map(([officeId, number]) => ({
          id: `${officeId}-w${number}`,
          officeId,
          number,
          nameJa: `${number}番窓口`,
          nameEn: `Window ${number}`,
        })),
      )
      .run();
    tx.insert(windowServices)
      .values(
        windowPlan.flatMap(([officeId, number, codes]) =>
          codes.map((code) => ({ windowId: `${officeId}-w${number}`, serviceId: `${officeId}-${code}` })),
        ),
      )
      .run();
  });
}
