import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './page-title.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page-status">
      <PageTitle page={t('notFound.title')} />
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/reservations">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
