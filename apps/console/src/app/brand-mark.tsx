import { useTranslation } from 'react-i18next';

/** The product's name as the console shows it: 「かかない窓口」 with 「職員用」 beside it. */
export function BrandMark() {
  const { t } = useTranslation();
  return (
    <p className="brand">
      <span className="brand__logo" aria-hidden="true">
        {t('brand.logo')}
      </span>
      <span className="brand__name">{t('brand.name')}</span>
      <span className="brand__audience">{t('brand.audience')}</span>
    </p>
  );
}
