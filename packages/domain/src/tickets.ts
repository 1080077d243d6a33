import { localDateOf } from './calendar.ts';

const MS_PER_MINUTE = 60_000;

/** The displayed ticket number: prefix + at least 3 digits: A001 … A999, A1000. */
export function formatTicketNumber(prefix: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`A ticket sequence must be a non-negative integer, got ${sequence}`);
  }
  // A fixed width up to 999 keeps the lobby display's columns aligned on an ordinary day.
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

/** How long before and after its slot start a reservation may check in, in minutes. */
export interface CheckInWindow {
  earlyMinutes: number;
  lateMinutes: number;
}

/** Check in from 30 minutes before the slot until 15 minutes after its start. */
export const DEFAULT_CHECK_IN_WINDOW: CheckInWindow = { earlyMinutes: 30, lateMinutes: 15 };

/** Whether a reservation starting at `slotStart` may check in at `now`; both ends of the window are inclusive. */
export function checkInTiming(
  slotStart: number,
  now: number,
  window: CheckInWindow = DEFAULT_CHECK_IN_WINDOW,
): 'ok' | 'too_early' | 'too_late' {
  if (now < slotStart - window.earlyMinutes * MS_PER_MINUTE) return 'too_early';
  // Later than this, the resident has missed the slot and takes a walk-in number instead.
  if (now > slotStart + window.lateMinutes * MS_PER_MINUTE) return 'too_late';
  return 'ok';
}

/** The business day (office-local date) of an instant, which numbering and statistics group by. */
export function businessDayOf(instant: number, timeZone: string): string {
  return localDateOf(new Date(instant), timeZone);
}

/** Recalls allowed before a called ticket becomes a no-show. */
export const DEFAULT_MAX_RECALLS = 3;

/** What a recall does: count it, or turn the ticket into a no-show once `maxRecalls` recalls have gone unanswered. */
export function afterRecall(
  recallsSoFar: number,
  maxRecalls: number = DEFAULT_MAX_RECALLS,
): { recalls: number; noShow: boolean } {
  if (recallsSoFar >= maxRecalls) return { recalls: recallsSoFar, noShow: true };
  return { recalls: recallsSoFar + 1, noShow: false };
}
