import { LoadingState, localized, PageHeading, ProblemWithRetry } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useOffices } from '../catalog/catalog-queries.ts';
import { updateBookingDraft } from './booking-draft.ts';
import { stepCaption } from './step-caption.ts';

/** Step 1: which city hall building. */
export function OfficeStep() {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const [search] = useSearchParams();
  useDocumentTitle(t('office.title'));
  // Links from elsewhere (手続きナビ, a pre-entry) may name the office and service already:
  // /book?office=main&service=main-juminido goes straight to the calendar.
  const preselected = search.get('office');
  if (preselected) {
    const service = search.get('service');
    const path = `/book/${encodeURIComponent(preselected)}${service ? `/${encodeURIComponent(service)}` : ''}`;
    return <Navigate to={path} replace />;
  }
  return (
    <div className="page">
      <BackLink to="/" />
      <PageHeading caption={stepCaption(t, 'office')}>{t('office.title')}</PageHeading>
      <p className="lead">{t('office.lead')}</p>
      {offices.isPending ? (
        <LoadingState />
      ) : offices.error ? (
        <ProblemWithRetry error={offices.error} onRetry={() => void offices.refetch()} />
      ) : (
        <ul className="option-list">
          {offices.data.offices.map((office) => {
            const name = localized(office.name, i18n.language);
            return (
              <li key={office.id} className="option-card">
                <h2 className="option-card-title">{name}</h2>
                <dl className="option-card-facts">
                  <div>
                    <dt>{t('office.address')}</dt>
                    <dd>{localized(office.address, i18n.language)}</dd>
                  </div>
                  <div>
                    <dt>{t('office.hours')}</dt>
                    <dd>{localized(office.hoursSummary, i18n.language)}</dd>
                  </div>
                  <div>
                    <dt>{t('office.phone')}</dt>
                    <dd>
                      <a href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>{office.phone}</a>
                    </dd>
                  </div>
                </dl>
                <p className="option-card-link">
                  {/* Named by its card, whose heading is the office's name. */}
                  <Link to={`/offices/${office.id}/status`}>{t('office.congestionLink')}</Link>
                </p>
                <Link
                  className="button primary option-card-action"
                  to={`/book/${office.id}`}
                  onClick={() => updateBookingDraft({ officeId: office.id })}
                >
                  {t('office.choose')}
                  <span className="visually-hidden">{t('office.chooseWhich', { name })}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
