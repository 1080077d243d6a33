import { type LocalDate, localDateOf, localTimeOf } from '@kakanai/domain';

/** Today's date at the office, whatever the time zone of the PC at the counter. */
export function todayAt(timeZone: string, now = new Date()): LocalDate {
  return localDateOf(now, timeZone);
}

/** '8:45' for an instant, on the office's wall clock, as Japanese counters write times. */
export function clockTime(instant: string, timeZone: string): string {
  return localTimeOf(new Date(instant), timeZone).replace(/^0(\d)/, '$1');
}

/** '2026年11月24日(火)' or 'Tue 24 November 2026'. */
export function longDate(date: LocalDate, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'ja-JP';
  // The date is a calendar date, not an instant: format it as midnight UTC, in UTC.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** '10:32' on the PC's own clock: when the list was last loaded. */
export function timeOfDay(epochMs: number, timeZone: string): string {
  return localTimeOf(new Date(epochMs), timeZone).replace(/^0(\d)/, '$1');
}
