import type { StatsQuery, SummaryResponse } from '@kakanai/contracts';
import { addDays } from '@kakanai/domain';
import { LoadingState, localized, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyOffices, useServices } from '../../app/catalog.ts';
import { todayAt } from '../../app/office-time.ts';
import { PageTitle } from '../../app/page-title.tsx';
import { shortServiceName } from '../../app/service-name.ts';
import { useNow } from '../../app/use-now.ts';
import { useStaffUser } from '../auth/session.ts';
import { ChartPatterns } from './charts/chart-figure.tsx';
import { DailyTrendChart } from './charts/daily-trend-chart.tsx';
import { HeatmapChart } from './charts/heatmap-chart.tsx';
import { HourlyChart } from './charts/hourly-chart.tsx';
import { ServiceChart } from './charts/service-chart.tsx';
import { WaitHistogram } from './charts/wait-histogram.tsx';
import { daysIn } from './date-ranges.ts';
import { ExportLinks } from './export-links.tsx';
import { FigureCards } from './figure-cards.tsx';
import { ForbiddenNotice } from './forbidden-notice.tsx';
import { ForecastPanel } from './forecast-panel.tsx';
import { mediumDate } from './format.ts';
import { ProcedureTimesPanel } from './procedure-times-panel.tsx';
import { useOfficeWindows, useStatsSummary } from './queries.ts';
import { StaffingCalculator } from './staffing-calculator.tsx';
import { STATS_ROLES } from './stats-access.ts';
import { StatsFilters } from './stats-filters.tsx';
import {
  dailyPoints,
  heatmapRows,
  hourlyPoints,
  hoursWithArrivals,
  peakArrivalsPerHour,
  waitBins,
} from './stats-model.ts';
import { rangeOf, useStatsParams } from './stats-params.ts';
import { DailyTable, ServiceTable } from './stats-tables.tsx';
import './stats.css';

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/** The manager dashboard, for managers and administrators; anyone else is told it isn't theirs. */
export function StatsPage() {
  const user = useStaffUser();
  return STATS_ROLES.includes(user.role) ? <Dashboard /> : <ForbiddenNotice />;
}

/**
 * Waiting and service times, service level, arrivals by hour and weekday, per service and day,
 * for the office, dates and filters in the URL; the time per procedure from the call to acceptance;
 * then the forecast for a day and the windows it needs, and a what-if calculator. Prints on A4 with the filters as one line.
 */
function Dashboard() {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats' });
  const lang = i18n.language;
  const [params, setParams] = useStatsParams();
  const now = useNow(60_000);

  const offices = useMyOffices();
  const office = offices.mine.find((o) => o.id === params.officeId) ?? offices.mine[0];
  const timeZone = office?.timeZone ?? DEFAULT_TIME_ZONE;
  const today = todayAt(timeZone, new Date(now));
  const tomorrow = addDays(today, 1);
  const range = rangeOf(params, today);

  const services = useServices(office?.id);
  const windows = useOfficeWindows(office?.id);
  const serviceList = services.data?.services ?? [];
  const windowList = windows.data ?? [];
  // An id from an old link that the office no longer has is dropped once the lists are known.
  const serviceId =
    services.data && !serviceList.some((s) => s.id === params.serviceId) ? undefined : params.serviceId;
  const windowId =
    windows.data && !windowList.some((w) => w.id === params.windowId) ? undefined : params.windowId;

  const query: StatsQuery | undefined = office
    ? {
        officeId: office.id,
        from: range.from,
        to: range.to,
        ...(serviceId ? { serviceId } : {}),
        ...(windowId ? { windowId } : {}),
        ...(params.source ? { source: params.source } : {}),
      }
    : undefined;
  const summary = useStatsSummary(query);

  const serviceNames = useMemo(() => new Map(serviceList.map((s) => [s.id, s.name])), [serviceList]);
  const fullName = useCallback(
    (id: string) => {
      const name = serviceNames.get(id);
      return name ? localized(name, lang) : id;
    },
    [serviceNames, lang],
  );
  const shortName = useCallback(
    (id: string) => {
      const name = serviceNames.get(id);
      return name ? shortServiceName(name, lang) : id;
    },
    [serviceNames, lang],
  );

  const windowName = (id: string) => {
    const found = windowList.find((w) => w.id === id);
    return found ? localized(found.name, lang) : id;
  };

  if (offices.isPending) return <LoadingState />;
  if (offices.isError) return <ProblemMessage error={offices.error} />;
  if (!office || !query) {
    return (
      <>
        <PageTitle page={t('title')} />
        <h1>{t('title')}</h1>
        <p className="notice">{t('noOffices')}</p>
      </>
    );
  }

  const scope = [
    localized(office.name, lang),
    t('scope.range', {
      from: mediumDate(range.from, lang),
      to: mediumDate(range.to, lang),
      count: daysIn(range),
    }),
    serviceId ? fullName(serviceId) : t('filters.allServices'),
    windowId ? windowName(windowId) : t('filters.allWindows'),
    params.source === 'reservation'
      ? t('filters.sourceReservation')
      : params.source === 'walk_in'
        ? t('filters.sourceWalkIn')
        : t('filters.allSources'),
  ].join(t('scope.separator'));

  return (
    <div className="stats-page">
      <PageTitle page={t('title')} />
      <ChartPatterns />
      <div className="page-head stats-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="stats-scope">{scope}</p>
        </div>
        <div className="stats-head__actions no-print">
          <ExportLinks query={query} />
          <button type="button" className="compact" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </div>

      <StatsFilters
        offices={offices.mine}
        officeId={office.id}
        params={{ ...params, serviceId, windowId }}
        range={range}
        today={today}
        services={serviceList}
        windows={windowList}
        onChange={setParams}
      />

      {summary.isPending ? (
        <LoadingState />
      ) : summary.isError ? (
        <ProblemWithRetry error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <div
          className={`stats-body${summary.isPlaceholderData ? ' is-updating' : ''}`}
          aria-busy={summary.isPlaceholderData || undefined}
        >
          <SummarySections summary={summary.data} shortName={shortName} fullName={fullName} />
        </div>
      )}

      <ProcedureTimesPanel query={query} />

      <section className="stats-section stats-section--forecast" aria-labelledby="stats-forecast">
        <h2 id="stats-forecast">{t('sections.forecast')}</h2>
        <p className="section-lead">{t('forecast.lead')}</p>
        <ForecastPanel
          officeId={office.id}
          serviceId={serviceId}
          date={params.forecastDate ?? tomorrow}
          tomorrow={tomorrow}
          nameOf={fullName}
          onDateChange={(forecastDate) => setParams({ forecastDate })}
        />
        <h3 className="subsection-title">{t('staffing.title')}</h3>
        <p className="section-lead">{t('staffing.intro')}</p>
        {summary.data && (
          <StaffingCalculator
            key={office.id}
            defaults={{
              arrivalsPerHour: peakArrivalsPerHour(summary.data) || 20,
              serviceMinutes: Math.round((summary.data.serviceMinutes.mean || 10) * 10) / 10,
              targetMinutes: summary.data.serviceLevel.targetMinutes,
              targetShare: summary.data.serviceLevel.targetShare,
            }}
          />
        )}
      </section>
    </div>
  );
}

function SummarySections({
  summary,
  shortName,
  fullName,
}: {
  summary: SummaryResponse;
  shortName: (id: string) => string;
  fullName: (id: string) => string;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'stats' });
  const hours = useMemo(() => hoursWithArrivals(summary), [summary]);
  const hourly = useMemo(() => hourlyPoints(summary, hours), [summary, hours]);
  const heatmap = useMemo(() => heatmapRows(summary, hours), [summary, hours]);
  const days = useMemo(() => dailyPoints(summary), [summary]);
  const bins = useMemo(() => waitBins(summary), [summary]);
  const services = useMemo(
    () =>
      summary.byService.map((s) => ({
        serviceId: s.serviceId,
        name: shortName(s.serviceId),
        visits: s.visits,
        waitP90Minutes: s.waitMinutes.p90,
        serviceLevel: s.serviceLevel,
        targetMinutes: summary.serviceLevel.targetMinutes,
      })),
    [summary, shortName],
  );

  return (
    <>
      <section className="stats-section" aria-labelledby="stats-figures">
        <h2 id="stats-figures">{t('sections.figures')}</h2>
        <FigureCards summary={summary} openDays={summary.daily.length} />
      </section>

      {summary.visits === 0 ? (
        <p className="empty-day">{t('noVisits')}</p>
      ) : (
        <>
          <section className="stats-section" aria-labelledby="stats-when">
            <h2 id="stats-when">{t('sections.when')}</h2>
            <div className="chart-grid">
              <HourlyChart points={hourly} />
              <HeatmapChart rows={heatmap} hours={hours} />
            </div>
          </section>

          <section className="stats-section" aria-labelledby="stats-daily">
            <h2 id="stats-daily">{t('sections.daily')}</h2>
            <DailyTrendChart days={days} />
            <DailyTable days={summary.daily} />
          </section>

          <section className="stats-section" aria-labelledby="stats-services">
            <h2 id="stats-services">{t('sections.services')}</h2>
            <div className="chart-grid">
              <ServiceChart services={services} />
              <WaitHistogram
                bins={bins}
                targetMinutes={summary.serviceLevel.targetMinutes}
                serviceLevel={summary.serviceLevel.share}
              />
            </div>
            <ServiceTable
              services={summary.byService}
              nameOf={fullName}
              targetMinutes={summary.serviceLevel.targetMinutes}
            />
          </section>
        </>
      )}
    </>
  );
}
