import { LanguageSwitch } from '@kakanai/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveIndicator } from '../../app/live-indicator.tsx';
import type { LiveStatus } from '../../app/use-live-channel.ts';
import './counter-tablet.css';

/**
 * The counter tablet's frame: the office and the window above the screen, and a large language
 * switch. No site header or links: the tablet leads nowhere but its own screens.
 */
export function TabletChrome({
  officeName,
  windowName,
  live,
  children,
}: {
  officeName?: string | undefined;
  windowName?: string | undefined;
  live?: LiveStatus | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="tablet">
      <header className="tablet-chrome">
        <div className="tablet-place">
          <span className="tablet-office-name">{officeName ?? t('site.name')}</span>
          <span className="tablet-window-name">{windowName ?? t('counterTablet.role')}</span>
        </div>
        {/* Only a broken link is worth the resident's attention; staff see it too. */}
        {live && live !== 'live' && live !== 'connecting' ? <LiveIndicator status={live} /> : null}
        <LanguageSwitch />
      </header>
      <main id="main" className="tablet-main">
        {children}
      </main>
    </div>
  );
}
