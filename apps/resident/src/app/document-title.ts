import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> | <site>", so each screen is told apart in history and by screen readers. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  const site = t('site.name');
  useEffect(() => {
    document.title = title ? `${title} | ${site}` : site;
  }, [title, site]);
}
