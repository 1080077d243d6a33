import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../format.ts';
import { ChartFigure } from './chart-figure.tsx';
import { niceTicks } from './scale.ts';

export interface HeatmapRow {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Arrivals per such weekday, one per entry of `hours`. */
  values: readonly number[];
}

/** Monday first: the working week as a city hall lives it. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];
const CELL_HEIGHT = 32;
const ROW_LABEL = 40;
const TOP = 22;
const CLASS_COUNT = 5;

/**
 * Weekday × hour of day: where the week's crowds are. Values fall into a few classes with round
 * bounds (0–10, 10–20 …), shown in a legend; a light-to-dark blue ramp, and each cell also
 * writes its number when there is room, so the chart never relies on telling shades apart.
 */
export function HeatmapChart({ rows, hours }: { rows: readonly HeatmapRow[]; hours: readonly number[] }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.heatmap' });
  const lang = i18n.language;
  const shown = WEEK_ORDER.map((weekday) => rows.find((r) => r.weekday === weekday)).filter(
    (row): row is HeatmapRow => Boolean(row?.values.some((v) => v > 0)),
  );
  const max = Math.max(0, ...shown.flatMap((row) => row.values));
  const bounds = niceTicks(max, CLASS_COUNT);
  const classOf = (value: number) => {
    if (value <= 0) return -1;
    const index = bounds.findIndex((bound, i) => i > 0 && value <= bound);
    return Math.max(0, (index === -1 ? bounds.length - 1 : index) - 1);
  };
  // Spread the classes in use over the whole ramp, so three classes still run light to dark.
  const shade = (klass: number) =>
    klass < 0 ? 0 : 1 + Math.round((klass * 5) / Math.max(1, bounds.length - 2));

  let peak: { weekday: number; hour: number; value: number } | undefined;
  for (const row of shown) {
    row.values.forEach((value, index) => {
      if (!peak || value > peak.value) peak = { weekday: row.weekday, hour: hours[index]!, value };
    });
  }
  const summary = peak
    ? t('summary', {
        weekday: t(`weekdayLong.${peak.weekday}`),
        hour: t('hourLabel', { hour: peak.hour }),
        value: formatDecimal(peak.value, lang),
      })
    : t('empty');

  return (
    <ChartFigure
      title={t('title')}
      summary={summary}
      table={
        <table>
          <caption>{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weekdayColumn')}</th>
              {hours.map((hour) => (
                <th key={hour} scope="col">
                  {t('hourLabel', { hour })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.weekday}>
                <th scope="row">{t(`weekdayLong.${row.weekday}`)}</th>
                {row.values.map((value, index) => (
                  <td key={hours[index]}>{formatDecimal(value, lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
      className="chart--heatmap"
    >
      {(width) => {
        const cellWidth = (width - ROW_LABEL) / Math.max(1, hours.length);
        const height = TOP + CELL_HEIGHT * shown.length + 4;
        const showNumbers = cellWidth >= 30;
        const labelEvery = cellWidth >= 30 ? 1 : cellWidth >= 16 ? 2 : 3;
        return (
          <>
            <svg
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
              className="chart-svg"
              aria-hidden="true"
            >
              {hours.map((hour, index) =>
                index % labelEvery === 0 ? (
                  <text
                    key={hour}
                    x={ROW_LABEL + cellWidth * (index + 0.5)}
                    y={TOP - 8}
                    textAnchor="middle"
                    className="tick-label"
                  >
                    {t('hourTick', { hour })}
                  </text>
                ) : null,
              )}
              {shown.map((row, rowIndex) => {
                const y = TOP + rowIndex * CELL_HEIGHT;
                return (
                  <g key={row.weekday}>
                    <text
                      x={ROW_LABEL - 10}
                      y={y + CELL_HEIGHT / 2}
                      dy="0.35em"
                      textAnchor="end"
                      className="row-label"
                    >
                      {t(`weekday.${row.weekday}`)}
                    </text>
                    {row.values.map((value, index) => {
                      const level = shade(classOf(value));
                      return (
                        <g key={hours[index]}>
                          <rect
                            x={ROW_LABEL + cellWidth * index + 1}
                            y={y + 1}
                            width={Math.max(0, cellWidth - 2)}
                            height={CELL_HEIGHT - 2}
                            rx={3}
                            className={`heat heat--${level}`}
                          />
                          {showNumbers && value > 0 && (
                            <text
                              x={ROW_LABEL + cellWidth * (index + 0.5)}
                              y={y + CELL_HEIGHT / 2}
                              dy="0.35em"
                              textAnchor="middle"
                              className={`heat-value${level >= 5 ? ' heat-value--light' : ''}`}
                            >
                              {formatDecimal(value, lang, value < 10 ? 1 : 0)}
                            </text>
                          )}
                        </g>
                      );
                    })}
                  </g>
                );
              })}
            </svg>
            <HeatmapLegend bounds={bounds} shade={shade} />
          </>
        );
      }}
    </ChartFigure>
  );
}

function HeatmapLegend({ bounds, shade }: { bounds: readonly number[]; shade: (klass: number) => number }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.heatmap' });
  const lang = i18n.language;
  return (
    <div className="heat-legend">
      <span className="heat-legend__title">{t('legend')}</span>
      <ul>
        <li>
          <span className="heat-swatch heat--0" />
          {t('none')}
        </li>
        {bounds.slice(1).map((bound, index) => (
          <li key={bound}>
            <span className={`heat-swatch heat--${shade(index)}`} />
            {t('classRange', { from: formatDecimal(bounds[index]!, lang), to: formatDecimal(bound, lang) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
