import { useTranslation } from 'react-i18next';
import { useNotificationPermission } from './call-alerts.ts';

/** "Notify me": asks for permission while the resident waits, so a call reaches a pocketed phone. */
export function NotifyPanel() {
  const { t } = useTranslation();
  const { permission, request } = useNotificationPermission();
  if (permission === 'unsupported') return null;
  return (
    <section className="notify-panel" aria-labelledby="notify-heading">
      <h2 id="notify-heading">{t('ticket.notify.heading')}</h2>
      {permission === 'granted' ? (
        <p className="notify-on">
          <span aria-hidden="true">✓ </span>
          {t('ticket.notify.on')}
        </p>
      ) : permission === 'denied' ? (
        <p>{t('ticket.notify.denied')}</p>
      ) : (
        <>
          <p>{t('ticket.notify.body')}</p>
          <button type="button" className="primary" onClick={() => void request()}>
            {t('ticket.notify.enable')}
          </button>
        </>
      )}
      <p className="muted notify-keep-open">{t('ticket.notify.keepOpen')}</p>
    </section>
  );
}
