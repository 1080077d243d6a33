import { useTranslation } from 'react-i18next';

/** "1/2" seats booked with a small bar; screen readers get the sentence instead of the fraction. */
export function SeatsMeter({ booked, capacity }: { booked: number; capacity: number }) {
  const { t } = useTranslation('console', { keyPrefix: 'reservations' });
  const ratio = capacity > 0 ? Math.min(1, booked / capacity) : 0;
  const state = booked >= capacity ? 'full' : booked > 0 ? 'partial' : 'none';
  return (
    <span className={`seats seats--${state}`}>
      <span className="visually-hidden">{t('slot.seatsLong', { booked, capacity })}</span>
      <span className="seats__text" aria-hidden="true">
        <span className="seats__label">{t('slot.seats')}</span>
        <span className="seats__count">
          {booked}/{capacity}
        </span>
      </span>
      <span className="seats__bar" aria-hidden="true">
        <span className="seats__fill" style={{ width: `${ratio * 100}%` }} />
      </span>
      {state === 'full' && <span className="seats__full">{t('slot.full')}</span>}
    </span>
  );
}
