import { isLocalDate, type LocalDate } from '@kakanai/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface DayParams {
  /** Absent when the URL doesn't name one; the page then picks the user's first office. */
  officeId: string | undefined;
  /** Absent when the URL doesn't name one; the page then shows today. */
  date: LocalDate | undefined;
  serviceId: string | undefined;
  showEmpty: boolean;
}

/**
 * What the reservations screen shows lives in the URL (?office=&date=&service=&empty=1), so a reload
 * or a link from a colleague lands on the same list. Changes replace the history entry: stepping
 * through days shouldn't fill the back button.
 */
export function useDayParams(): [DayParams, (change: Partial<DayParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const date = searchParams.get('date');
  const params: DayParams = {
    officeId: searchParams.get('office') || undefined,
    date: date && isLocalDate(date) ? date : undefined,
    serviceId: searchParams.get('service') || undefined,
    showEmpty: searchParams.get('empty') === '1',
  };

  const update = useCallback(
    (change: Partial<DayParams>) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | undefined) =>
            value ? next.set(key, value) : next.delete(key);
          if ('officeId' in change) {
            put('office', change.officeId);
            // Services belong to one office.
            next.delete('service');
          }
          if ('date' in change) put('date', change.date);
          if ('serviceId' in change) put('service', change.serviceId);
          if ('showEmpty' in change) put('empty', change.showEmpty ? '1' : undefined);
          return next;
        },
        // Synchronously, so a controlled checkbox or date field never shows its old value for a frame.
        { replace: true, flushSync: true },
      ),
    [setSearchParams],
  );

  return [params, update];
}
