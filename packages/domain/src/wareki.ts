import { isLocalDate, type LocalDate } from './calendar.ts';

export type Era = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

/** The modern eras, oldest first, each with the Gregorian date of its first day. */
export const ERAS: readonly { id: Era; name: string; nameEn: string; start: LocalDate }[] = [
  { id: 'meiji', name: '明治', nameEn: 'Meiji', start: '1868-01-25' },
  { id: 'taisho', name: '大正', nameEn: 'Taisho', start: '1912-07-30' },
  { id: 'showa', name: '昭和', nameEn: 'Showa', start: '1926-12-25' },
  { id: 'heisei', name: '平成', nameEn: 'Heisei', start: '1989-01-08' },
  { id: 'reiwa', name: '令和', nameEn: 'Reiwa', start: '2019-05-01' },
];

// Japan kept the lunisolar calendar until 明治5年12月2日; the next day was 明治6年1月1日 =
// 1873-01-01. Before that an era date's month and day are not the Gregorian ones, so converting
// by year arithmetic would be wrong; no one filing a form today was born then.
const GREGORIAN_FROM = '1873-01-01';

/** The era date of a Western date: {era, year (1 = 元年), month, day}; throws for dates before 1873 (see GREGORIAN_FROM). */
export function toWareki(date: LocalDate): { era: Era; year: number; month: number; day: number } {
  if (!isLocalDate(date) || date < GREGORIAN_FROM) {
    throw new RangeError(`Not a date from ${GREGORIAN_FROM} on: ${JSON.stringify(date)}`);
  }
  const era = ERAS.findLast((candidate) => candidate.start <= date)!;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { era: era.id, year: year - startYear(era) + 1, month, day };
}

/** '令和8年11月21日' (元年 for year 1); with {short:true} 'R8.11.21'; before 1873 the Western year, '1850年1月2日'. */
export function formatWareki(date: LocalDate, options: { short?: boolean } = {}): string {
  if (isLocalDate(date) && date < GREGORIAN_FROM) {
    // A mistyped birth date must still print; the form shows what was entered.
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return options.short ? `${year}.${month}.${day}` : `${year}年${month}月${day}日`;
  }
  const { era, year, month, day } = toWareki(date);
  const { name, nameEn } = eraOf(era);
  if (options.short) return `${nameEn.charAt(0)}${year}.${month}.${day}`;
  return `${name}${year === 1 ? '元' : year}年${month}月${day}日`;
}

/** The Western date of an era date, or undefined if it doesn't exist (before the era began or after it ended). */
export function fromWareki(era: Era, year: number, month: number, day: number): LocalDate | undefined {
  if (![year, month, day].every(Number.isInteger) || year < 1) return undefined;
  const index = ERAS.findIndex((candidate) => candidate.id === era);
  const current = ERAS[index];
  if (!current) return undefined;
  const date = `${pad(startYear(current) + year - 1, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isLocalDate(date) || date < current.start || date < GREGORIAN_FROM) return undefined;
  const next = ERAS[index + 1];
  return next && date >= next.start ? undefined : date;
}

function eraOf(id: Era): (typeof ERAS)[number] {
  return ERAS.find((era) => era.id === id)!;
}

function startYear(era: (typeof ERAS)[number]): number {
  return Number(era.start.slice(0, 4));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
