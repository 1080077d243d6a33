import { localDateOf } from '@kakanai/domain';
import { LanguageSwitch } from '@kakanai/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../app/format-dates.ts';
import { useServerNow } from '../../app/server-clock.ts';

/**
 * The kiosk's frame: the office's name, the hall's clock and a large language switch above the
 * screen. No site header or links: a kiosk leads nowhere but its own screens.
 */
export function KioskChrome({
  officeName,
  timeZone,
  children,
}: {
  officeName?: string | undefined;
  timeZone: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="kiosk">
      <header className="kiosk-chrome">
        <div className="kiosk-office">
          <span className="kiosk-office-name">{officeName ?? t('site.name')}</span>
          <span className="kiosk-office-role">{t('kiosk.role')}</span>
        </div>
        <KioskClock timeZone={timeZone} />
        <LanguageSwitch />
      </header>
      <main id="main" className="kiosk-main">
        {children}
      </main>
    </div>
  );
}

function KioskClock({ timeZone }: { timeZone: string }) {
  const { i18n } = useTranslation();
  const now = new Date(useServerNow(1000)).toISOString();
  return (
    <p className="kiosk-clock">
      <span className="kiosk-clock-date">
        {formatDate(localDateOf(new Date(now), timeZone), i18n.language, false)}
      </span>
      <time className="kiosk-clock-time" dateTime={now}>
        {formatTime(now, timeZone)}
      </time>
    </p>
  );
}
