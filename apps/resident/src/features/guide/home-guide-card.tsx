import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './guide.css';

/** The home page's way into 手続きナビ and 事前入力: for residents who don't yet know what to book. */
export function HomeGuideCard() {
  const { t } = useTranslation('pre-entry');
  return (
    <section className="home-guide" aria-labelledby="home-guide-heading">
      <div className="home-guide-text">
        <h2 id="home-guide-heading">{t('home.heading')}</h2>
        <p>{t('home.body')}</p>
      </div>
      <div className="home-guide-actions">
        <Link className="button primary" to="/guide">
          {t('home.guide')}
          <span aria-hidden="true"> ›</span>
        </Link>
        <Link className="home-guide-pre-entry" to="/pre-entry">
          {t('home.preEntry')}
        </Link>
      </div>
    </section>
  );
}
