import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../format.ts';
import { AxisTitle, HorizontalGrid } from './axes.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { labelStride, linearScale, niceTicks } from './scale.ts';

export interface WaitBin {
  fromMinutes: number;
  /** Undefined for the last, open-ended bin ("60 minutes or more"). */
  toMinutes: number | undefined;
  count: number;
}

const HEIGHT = 250;
const MARGIN = { top: 28, right: 12, bottom: 42, left: 48 };

/**
 * How long residents waited, in 5-minute bins. Bins within the service-level target are solid,
 * bins past it hatched, and a dashed rule marks the target itself, so "most were called within
 * 15 minutes, a tail waited an hour" reads at a glance, in colour or in black and white.
 */
export function WaitHistogram({
  bins,
  targetMinutes,
  serviceLevel,
}: {
  bins: readonly WaitBin[];
  targetMinutes: number;
  /** The share called within the target, as the figures report it (to the minute, not to the bin). */
  serviceLevel: number;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.distribution' });
  const lang = i18n.language;
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  const binLabel = (bin: WaitBin) =>
    bin.toMinutes === undefined
      ? t('binOpen', { from: bin.fromMinutes })
      : t('bin', { from: bin.fromMinutes, to: bin.toMinutes });
  const summary =
    total > 0
      ? t('summary', {
          share: formatShare(serviceLevel, lang),
          minutes: targetMinutes,
          count: total,
          total: formatCount(total, lang),
        })
      : t('empty');

  return (
    <ChartFigure
      title={t('title')}
      summary={summary}
      legend={[
        { label: t('within', { minutes: targetMinutes }), mark: 'bar' },
        { label: t('over', { minutes: targetMinutes }), mark: 'bar-hatched' },
        { label: t('target'), mark: 'rule' },
      ]}
      table={
        <table>
          <caption>{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wait')}</th>
              <th scope="col">{t('residents')}</th>
              <th scope="col">{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.fromMinutes}>
                <th scope="row">{binLabel(bin)}</th>
                <td>{formatCount(bin.count, lang)}</td>
                <td>{total > 0 ? formatShare(bin.count / total, lang) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(width) => {
        const left = MARGIN.left;
        const right = width - MARGIN.right;
        const top = MARGIN.top;
        const bottom = HEIGHT - MARGIN.bottom;
        const band = (right - left) / Math.max(1, bins.length);
        const ticks = niceTicks(Math.max(0, ...bins.map((b) => b.count)), 4);
        const y = linearScale(ticks.at(-1)!, bottom, top);
        const stride = labelStride(bins.length, right - left, 30);
        const targetBin = bins.findIndex(
          (bin) => bin.toMinutes === undefined || bin.toMinutes > targetMinutes,
        );
        const targetX =
          targetBin === -1
            ? right
            : left + band * targetBin + band * ((targetMinutes - bins[targetBin]!.fromMinutes) / 5);
        return (
          <svg
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            className="chart-svg"
            aria-hidden="true"
          >
            <AxisTitle x={4} y={top - 14} anchor="start">
              {t('residentsAxis')}
            </AxisTitle>
            <HorizontalGrid
              ticks={ticks}
              y={y}
              left={left}
              right={right}
              format={(v) => formatCount(v, lang)}
            />
            {bins.map((bin, index) => {
              const over = bin.toMinutes === undefined || bin.toMinutes > targetMinutes;
              const top = y(bin.count);
              return (
                <rect
                  key={bin.fromMinutes}
                  x={left + band * index + 1}
                  y={top}
                  width={Math.max(1, band - 2)}
                  height={Math.max(0, bottom - top)}
                  className={over ? 'bar bar--over' : 'bar'}
                  fill={over ? 'url(#stats-hatch)' : undefined}
                />
              );
            })}
            {band >= 30 &&
              bins.map((bin, index) =>
                bin.count > 0 ? (
                  <text
                    key={bin.fromMinutes}
                    x={left + band * (index + 0.5)}
                    y={y(bin.count) - 5}
                    textAnchor="middle"
                    className="bar-share"
                  >
                    {bin.count / total < 0.01 ? t('underOnePercent') : formatShare(bin.count / total, lang)}
                  </text>
                ) : null,
              )}
            <line x1={targetX} x2={targetX} y1={top - 4} y2={bottom} className="target-rule" />
            <text
              x={targetX + 5}
              y={top + 6}
              className="target-label"
              textAnchor={targetX > right - 90 ? 'end' : 'start'}
              dx={targetX > right - 90 ? -10 : 0}
            >
              {t('targetLabel', { minutes: targetMinutes })}
            </text>
            {bins.map((bin, index) =>
              index % stride === 0 ? (
                <text
                  key={bin.fromMinutes}
                  x={left + band * index}
                  y={bottom + 16}
                  textAnchor="middle"
                  className="tick-label"
                >
                  {bin.fromMinutes}
                </text>
              ) : null,
            )}
            {bins.length % stride === 0 && bins.at(-1)?.toMinutes !== undefined && (
              <text x={right} y={bottom + 16} textAnchor="middle" className="tick-label">
                {bins.at(-1)!.toMinutes}
              </text>
            )}
            <AxisTitle x={(left + right) / 2} y={HEIGHT - 6} anchor="middle">
              {t('waitAxis')}
            </AxisTitle>
          </svg>
        );
      }}
    </ChartFigure>
  );
}
