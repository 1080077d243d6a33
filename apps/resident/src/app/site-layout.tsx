import { LanguageSwitch } from '@kakanai/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

/** Header with the language switch, the page, and a footer; the same on every screen. */
export function SiteLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-brand">
            <span className="site-brand-mark" aria-hidden="true" />
            <span className="site-brand-text">
              <span className="site-brand-name">{t('site.name')}</span>
              <span className="site-brand-tagline">{t('site.tagline')}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main">
        {children ?? <Outlet />}
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <nav aria-label={t('site.footerNav')}>
            <ul className="site-footer-links">
              <li>
                <Link to="/">{t('site.home')}</Link>
              </li>
              <li>
                <Link to="/book">{t('home.bookCta')}</Link>
              </li>
              <li>
                <Link to="/reservations">{t('site.lookup')}</Link>
              </li>
            </ul>
          </nav>
          <p className="site-footer-note">{t('site.footerNote')}</p>
        </div>
      </footer>
    </>
  );
}
