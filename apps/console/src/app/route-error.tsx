import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title.tsx';

/** What a screen shows instead of a blank page when it fails to render. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="page-status" role="alert">
      <PageTitle page={t('error.title')} />
      <h1>{t('error.title')}</h1>
      <p>{t('error.lead')}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
