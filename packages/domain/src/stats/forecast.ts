/**
 * Expected arrivals per hour for a day, from the office's own history.
 *
 * Method:
 * 1. Basis: the same weekday in each of the previous weeks, newest first, skipping holidays and
 *    days with no history (closed, or before the office went live), until `weeks` days are found
 *    or twice that many weeks have been looked at. A weekday's pattern (Monday mornings are busy)
 *    is the strongest signal a city hall has; recent weeks follow trends such as growing use of
 *    online booking.
 * 2. Each basis day is divided by its own peak multiplier (below), so one month-end Friday in the
 *    basis does not inflate an ordinary Friday, and the mean is taken hour by hour.
 * 3. That mean is multiplied by the forecast day's peak multiplier.
 * 4. Bookings: history days may say how many of their arrivals had a reservation (`booked`); the
 *    forecast splits into walk-ins and booked arrivals the same way. Bookings already made for the
 *    day are a floor on booked arrivals: expected booked = max(already booked, the usual booked
 *    level). The max, rather than a sum, keeps residents who book every month from being counted
 *    once in history and again in today's bookings. History without `booked` counts every past
 *    arrival as a walk-in, and bookings are then added on top in full.
 *
 * Peak multiplier (defaults in DEFAULT_PEAK_FACTORS, overridable per office):
 * - month start (first 3 business days) and month end (last 2 business days): ×1.2 — pension,
 *   allowance and certificate errands cluster around pay days and month-based deadlines;
 * - the moving season, 15 March – 15 April: ×1.8, and ×2.2 from 25 March to 7 April, when most
 *   transfers (転勤, 入学) move house and 転入届/転出届 must be filed within 14 days;
 * - the first business day after a run of closed days that includes a holiday (a Monday holiday,
 *   Golden Week, the year-end break): ×1.3 — the backlog of the closed days. An ordinary weekend is
 *   not a peak; the same-weekday mean already carries Monday's level.
 * The largest of the calendar factors applies (the moving season already contains its month start
 * and end), times the after-holiday factor, which is a backlog on top of whatever the season is.
 * Business days here are Monday–Friday that are not holidays.
 */

import { addDays, isLocalDate, type LocalDate, weekdayOf } from '../calendar.ts';

/** Multiplicative arrival factors for the known peaks of a city-hall counter. */
export interface PeakFactors {
  monthStart: number;
  monthEnd: number;
  afterHoliday: number;
  movingSeason: number;
  movingSeasonPeak: number;
}

/** Which peak a factor belongs to; also the i18n key the dashboard shows. */
export type PeakName = keyof PeakFactors;

/** Factors observed at Japanese city-hall counters; offices with their own history may override them. */
export const DEFAULT_PEAK_FACTORS: Readonly<PeakFactors> = {
  monthStart: 1.2,
  monthEnd: 1.2,
  afterHoliday: 1.3,
  movingSeason: 1.8,
  movingSeasonPeak: 2.2,
};

/** A peak factor applied to a day. */
export interface AppliedFactor {
  name: PeakName;
  factor: number;
}

/** One past day's arrivals by local hour (24 counts), and how many of them had booked. */
export interface DailyHourCounts {
  date: LocalDate;
  hours: readonly number[];
  /** Of `hours`, the arrivals that came with a reservation; treated as all zeros when absent. */
  booked?: readonly number[];
}

/** What to forecast and from what. */
export interface ForecastInput {
  /** The day to forecast. */
  date: LocalDate;
  /** Past days in any order, for the same office (and service, when filtered). */
  history: readonly DailyHourCounts[];
  /** How many same weekdays to average (default 8). */
  weeks?: number;
  /** National holidays and the year-end break (the server passes japaneseHoliday / isYearEndHoliday). */
  isHoliday: (date: LocalDate) => boolean;
  /** Reservations already made for `date`, by hour. */
  booked?: readonly number[];
  /** Overrides of DEFAULT_PEAK_FACTORS. */
  factors?: Partial<PeakFactors>;
}

/** Expected arrivals by local hour, how they were reached, and from which days. */
export interface Forecast {
  /** Expected arrivals, walk-ins plus booked, by hour (0–23). */
  hours: number[];
  walkIns: number[];
  bookings: number[];
  /** Peak factors applied to the day; their product is the day's multiplier. */
  factors: AppliedFactor[];
  /** The past days averaged, oldest first. */
  basis: LocalDate[];
}

const HOURS_PER_DAY = 24;
const DEFAULT_WEEKS = 8;
// The longest closed run in a Japanese year is the year-end break joined to a weekend (9 days);
// the bound only keeps an isHoliday that always says yes from looping forever.
const MAX_CLOSED_RUN = 31;

/** Expected arrivals by hour for `date`: the peak-normalised mean of recent same weekdays, times the day's peaks, with bookings already made. */
export function forecastArrivals(input: ForecastInput): Forecast {
  const { date, history, isHoliday } = input;
  const weeks = input.weeks ?? DEFAULT_WEEKS;
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: ${JSON.stringify(date)}`);
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`Not a number of weeks: ${weeks}`);
  const factors = resolveFactors(input.factors);
  const bookedForDate = input.booked ? checkHours(input.booked, 'booked') : zeros();

  const byDate = new Map<LocalDate, DailyHourCounts>();
  for (const day of history) {
    if (byDate.has(day.date)) throw new RangeError(`History has ${day.date} twice`);
    byDate.set(day.date, day);
  }

  const basis: LocalDate[] = [];
  const walkInSum = zeros();
  const bookedSum = zeros();
  for (let week = 1; week <= 2 * weeks && basis.length < weeks; week += 1) {
    const past = addDays(date, -7 * week);
    const day = byDate.get(past);
    if (!day || isHoliday(past)) continue;
    const hours = checkHours(day.hours, `hours of ${past}`);
    const booked = day.booked ? checkHours(day.booked, `booked of ${past}`) : zeros();
    const multiplier = product(peakFactors(past, isHoliday, factors));
    for (let hour = 0; hour < HOURS_PER_DAY; hour += 1) {
      const arrivals = hours[hour]!;
      // Booked arrivals are part of the arrivals; a day that says otherwise has no walk-ins.
      const bookedArrivals = Math.min(booked[hour]!, arrivals);
      walkInSum[hour]! += (arrivals - bookedArrivals) / multiplier;
      bookedSum[hour]! += bookedArrivals / multiplier;
    }
    basis.push(past);
  }

  const applied = peakFactors(date, isHoliday, factors);
  const scale = basis.length === 0 ? 0 : product(applied) / basis.length;
  const walkIns = walkInSum.map((sum) => sum * scale);
  const bookings = bookedSum.map((sum, hour) => Math.max(bookedForDate[hour]!, sum * scale));
  return {
    hours: walkIns.map((walkIn, hour) => walkIn + bookings[hour]!),
    walkIns,
    bookings,
    factors: applied,
    basis: basis.toReversed(),
  };
}

/** The peak factors that apply to `date`: the largest calendar one (month start or end, moving season) and the after-holiday one. */
export function peakFactors(
  date: LocalDate,
  isHoliday: (date: LocalDate) => boolean,
  factors: Partial<PeakFactors> = DEFAULT_PEAK_FACTORS,
): AppliedFactor[] {
  const resolved = resolveFactors(factors);
  const calendar: PeakName[] = [];
  const monthDay = date.slice(5);
  if (monthDay >= '03-25' && monthDay <= '04-07') calendar.push('movingSeasonPeak');
  else if (monthDay >= '03-15' && monthDay <= '04-15') calendar.push('movingSeason');
  const businessDay = isBusinessDay(date, isHoliday);
  if (businessDay && businessDaysFromMonthStart(date, isHoliday) <= 3) calendar.push('monthStart');
  if (businessDay && businessDaysToMonthEnd(date, isHoliday) <= 2) calendar.push('monthEnd');

  const applied: AppliedFactor[] = [];
  let largest: AppliedFactor | undefined;
  for (const name of calendar) {
    if (!largest || resolved[name] > largest.factor) largest = { name, factor: resolved[name] };
  }
  if (largest) applied.push(largest);
  if (businessDay && followsHoliday(date, isHoliday)) {
    applied.push({ name: 'afterHoliday', factor: resolved.afterHoliday });
  }
  // A factor of 1 changes nothing; listing it would only clutter the dashboard.
  return applied.filter((factor) => factor.factor !== 1);
}

function resolveFactors(overrides: Partial<PeakFactors> | undefined): PeakFactors {
  const resolved = { ...DEFAULT_PEAK_FACTORS, ...overrides };
  for (const [name, factor] of Object.entries(resolved)) {
    if (!(factor > 0) || factor === Number.POSITIVE_INFINITY) {
      throw new RangeError(`Not a peak factor for ${name}: ${factor}`);
    }
  }
  return resolved;
}

function isBusinessDay(date: LocalDate, isHoliday: (date: LocalDate) => boolean): boolean {
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5 && !isHoliday(date);
}

/** 1 for the month's first business day, 2 for the second … */
function businessDaysFromMonthStart(date: LocalDate, isHoliday: (date: LocalDate) => boolean): number {
  let count = 0;
  for (let day = `${date.slice(0, 8)}01`; day <= date; day = addDays(day, 1)) {
    if (isBusinessDay(day, isHoliday)) count += 1;
  }
  return count;
}

/** 1 for the month's last business day, 2 for the one before … */
function businessDaysToMonthEnd(date: LocalDate, isHoliday: (date: LocalDate) => boolean): number {
  const month = date.slice(0, 7);
  let count = 0;
  for (let day = date; day.startsWith(month); day = addDays(day, 1)) {
    if (isBusinessDay(day, isHoliday)) count += 1;
  }
  return count;
}

function followsHoliday(date: LocalDate, isHoliday: (date: LocalDate) => boolean): boolean {
  let day = addDays(date, -1);
  for (let steps = 0; steps < MAX_CLOSED_RUN && !isBusinessDay(day, isHoliday); steps += 1) {
    if (isHoliday(day)) return true;
    day = addDays(day, -1);
  }
  return false;
}

function product(applied: readonly AppliedFactor[]): number {
  return applied.reduce((total, { factor }) => total * factor, 1);
}

function checkHours(hours: readonly number[], what: string): readonly number[] {
  if (hours.length !== HOURS_PER_DAY)
    throw new RangeError(`${what}: expected 24 hourly counts, got ${hours.length}`);
  for (const count of hours) {
    if (!(count >= 0) || count === Number.POSITIVE_INFINITY)
      throw new RangeError(`${what}: not a count: ${count}`);
  }
  return hours;
}

function zeros(): number[] {
  return new Array<number>(HOURS_PER_DAY).fill(0);
}
