/**
 * Numbers as the dashboard writes them, in the reader's language. Minutes keep one decimal below
 * ten (3.4 分) and none above (24 分): a tenth of a minute matters for a short wait, not a long one.
 */

function locale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'ja-JP';
}

/** 1,234 */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);
}

/** 12.5 (a count per day may have a fraction) */
export function formatDecimal(value: number, language: string, digits = 1): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

/** The number of minutes, without its unit. */
export function formatMinutesValue(minutes: number, language: string): string {
  return new Intl.NumberFormat(locale(language), {
    maximumFractionDigits: Math.abs(minutes) < 10 ? 1 : 0,
  }).format(minutes);
}

/** 82% (a share 0–1); one decimal only when it would otherwise read as 100% or 0%. */
export function formatShare(share: number, language: string): string {
  const nearEdge = (share > 0.995 && share < 1) || (share > 0 && share < 0.005);
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    maximumFractionDigits: nearEdge ? 1 : 0,
  }).format(share);
}

/** '11/24(火)' or 'Tue 24 Nov' for a calendar date. */
export function shortDate(date: string, language: string, { weekday = true } = {}): string {
  return new Intl.DateTimeFormat(locale(language), {
    month: language.startsWith('en') ? 'short' : 'numeric',
    day: 'numeric',
    ...(weekday ? { weekday: 'short' as const } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** '2026/11/24' or '24 Nov 2026'. */
export function mediumDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    year: 'numeric',
    month: language.startsWith('en') ? 'short' : '2-digit',
    day: language.startsWith('en') ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** '11月' or 'Nov' (with the year when asked). */
export function monthLabel(date: string, language: string, { year = false } = {}): string {
  return new Intl.DateTimeFormat(locale(language), {
    month: language.startsWith('en') ? 'short' : 'long',
    ...(year ? { year: 'numeric' as const } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
