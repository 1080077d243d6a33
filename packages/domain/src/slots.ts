import {
  addDays,
  compareLocalDates,
  type LocalDate,
  localDateOf,
  localTimeOf,
  minutesOfDay,
  timeFromMinutes,
  zonedInstant,
} from './calendar.ts';
import { dayStatus, type OfficeCalendar, type OpeningPeriod } from './opening-hours.ts';

/** How a service takes bookings: slot length, residents per slot, how far ahead, minimum notice. */
export interface BookingRules {
  slotMinutes: number;
  capacityPerSlot: number;
  horizonDays: number;
  minNoticeMinutes: number;
}

/** A bookable stretch of time, as UTC instants. */
export interface SlotTime {
  start: Date;
  end: Date;
}

/** A slot with how many residents it takes and how many more it can take. */
export interface Slot extends SlotTime {
  capacity: number;
  remaining: number;
}

/** Why a requested slot start can't be booked, or the slot it names. */
export type SlotCheck =
  | { ok: true; slot: SlotTime }
  | {
      ok: false;
      code: 'slot_in_past' | 'slot_too_soon' | 'slot_beyond_horizon' | 'office_closed' | 'slot_off_grid';
    };

const MS_PER_MINUTE = 60_000;

/** The slots of `date`: from each period's opening, every `slotMinutes`, each ending by the period's close. */
export function slotGrid(calendar: OfficeCalendar, rules: BookingRules, date: LocalDate): SlotTime[] {
  if (!Number.isInteger(rules.slotMinutes) || rules.slotMinutes <= 0) {
    throw new RangeError(`slotMinutes must be a positive integer, got ${rules.slotMinutes}`);
  }
  const status = dayStatus(calendar, date);
  if (!status.open) return [];
  const slots: SlotTime[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const period of status.periods) {
    previousEnd = appendPeriodSlots(slots, previousEnd, calendar.timeZone, rules.slotMinutes, date, period);
  }
  return slots;
}

/** The bookable range at `now`: nothing before `earliest` (minimum notice), no day after `lastDate` (horizon). */
export function bookingWindow(
  calendar: OfficeCalendar,
  rules: BookingRules,
  now: Date,
): { earliest: Date; lastDate: LocalDate } {
  return {
    earliest: new Date(now.getTime() + rules.minNoticeMinutes * MS_PER_MINUTE),
    lastDate: addDays(localDateOf(now, calendar.timeZone), rules.horizonDays),
  };
}

/** Every bookable slot from `from` to `to` inclusive, sorted by start; full slots stay in with remaining 0. */
export function availableSlots(input: {
  calendar: OfficeCalendar;
  rules: BookingRules;
  from: LocalDate;
  to: LocalDate;
  now: Date;
  booked: ReadonlyMap<number, number>;
}): Slot[] {
  const { calendar, rules, booked } = input;
  const { earliest, lastDate } = bookingWindow(calendar, rules, input.now);
  const earliestMs = earliest.getTime();
  // Days before the one holding `earliest` can only have earlier slots, so skip them unseen.
  const firstDay = maxDate(input.from, localDateOf(earliest, calendar.timeZone));
  const lastDay = compareLocalDates(input.to, lastDate) < 0 ? input.to : lastDate;
  const capacity = rules.capacityPerSlot;
  const slots: Slot[] = [];
  for (let date = firstDay; compareLocalDates(date, lastDay) <= 0; date = addDays(date, 1)) {
    for (const { start, end } of slotGrid(calendar, rules, date)) {
      const startMs = start.getTime();
      if (startMs < earliestMs) continue;
      // Clamped both ways so inconsistent counts (overbooked by hand, negative) stay displayable.
      const remaining = Math.min(capacity, Math.max(0, capacity - (booked.get(startMs) ?? 0)));
      slots.push({ start, end, capacity, remaining });
    }
  }
  return slots;
}

/** Whether a resident may book the slot starting at `start` at `now`; the first rule broken names the problem. */
export function checkSlot(calendar: OfficeCalendar, rules: BookingRules, start: Date, now: Date): SlotCheck {
  const startMs = start.getTime();
  if (startMs < now.getTime()) return { ok: false, code: 'slot_in_past' };
  const { earliest, lastDate } = bookingWindow(calendar, rules, now);
  if (startMs < earliest.getTime()) return { ok: false, code: 'slot_too_soon' };
  const date = localDateOf(start, calendar.timeZone);
  if (compareLocalDates(date, lastDate) > 0) return { ok: false, code: 'slot_beyond_horizon' };
  if (!dayStatus(calendar, date).open) return { ok: false, code: 'office_closed' };
  const slot = slotGrid(calendar, rules, date).find((candidate) => candidate.start.getTime() === startMs);
  return slot ? { ok: true, slot } : { ok: false, code: 'slot_off_grid' };
}

/** Appends one period's slots and returns the end of the last slot appended (or `previousEnd`). */
function appendPeriodSlots(
  slots: SlotTime[],
  previousEnd: number,
  timeZone: string,
  slotMinutes: number,
  date: LocalDate,
  period: OpeningPeriod,
): number {
  const opens = minutesOfDay(period.opens);
  const closes = minutesOfDay(period.closes);
  const slotMs = slotMinutes * MS_PER_MINUTE;
  const opensMs = zonedInstant(date, period.opens, timeZone).getTime();
  const closesMs = zonedInstant(date, period.closes, timeZone).getTime();
  // Without a DST change inside the period, wall minutes map linearly onto instants and no slot
  // needs its own time-zone lookup.
  const linear = closesMs - opensMs === (closes - opens) * MS_PER_MINUTE;
  let lastEnd = previousEnd;
  for (let minute = opens; minute + slotMinutes <= closes; minute += slotMinutes) {
    let startMs: number;
    if (linear) {
      startMs = opensMs + (minute - opens) * MS_PER_MINUTE;
    } else {
      const time = timeFromMinutes(minute);
      startMs = zonedInstant(date, time, timeZone).getTime();
      // A wall time the clocks skip doesn't exist that day; offering it would show a time nobody sees.
      if (localTimeOf(new Date(startMs), timeZone) !== time) continue;
    }
    // Overlapping periods in the data, or a DST jump, must never yield overlapping slots.
    if (startMs < lastEnd || startMs + slotMs > closesMs) continue;
    slots.push({ start: new Date(startMs), end: new Date(startMs + slotMs) });
    lastEnd = startMs + slotMs;
  }
  return lastEnd;
}

function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDates(a, b) >= 0 ? a : b;
}
