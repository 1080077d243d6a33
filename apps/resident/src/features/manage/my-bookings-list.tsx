import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatVisit } from '../../app/format-dates.ts';
import { managePath } from './manage-link.ts';
import { forgetBooking, useSavedBookings } from './my-bookings.ts';

/** Bookings this device remembers, soonest first; past ones drop off the list. */
export function MyBookingsList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const saved = useSavedBookings();
  const now = Date.now();
  const upcoming = saved
    .filter((b) => Date.parse(b.end) > now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  if (upcoming.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="my-bookings" aria-labelledby="my-bookings-heading">
      <Heading id="my-bookings-heading">{t('myBookings.heading')}</Heading>
      <ul className="my-bookings-list">
        {upcoming.map((booking) => (
          <li key={booking.code} className="my-booking">
            <div className="my-booking-main">
              <p className="my-booking-time">
                {formatVisit(booking.start, booking.end, booking.timeZone, i18n.language)}
                {booking.status === 'cancelled' ? (
                  <span className="status-tag status-tag--cancelled">{t('manage.status.cancelled')}</span>
                ) : null}
              </p>
              <p className="my-booking-what">
                {booking.serviceName ? localized(booking.serviceName, i18n.language) : null}
                {booking.officeName ? ` · ${localized(booking.officeName, i18n.language)}` : null}
              </p>
              <p className="my-booking-code">
                {t('manage.code')}: <span className="code-text">{booking.code}</span>
              </p>
            </div>
            <div className="my-booking-actions">
              <Link className="button" to={managePath(booking.code, booking.token)}>
                {t('myBookings.open')}
                <span className="visually-hidden"> {booking.code}</span>
              </Link>
              <button type="button" className="link-button" onClick={() => forgetBooking(booking.code)}>
                {t('myBookings.forget')}
                <span className="visually-hidden"> {booking.code}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p className="muted">{t('myBookings.note')}</p>
    </section>
  );
}
