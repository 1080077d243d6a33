import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate, weekdayOf } from '../calendar.ts';
import { isYearEndHoliday, japaneseHoliday } from '../holidays.ts';
import { type DailyHourCounts, forecastArrivals, type PeakFactors, peakFactors } from './forecast.ts';

const isHoliday = (date: LocalDate) => japaneseHoliday(date) !== undefined || isYearEndHoliday(date);
const noPeaks: PeakFactors = {
  monthStart: 1,
  monthEnd: 1,
  afterHoliday: 1,
  movingSeason: 1,
  movingSeasonPeak: 1,
};

// A Tuesday at a branch office: open 8:30–17:15, a morning rush and a lunch dip.
const tuesday = [0, 0, 0, 0, 0, 0, 0, 0, 6, 20, 18, 14, 8, 12, 15, 10, 6, 1, 0, 0, 0, 0, 0, 0];
const scaled = (hours: readonly number[], factor: number) => hours.map((count) => count * factor);

function closeTo(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  for (const [hour, value] of actual.entries()) {
    expect(value, `hour ${hour}`).toBeCloseTo(expected[hour]!, 9);
  }
}

/**
 * Ten weeks of weekdays, 7 April – 13 June 2025, each day its weekday's level times the peak
 * multiplier worked out by hand from the 2025 calendar. Other weekdays run at three times
 * Tuesday's level, and the holidays (Showa Day, Golden Week) have counts from a special opening
 * that an ordinary day must not follow.
 */
function springHistory(): DailyHourCounts[] {
  const multipliers = new Map<LocalDate, number>([
    ['2025-04-07', 2.2], // moving-season peak (to 7 April)
    ...['04-08', '04-09', '04-10', '04-11', '04-14', '04-15'].map((day) => [`2025-${day}`, 1.8] as const),
    ['2025-04-28', 1.2], // April's last two business days: 28 and 30 (29 is Showa Day)
    ['2025-04-30', 1.2 * 1.3], // … and the first business day after Showa Day
    ['2025-05-01', 1.2], // May's first three business days: 1, 2 and 7
    ['2025-05-02', 1.2],
    ['2025-05-07', 1.2 * 1.3], // … 7 May also ends Golden Week
    ['2025-05-29', 1.2], // May's last two business days
    ['2025-05-30', 1.2],
    ['2025-06-02', 1.2], // June's first three business days
    ['2025-06-03', 1.2],
    ['2025-06-04', 1.2],
  ]);
  const history: DailyHourCounts[] = [];
  for (let date = '2025-04-07'; date <= '2025-06-13'; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    const level = weekday === 2 ? tuesday : scaled(tuesday, 3);
    const hours = isHoliday(date) ? scaled(tuesday, 10) : scaled(level, multipliers.get(date) ?? 1);
    history.push({ date, hours });
  }
  return history;
}

describe('peakFactors', () => {
  it('finds no peak on an ordinary day', () => {
    expect(peakFactors('2025-06-17', isHoliday)).toEqual([]);
    expect(peakFactors('2025-06-05', isHoliday)).toEqual([]); // June's fourth business day
    expect(peakFactors('2025-06-26', isHoliday)).toEqual([]); // its third-last
  });

  it('raises the first three and the last two business days of a month', () => {
    for (const date of ['2025-06-02', '2025-06-04']) {
      expect(peakFactors(date, isHoliday), date).toEqual([{ name: 'monthStart', factor: 1.2 }]);
    }
    for (const date of ['2025-06-27', '2025-06-30']) {
      expect(peakFactors(date, isHoliday), date).toEqual([{ name: 'monthEnd', factor: 1.2 }]);
    }
  });

  it('counts business days, not calendar days, at the month’s edges', () => {
    // November 2025 starts on a Saturday and 3 November is Culture Day: 4, 5 and 6 November start it.
    expect(peakFactors('2025-11-06', isHoliday).map((f) => f.name)).toEqual(['monthStart']);
    expect(peakFactors('2025-11-07', isHoliday)).toEqual([]);
  });

  it('raises the first business day after a holiday, but not an ordinary Monday', () => {
    expect(peakFactors('2025-07-22', isHoliday)).toEqual([{ name: 'afterHoliday', factor: 1.3 }]); // after Marine Day
    expect(peakFactors('2025-07-14', isHoliday)).toEqual([]);
  });

  it('multiplies the after-holiday factor onto the month start', () => {
    // 7 May 2025 ends Golden Week and is May's third business day.
    expect(peakFactors('2025-05-07', isHoliday)).toEqual([
      { name: 'monthStart', factor: 1.2 },
      { name: 'afterHoliday', factor: 1.3 },
    ]);
    // The year-end break runs into a weekend; 5 January 2026 is also January's first business day.
    expect(peakFactors('2026-01-05', isHoliday).map((f) => f.name)).toEqual(['monthStart', 'afterHoliday']);
  });

  it('raises the moving season, most in the week either side of 1 April', () => {
    expect(peakFactors('2026-03-13', isHoliday)).toEqual([]);
    expect(peakFactors('2026-03-16', isHoliday)).toEqual([{ name: 'movingSeason', factor: 1.8 }]);
    expect(peakFactors('2026-03-26', isHoliday)).toEqual([{ name: 'movingSeasonPeak', factor: 2.2 }]);
    expect(peakFactors('2026-04-07', isHoliday)).toEqual([{ name: 'movingSeasonPeak', factor: 2.2 }]);
    expect(peakFactors('2026-04-15', isHoliday)).toEqual([{ name: 'movingSeason', factor: 1.8 }]);
    expect(peakFactors('2026-04-16', isHoliday)).toEqual([]);
  });

  it('takes the largest calendar factor instead of stacking the month’s edges onto the season', () => {
    expect(peakFactors('2026-03-31', isHoliday)).toEqual([{ name: 'movingSeasonPeak', factor: 2.2 }]);
    expect(peakFactors('2026-04-01', isHoliday)).toEqual([{ name: 'movingSeasonPeak', factor: 2.2 }]);
    // Monday 23 March follows the Vernal Equinox Day weekend.
    expect(peakFactors('2026-03-23', isHoliday)).toEqual([
      { name: 'movingSeason', factor: 1.8 },
      { name: 'afterHoliday', factor: 1.3 },
    ]);
  });

  it('applies an office’s own factors, and leaves out those set to 1', () => {
    expect(peakFactors('2026-03-26', isHoliday, { movingSeasonPeak: 3 })).toEqual([
      { name: 'movingSeasonPeak', factor: 3 },
    ]);
    expect(peakFactors('2025-06-02', isHoliday, { monthStart: 1 })).toEqual([]);
    expect(() => peakFactors('2025-06-02', isHoliday, { monthStart: 0 })).toThrow(RangeError);
  });
});

describe('forecastArrivals', () => {
  it('forecasts an ordinary Tuesday from eight Tuesdays, skipping Showa Day and the Golden Week holiday', () => {
    const forecast = forecastArrivals({ date: '2025-06-17', history: springHistory(), isHoliday });
    // Normalising each Tuesday by its own peak gives back the ordinary level exactly.
    closeTo(forecast.hours, tuesday);
    closeTo(forecast.walkIns, tuesday);
    expect(forecast.bookings).toEqual(new Array(24).fill(0));
    expect(forecast.factors).toEqual([]);
    expect(forecast.basis).toEqual([
      '2025-04-08',
      '2025-04-15',
      '2025-04-22',
      '2025-05-13',
      '2025-05-20',
      '2025-05-27',
      '2025-06-03',
      '2025-06-10',
    ]);
  });

  it('would be pulled up by the moving season without normalising each day by its own peak', () => {
    const forecast = forecastArrivals({
      date: '2025-06-17',
      history: springHistory(),
      isHoliday,
      factors: noPeaks,
    });
    // Two Tuesdays at ×1.8 and one at ×1.2 among eight: (5 + 3.6 + 1.2) / 8 = 1.225.
    closeTo(forecast.hours, scaled(tuesday, 1.225));
  });

  it('looks back past missing weeks and applies the day’s own peak: 1 July is a month start', () => {
    const forecast = forecastArrivals({ date: '2025-07-01', history: springHistory(), isHoliday });
    closeTo(forecast.hours, scaled(tuesday, 1.2));
    expect(forecast.factors).toEqual([{ name: 'monthStart', factor: 1.2 }]);
    // 24 and 17 June have no history yet, so the search reaches back past them to 8 April.
    expect(forecast.basis[0]).toBe('2025-04-08');
    expect(forecast.basis).toHaveLength(8);
  });

  it('uses only as many weeks as asked, and no further back than twice that', () => {
    const two = forecastArrivals({ date: '2025-06-17', history: springHistory(), isHoliday, weeks: 2 });
    expect(two.basis).toEqual(['2025-06-03', '2025-06-10']);
    // Four weeks back from 15 July reach only 17 June to 8 July, which have no history.
    const none = forecastArrivals({ date: '2025-07-15', history: springHistory(), isHoliday, weeks: 2 });
    expect(none.basis).toEqual([]);
    expect(none.hours).toEqual(new Array(24).fill(0));
  });

  it('shows the moving season on a late-March day', () => {
    // Thursdays from 29 January to 19 March 2026, one of them (12 February) after National Foundation Day.
    const thursday = scaled(tuesday, 2);
    const history: DailyHourCounts[] = [
      { date: '2026-01-29', hours: scaled(thursday, 1.2) }, // January's second-last business day
      { date: '2026-02-05', hours: thursday },
      { date: '2026-02-12', hours: scaled(thursday, 1.3) },
      { date: '2026-02-19', hours: thursday },
      { date: '2026-02-26', hours: scaled(thursday, 1.2) }, // February's second-last business day
      { date: '2026-03-05', hours: thursday },
      { date: '2026-03-12', hours: thursday },
      { date: '2026-03-19', hours: scaled(thursday, 1.8) },
    ];
    const forecast = forecastArrivals({ date: '2026-03-26', history, isHoliday });
    expect(forecast.factors).toEqual([{ name: 'movingSeasonPeak', factor: 2.2 }]);
    expect(forecast.basis).toHaveLength(8);
    closeTo(forecast.hours, scaled(thursday, 2.2));
    // 9:00–10:00 on an ordinary Thursday: 40 residents; in the last week of March: 88.
    expect(forecast.hours[9]).toBeCloseTo(88, 9);
  });

  describe('with bookings', () => {
    // Eight ordinary Wednesdays: 10 arrivals at 10:00, 4 of them booked.
    const wednesdays = Array.from({ length: 8 }, (_, week) => {
      const hours = new Array<number>(24).fill(0);
      const booked = new Array<number>(24).fill(0);
      hours[10] = 10;
      booked[10] = 4;
      return { date: addDays('2025-10-15', -7 * (week + 1)), hours, booked };
    });
    const bookedAt10 = (count: number) => new Array<number>(24).fill(0).with(10, count);
    const base = { date: '2025-10-15', isHoliday: () => false, factors: noPeaks };

    it('adds only the bookings beyond the usual booked level', () => {
      const forecast = forecastArrivals({ ...base, history: wednesdays, booked: bookedAt10(7) });
      expect(forecast.walkIns[10]).toBe(6);
      expect(forecast.bookings[10]).toBe(7);
      expect(forecast.hours[10]).toBe(13);
    });

    it('keeps the usual booked level while bookings are still coming in', () => {
      const forecast = forecastArrivals({ ...base, history: wednesdays, booked: bookedAt10(2) });
      expect(forecast.bookings[10]).toBe(4);
      expect(forecast.hours[10]).toBe(10);
    });

    it('adds bookings in full when history does not say which arrivals had booked', () => {
      const unsplit = wednesdays.map(({ date, hours }) => ({ date, hours }));
      const forecast = forecastArrivals({ ...base, history: unsplit, booked: bookedAt10(2) });
      expect(forecast.walkIns[10]).toBe(10);
      expect(forecast.hours[10]).toBe(12);
    });

    it('forecasts the bookings alone without history', () => {
      const forecast = forecastArrivals({ ...base, history: [], booked: bookedAt10(3) });
      expect(forecast.hours).toEqual(bookedAt10(3));
      expect(forecast.basis).toEqual([]);
    });
  });

  it('rejects malformed input', () => {
    const day = (date: LocalDate, length = 24) => ({ date, hours: new Array<number>(length).fill(1) });
    const base = { date: '2025-06-17', isHoliday };
    expect(() => forecastArrivals({ ...base, date: '2025-6-17', history: [] })).toThrow(RangeError);
    expect(() => forecastArrivals({ ...base, history: [], weeks: 0 })).toThrow(RangeError);
    expect(() => forecastArrivals({ ...base, history: [day('2025-06-10'), day('2025-06-10')] })).toThrow(
      RangeError,
    );
    expect(() => forecastArrivals({ ...base, history: [day('2025-06-10', 23)] })).toThrow(RangeError);
    expect(() => forecastArrivals({ ...base, history: [], booked: [1] })).toThrow(RangeError);
  });
});
