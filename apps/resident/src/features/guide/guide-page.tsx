import { LoadingState, localized, PageHeading, ProblemWithRetry } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useLifeEvents } from './procedure-queries.ts';
import './guide.css';

/** `/guide` 手続きナビ: life events as large cards, each leading to its few questions. */
export function GuidePage() {
  const { t, i18n } = useTranslation('pre-entry');
  const lifeEvents = useLifeEvents();
  useDocumentTitle(t('guide.title'));
  return (
    <div className="page page--wide guide-page">
      <BackLink to="/" />
      <PageHeading>{t('guide.title')}</PageHeading>
      <p className="lead">{t('guide.lead')}</p>
      {lifeEvents.isPending ? (
        <LoadingState />
      ) : lifeEvents.error ? (
        <ProblemWithRetry error={lifeEvents.error} onRetry={() => void lifeEvents.refetch()} />
      ) : (
        <ul className="event-grid">
          {lifeEvents.data.lifeEvents.map((event) => (
            <li key={event.id}>
              <Link className="event-card" to={`/guide/${encodeURIComponent(event.id)}`}>
                <span className="event-card-name">{localized(event.name, i18n.language)}</span>
                <span className="event-card-description">{localized(event.description, i18n.language)}</span>
                <span className="event-card-arrow" aria-hidden="true">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="guide-pre-entry-link">
        {t('guide.knowWhich')} <Link to="/pre-entry">{t('guide.knowWhichLink')}</Link>
      </p>
    </div>
  );
}
