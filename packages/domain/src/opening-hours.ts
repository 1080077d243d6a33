import { type LocalDate, type LocalTime, weekdayOf, weekOfMonth } from './calendar.ts';
import { isYearEndHoliday, japaneseHoliday, type LocalizedText } from './holidays.ts';

/**
 * One regular opening period. Several rows for a weekday make several periods (a lunch break);
 * `weeksOfMonth` [2, 4] limits the row to the 2nd and 4th such weekday of the month.
 */
export interface WeeklyHours {
  weekday: number;
  opens: LocalTime;
  closes: LocalTime;
  weeksOfMonth?: number[] | null;
}

/**
 * A one-off change for one date: 'closed', or 'open' with its own hours (a Sunday in moving
 * season, a holiday opening). Several 'open' rows for a date make several periods.
 */
export interface CalendarException {
  date: LocalDate;
  kind: 'closed' | 'open';
  opens?: LocalTime | null;
  closes?: LocalTime | null;
  note?: LocalizedText | null;
}

/** When an office is open: its time zone, regular week and exceptions. */
export interface OfficeCalendar {
  timeZone: string;
  weeklyHours: WeeklyHours[];
  exceptions: CalendarException[];
}

/** One continuous stretch of opening on a day. */
export interface OpeningPeriod {
  opens: LocalTime;
  closes: LocalTime;
}

/** Whether an office is open on a date, with its periods, or why it is closed. */
export type DayStatus =
  | { open: true; periods: OpeningPeriod[] }
  | {
      open: false;
      reason: 'holiday' | 'year_end' | 'office_closure' | 'not_a_business_day';
      holiday?: LocalizedText;
      note?: LocalizedText;
    };

/** Whether the office is open on `date`: its exception, else year-end, else holiday, else the regular week. */
export function dayStatus(calendar: OfficeCalendar, date: LocalDate): DayStatus {
  const exceptions = calendar.exceptions.filter((exception) => exception.date === date);
  if (exceptions.length > 0) return exceptionStatus(calendar, date, exceptions);

  const holiday = japaneseHoliday(date);
  if (isYearEndHoliday(date)) {
    return holiday ? { open: false, reason: 'year_end', holiday } : { open: false, reason: 'year_end' };
  }
  if (holiday) return { open: false, reason: 'holiday', holiday };
  return regularStatus(calendar, date);
}

function exceptionStatus(
  calendar: OfficeCalendar,
  date: LocalDate,
  exceptions: CalendarException[],
): DayStatus {
  // A date marked both closed and open is a data slip; refusing bookings is the safe reading.
  const closure = exceptions.find((exception) => exception.kind === 'closed');
  if (closure) {
    return closure.note
      ? { open: false, reason: 'office_closure', note: closure.note }
      : { open: false, reason: 'office_closure' };
  }
  const periods: OpeningPeriod[] = [];
  for (const exception of exceptions) {
    if (exception.opens && exception.closes) {
      periods.push({ opens: exception.opens, closes: exception.closes });
    }
  }
  // An opening without hours (e.g. "open on this holiday") keeps the weekday's usual hours.
  if (periods.length === 0) return regularStatus(calendar, date);
  return { open: true, periods: sortPeriods(periods) };
}

function regularStatus(calendar: OfficeCalendar, date: LocalDate): DayStatus {
  const weekday = weekdayOf(date);
  const week = weekOfMonth(date);
  const periods: OpeningPeriod[] = [];
  for (const row of calendar.weeklyHours) {
    if (row.weekday !== weekday) continue;
    // An empty list would make the row dead data; read it like null, "every week".
    if (row.weeksOfMonth && row.weeksOfMonth.length > 0 && !row.weeksOfMonth.includes(week)) continue;
    periods.push({ opens: row.opens, closes: row.closes });
  }
  if (periods.length === 0) return { open: false, reason: 'not_a_business_day' };
  return { open: true, periods: sortPeriods(periods) };
}

function sortPeriods(periods: OpeningPeriod[]): OpeningPeriod[] {
  // 'HH:MM' sorts chronologically as plain text.
  return periods.sort((a, b) => compareText(a.opens, b.opens) || compareText(a.closes, b.closes));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
