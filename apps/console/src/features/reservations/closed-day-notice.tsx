import type { Day } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** The day has no slots because the office is closed; says why when the calendar knows. */
export function ClosedDayNotice({ day }: { day: Day | null | undefined }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'reservations.closed' });
  const note = day?.note ? localized(day.note, i18n.language) : undefined;
  return (
    <div className="closed-day">
      <p className="closed-day__title">{t('title')}</p>
      {day?.reason && <p className="closed-day__reason">{t(`reason.${day.reason}`, { note: note ?? '' })}</p>}
      <p className="muted">{t('hint')}</p>
    </div>
  );
}
