import { isApiError } from '@kakanai/client';
import type { ReservationDetail, Slot } from '@kakanai/contracts';
import type { LocalDate } from '@kakanai/domain';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api-client.ts';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatVisit } from '../../app/format-dates.ts';
import { SummaryList } from '../../app/summary-list.tsx';
import type { Month } from '../availability/calendar-month.ts';
import { SlotPicker } from '../availability/slot-picker.tsx';
import { useOfficeAndService } from '../catalog/catalog-queries.ts';
import { managePath, tokenFromHash } from './manage-link.ts';
import type { ManagePageState } from './manage-page.tsx';
import { savedTokenFor } from './my-bookings.ts';
import { useReservation, useSetReservation } from './reservation-query.ts';

/**
 * `/reservations/:code/reschedule#t=…`: the same calendar as booking, for the same service, then
 * a confirmation. The server moves the booking in one step, so the old time is kept until then.
 */
export function ReschedulePage() {
  const { code = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation();
  const token = tokenFromHash(location.hash) ?? savedTokenFor(code);
  const reservation = useReservation(code, token);
  useDocumentTitle(t('reschedule.title'));

  if (!token || isApiError(reservation.error, 'reservation_not_found')) {
    return (
      <div className="page">
        <PageHeading>{t('manage.notFoundTitle')}</PageHeading>
        <ProblemMessage error={{ code: 'reservation_not_found' }} />
      </div>
    );
  }
  if (reservation.isPending || reservation.error) {
    return (
      <div className="page">
        <PageHeading>{t('reschedule.title')}</PageHeading>
        {reservation.error ? (
          <ProblemWithRetry error={reservation.error} onRetry={() => void reservation.refetch()} />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  }
  return <Reschedule detail={reservation.data} token={token} />;
}

function Reschedule({ detail, token }: { detail: ReservationDetail; token: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const setReservation = useSetReservation();
  const { reservation } = detail;
  const { office, service, isPending, error, refetch } = useOfficeAndService(
    reservation.officeId,
    reservation.serviceId,
  );
  // Start on the month of the current booking: most people move it by days, not months.
  const [month, setMonth] = useState<Month | undefined>(reservation.start.slice(0, 7));
  const [date, setDate] = useState<LocalDate>();
  const [picked, setPicked] = useState<Slot>();
  const back = managePath(reservation.code, token);

  const move = useMutation({
    mutationFn: (slot: Slot) => api.rescheduleReservation(reservation.code, token, slot.start),
    onSuccess: (next) => {
      setReservation(reservation.code, token, next);
      void queryClient.invalidateQueries({
        queryKey: ['availability', reservation.officeId, reservation.serviceId],
      });
      const state: ManagePageState = { banner: 'rescheduled' };
      navigate(back, { state });
    },
    onError: (failure) => {
      if (isApiError(failure, 'reservation_same_slot', 'reservation_not_active')) return;
      // The time went meanwhile (or can't be booked any more): back to the refreshed calendar.
      if (isApiError(failure) && failure.status !== 0 && failure.status !== 429 && failure.status < 500) {
        setPicked(undefined);
        void queryClient.invalidateQueries({
          queryKey: ['availability', reservation.officeId, reservation.serviceId],
        });
      }
    },
  });

  if (isPending || error || !office || !service) {
    return (
      <div className="page">
        <PageHeading>{t('reschedule.title')}</PageHeading>
        {error ? <ProblemWithRetry error={error} onRetry={refetch} /> : <LoadingState />}
      </div>
    );
  }
  const current = formatVisit(reservation.start, reservation.end, office.timeZone, i18n.language);
  if (reservation.status !== 'booked' || Date.parse(reservation.start) <= Date.now()) {
    return (
      <div className="page">
        <BackLink to={back} />
        <PageHeading>{t('reschedule.title')}</PageHeading>
        <ProblemMessage error={{ code: 'reservation_not_active' }} />
      </div>
    );
  }

  if (picked) {
    return (
      <div className="page">
        <button type="button" className="back-link link-button" onClick={() => setPicked(undefined)}>
          <span aria-hidden="true">‹ </span>
          {t('reschedule.pickAnother')}
        </button>
        <PageHeading focusKey="confirm">{t('reschedule.confirmTitle')}</PageHeading>
        <SummaryList
          rows={[
            { key: 'service', label: t('summary.service'), value: localized(service.name, i18n.language) },
            { key: 'office', label: t('summary.office'), value: localized(office.name, i18n.language) },
            { key: 'from', label: t('reschedule.from'), value: <s className="old-time">{current}</s> },
            {
              key: 'to',
              label: t('reschedule.to'),
              value: <strong>{formatVisit(picked.start, picked.end, office.timeZone, i18n.language)}</strong>,
            },
          ]}
        />
        <div className="confirm-box">
          <p>{t('reschedule.keepsOld')}</p>
          {move.error ? <ProblemMessage error={move.error} /> : null}
          <div className="actions">
            <button
              type="button"
              className="primary button-large"
              disabled={move.isPending}
              aria-busy={move.isPending}
              onClick={() => move.mutate(picked)}
            >
              {move.isPending ? t('reschedule.moving') : t('reschedule.confirm')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--wide">
      <BackLink to={back}>{t('reschedule.backToBooking')}</BackLink>
      <PageHeading focusKey="pick">{t('reschedule.title')}</PageHeading>
      <SummaryList
        className="summary-list--compact"
        rows={[
          { key: 'service', label: t('summary.service'), value: localized(service.name, i18n.language) },
          { key: 'current', label: t('reschedule.current'), value: current },
        ]}
      />
      {move.error ? <ProblemMessage error={move.error} /> : null}
      <SlotPicker
        office={office}
        service={service}
        month={month}
        date={date}
        currentStart={reservation.start}
        onMonthChange={setMonth}
        onDateChange={(next) => {
          setMonth(next.slice(0, 7));
          setDate(next);
        }}
        onPick={(slot) => {
          move.reset();
          setPicked(slot);
        }}
      />
    </div>
  );
}
