import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePinDigit, isPinComplete, PIN_LENGTH, typePinDigit } from './pin-entry.ts';

// The layout of a phone and a bank's ATM, which is where residents have typed PINs before.
const ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/**
 * Four dots and large digit keys for the card's PIN. The digits are never shown, nor spoken:
 * screen readers hear how many are typed. A hardware keyboard types into it too.
 */
export function PinPad({
  pin,
  onChange,
  onSubmit,
  pending,
}: {
  pin: string;
  onChange: (pin: string) => void;
  onSubmit: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const complete = isPinComplete(pin);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || pending) return;
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault();
      onChange(typePinDigit(pin, event.key));
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      onChange(deletePinDigit(pin));
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && complete) {
      event.preventDefault();
      onSubmit();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const digitKey = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="pin-key"
      disabled={pending || complete}
      onClick={() => onChange(typePinDigit(pin, digit))}
    >
      {digit}
    </button>
  );

  return (
    <div className="pin-pad">
      <div className="pin-display">
        <span id="pin-display-label" className="pin-display-label">
          {t('counterTablet.card.pinLabel')}
        </span>
        <output className="visually-hidden" aria-labelledby="pin-display-label" aria-live="polite">
          {t('counterTablet.card.typedCount', { count: pin.length, length: PIN_LENGTH })}
        </output>
        <span className="pin-dots" aria-hidden="true" data-testid="pin-dots">
          {Array.from({ length: PIN_LENGTH }, (_, i) => (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: a box is its place in the PIN
              key={i}
              className={`pin-dot${i < pin.length ? ' pin-dot--filled' : ''}${i === pin.length ? ' pin-dot--next' : ''}`}
            />
          ))}
        </span>
      </div>
      <fieldset className="pin-keys">
        <legend className="visually-hidden">{t('counterTablet.card.keysLabel')}</legend>
        {ROWS.map((row) => row.map(digitKey))}
        <button
          type="button"
          className="pin-key pin-key--edit"
          disabled={pending || pin.length === 0}
          onClick={() => onChange(deletePinDigit(pin))}
        >
          <span className="pin-key-icon" aria-hidden="true">
            ⌫
          </span>
          {t('counterTablet.card.deleteOne')}
        </button>
        {digitKey('0')}
        <button
          type="button"
          className="pin-key pin-key--edit"
          disabled={pending || pin.length === 0}
          onClick={() => onChange('')}
        >
          {t('counterTablet.card.clear')}
        </button>
      </fieldset>
      <button type="button" className="primary pin-submit" disabled={pending || !complete} onClick={onSubmit}>
        {pending ? t('counterTablet.card.reading') : t('counterTablet.card.read')}
      </button>
    </div>
  );
}
