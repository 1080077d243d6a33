import { isApiError } from '@kakanai/client';
import type { ReservationDetail } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../app/api-client.ts';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatDate, formatInstant, formatVisit } from '../../app/format-dates.ts';
import { SummaryList } from '../../app/summary-list.tsx';
import { useOfficeAndService } from '../catalog/catalog-queries.ts';
import { DocumentsList } from '../catalog/documents-list.tsx';
import { PreEntryAttachment, type PreEntryHandOff } from '../pre-entry/booking-attachment.tsx';
import { CancelDialog } from './cancel-dialog.tsx';
import { LookupForm } from './lookup-form.tsx';
import { managePath, manageUrl, tokenFromHash } from './manage-link.ts';
import { ManageLinkPanel } from './manage-link-panel.tsx';
import { saveBooking, savedTokenFor } from './my-bookings.ts';
import { useReservation, useSetReservation } from './reservation-query.ts';
import { ReservationTicket } from './reservation-ticket.tsx';

/** Set by the page that sent the resident here, for the banner at the top. */
export interface ManagePageState extends PreEntryHandOff {
  banner?: 'booked' | 'rescheduled';
}

/**
 * The confirmation and the manage page in one: `/reservations/:code#t=<token>`. The token comes
 * from the fragment, or from this device's saved bookings.
 */
export function ManagePage() {
  const { code = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation();
  const token = tokenFromHash(location.hash) ?? savedTokenFor(code);
  const reservation = useReservation(code, token);

  if (!token || isApiError(reservation.error, 'reservation_not_found'))
    return <ReservationNotFound code={code} />;
  if (reservation.isPending) {
    return (
      <div className="page">
        <PageHeading>{t('manage.title')}</PageHeading>
        <LoadingState />
      </div>
    );
  }
  if (reservation.error) {
    return (
      <div className="page">
        <PageHeading>{t('manage.title')}</PageHeading>
        <ProblemWithRetry error={reservation.error} onRetry={() => void reservation.refetch()} />
      </div>
    );
  }
  return (
    <ReservationView
      detail={reservation.data}
      token={token}
      banner={(location.state as ManagePageState | null)?.banner}
    />
  );
}

function ReservationView({
  detail,
  token,
  banner,
}: {
  detail: ReservationDetail;
  token: string;
  banner: ManagePageState['banner'];
}) {
  const { t, i18n } = useTranslation();
  const { reservation } = detail;
  const { office, service, isPending, error, refetch } = useOfficeAndService(
    reservation.officeId,
    reservation.serviceId,
  );
  const setReservation = useSetReservation();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [justCancelled, setJustCancelled] = useState(false);

  useEffect(() => {
    if (!office) return;
    saveBooking({
      code: reservation.code,
      token,
      officeId: reservation.officeId,
      serviceId: reservation.serviceId,
      start: reservation.start,
      end: reservation.end,
      status: reservation.status,
      timeZone: office.timeZone,
      officeName: office.name,
      serviceName: service?.name,
    });
  }, [reservation, token, office, service]);

  const cancel = useMutation({
    mutationFn: () => api.cancelReservation(reservation.code, token),
    onSuccess: (next) => {
      setReservation(reservation.code, token, next);
      setJustCancelled(true);
      setDialogOpen(false);
    },
  });

  const cancelled = reservation.status === 'cancelled';
  const now = Date.now();
  const started = Date.parse(reservation.start) <= now;
  const over = Date.parse(reservation.end) <= now;
  const heading = cancelled
    ? justCancelled
      ? t('manage.heading.cancelledNow')
      : reservation.cancelledBy === 'office'
        ? t('manage.heading.cancelledByOffice')
        : t('manage.heading.cancelled')
    : banner === 'booked'
      ? t('manage.heading.booked')
      : banner === 'rescheduled'
        ? t('manage.heading.rescheduled')
        : t('manage.title');
  useDocumentTitle(heading);

  if (isPending || error || !office) {
    return (
      <div className="page">
        <PageHeading>{heading}</PageHeading>
        {error ? <ProblemWithRetry error={error} onRetry={refetch} /> : <LoadingState />}
      </div>
    );
  }

  const timeZone = office.timeZone;
  const visit = formatVisit(reservation.start, reservation.end, timeZone, i18n.language);
  const serviceName = service ? localized(service.name, i18n.language) : '';
  const confirmed = !cancelled && banner !== undefined;

  return (
    <div className="page">
      {confirmed ? (
        <div className="confirmation-panel">
          <PageHeading focusKey={heading}>{heading}</PageHeading>
          <p>{t(banner === 'booked' ? 'manage.bookedLead' : 'manage.rescheduledLead')}</p>
        </div>
      ) : (
        <>
          <PageHeading focusKey={heading}>{heading}</PageHeading>
          {cancelled ? null : (
            <p>
              <span className="status-tag status-tag--booked">{t('manage.status.booked')}</span>
            </p>
          )}
        </>
      )}

      {cancelled ? (
        <div
          className={justCancelled ? 'success' : 'cancelled-panel'}
          role={justCancelled ? 'status' : undefined}
        >
          <p>
            <span className="status-tag status-tag--cancelled">{t('manage.status.cancelled')}</span>
          </p>
          {reservation.cancelledBy === 'office' ? (
            <>
              <p>{t('manage.cancelledByOfficeBody')}</p>
              {reservation.cancelReason ? (
                <p>
                  <strong>{t('manage.cancelReason')}</strong>
                  {reservation.cancelReason}
                </p>
              ) : null}
            </>
          ) : (
            <p>{t('manage.cancelledBody')}</p>
          )}
          {reservation.cancelledAt ? (
            <p className="muted">
              {t('manage.cancelledAt', {
                date: formatInstant(reservation.cancelledAt, timeZone, i18n.language),
              })}
            </p>
          ) : null}
          <p className="actions">
            <Link className="button primary" to={`/book/${reservation.officeId}/${reservation.serviceId}`}>
              {t('manage.bookAgain')}
            </Link>
          </p>
        </div>
      ) : (
        <ReservationTicket
          code={reservation.code}
          visit={visit}
          what={`${serviceName}${serviceName ? ' · ' : ''}${localized(office.name, i18n.language)}`}
        />
      )}
      {cancelled ? null : <PreEntryAttachment reservationCode={reservation.code} manageToken={token} />}

      <h2>{t('manage.detailsHeading')}</h2>
      <SummaryList
        className={cancelled ? 'summary-list--cancelled' : undefined}
        rows={[
          { key: 'code', label: t('manage.code'), value: reservation.code },
          {
            key: 'time',
            label: t('summary.dateTime'),
            value: <strong data-testid="visit-time">{visit}</strong>,
          },
          {
            key: 'office',
            label: t('summary.office'),
            value: (
              <>
                {localized(office.name, i18n.language)}
                <br />
                <span className="muted">{localized(office.address, i18n.language)}</span>
              </>
            ),
          },
          { key: 'service', label: t('summary.service'), value: serviceName },
          {
            key: 'name',
            label: t('details.name'),
            value: (
              <>
                {reservation.name}
                <br />
                <span className="muted">{reservation.nameKana}</span>
              </>
            ),
          },
          {
            key: 'contact',
            label: t('manage.contact'),
            value: [reservation.email, reservation.phone].filter(Boolean).join(' / '),
          },
        ]}
      />

      {!cancelled && service ? (
        <>
          <h2>{t('review.documentsHeading')}</h2>
          <DocumentsList documents={service.documents} />
        </>
      ) : null}

      {!cancelled && !over ? (
        <p className="actions">
          <a className="button" href={api.calendarUrl(reservation.code, token)} download>
            <CalendarIcon />
            {t('manage.addToCalendar')}
          </a>
        </p>
      ) : null}

      {!cancelled ? <ManageLinkPanel url={manageUrl(reservation.code, token)} /> : null}

      {!cancelled && !over ? (
        <section className="manage-actions" aria-labelledby="manage-actions-heading">
          <h2 id="manage-actions-heading">{t('manage.changeHeading')}</h2>
          {started ? null : <p>{t('manage.rescheduleHint')}</p>}
          <div className="actions">
            {started ? null : (
              <Link className="button primary" to={managePath(reservation.code, token, '/reschedule')}>
                {t('manage.reschedule')}
              </Link>
            )}
            <button type="button" className="danger" onClick={() => setDialogOpen(true)}>
              {t('manage.cancel.open')}
            </button>
          </div>
          <CancelDialog
            open={dialogOpen}
            visit={visit}
            what={serviceName}
            pending={cancel.isPending}
            error={cancel.error}
            onConfirm={() => cancel.mutate()}
            onClose={() => {
              setDialogOpen(false);
              cancel.reset();
            }}
          />
        </section>
      ) : null}
      {!cancelled && over ? <p className="notice">{t('manage.over')}</p> : null}
      {cancelled ? null : (
        <p className="muted manage-created">
          {t('manage.createdAt', { date: formatDate(reservation.createdAt.slice(0, 10), i18n.language) })}
        </p>
      )}
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

/** Wrong or missing token: the same words as the API's, and a way to look the booking up. */
function ReservationNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('manage.notFoundTitle'));
  return (
    <div className="page">
      <PageHeading>{t('manage.notFoundTitle')}</PageHeading>
      <ProblemMessage error={{ code: 'reservation_not_found' }} />
      <p>{t('lookup.lead')}</p>
      <LookupForm initialCode={code} />
    </div>
  );
}
