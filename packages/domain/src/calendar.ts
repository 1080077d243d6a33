/** A calendar date in some time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time, 'HH:MM' on a 24-hour clock. */
export type LocalTime = string;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1_440;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `value` is a real calendar date written strictly as 'YYYY-MM-DD'. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `value` is a wall-clock time written strictly as 'HH:MM' (00:00–23:59). */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

/** The calendar date that `instant` falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const wall = wallClockOf(instant.getTime(), timeZone);
  return formatDate(wall.year, wall.month, wall.day);
}

/** The wall-clock time (minutes truncated) that `instant` shows in `timeZone`. */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const wall = wallClockOf(instant.getTime(), timeZone);
  return `${pad2(wall.hour)}:${pad2(wall.minute)}`;
}

/** The instant clocks in `timeZone` show `date` `time`: skipped times move forward, repeated ones take the earlier. */
export function zonedInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  // Wall time read as if it were UTC; the real instant is this minus the zone's offset then.
  const wallAsUtc = utcMs(year, month, day) + minutesOfDay(time) * MS_PER_MINUTE;
  // Offsets a day either side bracket any transition near this wall time (zones change at most
  // once a day), so they are the only two candidates.
  const offsetBefore = offsetAt(wallAsUtc - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + MS_PER_DAY, timeZone);
  const early = wallAsUtc - offsetBefore;
  if (offsetBefore === offsetAfter) return new Date(early);
  const late = wallAsUtc - offsetAfter;
  const earlyValid = offsetAt(early, timeZone) === offsetBefore;
  const lateValid = offsetAt(late, timeZone) === offsetAfter;
  if (earlyValid && lateValid) return new Date(Math.min(early, late));
  if (lateValid) return new Date(late);
  // Either only `early` is valid, or the wall time is in a gap: reading it with the offset from
  // before the jump lands the same distance past the jump, i.e. "moved forward".
  return new Date(early);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Day of the week of `date`: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  // 1970-01-01, day number 0, was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Which occurrence of its weekday `date` is within its month: 1 for days 1–7, 2 for 8–14 … */
export function weekOfMonth(date: LocalDate): number {
  return Math.floor((parseLocalDate(date).day - 1) / 7) + 1;
}

/** Orders two dates: negative if `a` is earlier, positive if later, 0 if equal. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  // The fixed-width 'YYYY-MM-DD' form sorts chronologically as plain text.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `instant` as ISO 8601 with `timeZone`'s offset at that instant, e.g. '2026-12-01T09:15:00+09:00'. */
export function formatOffsetIso(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  const wall = wallClockOf(ms, timeZone);
  const offsetMinutes = Math.round(offsetAt(ms, timeZone) / MS_PER_MINUTE);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${formatDate(wall.year, wall.month, wall.day)}T${pad2(wall.hour)}:${pad2(wall.minute)}:${pad2(wall.second)}` +
    `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

/** Minutes since midnight of a wall-clock time. */
export function minutesOfDay(time: LocalTime): number {
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new RangeError(`Not a local time: ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The wall-clock time `minutes` after midnight (0–1439). */
export function timeFromMinutes(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new RangeError(`Not a minute of the day: ${minutes}`);
  }
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(ms: number, timeZone: string): WallClock {
  const local = floorToSecond(ms) + offsetAt(ms, timeZone);
  const days = Math.floor(local / MS_PER_DAY);
  const secondOfDay = (local - days * MS_PER_DAY) / 1000;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor(secondOfDay / 60) % 60,
    second: secondOfDay % 60,
  };
}

// Asking Intl is slow (a DateTimeFormat per zone is cached, yet each formatToParts call still
// costs microseconds), and slot grids need many offsets. Offsets change at most once a UTC day in
// every real zone, so equal offsets at two consecutive midnights cover the whole day between them,
// and the offset at each midnight is asked of Intl once per process.
const formatters = new Map<string, Intl.DateTimeFormat>();
const midnightOffsets = new Map<string, Map<number, number>>();
const MAX_CACHED_MIDNIGHTS = 100_000;

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const day = Math.floor(ms / MS_PER_DAY);
  const atStart = midnightOffset(day, timeZone);
  return atStart === midnightOffset(day + 1, timeZone) ? atStart : offsetFromIntl(ms, timeZone);
}

function midnightOffset(day: number, timeZone: string): number {
  let offsets = midnightOffsets.get(timeZone);
  let offset = offsets?.get(day);
  if (offset === undefined) {
    offset = offsetFromIntl(day * MS_PER_DAY, timeZone);
    if (!offsets || offsets.size >= MAX_CACHED_MIDNIGHTS) {
      offsets = new Map();
      midnightOffsets.set(timeZone, offsets);
    }
    offsets.set(day, offset);
  }
  return offset;
}

function offsetFromIntl(ms: number, timeZone: string): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    // Some ICU versions still print midnight as 24 despite h23.
    else if (part.type === 'hour') hour = value % 24;
    else if (part.type === 'minute') minute = value;
    else if (part.type === 'second') second = value;
  }
  return utcMs(year, month, day, hour, minute, second) - floorToSecond(ms);
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function floorToSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return dayNumberOf(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
}

function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function dayNumber(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return dayNumberOf(year, month, day);
}

// Integer proleptic-Gregorian arithmetic (H. Hinnant's days_from_civil) sidesteps Date's quirks,
// such as Date.UTC mapping years 0–99 to 1900–1999.
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dateFromDayNumber(days: number): LocalDate {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: day ${days}`);
  return formatDate(year, month, day);
}

// The inverse, Hinnant's civil_from_days.
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function formatDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
