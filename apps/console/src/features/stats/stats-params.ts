import { isLocalDate, type LocalDate } from '@kakanai/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { checkedRange, type DateRange, isRangePreset, presetRange, type RangePreset } from './date-ranges.ts';

export type TicketSource = 'walk_in' | 'reservation';

/** What the dashboard shows, as the URL says it. */
export interface StatsParams {
  /** Absent when the URL doesn't name one; the page then picks the user's first office. */
  officeId: string | undefined;
  /** A preset, or 'custom' with `custom` holding the typed dates. */
  range: RangePreset | 'custom';
  custom: DateRange | undefined;
  serviceId: string | undefined;
  windowId: string | undefined;
  source: TicketSource | undefined;
  /** The day the forecast is for; absent means tomorrow. */
  forecastDate: LocalDate | undefined;
}

export const DEFAULT_RANGE: RangePreset = 'last30';

/**
 * The dashboard's view lives in the URL (?office=&range=last30 or ?from=&to=, &service=&window=
 * &source=&day=), so a reload keeps it and a manager can send a colleague the same view. A preset
 * stays a preset: "the last 30 days" shared tomorrow still means the last 30 days. Changes replace
 * the history entry, like the reservations list.
 */
export function useStatsParams(): [StatsParams, (change: Partial<StatsParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const rangeParam = searchParams.get('range');
  const custom = checkedRange(searchParams.get('from'), searchParams.get('to'));
  const source = searchParams.get('source');
  const day = searchParams.get('day');
  const params: StatsParams = {
    officeId: searchParams.get('office') || undefined,
    range: isRangePreset(rangeParam) ? rangeParam : custom ? 'custom' : DEFAULT_RANGE,
    custom,
    serviceId: searchParams.get('service') || undefined,
    windowId: searchParams.get('window') || undefined,
    source: source === 'walk_in' || source === 'reservation' ? source : undefined,
    forecastDate: day && isLocalDate(day) ? day : undefined,
  };

  const update = useCallback(
    (change: Partial<StatsParams>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | undefined) =>
            value ? next.set(key, value) : next.delete(key);
          if ('officeId' in change) {
            put('office', change.officeId);
            // Services and windows belong to one office.
            next.delete('service');
            next.delete('window');
          }
          if ('range' in change) {
            if (change.range === 'custom') next.delete('range');
            else put('range', change.range);
          }
          if ('custom' in change || ('range' in change && change.range !== 'custom')) {
            const range = change.range === 'custom' ? change.custom : undefined;
            put('from', range?.from);
            put('to', range?.to);
          }
          if ('serviceId' in change) put('service', change.serviceId);
          if ('windowId' in change) put('window', change.windowId);
          if ('source' in change) put('source', change.source);
          if ('forecastDate' in change) put('day', change.forecastDate);
          return next;
        },
        { replace: true, flushSync: true },
      ),
    [setSearchParams],
  );

  return [params, update];
}

/** The dates the params cover on `today` at the office. */
export function rangeOf(params: StatsParams, today: LocalDate): DateRange {
  if (params.range === 'custom' && params.custom) return params.custom;
  return presetRange(params.range === 'custom' ? DEFAULT_RANGE : params.range, today);
}
