import type { Service, StaffReservation, StaffSlot } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../app/office-time.ts';
import { ReservationRow } from './reservation-row.tsx';
import { SeatsMeter } from './seats-meter.tsx';

interface SlotCardProps {
  slot: StaffSlot;
  service: Service | undefined;
  timeZone: string;
  now: number;
  onCancel: (reservation: StaffReservation, serviceName: string) => void;
  focusedReservationId: string | undefined;
}

/** One service's slot at one time: seats used and the bookings in it. */
export function SlotCard({ slot, service, timeZone, now, onCancel, focusedReservationId }: SlotCardProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'reservations' });
  const headingId = useId();
  const serviceName = service ? localized(service.name, i18n.language) : slot.serviceId;
  const ended = Date.parse(slot.end) <= now;
  const range = `${clockTime(slot.start, timeZone)}–${clockTime(slot.end, timeZone)}`;

  return (
    <article
      className={`slot${slot.reservations.length === 0 ? ' slot--empty' : ''}${ended ? ' slot--ended' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="slot__head">
        {service && (
          <span className="service-prefix" aria-hidden="true">
            {service.ticketPrefix}
          </span>
        )}
        <h4 id={headingId} className="slot__service">
          {serviceName}
        </h4>
        <span className="slot__range">{range}</span>
        {ended && <span className="slot__ended">{t('slot.ended')}</span>}
        <SeatsMeter booked={slot.booked} capacity={slot.capacity} />
      </header>
      {slot.reservations.length > 0 && (
        <table className="bookings">
          <caption className="visually-hidden">
            {t('slot.caption', { service: serviceName, time: range })}
          </caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('column.code')}</th>
              <th scope="col">{t('column.name')}</th>
              <th scope="col">{t('column.contact')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {slot.reservations.map((reservation) => (
              <ReservationRow
                key={reservation.id}
                reservation={reservation}
                cancellable={!ended}
                onCancel={(r) => onCancel(r, serviceName)}
                focused={reservation.id === focusedReservationId}
              />
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
