import type { StaffingResponse } from '@kakanai/contracts';
import { ProblemWithRetry } from '@kakanai/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TargetBadge } from './figure-cards.tsx';
import { formatDecimal, formatMinutesValue, formatShare } from './format.ts';
import { useStaffing } from './queries.ts';

export interface StaffingInputs {
  arrivalsPerHour: number;
  serviceMinutes: number;
  targetMinutes: number;
  /** 0–1 */
  targetShare: number;
}

type Field = keyof StaffingInputs;

/** What each field accepts; the server's limits, and a share typed as a percentage. */
const LIMITS: Record<Field, { min: number; max: number; step: number }> = {
  arrivalsPerHour: { min: 0, max: 10_000, step: 1 },
  serviceMinutes: { min: 0.1, max: 480, step: 0.1 },
  targetMinutes: { min: 0, max: 480, step: 1 },
  targetShare: { min: 1, max: 100, step: 1 },
};
const FIELDS: readonly Field[] = ['arrivalsPerHour', 'serviceMinutes', 'targetMinutes', 'targetShare'];

/**
 * What if 30 residents came in an hour and each took 12 minutes: how many windows keep 80% of
 * waits under 15 minutes? The server answers by Erlang C; the calculator shows the fewest
 * windows, the chance of waiting, the mean wait and the share called in time — or says plainly
 * that no number of windows keeps up.
 */
export function StaffingCalculator({ defaults }: { defaults: StaffingInputs }) {
  const { t } = useTranslation('console', { keyPrefix: 'stats.staffing' });
  const id = useId();
  const asText = (inputs: StaffingInputs): Record<Field, string> => ({
    arrivalsPerHour: String(inputs.arrivalsPerHour),
    serviceMinutes: String(inputs.serviceMinutes),
    targetMinutes: String(inputs.targetMinutes),
    targetShare: String(Math.round(inputs.targetShare * 100)),
  });
  const [values, setValues] = useState(() => asText(defaults));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [asked, setAsked] = useState<StaffingInputs>(defaults);
  const staffing = useStaffing(asked);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const numbers = {} as Record<Field, number>;
    for (const field of FIELDS) {
      const value = Number(values[field].replace(',', '.'));
      const { min, max } = LIMITS[field];
      if (values[field].trim() === '' || !Number.isFinite(value) || value < min || value > max) {
        found[field] = t('outOfRange', { min, max });
      }
      numbers[field] = value;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${FIELDS.find((f) => found[f])}`)?.focus();
      return;
    }
    setAsked({ ...numbers, targetShare: numbers.targetShare / 100 });
  };

  return (
    <div className="staffing">
      <form className="staffing__form" onSubmit={submit} noValidate>
        {FIELDS.map((field) => (
          <div key={field} className="staffing__field">
            <label htmlFor={`${id}-${field}`}>{t(`field.${field}`)}</label>
            <div className="input-with-unit">
              <input
                id={`${id}-${field}`}
                type="number"
                inputMode="decimal"
                min={LIMITS[field].min}
                max={LIMITS[field].max}
                step={LIMITS[field].step}
                value={values[field]}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
                onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              />
              <span className="input-unit" aria-hidden="true">
                {t(`unit.${field}`)}
              </span>
            </div>
            {errors[field] && (
              <p id={`${id}-${field}-error`} className="field-error">
                {errors[field]}
              </p>
            )}
          </div>
        ))}
        <button type="submit" className="primary staffing__submit">
          {t('calculate')}
        </button>
      </form>

      <div className="staffing__result" aria-live="polite">
        {staffing.isError ? (
          <ProblemWithRetry error={staffing.error} onRetry={() => void staffing.refetch()} />
        ) : staffing.data ? (
          <StaffingResult result={staffing.data} updating={staffing.isFetching} />
        ) : null}
      </div>
    </div>
  );
}

function StaffingResult({ result, updating }: { result: StaffingResponse; updating: boolean }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.staffing' });
  const lang = i18n.language;
  return (
    <div className={updating ? 'is-updating' : undefined}>
      <p className="staffing__lead">
        {t('lead', {
          arrivals: formatDecimal(result.arrivalsPerHour, lang),
          minutes: formatDecimal(result.serviceMinutes, lang),
          traffic: formatDecimal(result.trafficErlangs, lang),
        })}
      </p>
      <dl className="staffing__figures">
        <div className="staffing__windows">
          <dt>{t('windows')}</dt>
          <dd>
            {result.overloaded
              ? t('windowsOverloaded', { count: result.windows })
              : t('windowsCount', { count: result.windows })}
          </dd>
        </div>
        <div>
          <dt>{t('probabilityOfWaiting')}</dt>
          <dd>{formatShare(result.probabilityOfWaiting, lang)}</dd>
        </div>
        <div>
          <dt>{t('meanWait')}</dt>
          <dd>
            {result.meanWaitMinutes === null
              ? t('unbounded')
              : t('minutes', { value: formatMinutesValue(result.meanWaitMinutes, lang) })}
          </dd>
        </div>
        <div>
          <dt>{t('serviceLevel', { minutes: result.targetMinutes })}</dt>
          <dd>
            {formatShare(result.serviceLevel, lang)}{' '}
            <TargetBadge met={result.meetsTarget}>
              {result.meetsTarget
                ? t('meets', { share: formatShare(result.targetShare, lang) })
                : t('misses', { share: formatShare(result.targetShare, lang) })}
            </TargetBadge>
          </dd>
        </div>
      </dl>
      {result.overloaded && (
        <p className="notice staffing__overloaded" role="note">
          {t('overloaded', { count: result.windows })}
        </p>
      )}
    </div>
  );
}
