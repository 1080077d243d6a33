import { LoadingState, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useOfficeAndService } from '../catalog/catalog-queries.ts';
import { BookingChoices } from './booking-choices.tsx';
import { updateBookingDraft, useBookingDraft } from './booking-draft.ts';
import { ContactForm } from './contact-form.tsx';
import { EMPTY_CONTACT } from './contact-form-schema.ts';
import { stepCaption } from './step-caption.ts';

/** Step 4: who is coming, and how the office can reach them. */
export function DetailsStep() {
  const { officeId = '', serviceId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const draft = useBookingDraft();
  const { office, service, isPending, error, missing, refetch } = useOfficeAndService(officeId, serviceId);
  useDocumentTitle(t('details.title'));

  // Straight to this URL (a bookmark, a reload after the draft expired): pick a time first.
  if (!draft.slot || draft.officeId !== officeId || draft.serviceId !== serviceId) {
    return <Navigate to={`/book/${officeId}/${serviceId}`} replace />;
  }
  return (
    <div className="page">
      <BackLink to={`/book/${officeId}/${serviceId}`} />
      <PageHeading caption={stepCaption(t, 'details')}>{t('details.title')}</PageHeading>
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ProblemWithRetry error={error} onRetry={refetch} />
      ) : missing || !office || !service ? (
        <ProblemMessage error={{ code: 'service_not_found' }} />
      ) : (
        <>
          <BookingChoices office={office} service={service} slot={draft.slot} />
          <p className="lead">{t('details.lead')}</p>
          <ContactForm
            defaultValues={draft.contact ?? EMPTY_CONTACT}
            onSubmit={(contact) => {
              updateBookingDraft({ contact });
              navigate(`/book/${officeId}/${serviceId}/review`);
            }}
          />
        </>
      )}
    </div>
  );
}
