import type { Office, Service } from '@kakanai/contracts';
import { addDays, isLocalDate, type LocalDate } from '@kakanai/domain';
import { localized } from '@kakanai/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DayToolbarProps {
  offices: readonly Office[];
  officeId: string;
  date: LocalDate;
  today: LocalDate;
  services: readonly Service[];
  serviceId: string | undefined;
  showEmpty: boolean;
  onChange: (change: {
    officeId?: string;
    date?: LocalDate;
    serviceId?: string | undefined;
    showEmpty?: boolean;
  }) => void;
}

/** Which office, day and service the list shows, and whether empty slots are listed. */
export function DayToolbar({
  offices,
  officeId,
  date,
  today,
  services,
  serviceId,
  showEmpty,
  onChange,
}: DayToolbarProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'reservations' });
  const id = useId();

  return (
    <fieldset className="toolbar">
      <legend className="visually-hidden">{t('filters')}</legend>
      <div className="toolbar__field">
        <label htmlFor={`${id}-office`}>{t('office')}</label>
        <select id={`${id}-office`} value={officeId} onChange={(e) => onChange({ officeId: e.target.value })}>
          {offices.map((office) => (
            <option key={office.id} value={office.id}>
              {localized(office.name, i18n.language)}
            </option>
          ))}
        </select>
      </div>

      <div className="toolbar__field toolbar__field--date">
        <label htmlFor={`${id}-date`}>{t('date')}</label>
        <div className="date-stepper">
          <button
            type="button"
            className="compact step"
            title={t('previousDay')}
            onClick={() => onChange({ date: addDays(date, -1) })}
          >
            <Chevron direction="left" />
            <span className="visually-hidden">{t('previousDay')}</span>
          </button>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            required
            onChange={(e) => {
              if (isLocalDate(e.target.value)) onChange({ date: e.target.value });
            }}
          />
          <button
            type="button"
            className="compact step"
            title={t('nextDay')}
            onClick={() => onChange({ date: addDays(date, 1) })}
          >
            <Chevron direction="right" />
            <span className="visually-hidden">{t('nextDay')}</span>
          </button>
          <button
            type="button"
            className="compact"
            disabled={date === today}
            onClick={() => onChange({ date: today })}
          >
            {t('today')}
          </button>
        </div>
      </div>

      <div className="toolbar__field">
        <label htmlFor={`${id}-service`}>{t('service')}</label>
        <select
          id={`${id}-service`}
          value={serviceId ?? ''}
          onChange={(e) => onChange({ serviceId: e.target.value || undefined })}
        >
          <option value="">{t('allServices')}</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.ticketPrefix} {localized(service.name, i18n.language)}
            </option>
          ))}
        </select>
      </div>

      <div className="toolbar__check">
        <input
          id={`${id}-empty`}
          type="checkbox"
          checked={showEmpty}
          onChange={(e) => onChange({ showEmpty: e.target.checked })}
        />
        <label htmlFor={`${id}-empty`}>{t('showEmpty')}</label>
      </div>
    </fieldset>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg className="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={direction === 'left' ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.25"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
