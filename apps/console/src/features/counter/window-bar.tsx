import type { Service, WindowState } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

type WindowStatus = WindowState['status'];

interface WindowBarProps {
  window: WindowState;
  services: Service[];
  pending: boolean;
  onStatus: (status: WindowStatus) => void;
}

const STATUS_ACTIONS: { status: WindowStatus; labelKey: string }[] = [
  { status: 'open', labelKey: 'open' },
  { status: 'paused', labelKey: 'pause' },
  { status: 'closed', labelKey: 'close' },
];

/** The window this PC works for: its number, the services it handles, and open / pause / close. */
export function WindowBar({ window, services, pending, onStatus }: WindowBarProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'counter.window' });
  return (
    <section className={`window-bar window-bar--${window.status}`} aria-labelledby="window-bar-title">
      <h2 id="window-bar-title" className="window-bar__title">
        {localized(window.name, i18n.language)}
      </h2>
      <ul className="window-bar__services" aria-label={t('services')}>
        {services.map((service) => (
          <li key={service.id}>
            <span className="service-prefix" aria-hidden="true">
              {service.ticketPrefix}
            </span>
            {localized(service.name, i18n.language)}
          </li>
        ))}
      </ul>
      <p className={`window-status window-status--${window.status}`}>
        <span className="visually-hidden">{t('statusLabel')}</span>
        {t(`status.${window.status}`)}
      </p>
      <fieldset className="window-bar__actions">
        <legend className="visually-hidden">{t('statusGroup')}</legend>
        {STATUS_ACTIONS.map(({ status, labelKey }) => (
          <button
            key={status}
            type="button"
            className="compact"
            aria-pressed={window.status === status}
            disabled={pending}
            onClick={() => window.status !== status && onStatus(status)}
          >
            {t(labelKey)}
          </button>
        ))}
      </fieldset>
    </section>
  );
}
