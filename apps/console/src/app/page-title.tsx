import { useTranslation } from 'react-i18next';

/** The document title for a screen; React hoists <title> into the head. */
export function PageTitle({ page }: { page: string }) {
  const { t } = useTranslation();
  return <title>{t('documentTitle', { page })}</title>;
}
