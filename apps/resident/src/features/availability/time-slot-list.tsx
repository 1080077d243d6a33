import type { Slot } from '@kakanai/contracts';
import type { LocalDate } from '@kakanai/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTimeRange } from '../../app/format-dates.ts';

/** The day's times as large buttons with the seats left; full times stay listed, disabled, as 満席. */
export function TimeSlotList({
  date,
  slots,
  timeZone,
  currentStart,
  pickedStart,
  takeFocus,
  onPick,
}: {
  date: LocalDate;
  slots: Slot[];
  timeZone: string;
  /** When rescheduling: the booking's own slot, shown but not offered. */
  currentStart?: string | undefined;
  pickedStart?: string | undefined;
  /** Move focus here, because the resident just chose the day. */
  takeFocus: boolean;
  onPick: (slot: Slot) => void;
}) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [takeFocus]);

  const sameInstant = (a: string | undefined, b: string) =>
    a !== undefined && Date.parse(a) === Date.parse(b);
  return (
    <section className="time-slots" aria-labelledby="time-slots-heading">
      <h2 id="time-slots-heading" ref={heading} tabIndex={-1}>
        {t('times.heading', { date: formatDate(date, i18n.language) })}
      </h2>
      {slots.length === 0 ? (
        <p>{t('times.none')}</p>
      ) : (
        <>
          <p className="muted">{t('times.hint')}</p>
          <ul className="time-slot-grid">
            {slots.map((slot) => {
              const range = formatTimeRange(slot.start, slot.end, timeZone, i18n.language);
              const isCurrent = sameInstant(currentStart, slot.start);
              const full = slot.remaining <= 0;
              const status = isCurrent
                ? t('times.current')
                : full
                  ? t('times.full')
                  : t('times.seatsLeft', { count: slot.remaining });
              return (
                <li key={slot.start}>
                  <button
                    type="button"
                    className={`time-slot${full ? ' time-slot--full' : ''}${isCurrent ? ' time-slot--current' : ''}`}
                    disabled={full || isCurrent}
                    aria-pressed={sameInstant(pickedStart, slot.start)}
                    aria-label={`${range} ${status}`}
                    onClick={() => onPick(slot)}
                  >
                    <span className="time-slot-range">{range}</span>
                    <span className="time-slot-status">{status}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
