import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../app/page-title.tsx';

/** What a staff member sees at the dashboard's address: why not, and where to go instead. */
export function ForbiddenNotice() {
  const { t } = useTranslation('console', { keyPrefix: 'stats.forbidden' });
  return (
    <div className="page-status">
      <PageTitle page={t('title')} />
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <p>
        <Link to="/reservations">{t('back')}</Link>
      </p>
    </div>
  );
}
