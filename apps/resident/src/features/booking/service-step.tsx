import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useOffices, useServices } from '../catalog/catalog-queries.ts';
import { DocumentsList } from '../catalog/documents-list.tsx';
import { BookingChoices } from './booking-choices.tsx';
import { updateBookingDraft } from './booking-draft.ts';
import { stepCaption } from './step-caption.ts';

/** Step 2: what the visit is for. Services without booking are listed too, so nobody hunts for them. */
export function ServiceStep() {
  const { officeId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const services = useServices(officeId);
  const office = offices.data?.offices.find((o) => o.id === officeId);
  useDocumentTitle(t('service.title'));
  const error = offices.error ?? services.error;
  return (
    <div className="page">
      <BackLink to="/book" />
      <PageHeading caption={stepCaption(t, 'service')}>{t('service.title')}</PageHeading>
      {offices.isPending || services.isPending ? (
        <LoadingState />
      ) : error ? (
        <ProblemWithRetry
          error={error}
          onRetry={() => {
            void offices.refetch();
            void services.refetch();
          }}
        />
      ) : !office || !services.data ? (
        <ProblemMessage error={{ code: 'office_not_found' }} />
      ) : (
        <>
          <BookingChoices office={office} />
          <p className="lead">{t('service.lead')}</p>
          <ul className="option-list">
            {services.data.services.map((service) => {
              const name = localized(service.name, i18n.language);
              return (
                <li
                  key={service.id}
                  className={`option-card${service.bookable ? '' : ' option-card--walk-in'}`}
                >
                  <h2 className="option-card-title">{name}</h2>
                  <p>{localized(service.description, i18n.language)}</p>
                  <h3 className="option-card-subheading">{t('service.documents')}</h3>
                  <DocumentsList documents={service.documents} compact />
                  {service.bookable ? (
                    <Link
                      className="button primary option-card-action"
                      to={`/book/${office.id}/${service.id}`}
                      onClick={() => updateBookingDraft({ officeId: office.id, serviceId: service.id })}
                    >
                      {t('service.choose')}
                      <span className="visually-hidden">{t('service.chooseWhich', { name })}</span>
                    </Link>
                  ) : (
                    <p className="walk-in-note">
                      <strong>{t('service.noBookingNeeded')}</strong>
                      <span>{t('service.comeToCounter')}</span>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
