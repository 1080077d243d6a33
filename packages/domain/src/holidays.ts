import holidayData from '@holiday-jp/holiday_jp/lib/holidays.js';
import type { LocalDate } from './calendar.ts';

/** Text shown to residents and staff, Japanese first. */
export interface LocalizedText {
  ja: string;
  en: string;
}

interface HolidayEntry {
  name: string;
  name_en: string;
}

// The package types its data as one huge literal; a plain record keeps the compiler fast.
const nationalHolidays = holidayData as unknown as Readonly<Record<string, HolidayEntry>>;

/** The national holiday on `date`, substitute and citizens' holidays included (data covers 1970–2050). */
export function japaneseHoliday(date: LocalDate): LocalizedText | undefined {
  if (!Object.hasOwn(nationalHolidays, date)) return undefined;
  const entry = nationalHolidays[date];
  return entry ? { ja: entry.name, en: entry.name_en } : undefined;
}

/** Whether `date` falls in the year-end break, 12/29–1/3, when city halls close. */
export function isYearEndHoliday(date: LocalDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}
