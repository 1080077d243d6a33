import type { Office, Service, WindowState } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shortServiceName } from '../../app/service-name.ts';

interface WindowPickerProps {
  offices: Office[];
  officeId: string;
  windows: WindowState[];
  windowId: string | undefined;
  services: Map<string, Service>;
  onChange: (change: { officeId: string; windowId?: string }) => void;
}

/** Which office and window this PC works for; only the offices the staff member belongs to. */
export function WindowPicker({
  offices,
  officeId,
  windows,
  windowId,
  services,
  onChange,
}: WindowPickerProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'counter.picker' });
  const id = useId();
  const serviceNames = (window: WindowState) =>
    window.serviceIds
      .map((serviceId) => services.get(serviceId))
      .filter((service): service is Service => Boolean(service))
      .map((service) => shortServiceName(service.name, i18n.language))
      .join('・');

  return (
    <fieldset className="window-picker">
      <legend className="visually-hidden">{t('label')}</legend>
      {offices.length > 1 && (
        <div className="window-picker__field">
          <label htmlFor={`${id}-office`}>{t('office')}</label>
          <select
            id={`${id}-office`}
            value={officeId}
            onChange={(event) => onChange({ officeId: event.target.value })}
          >
            {offices.map((office) => (
              <option key={office.id} value={office.id}>
                {localized(office.name, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="window-picker__field">
        <label htmlFor={`${id}-window`}>{t('window')}</label>
        <select
          id={`${id}-window`}
          value={windowId ?? ''}
          onChange={(event) => onChange({ officeId, windowId: event.target.value || undefined })}
        >
          <option value="" disabled={Boolean(windowId)}>
            {t('chooseWindow')}
          </option>
          {windows.map((window) => (
            <option key={window.id} value={window.id}>
              {t('windowOption', {
                name: localized(window.name, i18n.language),
                services: serviceNames(window),
              })}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
