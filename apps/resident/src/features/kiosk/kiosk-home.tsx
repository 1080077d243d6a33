import type { Office } from '@kakanai/contracts';
import { localized, PageHeading } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** Two doors: "I have a booking" and "I don't have a booking". */
export function KioskHome({
  open,
  office,
  onCheckIn,
  onWalkIn,
}: {
  /** Whether the office is taking numbers now; undefined while unknown. */
  open: boolean | undefined;
  office: Office | undefined;
  onCheckIn: () => void;
  onWalkIn: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (open === false) {
    return (
      <div className="kiosk-screen kiosk-closed">
        <PageHeading>{t('kiosk.closed.heading')}</PageHeading>
        <p className="kiosk-lead">{t('kiosk.closed.body')}</p>
        {office ? (
          <p className="kiosk-hours">
            <strong>{t('office.hours')}</strong>
            {localized(office.hoursSummary, i18n.language)}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="kiosk-screen kiosk-home">
      <PageHeading>{t('kiosk.home.heading')}</PageHeading>
      <div className="kiosk-doors">
        <button type="button" className="kiosk-door kiosk-door--booking" onClick={onCheckIn}>
          <span className="kiosk-door-title">{t('kiosk.home.booking')}</span>
          <span className="kiosk-door-hint">{t('kiosk.home.bookingHint')}</span>
        </button>
        <button type="button" className="kiosk-door kiosk-door--walk-in" onClick={onWalkIn}>
          <span className="kiosk-door-title">{t('kiosk.home.walkIn')}</span>
          <span className="kiosk-door-hint">{t('kiosk.home.walkInHint')}</span>
        </button>
      </div>
      <p className="kiosk-help">{t('kiosk.askStaff')}</p>
    </div>
  );
}
