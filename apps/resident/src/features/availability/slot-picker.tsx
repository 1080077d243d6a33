import type { Office, Service, Slot } from '@kakanai/contracts';
import { compareLocalDates, type LocalDate } from '@kakanai/domain';
import { LoadingState, localized, ProblemWithRetry } from '@kakanai/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth } from '../../app/format-dates.ts';
import { useAvailability } from './availability-query.ts';
import {
  addMonths,
  availabilityRange,
  bookingHorizon,
  calendarDays,
  clampMonth,
  type Month,
  monthOf,
} from './calendar-month.ts';
import { dayStateLabel } from './day-state-label.ts';
import { MonthCalendar } from './month-calendar.tsx';
import { TimeSlotList } from './time-slot-list.tsx';

/**
 * Month calendar, then the chosen day's times. Shared by booking and rescheduling; the month and
 * day are the caller's state so booking can keep them in the URL.
 */
export function SlotPicker({
  office,
  service,
  month: requestedMonth,
  date,
  onMonthChange,
  onDateChange,
  onPick,
  currentStart,
  pickedStart,
}: {
  office: Office;
  service: Service;
  month: Month | undefined;
  date: LocalDate | undefined;
  onMonthChange: (month: Month) => void;
  onDateChange: (date: LocalDate) => void;
  onPick: (slot: Slot) => void;
  currentStart?: string | undefined;
  pickedStart?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [chosenNow, setChosenNow] = useState(false);
  const horizon = useMemo(
    () => bookingHorizon(office.timeZone, service.horizonDays),
    [office.timeZone, service.horizonDays],
  );
  const firstMonth = monthOf(horizon.today);
  const lastMonth = monthOf(horizon.lastDate);
  const wanted = requestedMonth ?? (date ? monthOf(date) : firstMonth);
  const month = clampMonth(wanted, firstMonth, lastMonth);
  const range = availabilityRange(month, horizon);
  const availability = useAvailability(office.id, service.id, range);
  const days = useMemo(
    () => calendarDays(month, horizon, availability.data),
    [month, horizon, availability.data],
  );
  const selected = date && monthOf(date) === month ? days.get(date) : undefined;
  const closures = [...days.values()].filter(
    (day) => day.state.kind === 'closed' && day.state.reason !== 'not_a_business_day',
  );

  const monthNav = (delta: number) => {
    const label = t(delta < 0 ? 'calendar.prevMonth' : 'calendar.nextMonth');
    const target = addMonths(month, delta);
    const disabled = target < firstMonth || target > lastMonth;
    return (
      <button
        type="button"
        className={`month-nav-button month-nav-button--${delta < 0 ? 'prev' : 'next'}`}
        disabled={disabled}
        aria-label={t(delta < 0 ? 'calendar.prevMonthLabel' : 'calendar.nextMonthLabel', {
          month: formatMonth(target, i18n.language),
        })}
        onClick={() => onMonthChange(target)}
      >
        {delta < 0 ? <span aria-hidden="true">‹</span> : null}
        {label}
        {delta > 0 ? <span aria-hidden="true">›</span> : null}
      </button>
    );
  };

  return (
    <div className="slot-picker">
      <section className="calendar-panel" aria-labelledby="calendar-month-heading">
        <div className="month-nav">
          {monthNav(-1)}
          <h2 id="calendar-month-heading" className="month-nav-title" aria-live="polite">
            {formatMonth(month, i18n.language)}
          </h2>
          {monthNav(1)}
        </div>
        {availability.isPending && range ? (
          <LoadingState label={t('calendar.loading')} />
        ) : availability.error ? (
          <ProblemWithRetry error={availability.error} onRetry={() => void availability.refetch()} />
        ) : (
          <MonthCalendar
            month={month}
            days={days}
            today={horizon.today}
            selectedDate={selected?.date}
            labelledBy="calendar-month-heading"
            onSelect={(picked) => {
              setChosenNow(true);
              onDateChange(picked);
            }}
          />
        )}
        <ul className="calendar-legend" aria-label={t('calendar.legendLabel')}>
          <li>
            <span className="legend-swatch legend-swatch--available" aria-hidden="true">
              {t('calendar.mark.available')}
            </span>
            {t('calendar.state.available')}
          </li>
          <li>
            <span className="legend-swatch legend-swatch--full" aria-hidden="true">
              {t('calendar.mark.full')}
            </span>
            {t('calendar.state.full')}
          </li>
          <li>
            <span className="legend-swatch legend-swatch--closed" aria-hidden="true">
              {t('calendar.mark.closed')}
            </span>
            {t('calendar.legendClosed')}
          </li>
        </ul>
        {closures.length > 0 ? (
          <div className="calendar-closures">
            <h3>{t('calendar.closuresHeading')}</h3>
            <ul>
              {closures.map((day) => (
                <li key={day.date}>
                  <span className="calendar-closure-date">{formatDate(day.date, i18n.language, false)}</span>{' '}
                  {dayStateLabel(day.state, t, i18n.language)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="calendar-horizon muted">
          {t('calendar.horizon', {
            date: formatDate(horizon.lastDate, i18n.language),
            minutes: service.minNoticeMinutes,
          })}
        </p>
      </section>
      <div className="times-panel">
        {selected &&
        selected.state.kind !== 'past' &&
        compareLocalDates(selected.date, horizon.lastDate) <= 0 ? (
          <TimeSlotList
            key={selected.date}
            date={selected.date}
            slots={selected.slots}
            timeZone={office.timeZone}
            currentStart={currentStart}
            pickedStart={pickedStart}
            takeFocus={chosenNow}
            onPick={onPick}
          />
        ) : (
          <p className="times-placeholder">
            {t('times.chooseDay', { service: localized(service.name, i18n.language) })}
          </p>
        )}
      </div>
    </div>
  );
}
