import { isLocalDate } from '@kakanai/domain';
import { LoadingState, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { SlotPicker } from '../availability/slot-picker.tsx';
import { useOfficeAndService } from '../catalog/catalog-queries.ts';
import { BookingChoices } from './booking-choices.tsx';
import { updateBookingDraft, useBookingDraft } from './booking-draft.ts';
import { stepCaption } from './step-caption.ts';

/** Why the resident was sent back here from the review, e.g. the time filled up meanwhile. */
export interface DateStepState {
  problem?: string;
}

/** Step 3: a day on the calendar, then a time. Month and day are in the URL (?month=&date=). */
export function DateStep() {
  const { officeId = '', serviceId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const draft = useBookingDraft();
  const { office, service, isPending, error, missing, refetch } = useOfficeAndService(officeId, serviceId);
  useDocumentTitle(t('date.title'));

  const month = search.get('month');
  const date = search.get('date');
  const problem = (location.state as DateStepState | null)?.problem;
  const picked = draft.officeId === officeId && draft.serviceId === serviceId ? draft.slot : undefined;

  return (
    <div className="page page--wide">
      <BackLink to={`/book/${officeId}`} />
      <PageHeading caption={stepCaption(t, 'date')}>{t('date.title')}</PageHeading>
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ProblemWithRetry error={error} onRetry={refetch} />
      ) : missing || !office || !service ? (
        <ProblemMessage error={{ code: 'service_not_found' }} />
      ) : !service.bookable ? (
        <ProblemMessage error={{ code: 'service_not_bookable' }} />
      ) : (
        <>
          <BookingChoices office={office} service={service} />
          {problem ? <ProblemMessage error={{ code: problem }} /> : null}
          <SlotPicker
            office={office}
            service={service}
            month={month && /^\d{4}-\d{2}$/.test(month) ? month : undefined}
            date={date && isLocalDate(date) ? date : undefined}
            pickedStart={picked?.start}
            onMonthChange={(next) => setSearch({ month: next }, { replace: true })}
            onDateChange={(next) => setSearch({ month: next.slice(0, 7), date: next }, { replace: true })}
            onPick={(slot) => {
              updateBookingDraft({ officeId, serviceId, slot: { start: slot.start, end: slot.end } });
              navigate(`/book/${officeId}/${serviceId}/details`);
            }}
          />
        </>
      )}
    </div>
  );
}
