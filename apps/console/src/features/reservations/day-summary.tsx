import { useTranslation } from 'react-i18next';
import type { Schedule } from './schedule.ts';

/** The day at a glance: bookings, cancellations, and how many slots have any. */
export function DaySummary({ totals }: { totals: Schedule['totals'] }) {
  const { t } = useTranslation('console', { keyPrefix: 'reservations.summary' });
  return (
    <dl className="day-summary">
      <div>
        <dt>{t('booked')}</dt>
        <dd>{t('count', { count: totals.booked })}</dd>
      </div>
      <div>
        <dt>{t('cancelled')}</dt>
        <dd>{t('count', { count: totals.cancelled })}</dd>
      </div>
      <div>
        <dt>{t('slots')}</dt>
        <dd>{t('slotsValue', { used: totals.slotsWithBookings, total: totals.slots })}</dd>
      </div>
    </dl>
  );
}
