import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMinutesValue } from '../format.ts';
import { AxisTitle, HorizontalGrid, linePath } from './axes.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { labelStride, linearScale, niceTicks } from './scale.ts';

export interface HourlyPoint {
  hour: number;
  /** Arrivals in that hour per open day of the range. */
  arrivalsPerDay: number;
  /** Mean wait of those arrivals; null when nobody came. */
  meanWaitMinutes: number | null;
}

const HEIGHT = 260;
const MARGIN = { top: 28, right: 44, bottom: 30, left: 44 };

/**
 * When residents arrive and how long they wait, hour by hour: arrivals per day as bars on the
 * left axis, the mean wait as a line with points on the right axis. The two series differ in
 * shape as well as colour, and each axis title sits over its own side in its series' colour.
 */
export function HourlyChart({ points }: { points: readonly HourlyPoint[] }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.hourly' });
  const lang = i18n.language;
  const busiest = points.reduce<HourlyPoint | undefined>(
    (best, point) => (!best || point.arrivalsPerDay > best.arrivalsPerDay ? point : best),
    undefined,
  );
  const longest = points.reduce<HourlyPoint | undefined>(
    (best, point) =>
      point.meanWaitMinutes !== null && (!best || point.meanWaitMinutes > (best.meanWaitMinutes ?? 0))
        ? point
        : best,
    undefined,
  );
  const summary =
    busiest && busiest.arrivalsPerDay > 0
      ? t('summary', {
          hour: t('hourLabel', { hour: busiest.hour }),
          arrivals: formatDecimal(busiest.arrivalsPerDay, lang),
          waitHour: t('hourLabel', { hour: longest?.hour ?? busiest.hour }),
          wait: formatMinutesValue(longest?.meanWaitMinutes ?? 0, lang),
        })
      : t('empty');

  return (
    <ChartFigure
      title={t('title')}
      summary={summary}
      legend={[
        { label: t('arrivals'), mark: 'bar' },
        { label: t('meanWait'), mark: 'line' },
      ]}
      table={
        <table>
          <caption>{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hour')}</th>
              <th scope="col">{t('arrivals')}</th>
              <th scope="col">{t('meanWait')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.hour}>
                <th scope="row">{t('hourLabel', { hour: point.hour })}</th>
                <td>{formatDecimal(point.arrivalsPerDay, lang)}</td>
                <td>
                  {point.meanWaitMinutes === null
                    ? '–'
                    : t('minutes', { value: formatMinutesValue(point.meanWaitMinutes, lang) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => <HourlyDrawing points={points} width={width} />}
    </ChartFigure>
  );
}

function HourlyDrawing({ points, width }: { points: readonly HourlyPoint[]; width: number }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.hourly' });
  const lang = i18n.language;
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const band = (right - left) / Math.max(1, points.length);

  const arrivalTicks = niceTicks(Math.max(...points.map((p) => p.arrivalsPerDay), 0), 4);
  const waitTicks = niceTicks(Math.max(...points.map((p) => p.meanWaitMinutes ?? 0), 0), 4);
  // Both axes get the same number of steps, so their labels share the gridlines.
  const steps = Math.max(arrivalTicks.length, waitTicks.length) - 1;
  const arrivalMax = (arrivalTicks[1] ?? 1) * steps;
  const waitMax = (waitTicks[1] ?? 1) * steps;
  const yArrivals = linearScale(arrivalMax, bottom, top);
  const yWait = linearScale(waitMax, bottom, top);
  const gridArrivals = Array.from({ length: steps + 1 }, (_, i) => (arrivalTicks[1] ?? 1) * i);
  const gridWait = Array.from({ length: steps + 1 }, (_, i) => (waitTicks[1] ?? 1) * i);
  const stride = labelStride(points.length, right - left, lang.startsWith('en') ? 44 : 36);
  const x = (index: number) => left + band * index + band / 2;

  return (
    <svg
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      className="chart-svg"
      aria-hidden="true"
    >
      <HorizontalGrid
        ticks={gridArrivals}
        y={yArrivals}
        left={left}
        right={right}
        format={(v) => formatDecimal(v, lang)}
      />
      <HorizontalGrid
        ticks={gridWait}
        y={yWait}
        left={left}
        right={right}
        side="right"
        labelsOnly
        format={(v) => formatMinutesValue(v, lang)}
      />
      <AxisTitle x={left - 6} y={top - 14} anchor="start" className="axis-title--bars">
        {t('arrivalsAxis')}
      </AxisTitle>
      <AxisTitle x={right + 6} y={top - 14} anchor="end" className="axis-title--line">
        {t('waitAxis')}
      </AxisTitle>
      {points.map((point, index) => {
        const barWidth = Math.max(2, Math.min(band * 0.64, 48));
        const y = yArrivals(point.arrivalsPerDay);
        return (
          <rect
            key={point.hour}
            className="bar"
            x={x(index) - barWidth / 2}
            y={y}
            width={barWidth}
            height={Math.max(0, bottom - y)}
          />
        );
      })}
      <path
        className="series-line"
        d={linePath(
          points.map((point, index) =>
            point.meanWaitMinutes === null ? undefined : { x: x(index), y: yWait(point.meanWaitMinutes) },
          ),
        )}
      />
      {points.map((point, index) =>
        point.meanWaitMinutes === null ? null : (
          <circle
            key={point.hour}
            className="series-point"
            cx={x(index)}
            cy={yWait(point.meanWaitMinutes)}
            r={3.5}
          />
        ),
      )}
      {points.map((point, index) =>
        index % stride === 0 ? (
          <text key={point.hour} x={x(index)} y={bottom + 18} textAnchor="middle" className="tick-label">
            {t('hourTick', { hour: point.hour })}
          </text>
        ) : null,
      )}
    </svg>
  );
}
