import { normalizePostalCode } from '@kakanai/domain';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../problem-message.tsx';
import { TextField } from '../text-field.tsx';

type Address = { prefecture: string; city: string; town: string };

/** The app's postal-code look-up (its API client's `lookupPostalCode`). */
export type PostalCodeLookup = (postalCode: string) => Promise<{ addresses: Address[] }>;

const addressText = (address: Address) => `${address.prefecture}${address.city}${address.town}`;

/**
 * 郵便番号 with a "住所を検索" button: the city's offline postal data fills the address up to the
 * town, and the resident types only 丁目・番地・建物. A code shared by several towns offers each.
 */
export function PostalCodeField({
  id,
  label,
  badge,
  hint,
  error,
  value,
  onChange,
  onBlur,
  inputRef,
  lookup: lookupPostalCode,
  onFound,
}: {
  id: string;
  label: ReactNode;
  badge?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  lookup?: PostalCodeLookup | undefined;
  /** Called with the address up to the town; no button when there is no address to fill or no look-up. */
  onFound?: ((address: string) => void) | undefined;
}) {
  const { t } = useTranslation('pre-entry');
  const [outcome, setOutcome] = useState<
    { kind: 'filled'; address: string } | { kind: 'none' } | { kind: 'badCode' } | { kind: 'many' }
  >();
  const lookup = useMutation({
    mutationFn: (postalCode: string) => {
      if (!lookupPostalCode) throw new Error('No postal-code look-up');
      return lookupPostalCode(postalCode);
    },
    onSuccess: ({ addresses }) => {
      if (addresses.length === 0) setOutcome({ kind: 'none' });
      else if (addresses.length === 1) fill(addresses[0]!);
      else setOutcome({ kind: 'many' });
    },
  });

  function fill(address: Address) {
    const text = addressText(address);
    onFound?.(text);
    setOutcome({ kind: 'filled', address: text });
  }

  function search() {
    const postalCode = normalizePostalCode(value);
    if (!postalCode) {
      setOutcome({ kind: 'badCode' });
      return;
    }
    if (postalCode !== value) onChange(postalCode);
    setOutcome(undefined);
    lookup.mutate(postalCode);
  }

  const many = outcome?.kind === 'many' ? (lookup.data?.addresses ?? []) : [];
  return (
    <div className="postal-code-field">
      <TextField
        id={id}
        ref={inputRef}
        label={label}
        badge={badge}
        hint={hint}
        error={error}
        className="input-postal-code"
        inputMode="numeric"
        autoComplete="off"
        maxLength={9}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => {
          const postalCode = normalizePostalCode(event.target.value);
          if (postalCode && postalCode !== event.target.value) onChange(postalCode);
          onBlur?.();
        }}
        onKeyDown={(event) => {
          // Enter in the postal code box means "look it up", not "submit the whole form".
          if (event.key === 'Enter' && onFound) {
            event.preventDefault();
            search();
          }
        }}
      />
      {onFound && lookupPostalCode ? (
        <div className="postal-code-lookup">
          <button type="button" onClick={search} disabled={lookup.isPending} aria-busy={lookup.isPending}>
            {lookup.isPending ? t('forms.postal.searching') : t('forms.postal.search')}
          </button>
          <div role="status" className="postal-code-outcome">
            {outcome?.kind === 'filled' ? (
              <p className="postal-code-filled">{t('forms.postal.filled', { address: outcome.address })}</p>
            ) : outcome?.kind === 'none' ? (
              <p>{t('forms.postal.none')}</p>
            ) : outcome?.kind === 'badCode' ? (
              <p>{t('forms.postal.badCode')}</p>
            ) : outcome?.kind === 'many' ? (
              <p>{t('forms.postal.many')}</p>
            ) : null}
          </div>
          {lookup.error ? <ProblemMessage error={lookup.error} /> : null}
          {many.length > 0 ? (
            <ul className="postal-code-choices">
              {many.map((address) => (
                <li key={addressText(address)}>
                  <button type="button" onClick={() => fill(address)}>
                    {addressText(address)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
