import { useTranslation } from 'react-i18next';
import { formatDecimal, formatShare } from '../format.ts';
import { AxisTitle, HorizontalGrid } from './axes.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { labelStride, linearScale, niceTicks } from './scale.ts';

export interface ForecastPoint {
  hour: number;
  /** Expected arrivals, bookings included. */
  expected: number;
  /** Of those, residents who have already booked. */
  booked: number;
  /** Windows needed to meet the service-level target that hour. */
  windows: number;
  /** The service level those windows should give (0–1). */
  serviceLevel: number;
}

const PLOT_HEIGHT = 200;
const MARGIN = { top: 28, left: 48, right: 12 };
const STRIP = 34;

/**
 * The chosen day's expected arrivals hour by hour — bookings already made at the foot of each bar,
 * the expected walk-ins stacked on top — and under the time axis, the windows to open that hour,
 * written as numbers in a strip: what a manager needs to draw up the day's rota.
 */
export function ForecastChart({
  hours,
  title,
  windowsTitle,
}: {
  hours: readonly ForecastPoint[];
  title: string;
  /** What the strip of numbers is, with the target it is sized for. */
  windowsTitle: string;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.forecast' });
  const lang = i18n.language;
  const total = hours.reduce((sum, h) => sum + h.expected, 0);
  const booked = hours.reduce((sum, h) => sum + h.booked, 0);
  const peak = hours.reduce<ForecastPoint | undefined>(
    (p, h) => (!p || h.windows > p.windows ? h : p),
    undefined,
  );
  const summary =
    total > 0 && peak
      ? t('summary', {
          total: formatDecimal(total, lang, 0),
          booked: formatDecimal(booked, lang, 0),
          windows: peak.windows,
          hour: t('hourLabel', { hour: peak.hour }),
        })
      : t('empty');

  return (
    <ChartFigure
      title={title}
      summary={summary}
      legend={[
        { label: t('booked'), mark: 'bar-dark' },
        { label: t('walkIns'), mark: 'bar' },
      ]}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hour')}</th>
              <th scope="col">{t('expected')}</th>
              <th scope="col">{t('booked')}</th>
              <th scope="col">{t('windows')}</th>
              <th scope="col">{t('serviceLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hour}>
                <th scope="row">{t('hourLabel', { hour: h.hour })}</th>
                <td>{formatDecimal(h.expected, lang)}</td>
                <td>{formatDecimal(h.booked, lang)}</td>
                <td>{h.windows}</td>
                <td>{formatShare(h.serviceLevel, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      className="chart--wide"
    >
      {(width) => {
        const left = MARGIN.left;
        const right = width - MARGIN.right;
        const top = MARGIN.top;
        const bottom = top + PLOT_HEIGHT;
        const band = (right - left) / Math.max(1, hours.length);
        const x = (index: number) => left + band * (index + 0.5);
        const ticks = niceTicks(Math.max(0, ...hours.map((h) => h.expected)), 4);
        const y = linearScale(ticks.at(-1)!, bottom, top);
        const stride = labelStride(hours.length, right - left, lang.startsWith('en') ? 44 : 36);
        const barWidth = Math.max(3, Math.min(band * 0.64, 48));
        const stripTop = bottom + 48;
        const height = stripTop + STRIP + 6;
        return (
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            className="chart-svg"
            aria-hidden="true"
          >
            <AxisTitle x={4} y={top - 14} anchor="start" className="axis-title--bars">
              {t('arrivalsAxis')}
            </AxisTitle>
            <HorizontalGrid
              ticks={ticks}
              y={y}
              left={left}
              right={right}
              format={(v) => formatDecimal(v, lang)}
            />
            {hours.map((h, index) => {
              const bookedTop = y(Math.min(h.booked, h.expected));
              const expectedTop = y(h.expected);
              return (
                <g key={h.hour}>
                  <rect
                    x={x(index) - barWidth / 2}
                    y={bookedTop}
                    width={barWidth}
                    height={Math.max(0, bottom - bookedTop)}
                    className="bar bar--dark"
                  />
                  <rect
                    x={x(index) - barWidth / 2}
                    y={expectedTop}
                    // A hairline of white between the two parts keeps them apart in any colour scheme.
                    height={Math.max(0, bookedTop - expectedTop - (h.booked > 0 ? 1 : 0))}
                    width={barWidth}
                    className="bar"
                  />
                </g>
              );
            })}
            {hours.map((h, index) =>
              index % stride === 0 ? (
                <text key={h.hour} x={x(index)} y={bottom + 18} textAnchor="middle" className="tick-label">
                  {t('hourTick', { hour: h.hour })}
                </text>
              ) : null,
            )}
            <text x={left} y={stripTop - 8} className="strip-title">
              {windowsTitle}
            </text>
            {hours.map((h, index) => (
              <g key={h.hour}>
                <rect
                  x={left + band * index + 1}
                  y={stripTop}
                  width={Math.max(0, band - 2)}
                  height={STRIP}
                  rx={4}
                  className="strip-cell"
                />
                <text
                  x={x(index)}
                  y={stripTop + STRIP / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  className="strip-value"
                >
                  {h.windows}
                </text>
              </g>
            ))}
          </svg>
        );
      }}
    </ChartFigure>
  );
}
