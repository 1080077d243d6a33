import type { AvailabilityResponse, Day, LocalizedText, Slot } from '@kakanai/contracts';
import { addDays, compareLocalDates, type LocalDate, localDateOf, weekdayOf } from '@kakanai/domain';

/** A month as 'YYYY-MM'. */
export type Month = string;

/** What a resident can do with a day of the calendar, and why not when they can't. */
export type DayState =
  | { kind: 'available'; seats: number }
  | { kind: 'full' }
  | { kind: 'closed'; reason: NonNullable<Day['reason']>; note?: LocalizedText }
  /** Today, with every remaining slot inside the minimum notice. */
  | { kind: 'booking_closed' }
  | { kind: 'not_yet_open' }
  | { kind: 'past' };

export interface CalendarDay {
  date: LocalDate;
  state: DayState;
  slots: Slot[];
}

/** The bookable stretch of days: from today to today + horizon, in the office's time zone. */
export interface BookingHorizon {
  today: LocalDate;
  lastDate: LocalDate;
}

export function bookingHorizon(timeZone: string, horizonDays: number, now = new Date()): BookingHorizon {
  const today = localDateOf(now, timeZone);
  return { today, lastDate: addDays(today, horizonDays) };
}

export const monthOf = (date: LocalDate): Month => date.slice(0, 7);

/** `month` moved into [first, last]; 'YYYY-MM' strings order chronologically. */
export function clampMonth(month: Month, first: Month, last: Month): Month {
  if (month < first) return first;
  return month > last ? last : month;
}

export function addMonths(month: Month, months: number): Month {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function lastDayOf(month: Month): LocalDate {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** One cell of a month grid: a date, or a blank before the 1st or after the last day. */
export interface MonthCell {
  key: string;
  date: LocalDate | null;
}

/** The month's dates in weeks, Sunday first, padded with blank cells from the neighbouring months. */
export function monthWeeks(month: Month): MonthCell[][] {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  const blank = (date: LocalDate): MonthCell => ({ key: `blank-${date}`, date: null });
  const weeks: MonthCell[][] = [];
  let week: MonthCell[] = [];
  for (
    let date = addDays(first, -weekdayOf(first));
    compareLocalDates(date, first) < 0;
    date = addDays(date, 1)
  ) {
    week.push(blank(date));
  }
  for (let date = first; compareLocalDates(date, last) <= 0; date = addDays(date, 1)) {
    week.push({ key: date, date });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  for (let date = addDays(last, 1); week.length > 0 && week.length < 7; date = addDays(date, 1))
    week.push(blank(date));
  if (week.length > 0) weeks.push(week);
  return weeks;
}

/** The part of `month` worth asking the server about, or undefined when all of it is out of the horizon. */
export function availabilityRange(
  month: Month,
  horizon: BookingHorizon,
): { from: LocalDate; to: LocalDate } | undefined {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  const from = compareLocalDates(first, horizon.today) < 0 ? horizon.today : first;
  const to = compareLocalDates(last, horizon.lastDate) > 0 ? horizon.lastDate : last;
  return compareLocalDates(from, to) <= 0 ? { from, to } : undefined;
}

/** Each date of `month` with its state, from the availability answer for the visible part of it. */
export function calendarDays(
  month: Month,
  horizon: BookingHorizon,
  availability: AvailabilityResponse | undefined,
): Map<LocalDate, CalendarDay> {
  const slotsByDate = new Map<LocalDate, Slot[]>();
  const dayInfo = new Map<LocalDate, Day>();
  if (availability) {
    for (const slot of availability.slots) {
      const date = localDateOf(new Date(slot.start), availability.timeZone);
      const list = slotsByDate.get(date) ?? [];
      list.push(slot);
      slotsByDate.set(date, list);
    }
    for (const day of availability.days) dayInfo.set(day.date, day);
  }
  const days = new Map<LocalDate, CalendarDay>();
  for (const { date } of monthWeeks(month).flat()) {
    if (!date) continue;
    const slots = slotsByDate.get(date) ?? [];
    days.set(date, { date, slots, state: dayState(date, horizon, dayInfo.get(date), slots) });
  }
  return days;
}

function dayState(date: LocalDate, horizon: BookingHorizon, day: Day | undefined, slots: Slot[]): DayState {
  if (compareLocalDates(date, horizon.today) < 0) return { kind: 'past' };
  if (compareLocalDates(date, horizon.lastDate) > 0) return { kind: 'not_yet_open' };
  if (day && !day.open) {
    return {
      kind: 'closed',
      reason: day.reason ?? 'not_a_business_day',
      ...(day.note ? { note: day.note } : {}),
    };
  }
  if (slots.length === 0) {
    // Open but nothing offered: today after the last bookable slot, or a day the server's clock
    // puts just past its horizon.
    return date === horizon.today ? { kind: 'booking_closed' } : { kind: 'not_yet_open' };
  }
  const seats = slots.reduce((sum, slot) => sum + slot.remaining, 0);
  return seats > 0 ? { kind: 'available', seats } : { kind: 'full' };
}
