import type { Office } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** Which office's windows to show or book: a short list, so a plain drop-down. */
export function OfficePicker({
  id,
  offices,
  value,
  onChange,
  hint,
}: {
  id: string;
  offices: Office[];
  value: string;
  onChange: (officeId: string) => void;
  hint?: string;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  return (
    <div className="field office-picker">
      <label htmlFor={id}>{t('guide.office')}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {offices.map((office) => (
          <option key={office.id} value={office.id}>
            {localized(office.name, i18n.language)}
          </option>
        ))}
      </select>
    </div>
  );
}
