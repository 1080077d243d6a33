import { PageHeading } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { SiteLayout } from './site-layout.tsx';

/** What a screen that crashed shows instead of a blank page: an apology and a way on. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <SiteLayout>
      <div className="page">
        <PageHeading>{t('routeError.title')}</PageHeading>
        <p>{t('routeError.body')}</p>
        <p className="actions">
          <a className="button primary" href="/">
            {t('site.home')}
          </a>
        </p>
      </div>
    </SiteLayout>
  );
}
