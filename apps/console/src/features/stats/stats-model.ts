import type { SummaryResponse } from '@kakanai/contracts';
import { addDays, type LocalDate, weekdayOf } from '@kakanai/domain';
import type { DailyPoint } from './charts/daily-trend-chart.tsx';
import type { HeatmapRow } from './charts/heatmap-chart.tsx';
import type { HourlyPoint } from './charts/hourly-chart.tsx';
import type { WaitBin } from './charts/wait-histogram.tsx';

/** Office hours when nothing has come in yet: a city hall's 8:30–17:15. */
const DEFAULT_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];

/** The hours of the day anyone arrived, first to last with the quiet ones between; office hours when none. */
export function hoursWithArrivals(summary: SummaryResponse): number[] {
  const busy = summary.byHour.filter((h) => h.arrivals > 0).map((h) => h.hour);
  if (busy.length === 0) return DEFAULT_HOURS;
  const first = Math.min(...busy);
  const last = Math.max(...busy);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Arrivals per open day and the mean wait, by hour: a typical day, whatever the range's length. */
export function hourlyPoints(summary: SummaryResponse, hours: readonly number[]): HourlyPoint[] {
  const openDays = Math.max(1, summary.daily.length);
  return hours.map((hour) => {
    const row = summary.byHour[hour];
    const arrivals = row?.arrivals ?? 0;
    return {
      hour,
      arrivalsPerDay: arrivals / openDays,
      meanWaitMinutes: arrivals > 0 || (row?.waitMean ?? 0) > 0 ? (row?.waitMean ?? 0) : null,
    };
  });
}

/** Arrivals per hour on an average Monday, Tuesday …: each weekday's total over its open days. */
export function heatmapRows(summary: SummaryResponse, hours: readonly number[]): HeatmapRow[] {
  const openDays = new Array<number>(7).fill(0);
  for (const day of summary.daily) openDays[weekdayOf(day.date)]! += 1;
  return summary.byWeekdayHour.map((counts, weekday) => ({
    weekday,
    values: hours.map((hour) => (openDays[weekday]! > 0 ? (counts[hour] ?? 0) / openDays[weekday]! : 0)),
  }));
}

/** Every day of the range, closed days included, so the time axis keeps its spacing. */
export function dailyPoints(summary: SummaryResponse): DailyPoint[] {
  const byDate = new Map(summary.daily.map((day) => [day.date, day]));
  const points: DailyPoint[] = [];
  for (let date: LocalDate = summary.from; date <= summary.to; date = addDays(date, 1)) {
    const day = byDate.get(date);
    points.push({
      date,
      visits: day?.visits ?? 0,
      meanWaitMinutes: day && day.visits > 0 ? day.waitMean : null,
    });
  }
  return points;
}

export function waitBins(summary: SummaryResponse): WaitBin[] {
  return summary.waitDistribution.map((bucket) => ({
    fromMinutes: bucket.fromMinutes,
    toMinutes: bucket.toMinutes ?? undefined,
    count: bucket.count,
  }));
}

/** The busiest hour's arrivals on a typical day: where the what-if calculator starts. */
export function peakArrivalsPerHour(summary: SummaryResponse): number {
  const openDays = Math.max(1, summary.daily.length);
  const peak = Math.max(0, ...summary.byHour.map((h) => h.arrivals));
  return Math.round(peak / openDays);
}
