import type { StatsQuery } from '@kakanai/contracts';
import { LoadingState, localized, ProblemWithRetry } from '@kakanai/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { niceTicks } from './charts/scale.ts';
import { formatCount, formatMinutesValue } from './format.ts';
import {
  APPLICATION_STEPS,
  type ApplicationStep,
  barScaleMinutes,
  longestStep,
  type ProcedureTimeRow,
  procedureTimeRows,
  slowestProcedure,
  stepSegments,
} from './procedure-times-model.ts';
import { useProcedureCatalog, useProcedureStats } from './queries.ts';
import { type Column, SortableTable } from './sortable-table.tsx';

const BAR_WIDTH = 150;
const BAR_HEIGHT = 14;

/**
 * 手続きごとの所要時間: for each procedure, the applications accepted in the range and the minutes
 * from the call to acceptance — the time the city means to halve — with its three steps as a
 * stacked bar, so a manager sees both which procedures take long and where the time goes.
 */
export function ProcedureTimesPanel({ query }: { query: StatsQuery }) {
  const { t } = useTranslation('console', { keyPrefix: 'stats' });
  const figures = useProcedureStats(query);
  return (
    <section className="stats-section" aria-labelledby="stats-procedures">
      <h2 id="stats-procedures">{t('sections.procedures')}</h2>
      <p className="section-lead">{t('procedures.lead')}</p>
      {figures.isPending ? (
        <LoadingState />
      ) : figures.isError ? (
        <ProblemWithRetry error={figures.error} onRetry={() => void figures.refetch()} />
      ) : figures.data.total.applications === 0 ? (
        <p className="empty-day">{t('procedures.empty')}</p>
      ) : (
        <div
          className={figures.isPlaceholderData ? 'is-updating' : undefined}
          aria-busy={figures.isPlaceholderData || undefined}
        >
          <ProcedureTimesTable response={figures.data} />
        </div>
      )}
    </section>
  );
}

function ProcedureTimesTable({
  response,
}: {
  response: NonNullable<ReturnType<typeof useProcedureStats>['data']>;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.procedures' });
  const lang = i18n.language;
  const catalog = useProcedureCatalog();
  const { rows, total } = useMemo(() => {
    // Until the catalog is in (or if it fails), procedures go by their ids.
    const names = new Map(catalog.data?.procedures.map((p) => [p.id, p.name]) ?? []);
    return procedureTimeRows(
      response,
      (id) => {
        const name = names.get(id);
        return name ? localized(name, lang) : undefined;
      },
      t('total'),
    );
  }, [response, catalog.data, lang, t]);
  const scale = barScaleMinutes([...rows, total]);
  const minutes = (value: number) => t('minutes', { value: formatMinutesValue(value, lang) });
  const stepName = (step: ApplicationStep) => t(`step.${step}`);
  const stepsLabel = (row: ProcedureTimeRow) =>
    APPLICATION_STEPS.map((step) => `${stepName(step)} ${minutes(row.steps[step])}`).join(t('listSeparator'));

  const columns: Column<ProcedureTimeRow>[] = [
    { key: 'name', header: t('procedure'), render: (r) => r.name, sortValue: (r) => r.name },
    {
      key: 'applications',
      header: t('applications'),
      render: (r) => formatCount(r.applications, lang),
      sortValue: (r) => r.applications,
      numeric: true,
    },
    {
      key: 'mean',
      header: t('mean'),
      render: (r) => minutes(r.mean),
      sortValue: (r) => r.mean,
      numeric: true,
    },
    {
      key: 'p50',
      header: t('median'),
      render: (r) => minutes(r.p50),
      sortValue: (r) => r.p50,
      numeric: true,
    },
    { key: 'p90', header: t('p90'), render: (r) => minutes(r.p90), sortValue: (r) => r.p90, numeric: true },
    ...APPLICATION_STEPS.map(
      (step): Column<ProcedureTimeRow> => ({
        key: step,
        header: stepName(step),
        render: (r) => minutes(r.steps[step]),
        sortValue: (r) => r.steps[step],
        numeric: true,
      }),
    ),
    {
      key: 'bar',
      header: t('steps', { max: formatMinutesValue(scale, lang) }),
      render: (r) => <StepBar row={r} scale={scale} label={stepsLabel(r)} />,
    },
  ];

  const slowest = slowestProcedure(rows);
  const step = longestStep(total);
  const summary = [
    t('summary', {
      applications: formatCount(total.applications, lang),
      mean: formatMinutesValue(total.mean, lang),
      p90: formatMinutesValue(total.p90, lang),
      step: t(`stepInSentence.${step}`),
      stepMean: formatMinutesValue(total.steps[step], lang),
    }),
    slowest && rows.length > 1
      ? t('slowest', { name: slowest.name, mean: formatMinutesValue(slowest.mean, lang) })
      : '',
  ].join('');

  return (
    <div className="procedure-times">
      <p className="procedure-times__summary">{summary}</p>
      <ul className="chart__legend procedure-times__legend" aria-hidden="true">
        {APPLICATION_STEPS.map((s) => (
          <li key={s}>
            <svg className="chart__legend-mark" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
              <rect x="3" y="1" width="16" height="10" className={`step step--${s}`} />
            </svg>
            {t(`stepLegend.${s}`)}
          </li>
        ))}
      </ul>
      <SortableTable
        caption={t('caption')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.procedureId}
        rowHeader="name"
        initialSort={{ key: 'applications', direction: 'descending' }}
        className="procedure-times__table"
        footer={
          <tr>
            {columns.map((column) =>
              column.key === 'name' ? (
                <th key={column.key} scope="row">
                  {column.render(total)}
                </th>
              ) : (
                <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                  {column.render(total)}
                </td>
              ),
            )}
          </tr>
        }
      />
      <p className="procedure-times__note">{t('note')}</p>
    </div>
  );
}

/**
 * The three steps of one row side by side on the table's scale, with the scale's round minutes
 * marked on the track; the row's cells hold the numbers.
 */
function StepBar({ row, scale, label }: { row: ProcedureTimeRow; scale: number; label: string }) {
  const ticks = niceTicks(scale, 4).slice(1, -1);
  return (
    <svg
      className="step-bar"
      width={BAR_WIDTH}
      height={BAR_HEIGHT}
      viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}
      aria-hidden="true"
    >
      <title>{label}</title>
      <rect x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} className="step-bar__track" />
      {ticks.map((minutes) => {
        const x = (minutes / scale) * BAR_WIDTH;
        return <line key={minutes} x1={x} x2={x} y1={0} y2={BAR_HEIGHT} className="step-bar__tick" />;
      })}
      {stepSegments(row, scale, BAR_WIDTH).map((segment) => (
        <rect
          key={segment.step}
          x={segment.x}
          y={0}
          width={segment.width}
          height={BAR_HEIGHT}
          className={`step step--${segment.step}`}
        />
      ))}
    </svg>
  );
}
