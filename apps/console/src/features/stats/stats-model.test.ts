import type { SummaryResponse } from '@kakanai/contracts';
import { describe, expect, it } from 'vitest';
import {
  dailyPoints,
  heatmapRows,
  hourlyPoints,
  hoursWithArrivals,
  peakArrivalsPerHour,
} from './stats-model.ts';

const none = { count: 0, mean: 0, p50: 0, p90: 0, max: 0 };

/** Two open days, Monday 2026-11-16 and Tuesday 2026-11-17, in a range that runs to the Wednesday. */
function summary(): SummaryResponse {
  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, arrivals: 0, waitMean: 0 }));
  byHour[9] = { hour: 9, arrivals: 30, waitMean: 12 };
  byHour[11] = { hour: 11, arrivals: 10, waitMean: 4 };
  const byWeekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  byWeekdayHour[1]![9] = 20;
  byWeekdayHour[2]![9] = 10;
  byWeekdayHour[2]![11] = 10;
  return {
    officeId: 'main',
    from: '2026-11-16',
    to: '2026-11-18',
    visits: 40,
    served: 40,
    noShows: 0,
    notServed: 0,
    inProgress: 0,
    transfers: 0,
    waitMinutes: none,
    serviceMinutes: none,
    serviceLevel: { targetMinutes: 15, share: 1, targetShare: 0.8 },
    visitMinutes: { ...none, baselineMinutes: 60, ratioToBaseline: 0 },
    booked: { visits: 0, share: 0, noShows: 0, noShowRate: 0 },
    estimateAccuracy: { count: 0, meanAbsoluteErrorMinutes: 0, shareWithinTolerance: 0, toleranceMinutes: 5 },
    byService: [],
    byHour,
    byWeekdayHour,
    daily: [
      { date: '2026-11-16', visits: 20, waitMean: 10, serviceLevel: 1 },
      { date: '2026-11-17', visits: 20, waitMean: 8, serviceLevel: 1 },
    ],
    waitDistribution: [],
  };
}

describe('the dashboard model', () => {
  it('shows the hours from the first arrival to the last, quiet ones between included', () => {
    expect(hoursWithArrivals(summary())).toEqual([9, 10, 11]);
  });

  it('counts arrivals per open day, and has no wait for an hour nobody came', () => {
    expect(hourlyPoints(summary(), [9, 10, 11])).toEqual([
      { hour: 9, arrivalsPerDay: 15, meanWaitMinutes: 12 },
      { hour: 10, arrivalsPerDay: 0, meanWaitMinutes: null },
      { hour: 11, arrivalsPerDay: 5, meanWaitMinutes: 4 },
    ]);
  });

  it('averages each weekday over its own open days', () => {
    const rows = heatmapRows(summary(), [9, 11]);
    expect(rows[1]).toEqual({ weekday: 1, values: [20, 0] });
    expect(rows[2]).toEqual({ weekday: 2, values: [10, 10] });
    expect(rows[0]).toEqual({ weekday: 0, values: [0, 0] });
  });

  it('keeps every day of the range on the time axis, closed ones without a wait', () => {
    expect(dailyPoints(summary()).map((d) => [d.date, d.visits, d.meanWaitMinutes])).toEqual([
      ['2026-11-16', 20, 10],
      ['2026-11-17', 20, 8],
      ['2026-11-18', 0, null],
    ]);
  });

  it('starts the what-if calculator at the busiest hour of a typical day', () => {
    expect(peakArrivalsPerHour(summary())).toBe(15);
  });
});
