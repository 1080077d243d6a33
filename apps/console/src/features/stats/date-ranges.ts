import { addDays, isLocalDate, type LocalDate } from '@kakanai/domain';

/** The ranges a manager picks most often; `custom` is any from–to they type. */
export const RANGE_PRESETS = ['today', 'last7', 'last30', 'thisMonth', 'lastMonth', 'lastYear'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

/** The longest range the dashboard asks for: a year and a leap day. */
export const MAX_RANGE_DAYS = 366;

export function isRangePreset(value: string | null | undefined): value is RangePreset {
  return RANGE_PRESETS.includes(value as RangePreset);
}

/** The dates a preset covers, counted back from `today` at the office (today included). */
export function presetRange(preset: RangePreset, today: LocalDate): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'lastMonth': {
      const lastDay = addDays(`${today.slice(0, 8)}01`, -1);
      return { from: `${lastDay.slice(0, 8)}01`, to: lastDay };
    }
    case 'lastYear':
      return { from: addDays(today, -(MAX_RANGE_DAYS - 2)), to: today };
  }
}

/** Days from `from` to `to`, both included. */
export function daysIn({ from, to }: DateRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * A typed range as the dashboard can ask for it, or undefined when it can't: dates that aren't
 * dates, the end before the start, or longer than MAX_RANGE_DAYS.
 */
export function checkedRange(
  from: string | null | undefined,
  to: string | null | undefined,
): DateRange | undefined {
  if (!from || !to || !isLocalDate(from) || !isLocalDate(to)) return undefined;
  if (from > to) return undefined;
  const range = { from, to };
  return daysIn(range) <= MAX_RANGE_DAYS ? range : undefined;
}
