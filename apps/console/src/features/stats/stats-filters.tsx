import type { Office, Service, WindowRef } from '@kakanai/contracts';
import { isLocalDate, type LocalDate } from '@kakanai/domain';
import { localized } from '@kakanai/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkedRange, type DateRange, MAX_RANGE_DAYS, RANGE_PRESETS } from './date-ranges.ts';
import type { StatsParams, TicketSource } from './stats-params.ts';

interface StatsFiltersProps {
  offices: readonly Office[];
  officeId: string;
  params: StatsParams;
  range: DateRange;
  today: LocalDate;
  services: readonly Service[];
  windows: readonly Pick<WindowRef, 'id' | 'number' | 'name'>[];
  onChange: (change: Partial<StatsParams>) => void;
}

/**
 * What the figures cover: office, dates (a preset or any from–to), service, window and whether
 * the resident had booked. Every change is a new URL, so the view can be shared.
 */
export function StatsFilters({
  offices,
  officeId,
  params,
  range,
  today,
  services,
  windows,
  onChange,
}: StatsFiltersProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.filters' });
  const lang = i18n.language;
  const id = useId();

  return (
    <fieldset className="toolbar stats-filters">
      <legend className="visually-hidden">{t('label')}</legend>
      <div className="toolbar__field">
        <label htmlFor={`${id}-office`}>{t('office')}</label>
        <select id={`${id}-office`} value={officeId} onChange={(e) => onChange({ officeId: e.target.value })}>
          {offices.map((office) => (
            <option key={office.id} value={office.id}>
              {localized(office.name, lang)}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="stats-filters__range">
        <legend className="stats-filters__label">{t('range')}</legend>
        <div className="range-presets">
          {RANGE_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="chip"
              aria-pressed={params.range === preset}
              onClick={() => onChange({ range: preset })}
            >
              {t(`preset.${preset}`)}
            </button>
          ))}
        </div>
        <CustomRange range={range} today={today} onChange={onChange} />
      </fieldset>

      <div className="toolbar__field">
        <label htmlFor={`${id}-service`}>{t('service')}</label>
        <select
          id={`${id}-service`}
          value={params.serviceId ?? ''}
          onChange={(e) => onChange({ serviceId: e.target.value || undefined })}
        >
          <option value="">{t('allServices')}</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.ticketPrefix} {localized(service.name, lang)}
            </option>
          ))}
        </select>
      </div>

      <div className="toolbar__field">
        <label htmlFor={`${id}-window`}>{t('window')}</label>
        <select
          id={`${id}-window`}
          value={params.windowId ?? ''}
          onChange={(e) => onChange({ windowId: e.target.value || undefined })}
        >
          <option value="">{t('allWindows')}</option>
          {windows.map((window) => (
            <option key={window.id} value={window.id}>
              {localized(window.name, lang)}
            </option>
          ))}
        </select>
      </div>

      <div className="toolbar__field">
        <label htmlFor={`${id}-source`}>{t('source')}</label>
        <select
          id={`${id}-source`}
          value={params.source ?? ''}
          onChange={(e) => onChange({ source: (e.target.value || undefined) as TicketSource | undefined })}
        >
          <option value="">{t('allSources')}</option>
          <option value="reservation">{t('sourceReservation')}</option>
          <option value="walk_in">{t('sourceWalkIn')}</option>
        </select>
      </div>
    </fieldset>
  );
}

/** The from–to dates: typing one makes the range custom, once both make a range the server takes. */
function CustomRange({
  range,
  today,
  onChange,
}: {
  range: DateRange;
  today: LocalDate;
  onChange: (change: Partial<StatsParams>) => void;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'stats.filters' });
  const id = useId();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  // A preset picked, or a link followed: the dates show the new range. Not a remount (a key),
  // which would take the focus from a date field while it is being typed in.
  const [shown, setShown] = useState(range);
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setFrom(range.from);
    setTo(range.to);
  }
  const typed = from !== range.from || to !== range.to;
  const valid = checkedRange(from, to);
  const problem =
    typed && !valid && isLocalDate(from) && isLocalDate(to) ? (from > to ? 'order' : 'tooLong') : undefined;

  const change = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    const next = checkedRange(nextFrom, nextTo);
    if (next) onChange({ range: 'custom', custom: next });
  };

  return (
    <div className="custom-range">
      <label htmlFor={`${id}-from`} className="visually-hidden">
        {t('from')}
      </label>
      <input
        id={`${id}-from`}
        type="date"
        value={from}
        max={today}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => change(e.target.value, to)}
      />
      <span aria-hidden="true">〜</span>
      <label htmlFor={`${id}-to`} className="visually-hidden">
        {t('to')}
      </label>
      <input
        id={`${id}-to`}
        type="date"
        value={to}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => change(from, e.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {t(`rangeProblem.${problem}`, { days: MAX_RANGE_DAYS })}
        </p>
      )}
    </div>
  );
}
