import type { StaffReservation } from '@kakanai/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ReservationRowProps {
  reservation: StaffReservation;
  /** False once the slot is over: the server no longer lets anyone cancel it. */
  cancellable: boolean;
  onCancel: (reservation: StaffReservation) => void;
  /** Takes focus, e.g. after the dialog that cancelled it closes and its button is gone. */
  focused: boolean;
}

/** One booking in a slot: code, name and furigana, contact, status, and the cancel button. */
export function ReservationRow({ reservation, cancellable, onCancel, focused }: ReservationRowProps) {
  const { t } = useTranslation('console', { keyPrefix: 'reservations' });
  const rowRef = useRef<HTMLTableRowElement>(null);
  const cancelled = reservation.status === 'cancelled';

  useEffect(() => {
    if (focused) rowRef.current?.focus();
  }, [focused]);

  return (
    <tr ref={rowRef} tabIndex={focused ? -1 : undefined} className={cancelled ? 'is-cancelled' : undefined}>
      <td className="bookings__code">
        <span className="reservation-code">{reservation.code}</span>
      </td>
      <td className="bookings__name">
        <span className="person-name">{reservation.name}</span>
        <span className="person-kana">{reservation.nameKana}</span>
      </td>
      <td className="bookings__contact">
        {reservation.email && <span className="contact">{breakableEmail(reservation.email)}</span>}
        {reservation.phone && <span className="contact">{reservation.phone}</span>}
      </td>
      <td className="bookings__status">
        <span className={`status-badge status-badge--${reservation.status}`}>
          {t(`status.${reservation.status}`)}
        </span>
        {cancelled && reservation.cancelledBy && (
          <span className="cancel-info">
            {t(`cancelledBy.${reservation.cancelledBy}`)}
            {reservation.cancelReason && (
              <span className="cancel-info__reason">
                {t('cancelReason', { reason: reservation.cancelReason })}
              </span>
            )}
          </span>
        )}
      </td>
      <td className="bookings__actions">
        {!cancelled && cancellable && (
          <button
            type="button"
            className="danger compact"
            aria-label={t('cancelLabel', { name: reservation.name, code: reservation.code })}
            onClick={() => onCancel(reservation)}
          >
            {t('cancel')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** An address that wraps before its @ in a narrow column, rather than mid-word. */
function breakableEmail(email: string) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}
