import { useTranslation } from 'react-i18next';
import { formatCount, formatMinutesValue, formatShare } from '../format.ts';
import { ChartFigure } from './chart-figure.tsx';
import { linearScale, niceTicks } from './scale.ts';

export interface ServicePoint {
  serviceId: string;
  name: string;
  visits: number;
  waitP90Minutes: number;
  /** Share called within the target, 0–1. */
  serviceLevel: number;
  targetMinutes: number;
}

const ROW = 46;
const HEAD = 30;
/** The two number columns; narrower on a phone so the bars keep some length. */
const columnWidth = (width: number) => (width < 480 ? 66 : 84);
const PAD = 8;

/**
 * Each service's visits as a horizontal bar, busiest first, with its 90th-percentile wait and its
 * service level written beside it: the bar says where the work is, the numbers say where
 * residents wait too long.
 */
export function ServiceChart({ services }: { services: readonly ServicePoint[] }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.byService' });
  const lang = i18n.language;
  const rows = services.filter((s) => s.visits > 0).toSorted((a, b) => b.visits - a.visits);
  const worst = rows.reduce<ServicePoint | undefined>(
    (w, s) => (!w || s.waitP90Minutes > w.waitP90Minutes ? s : w),
    undefined,
  );
  const summary =
    rows[0] && worst
      ? t('summary', {
          busiest: rows[0].name,
          visits: formatCount(rows[0].visits, lang),
          slowest: worst.name,
          p90: formatMinutesValue(worst.waitP90Minutes, lang),
        })
      : t('empty');

  return (
    <ChartFigure
      title={t('title')}
      summary={summary}
      legend={[{ label: t('visits'), mark: 'bar' }]}
      table={
        <table>
          <caption>{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('service')}</th>
              <th scope="col">{t('visits')}</th>
              <th scope="col">{t('p90')}</th>
              <th scope="col">{t('serviceLevel', { minutes: rows[0]?.targetMinutes ?? 15 })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.serviceId}>
                <th scope="row">{s.name}</th>
                <td>{formatCount(s.visits, lang)}</td>
                <td>{t('minutes', { value: formatMinutesValue(s.waitP90Minutes, lang) })}</td>
                <td>{formatShare(s.serviceLevel, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const COLUMN = columnWidth(width);
        const barLeft = PAD;
        const barRight = width - 2 * COLUMN - PAD;
        const ticks = niceTicks(Math.max(0, ...rows.map((s) => s.visits)), 4);
        const x = linearScale(ticks.at(-1)!, barLeft, barRight);
        const height = HEAD + ROW * rows.length + 6;
        return (
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            className="chart-svg"
            aria-hidden="true"
          >
            <text x={barLeft} y={HEAD - 12} className="axis-title axis-title--bars">
              {t('visitsAxis')}
            </text>
            <text x={width - COLUMN - COLUMN / 2} y={HEAD - 12} textAnchor="middle" className="axis-title">
              {t('p90Short')}
            </text>
            <text x={width - COLUMN / 2} y={HEAD - 12} textAnchor="middle" className="axis-title">
              {t('serviceLevelShort', { minutes: rows[0]?.targetMinutes ?? 15 })}
            </text>
            <line x1={barLeft} x2={width} y1={HEAD - 4} y2={HEAD - 4} className="rule" />
            {rows.map((s, index) => {
              const y = HEAD + index * ROW;
              const end = x(s.visits);
              const label = formatCount(s.visits, lang);
              // The count sits after the bar, or inside it when the bar reaches the columns.
              const inside = end + 8 + label.length * 8 > barRight;
              return (
                <g key={s.serviceId}>
                  <text x={barLeft} y={y + 15} className="row-label row-label--name">
                    {s.name}
                  </text>
                  <rect
                    x={barLeft}
                    y={y + 22}
                    width={Math.max(1, end - barLeft)}
                    height={16}
                    className="bar"
                  />
                  <text
                    x={inside ? end - 6 : end + 6}
                    y={y + 30}
                    dy="0.35em"
                    textAnchor={inside ? 'end' : 'start'}
                    className={`bar-value${inside ? ' bar-value--inside' : ''}`}
                  >
                    {label}
                  </text>
                  <text
                    x={width - COLUMN - COLUMN / 2}
                    y={y + 30}
                    dy="0.35em"
                    textAnchor="middle"
                    className="cell-value"
                  >
                    {t('minutes', { value: formatMinutesValue(s.waitP90Minutes, lang) })}
                  </text>
                  <text
                    x={width - COLUMN / 2}
                    y={y + 30}
                    dy="0.35em"
                    textAnchor="middle"
                    className="cell-value"
                  >
                    {formatShare(s.serviceLevel, lang)}
                  </text>
                  {index < rows.length - 1 && (
                    <line x1={barLeft} x2={width} y1={y + ROW} y2={y + ROW} className="row-rule" />
                  )}
                </g>
              );
            })}
          </svg>
        );
      }}
    </ChartFigure>
  );
}
