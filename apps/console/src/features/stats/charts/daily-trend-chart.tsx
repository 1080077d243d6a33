import { addDays, type LocalDate, weekdayOf } from '@kakanai/domain';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMinutesValue, monthLabel, shortDate } from '../format.ts';
import { AxisTitle, HorizontalGrid, linePath } from './axes.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { linearScale, niceTicks } from './scale.ts';

export interface DailyPoint {
  date: string;
  visits: number;
  /** Null on a day nobody waited (closed). */
  meanWaitMinutes: number | null;
}

const MARGIN = { left: 48, right: 16 };
const VISITS_HEIGHT = 150;
const WAIT_HEIGHT = 110;
const GAP = 34;
const AXIS = 38;

/**
 * The range day by day, as two panels on one time axis: visits as bars (week by week, per open
 * day, when the range is longer than a quarter), the mean wait as a line below. Two panels instead of two
 * y-axes: each value reads against its own scale, and the eye still lines up a busy day with its
 * wait. The wait line joins open days across closed ones; a closed day never drops it to zero.
 */
export function DailyTrendChart({ days }: { days: readonly DailyPoint[] }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.daily' });
  const lang = i18n.language;
  const open = days.filter((day) => day.visits > 0);
  const busiest = open.reduce<DailyPoint | undefined>(
    (b, d) => (!b || d.visits > b.visits ? d : b),
    undefined,
  );
  const longest = open.reduce<DailyPoint | undefined>(
    (b, d) => (d.meanWaitMinutes !== null && (!b || d.meanWaitMinutes > (b.meanWaitMinutes ?? 0)) ? d : b),
    undefined,
  );
  const summary =
    busiest && longest
      ? t('summary', {
          count: open.length,
          busiest: shortDate(busiest.date, lang),
          visits: formatCount(busiest.visits, lang),
          longest: shortDate(longest.date, lang),
          wait: formatMinutesValue(longest.meanWaitMinutes ?? 0, lang),
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
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('visits')}</th>
              <th scope="col">{t('meanWait')}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((day) => (
              <tr key={day.date}>
                <th scope="row">{shortDate(day.date, lang)}</th>
                <td>{formatCount(day.visits, lang)}</td>
                <td>
                  {day.meanWaitMinutes === null
                    ? '–'
                    : t('minutes', { value: formatMinutesValue(day.meanWaitMinutes, lang) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      className="chart--wide"
    >
      {(width) => <DailyDrawing days={days} width={width} />}
    </ChartFigure>
  );
}

/** One bar of the drawing: a day, or for long ranges a week (Monday to Sunday). */
interface TrendBar {
  start: LocalDate;
  end: LocalDate;
  /** Visits that day; for a week, visits per open day. */
  visits: number;
  meanWaitMinutes: number | null;
}

/** Past this many days, bars become weeks: a bar per day would be thinner than a pixel and dip to zero every weekend. */
const WEEKLY_FROM_DAYS = 92;

function trendBars(days: readonly DailyPoint[]): { grain: 'day' | 'week'; bars: TrendBar[] } {
  if (days.length <= WEEKLY_FROM_DAYS) {
    return { grain: 'day', bars: days.map((d) => ({ start: d.date, end: d.date, ...d })) };
  }
  const weeks = new Map<LocalDate, { end: LocalDate; visits: number; open: number; waitSum: number }>();
  for (const day of days) {
    const monday = addDays(day.date, -((weekdayOf(day.date) + 6) % 7));
    const week = weeks.get(monday) ?? { end: day.date, visits: 0, open: 0, waitSum: 0 };
    week.end = day.date;
    if (day.visits > 0) {
      week.visits += day.visits;
      week.open += 1;
      week.waitSum += (day.meanWaitMinutes ?? 0) * day.visits;
    }
    weeks.set(monday, week);
  }
  return {
    grain: 'week',
    bars: [...weeks].map(([start, w]) => ({
      start,
      end: w.end,
      visits: w.open > 0 ? w.visits / w.open : 0,
      // Weighted by visits: a busy day's wait counts for more people.
      meanWaitMinutes: w.visits > 0 ? w.waitSum / w.visits : null,
    })),
  };
}

function DailyDrawing({ days, width }: { days: readonly DailyPoint[]; width: number }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.daily' });
  const lang = i18n.language;
  const { grain, bars } = trendBars(days);
  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const band = (right - left) / Math.max(1, bars.length);
  const x = (index: number) => left + band * (index + 0.5);
  const barWidth = Math.max(1.5, Math.min(band * 0.7, 28));

  const visitsTop = 22;
  const visitsBottom = visitsTop + VISITS_HEIGHT;
  const waitTop = visitsBottom + GAP;
  const waitBottom = waitTop + WAIT_HEIGHT;
  const height = waitBottom + AXIS;

  const visitTicks = niceTicks(Math.max(0, ...bars.map((d) => d.visits)), 4);
  const waitTicks = niceTicks(Math.max(0, ...bars.map((d) => d.meanWaitMinutes ?? 0)), 3);
  const yVisits = linearScale(visitTicks.at(-1)!, visitsBottom, visitsTop);
  const yWait = linearScale(waitTicks.at(-1)!, waitBottom, waitTop);
  const ticks = timeTicks(bars, grain, right - left, lang);

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="chart-svg"
      aria-hidden="true"
    >
      <AxisTitle x={4} y={visitsTop - 10} anchor="start" className="axis-title--bars">
        {grain === 'week' ? t('visitsAxisWeekly') : t('visitsAxis')}
      </AxisTitle>
      <HorizontalGrid
        ticks={visitTicks}
        y={yVisits}
        left={left}
        right={right}
        format={(v) => formatCount(v, lang)}
      />
      {bars.map((bar, index) => {
        const y = yVisits(bar.visits);
        return (
          <rect
            key={bar.start}
            className="bar"
            x={x(index) - barWidth / 2}
            y={y}
            width={barWidth}
            height={Math.max(0, visitsBottom - y)}
          />
        );
      })}

      <AxisTitle x={4} y={waitTop - 10} anchor="start" className="axis-title--line">
        {grain === 'week' ? t('waitAxisWeekly') : t('waitAxis')}
      </AxisTitle>
      <HorizontalGrid
        ticks={waitTicks}
        y={yWait}
        left={left}
        right={right}
        format={(v) => formatMinutesValue(v, lang)}
      />
      <path
        className="series-line"
        d={linePath(
          bars.flatMap((bar, i) =>
            bar.meanWaitMinutes === null ? [] : [{ x: x(i), y: yWait(bar.meanWaitMinutes) }],
          ),
        )}
      />
      {band >= 8 &&
        bars.map((bar, i) =>
          bar.meanWaitMinutes === null ? null : (
            <circle
              key={bar.start}
              className="series-point"
              cx={x(i)}
              cy={yWait(bar.meanWaitMinutes)}
              r={3}
            />
          ),
        )}

      {ticks.map(({ index, label }) => (
        <g key={bars[index]!.start}>
          <line x1={x(index)} x2={x(index)} y1={waitBottom} y2={waitBottom + 5} className="tick-mark" />
          <text x={x(index)} y={waitBottom + 19} textAnchor="middle" className="tick-label">
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * Where to label the time axis: every day when there's room, else Mondays, else each month (at
 * the bar holding its 1st); labels never closer than they are wide, nor cut off at the ends.
 */
function timeTicks(bars: readonly TrendBar[], grain: 'day' | 'week', available: number, lang: string) {
  const perBar = available / Math.max(1, bars.length);
  const ticks: { index: number; label: string }[] = [];
  let last: { at: number; width: number } | undefined;
  const push = (index: number, label: string) => {
    const at = perBar * (index + 0.5);
    const width = labelWidth(label);
    if (last && at - last.at < (last.width + width) / 2 + 8) return;
    if (at < width / 2 - MARGIN.left || at > available + MARGIN.right - width / 2) return;
    ticks.push({ index, label });
    last = { at, width };
  };
  const dayLabel = (date: LocalDate) => shortDate(date, lang, { weekday: false });
  const widest = labelWidth(dayLabel('2026-12-28'));
  const everyDay = grain === 'day' && perBar >= widest + 8;
  const mondays = grain === 'day' && perBar * 7 >= widest + 8;
  for (const [index, bar] of bars.entries()) {
    if (everyDay) push(index, dayLabel(bar.start));
    else if (mondays) {
      if (weekdayOf(bar.start) === 1) push(index, dayLabel(bar.start));
    } else {
      const first = firstOfMonthIn(bar.start, bar.end);
      // The year on January, and on the first label, so a range across New Year reads right.
      if (first)
        push(index, monthLabel(first, lang, { year: first.slice(5, 7) === '01' || ticks.length === 0 }));
    }
  }
  return ticks;
}

/** About how wide a 12 px label is: Japanese characters are square, digits and Latin letters about half. */
function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += char.charCodeAt(0) > 0x2000 ? 12 : 7;
  return width;
}

/** The 1st of a month within start…end, if there is one. */
function firstOfMonthIn(start: LocalDate, end: LocalDate): LocalDate | undefined {
  if (start.endsWith('-01')) return start;
  const nextFirst = `${addDays(`${start.slice(0, 8)}01`, 32).slice(0, 8)}01`;
  return nextFirst <= end ? nextFirst : undefined;
}
