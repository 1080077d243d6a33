import { useTranslation } from 'react-i18next';

/** "‹ 戻る", large enough for a thumb. */
export function KioskBackButton({ onClick, label }: { onClick: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="kiosk-back" onClick={onClick}>
      <span aria-hidden="true">‹ </span>
      {label ?? t('back', { ns: 'common' })}
    </button>
  );
}
