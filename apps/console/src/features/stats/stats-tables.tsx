import type { SummaryResponse } from '@kakanai/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMinutesValue, formatShare, mediumDate } from './format.ts';
import { type Column, SortableTable } from './sortable-table.tsx';

type ServiceRow = SummaryResponse['byService'][number] & { name: string };
type DayRow = SummaryResponse['daily'][number];

/** A long list of days is left off paper: the CSV export is the way to keep it. */
export const PRINTED_DAYS_MAX = 62;

/** Every service's numbers side by side; sorts on any column. */
export function ServiceTable({
  services,
  nameOf,
  targetMinutes,
}: {
  services: SummaryResponse['byService'];
  nameOf: (serviceId: string) => string;
  targetMinutes: number;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.serviceTable' });
  const lang = i18n.language;
  const minutes = (value: number) => t('minutes', { value: formatMinutesValue(value, lang) });
  const rows = useMemo(() => services.map((s) => ({ ...s, name: nameOf(s.serviceId) })), [services, nameOf]);
  const columns: Column<ServiceRow>[] = [
    { key: 'name', header: t('service'), render: (r) => r.name, sortValue: (r) => r.name },
    {
      key: 'visits',
      header: t('visits'),
      render: (r) => formatCount(r.visits, lang),
      sortValue: (r) => r.visits,
      numeric: true,
    },
    {
      key: 'served',
      header: t('served'),
      render: (r) => formatCount(r.served, lang),
      sortValue: (r) => r.served,
      numeric: true,
    },
    {
      key: 'noShows',
      header: t('noShows'),
      render: (r) => formatCount(r.noShows, lang),
      sortValue: (r) => r.noShows,
      numeric: true,
    },
    {
      key: 'transfers',
      header: t('transfers'),
      render: (r) => formatCount(r.transfers, lang),
      sortValue: (r) => r.transfers,
      numeric: true,
    },
    {
      key: 'waitMean',
      header: t('waitMean'),
      render: (r) => minutes(r.waitMinutes.mean),
      sortValue: (r) => r.waitMinutes.mean,
      numeric: true,
    },
    {
      key: 'waitP90',
      header: t('waitP90'),
      render: (r) => minutes(r.waitMinutes.p90),
      sortValue: (r) => r.waitMinutes.p90,
      numeric: true,
    },
    {
      key: 'serviceMean',
      header: t('serviceMean'),
      render: (r) => minutes(r.serviceMinutes.mean),
      sortValue: (r) => r.serviceMinutes.mean,
      numeric: true,
    },
    {
      key: 'serviceLevel',
      header: t('serviceLevel', { minutes: targetMinutes }),
      render: (r) => formatShare(r.serviceLevel, lang),
      sortValue: (r) => r.serviceLevel,
      numeric: true,
    },
  ];
  return (
    <SortableTable
      caption={t('caption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.serviceId}
      rowHeader="name"
      initialSort={{ key: 'visits', direction: 'descending' }}
    />
  );
}

/** The range day by day; sorts on any column (the busiest days, the longest waits). */
export function DailyTable({ days }: { days: SummaryResponse['daily'] }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.dailyTable' });
  const lang = i18n.language;
  const columns: Column<DayRow>[] = [
    {
      key: 'date',
      header: t('date'),
      render: (r) =>
        `${mediumDate(r.date, lang)} (${t(`weekday.${new Date(`${r.date}T00:00:00Z`).getUTCDay()}`)})`,
      sortValue: (r) => r.date,
    },
    {
      key: 'visits',
      header: t('visits'),
      render: (r) => formatCount(r.visits, lang),
      sortValue: (r) => r.visits,
      numeric: true,
    },
    {
      key: 'waitMean',
      header: t('waitMean'),
      render: (r) => t('minutes', { value: formatMinutesValue(r.waitMean, lang) }),
      sortValue: (r) => r.waitMean,
      numeric: true,
    },
    {
      key: 'serviceLevel',
      header: t('serviceLevel'),
      render: (r) => formatShare(r.serviceLevel, lang),
      sortValue: (r) => r.serviceLevel,
      numeric: true,
    },
  ];
  return (
    <>
      <SortableTable
        caption={t('caption')}
        columns={columns}
        rows={days}
        rowKey={(r) => r.date}
        rowHeader="date"
        initialSort={{ key: 'date', direction: 'descending' }}
        className={`table-scroll--narrow${days.length > PRINTED_DAYS_MAX ? ' no-print' : ''}`}
      />
      {days.length > PRINTED_DAYS_MAX && (
        <p className="print-only print-note">{t('notPrinted', { count: days.length })}</p>
      )}
    </>
  );
}
