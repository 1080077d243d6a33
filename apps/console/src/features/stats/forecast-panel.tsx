import type { ForecastResponse } from '@kakanai/contracts';
import { addDays, isLocalDate, type LocalDate } from '@kakanai/domain';
import { LoadingState, ProblemWithRetry } from '@kakanai/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { longDate } from '../../app/office-time.ts';
import { ForecastChart } from './charts/forecast-chart.tsx';
import { formatDecimal, formatMinutesValue, shortDate } from './format.ts';
import { useStatsForecast } from './queries.ts';

interface ForecastPanelProps {
  officeId: string;
  serviceId: string | undefined;
  date: LocalDate;
  tomorrow: LocalDate;
  nameOf: (serviceId: string) => string;
  onDateChange: (date: LocalDate | undefined) => void;
}

/**
 * A day's expected arrivals and the windows to open, from the server's forecast: the peaks it
 * applied in words (月初, 連休明け …), the past days it averaged, and per service the load and
 * the service time it assumed.
 */
export function ForecastPanel({
  officeId,
  serviceId,
  date,
  tomorrow,
  nameOf,
  onDateChange,
}: ForecastPanelProps) {
  const { t } = useTranslation('console', { keyPrefix: 'stats.forecast' });
  const id = useId();
  const forecast = useStatsForecast({ officeId, date, ...(serviceId ? { serviceId } : {}) });
  // Tomorrow is the default, so it stays out of the URL: a link shared today still means tomorrow.
  const pick = (next: LocalDate) => onDateChange(next === tomorrow ? undefined : next);

  return (
    <div className="forecast">
      <div className="forecast__pick">
        <label htmlFor={`${id}-date`}>{t('date')}</label>
        <div className="date-stepper">
          <button
            type="button"
            className="compact step"
            title={t('previousDay')}
            onClick={() => pick(addDays(date, -1))}
          >
            <Chevron direction="left" />
            <span className="visually-hidden">{t('previousDay')}</span>
          </button>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => {
              if (isLocalDate(e.target.value)) pick(e.target.value);
            }}
          />
          <button
            type="button"
            className="compact step"
            title={t('nextDay')}
            onClick={() => pick(addDays(date, 1))}
          >
            <Chevron direction="right" />
            <span className="visually-hidden">{t('nextDay')}</span>
          </button>
          <button
            type="button"
            className="compact"
            disabled={date === tomorrow}
            onClick={() => pick(tomorrow)}
          >
            {t('tomorrow')}
          </button>
        </div>
      </div>

      {forecast.isPending ? (
        <LoadingState />
      ) : forecast.isError ? (
        <ProblemWithRetry error={forecast.error} onRetry={() => void forecast.refetch()} />
      ) : (
        <div className={forecast.isPlaceholderData ? 'is-updating' : undefined}>
          <ForecastBody forecast={forecast.data} nameOf={nameOf} />
        </div>
      )}
    </div>
  );
}

function ForecastBody({ forecast, nameOf }: { forecast: ForecastResponse; nameOf: (id: string) => string }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.forecast' });
  const lang = i18n.language;
  const day = longDate(forecast.date, lang);
  if (!forecast.open) {
    return <p className="closed-day forecast__closed">{t('closed', { date: day })}</p>;
  }
  return (
    <>
      <div className="forecast__basis">
        <p className="forecast__factors">
          {forecast.factors.length > 0
            ? t('factors', {
                factors: forecast.factors
                  .map((f) =>
                    t('factor', { name: t(`peak.${f.name}`), factor: formatDecimal(f.factor, lang, 2) }),
                  )
                  .join(t('listSeparator')),
              })
            : t('noFactors')}
        </p>
        <p className="muted">
          {forecast.basis.length > 0
            ? t('basis', {
                count: forecast.basis.length,
                from: shortDate(forecast.basis[0]!, lang, { weekday: false }),
                to: shortDate(forecast.basis.at(-1)!, lang, { weekday: false }),
              })
            : t('noBasis')}{' '}
          {t('target', {
            minutes: forecast.targetMinutes,
            share: formatDecimal(forecast.targetShare * 100, lang, 0),
          })}
        </p>
      </div>
      <ForecastChart
        hours={forecast.hours}
        title={t('chartTitle', { date: day })}
        windowsTitle={t('windowsTitle', {
          minutes: forecast.targetMinutes,
          share: formatDecimal(forecast.targetShare * 100, lang, 0),
        })}
      />
      {forecast.services.length > 0 && (
        <div className="table-scroll">
          <table className="stats-table">
            <caption>{t('servicesCaption', { date: day })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('service')}</th>
                <th scope="col" className="numeric">
                  {t('expectedDay')}
                </th>
                <th scope="col" className="numeric">
                  {t('serviceMinutes')}
                </th>
                <th scope="col" className="numeric">
                  {t('peakWindows')}
                </th>
              </tr>
            </thead>
            <tbody>
              {forecast.services.map((s) => (
                <tr key={s.serviceId}>
                  <th scope="row">{nameOf(s.serviceId)}</th>
                  <td className="numeric">{t('people', { value: formatDecimal(s.expected, lang, 0) })}</td>
                  <td className="numeric">
                    {t('minutes', { value: formatMinutesValue(s.serviceMinutes, lang) })}
                  </td>
                  <td className="numeric">{t('windowsCount', { count: s.peakWindows })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
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
