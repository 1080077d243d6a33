import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n.ts';

/** Buttons to switch between Japanese and English; each label is in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </nav>
  );
}
