import { LanguageSwitch } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSignOut, useStaffUser } from '../features/auth/session.ts';
import { BrandMark } from './brand-mark.tsx';
import { navItemsFor } from './nav-items.ts';

/** The frame of every signed-in screen: who is signed in, the menu, the language, sign-out. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const user = useStaffUser();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    <div className="console">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="console-header">
        <BrandMark />
        <nav className="console-nav" aria-label={t('nav.label')}>
          <ul>
            {navItemsFor(user.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.labelKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="console-header__tools">
          <p className="signed-in">
            <span className="visually-hidden">{t('header.signedInAs')}</span>
            <span className="signed-in__name">{user.displayName}</span>
            <span className="role-badge">{t(`role.${user.role}`)}</span>
          </p>
          <LanguageSwitch />
          <button
            type="button"
            className="sign-out"
            disabled={signOut.isPending}
            onClick={() =>
              signOut.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
            }
          >
            {t('header.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="console-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
