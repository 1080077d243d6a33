import {
  ERAS,
  type Era,
  formatWareki,
  fromWareki,
  isLocalDate,
  normalizeWidth,
  toWareki,
} from '@kakanai/domain';

/** How the resident writes a date: by era (昭和60年) or by Western year (1985). */
export type DateMode = 'wareki' | 'western';

/** The boxes of a date input, as typed. */
export interface DateParts {
  era: Era | '';
  year: string;
  month: string;
  day: string;
}

export const EMPTY_PARTS: DateParts = { era: '', year: '', month: '', day: '' };

// What a date input hands the form while its boxes don't make a date: not blank (so the
// resident is told the date is wrong, not missing) and never a date the schema would accept.
export const INVALID_DATE = 'invalid-date';

// Japan switched to the Gregorian calendar on 明治6年1月1日; toWareki refuses earlier dates.
const FIRST_WAREKI_DATE = '1873-01-01';

function toNumber(text: string): number | undefined {
  const value = normalizeWidth(text).trim();
  // 元年 is the first year of an era; people write 元 as often as 1.
  if (value === '元') return 1;
  return /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The date the boxes make: a 'YYYY-MM-DD', '' when all are empty, INVALID_DATE otherwise. */
export function composeDate(mode: DateMode, parts: DateParts): string {
  const filled = [mode === 'wareki' ? parts.era : '', parts.year, parts.month, parts.day].filter(
    (part) => part.trim() !== '',
  );
  if (filled.length === 0) return '';
  const year = toNumber(parts.year);
  const month = toNumber(parts.month);
  const day = toNumber(parts.day);
  if (year === undefined || month === undefined || day === undefined) return INVALID_DATE;
  if (mode === 'wareki') {
    if (!parts.era) return INVALID_DATE;
    return fromWareki(parts.era, year, month, day) ?? INVALID_DATE;
  }
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return year >= 1000 && isLocalDate(date) ? date : INVALID_DATE;
}

/** The boxes for a date, in the given mode; empty boxes when there is no date. */
export function splitDate(mode: DateMode, value: string): DateParts {
  if (!isLocalDate(value)) return EMPTY_PARTS;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (mode === 'wareki' && value >= FIRST_WAREKI_DATE) {
    const wareki = toWareki(value);
    return { era: wareki.era, year: String(wareki.year), month: String(month), day: String(day) };
  }
  return { era: '', year: String(year), month: String(month), day: String(day) };
}

/** The era a Western year falls in (its start), for the era list's hint: 昭和（1926〜1989年）. */
export function eraYears(era: Era): { from: number; to: number | undefined } {
  const index = ERAS.findIndex((candidate) => candidate.id === era);
  const next = ERAS[index + 1];
  return {
    from: Number(ERAS[index]!.start.slice(0, 4)),
    to: next ? Number(next.start.slice(0, 4)) : undefined,
  };
}

export function eraName(era: Era, language: string): string {
  const found = ERAS.find((candidate) => candidate.id === era)!;
  return language.startsWith('en') ? found.nameEn : found.name;
}

/**
 * A date in words, both ways at once, so nobody has to convert in their head:
 * '昭和60年4月1日（1985年）' / '1 April 1985 (Showa 60)'.
 */
export function formatDateBothWays(value: string, language: string): string {
  if (!isLocalDate(value)) return value;
  const year = Number(value.slice(0, 4));
  const hasEra = value >= FIRST_WAREKI_DATE;
  if (language.startsWith('en')) {
    const western = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${value}T12:00:00Z`));
    if (!hasEra) return western;
    const wareki = toWareki(value);
    return `${western} (${eraName(wareki.era, language)} ${wareki.year})`;
  }
  const [, month, day] = value.split('-').map(Number);
  return hasEra ? `${formatWareki(value)}（${year}年）` : `${year}年${month}月${day}日`;
}

/** The Western-first form of the same words, for the Western input's echo: '1985年4月1日（昭和60年）'. */
export function formatWesternFirst(value: string, language: string): string {
  if (!isLocalDate(value) || language.startsWith('en') || value < FIRST_WAREKI_DATE) {
    return formatDateBothWays(value, language);
  }
  const [year, month, day] = value.split('-').map(Number);
  const wareki = toWareki(value);
  return `${year}年${month}月${day}日（${eraName(wareki.era, language)}${wareki.year === 1 ? '元' : wareki.year}年）`;
}
