import { isApiError } from '@kakanai/client';
import { localDateOf } from '@kakanai/domain';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api-client.ts';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatVisit } from '../../app/format-dates.ts';
import { newIdempotencyKey } from '../../app/new-idempotency-key.ts';
import { SummaryList } from '../../app/summary-list.tsx';
import { useOfficeAndService } from '../catalog/catalog-queries.ts';
import { DocumentsList } from '../catalog/documents-list.tsx';
import { managePath } from '../manage/manage-link.ts';
import type { ManagePageState } from '../manage/manage-page.tsx';
import { saveBooking } from '../manage/my-bookings.ts';
import { clearBookingDraft, updateBookingDraft, useBookingDraft } from './booking-draft.ts';
import { contactForApi } from './contact-form-schema.ts';
import type { DateStepState } from './date-step.tsx';
import { stepCaption } from './step-caption.ts';

// Answers that mean "this time can't be had": back to the calendar, refreshed, to pick another.
const SLOT_PROBLEMS = [
  'slot_full',
  'slot_unavailable',
  'slot_in_past',
  'slot_too_soon',
  'slot_beyond_horizon',
  'office_closed',
  'slot_off_grid',
];

/** Step 5: everything at a glance, then the one button that books. */
export function ReviewStep() {
  const { officeId = '', serviceId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draft = useBookingDraft();
  const { office, service, isPending, error, missing, refetch } = useOfficeAndService(officeId, serviceId);
  // One key per visit to this page: a double tap, or "Try again" after a lost answer, repeats the
  // same request, and the server answers it with the booking it already made.
  const [idempotencyKey] = useState(newIdempotencyKey);
  // Set before the draft changes on the way out: a draft change re-renders this page at once, and
  // without the flag it would read the missing time as "not chosen yet" and redirect to the calendar
  // itself, losing the navigation (and the explanation) this page is making.
  const leaving = useRef(false);
  useDocumentTitle(t('review.title'));

  const confirm = useMutation({
    mutationFn: () => {
      const { slot, contact } = draft;
      if (!slot || !contact) throw new Error('The draft lost its slot or contact details');
      return api.createReservation(
        {
          officeId,
          serviceId,
          start: slot.start,
          ...contactForApi(contact),
          lang: i18n.language.startsWith('en') ? 'en' : 'ja',
        },
        idempotencyKey,
      );
    },
    onSuccess: ({ reservation, manageToken }) => {
      leaving.current = true;
      saveBooking({
        code: reservation.code,
        token: manageToken,
        officeId: reservation.officeId,
        serviceId: reservation.serviceId,
        start: reservation.start,
        end: reservation.end,
        status: reservation.status,
        timeZone: office?.timeZone ?? 'Asia/Tokyo',
        officeName: office?.name,
        serviceName: service?.name,
      });
      // A booking made for a pre-entry: the confirmation page attaches it with the new manage token.
      const state: ManagePageState = {
        banner: 'booked',
        ...(draft.preEntry ? { preEntry: draft.preEntry } : {}),
      };
      navigate(managePath(reservation.code, manageToken), { state });
      clearBookingDraft();
      void queryClient.invalidateQueries({ queryKey: ['availability', officeId, serviceId] });
    },
    onError: (failure) => {
      if (!isApiError(failure, ...SLOT_PROBLEMS) || !draft.slot || !office) return;
      leaving.current = true;
      const date = localDateOf(new Date(draft.slot.start), office.timeZone);
      const state: DateStepState = { problem: failure.code };
      navigate(`/book/${officeId}/${serviceId}?month=${date.slice(0, 7)}&date=${date}`, { state });
      updateBookingDraft({ slot: undefined });
      void queryClient.invalidateQueries({ queryKey: ['availability', officeId, serviceId] });
    },
  });

  if (leaving.current || confirm.isSuccess) return null;
  if (!draft.slot || draft.officeId !== officeId || draft.serviceId !== serviceId) {
    return <Navigate to={`/book/${officeId}/${serviceId}`} replace />;
  }
  if (!draft.contact) return <Navigate to={`/book/${officeId}/${serviceId}/details`} replace />;

  const contact = contactForApi(draft.contact);
  const detailsPath = `/book/${officeId}/${serviceId}/details`;
  return (
    <div className="page">
      <BackLink to={detailsPath} />
      <PageHeading caption={stepCaption(t, 'review')}>{t('review.title')}</PageHeading>
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ProblemWithRetry error={error} onRetry={refetch} />
      ) : missing || !office || !service ? (
        <ProblemMessage error={{ code: 'service_not_found' }} />
      ) : (
        <>
          <p className="lead">{t('review.lead')}</p>
          {draft.preEntry ? (
            <p className="notice">{t('attach.willAttach', { ns: 'pre-entry', code: draft.preEntry.code })}</p>
          ) : null}
          <h2>{t('review.visitHeading')}</h2>
          <SummaryList
            rows={[
              {
                key: 'time',
                label: t('summary.dateTime'),
                value: (
                  <strong>
                    {formatVisit(draft.slot.start, draft.slot.end, office.timeZone, i18n.language)}
                  </strong>
                ),
                changeTo: `/book/${officeId}/${serviceId}`,
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
                changeTo: '/book',
              },
              {
                key: 'service',
                label: t('summary.service'),
                value: localized(service.name, i18n.language),
                changeTo: `/book/${officeId}`,
              },
            ]}
          />
          <h2>{t('review.contactHeading')}</h2>
          <SummaryList
            rows={[
              { key: 'name', label: t('details.name'), value: contact.name, changeTo: detailsPath },
              {
                key: 'nameKana',
                label: t('details.nameKana'),
                value: contact.nameKana,
                changeTo: detailsPath,
              },
              {
                key: 'email',
                label: t('details.email'),
                value: contact.email ?? <span className="muted">{t('review.notGiven')}</span>,
                changeTo: detailsPath,
              },
              {
                key: 'phone',
                label: t('details.phone'),
                value: contact.phone ?? <span className="muted">{t('review.notGiven')}</span>,
                changeTo: detailsPath,
              },
            ]}
          />
          <h2>{t('review.documentsHeading')}</h2>
          <DocumentsList documents={service.documents} />
          <div className="confirm-box">
            <p>{t('review.notYet')}</p>
            {confirm.error && !isApiError(confirm.error, ...SLOT_PROBLEMS) ? (
              <ProblemMessage error={confirm.error} />
            ) : null}
            <button
              type="button"
              className="primary button-wide button-large"
              disabled={confirm.isPending}
              aria-busy={confirm.isPending}
              onClick={() => confirm.mutate()}
            >
              {confirm.isPending ? t('review.confirming') : t('review.confirm')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
