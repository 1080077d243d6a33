import { RESERVATION_CODE_ALPHABET } from '@kakanai/domain';
import { Fragment, useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const CODE_LENGTH = 8;
const GROUP = 4;
// Eight to a row: the digits, then the letters, so the keys fall where a resident looks for them.
const ROWS = Array.from({ length: Math.ceil(RESERVATION_CODE_ALPHABET.length / 8) }, (_, row) =>
  RESERVATION_CODE_ALPHABET.slice(row * 8, row * 8 + 8).split(''),
);

/** 'K7Q2-9M' for typed symbols 'K7Q29M': the hyphen appears by itself after four. */
export function formatTypedCode(symbols: string): string {
  return symbols.length > GROUP ? `${symbols.slice(0, GROUP)}-${symbols.slice(GROUP)}` : symbols;
}

/**
 * The booking code typed on large keys made of the code's own alphabet, so nobody hunts for an O
 * that codes never contain. A hardware keyboard or a USB barcode reader types into it too.
 */
export function CodeKeypad({
  value,
  onChange,
  onSubmit,
  pending,
}: {
  /** The typed symbols, without the hyphen. */
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const complete = value.length === CODE_LENGTH;
  const type = (symbol: string) => {
    if (value.length < CODE_LENGTH) onChange(value + symbol);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || pending) return;
    const key = event.key.toUpperCase();
    if (key.length === 1 && RESERVATION_CODE_ALPHABET.includes(key)) {
      event.preventDefault();
      type(key);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      onChange(value.slice(0, -1));
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

  const boxes = Array.from({ length: CODE_LENGTH }, (_, i) => value[i] ?? '');
  return (
    <div className="keypad">
      <div className="code-display">
        <span id="typed-code-label" className="code-display-label">
          {t('kiosk.checkIn.codeLabel')}
        </span>
        <output className="visually-hidden" aria-labelledby="typed-code-label">
          {formatTypedCode(value)}
        </output>
        <span className="code-boxes" aria-hidden="true">
          {boxes.map((symbol, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a box is its place in the code
            <Fragment key={i}>
              {i === GROUP ? <span className="code-hyphen">-</span> : null}
              <span
                className={`code-box${symbol ? ' code-box--filled' : ''}${i === value.length ? ' code-box--next' : ''}`}
              >
                {symbol}
              </span>
            </Fragment>
          ))}
        </span>
      </div>
      <fieldset className="keypad-keys">
        <legend className="visually-hidden">{t('kiosk.checkIn.keysLabel')}</legend>
        {ROWS.map((row) => (
          <div key={row.join('')} className="keypad-row">
            {row.map((symbol) => (
              <button
                key={symbol}
                type="button"
                className="keypad-key"
                disabled={pending || complete}
                onClick={() => type(symbol)}
              >
                {symbol}
              </button>
            ))}
          </div>
        ))}
      </fieldset>
      <div className="keypad-actions">
        <button
          type="button"
          className="keypad-key keypad-key--edit"
          disabled={pending || value.length === 0}
          onClick={() => onChange(value.slice(0, -1))}
        >
          <span aria-hidden="true">⌫ </span>
          {t('kiosk.checkIn.deleteOne')}
        </button>
        <button
          type="button"
          className="keypad-key keypad-key--edit"
          disabled={pending || value.length === 0}
          onClick={() => onChange('')}
        >
          {t('kiosk.checkIn.clear')}
        </button>
        <button
          type="button"
          className="primary keypad-submit"
          disabled={pending || !complete}
          onClick={onSubmit}
        >
          {pending ? t('kiosk.checkIn.checking') : t('kiosk.checkIn.submit')}
        </button>
      </div>
    </div>
  );
}
