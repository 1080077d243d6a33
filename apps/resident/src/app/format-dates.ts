import { type LocalDate, localDateOf, localTimeOf } from '@kakanai/domain';

// Residents see dates the way each language writes them: 2026年12月1日(火) / Tue, 1 December 2026.
const localeOf = (language: string) => (language.startsWith('en') ? 'en-GB' : 'ja-JP');
const isEnglish = (language: string) => language.startsWith('en');

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${localeOf(language)}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, cached);
  }
  return cached;
}

// A local date is a day, not an instant: noon UTC formatted in UTC names that day in every zone.
const noonOf = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

/** '2026年12月1日(火)' / 'Tue, 1 December 2026'; without the year when `withYear` is false. */
export function formatDate(date: LocalDate, language: string, withYear = true): string {
  return formatter(language, {
    timeZone: 'UTC',
    ...(withYear ? { year: 'numeric' } : {}),
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(noonOf(date));
}

/** '2026年12月' / 'December 2026' for a 'YYYY-MM' month. */
export function formatMonth(month: string, language: string): string {
  return formatter(language, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    noonOf(`${month}-01`),
  );
}

/** Short and long weekday names, Sunday first: ['日', …] / ['Sun', …] and ['日曜日', …] / ['Sunday', …]. */
export function weekdayNames(language: string, width: 'short' | 'long'): string[] {
  // 2026-11-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) =>
    formatter(language, { timeZone: 'UTC', weekday: width }).format(noonOf(`2026-11-0${i + 1}`)),
  );
}

/** '9:15' for an instant, on the office's clock. */
export function formatTime(instant: string, timeZone: string): string {
  return localTimeOf(new Date(instant), timeZone).replace(/^0(?=\d)/, '');
}

/** '9:15〜9:45' / '9:15–9:45'. */
export function formatTimeRange(start: string, end: string, timeZone: string, language: string): string {
  const dash = isEnglish(language) ? '–' : '〜';
  return `${formatTime(start, timeZone)}${dash}${formatTime(end, timeZone)}`;
}

/** '2026年12月1日(火) 9:15〜9:45' / 'Tue, 1 December 2026, 9:15–9:45'. */
export function formatVisit(start: string, end: string, timeZone: string, language: string): string {
  const date = formatDate(localDateOf(new Date(start), timeZone), language);
  const separator = isEnglish(language) ? ', ' : ' ';
  return `${date}${separator}${formatTimeRange(start, end, timeZone, language)}`;
}

/** '2026年11月21日(土) 16:40' / 'Sat, 21 November 2026, 16:40': when something happened. */
export function formatInstant(instant: string, timeZone: string, language: string): string {
  const date = formatDate(localDateOf(new Date(instant), timeZone), language);
  return `${date}${isEnglish(language) ? ', ' : ' '}${formatTime(instant, timeZone)}`;
}
