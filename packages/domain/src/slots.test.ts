import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  addDays,
  compareLocalDates,
  type LocalDate,
  localDateOf,
  localTimeOf,
  minutesOfDay,
  timeFromMinutes,
  zonedInstant,
} from './calendar.ts';
import { type CalendarException, dayStatus, type OfficeCalendar, type WeeklyHours } from './opening-hours.ts';
import { availableSlots, type BookingRules, bookingWindow, checkSlot, slotGrid } from './slots.ts';

const weekdays = [1, 2, 3, 4, 5];
const cityHall: OfficeCalendar = {
  timeZone: 'Asia/Tokyo',
  weeklyHours: [
    ...weekdays.map((weekday) => ({ weekday, opens: '08:45', closes: '17:15' })),
    { weekday: 6, opens: '09:00', closes: '12:00', weeksOfMonth: [2, 4] },
  ],
  exceptions: [],
};
const rules: BookingRules = { slotMinutes: 30, capacityPerSlot: 2, horizonDays: 60, minNoticeMinutes: 120 };
const iso = (slots: { start: Date }[]) => slots.map((slot) => slot.start.toISOString());

describe('slotGrid', () => {
  it('fills 08:45–17:15 with 17 half-hour slots, the last ending at closing', () => {
    const grid = slotGrid(cityHall, rules, '2026-12-01');
    expect(grid).toHaveLength(17);
    expect(grid[0]?.start.toISOString()).toBe('2026-11-30T23:45:00.000Z');
    expect(grid[0]?.end.toISOString()).toBe('2026-12-01T00:15:00.000Z');
    expect(grid[16]?.start.toISOString()).toBe('2026-12-01T07:45:00.000Z');
    expect(grid[16]?.end.toISOString()).toBe('2026-12-01T08:15:00.000Z');
  });

  it('drops a last slot that would run past closing', () => {
    const grid = slotGrid(cityHall, { ...rules, slotMinutes: 45 }, '2026-12-01');
    expect(grid).toHaveLength(11);
    expect(grid.at(-1)?.end.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('restarts the grid after a lunch break', () => {
    const calendar = {
      ...cityHall,
      weeklyHours: [
        { weekday: 2, opens: '13:10', closes: '14:00' },
        { weekday: 2, opens: '09:00', closes: '10:00' },
      ],
    };
    expect(iso(slotGrid(calendar, rules, '2026-12-01'))).toEqual([
      '2026-12-01T00:00:00.000Z',
      '2026-12-01T00:30:00.000Z',
      '2026-12-01T04:10:00.000Z',
    ]);
  });

  it('is empty on closed days', () => {
    expect(slotGrid(cityHall, rules, '2026-11-23')).toEqual([]);
    expect(slotGrid(cityHall, rules, '2026-12-29')).toEqual([]);
    expect(slotGrid(cityHall, rules, '2026-12-06')).toEqual([]);
  });

  it('follows wall-clock time across a DST change', () => {
    const calendar = {
      timeZone: 'America/New_York',
      weeklyHours: [{ weekday: 0, opens: '01:00', closes: '04:00' }],
      exceptions: [],
    };
    const hourly = { ...rules, slotMinutes: 60 };
    // Spring forward: 02:00 does not exist that night.
    expect(
      slotGrid(calendar, hourly, '2026-03-08').map((slot) => localTimeOf(slot.start, calendar.timeZone)),
    ).toEqual(['01:00', '03:00']);
    // Fall back: 01:00 is taken in its first (daylight-time) occurrence.
    expect(iso(slotGrid(calendar, hourly, '2026-11-01'))).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
  });

  it('refuses a slot length that is not a positive whole number of minutes', () => {
    expect(() => slotGrid(cityHall, { ...rules, slotMinutes: 0 }, '2026-12-01')).toThrow(RangeError);
    expect(() => slotGrid(cityHall, { ...rules, slotMinutes: 7.5 }, '2026-12-01')).toThrow(RangeError);
  });
});

describe('bookingWindow', () => {
  it('adds the notice to now and the horizon to today in the office zone', () => {
    // 23:30 UTC on 11-30 is already 12-01 in Tokyo.
    const window = bookingWindow(cityHall, rules, new Date('2026-11-30T23:30:00Z'));
    expect(window.earliest.toISOString()).toBe('2026-12-01T01:30:00.000Z');
    expect(window.lastDate).toBe('2027-01-30');
  });
});

describe('availableSlots', () => {
  const now = new Date('2026-11-30T23:30:00Z'); // 08:30 on Tuesday 2026-12-01 in Tokyo

  it('starts after the minimum notice and reports remaining capacity, full slots included', () => {
    const booked = new Map([
      [Date.parse('2026-12-01T01:45:00Z'), 1],
      [Date.parse('2026-12-01T02:15:00Z'), 2],
      [Date.parse('2026-12-01T02:45:00Z'), 5],
    ]);
    const slots = availableSlots({
      calendar: cityHall,
      rules,
      from: '2026-12-01',
      to: '2026-12-01',
      now,
      booked,
    });
    // 08:30 + 2 h notice = 10:30, so the first slot is 10:45.
    expect(slots[0]?.start.toISOString()).toBe('2026-12-01T01:45:00.000Z');
    expect(slots).toHaveLength(13);
    expect(slots.slice(0, 4).map(({ capacity, remaining }) => ({ capacity, remaining }))).toEqual([
      { capacity: 2, remaining: 1 },
      { capacity: 2, remaining: 0 },
      { capacity: 2, remaining: 0 },
      { capacity: 2, remaining: 2 },
    ]);
  });

  it('skips closed days and stops at the horizon', () => {
    const slots = availableSlots({
      calendar: cityHall,
      rules,
      from: '2026-12-01',
      to: '2027-12-31',
      now,
      booked: new Map(),
    });
    const days = new Set(slots.map((slot) => localDateOf(slot.start, cityHall.timeZone)));
    expect(days.has('2026-12-06')).toBe(false);
    expect(days.has('2026-12-12')).toBe(true);
    expect(days.has('2026-12-19')).toBe(false);
    expect(days.has('2026-12-29')).toBe(false);
    expect(days.has('2027-01-04')).toBe(true);
    expect(days.has('2027-01-11')).toBe(false); // 成人の日
    expect([...days].at(-1)).toBe('2027-01-29'); // 01-30 is a 5th Saturday, the last day in reach
  });

  it('is empty when the range is wholly in the past or beyond the horizon', () => {
    const input = { calendar: cityHall, rules, now, booked: new Map() };
    expect(availableSlots({ ...input, from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
    expect(availableSlots({ ...input, from: '2027-02-01', to: '2027-02-28' })).toEqual([]);
    expect(availableSlots({ ...input, from: '2026-12-03', to: '2026-12-02' })).toEqual([]);
  });
});

describe('checkSlot', () => {
  const now = new Date('2026-11-30T23:30:00Z');

  it('accepts a grid slot in the window', () => {
    expect(checkSlot(cityHall, rules, new Date('2026-12-02T00:15:00Z'), now)).toEqual({
      ok: true,
      slot: { start: new Date('2026-12-02T00:15:00Z'), end: new Date('2026-12-02T00:45:00Z') },
    });
  });

  it('names the first problem found', () => {
    const check = (start: string) => checkSlot(cityHall, rules, new Date(start), now);
    expect(check('2026-11-30T23:29:00Z')).toEqual({ ok: false, code: 'slot_in_past' });
    expect(check('2026-12-01T00:15:00Z')).toEqual({ ok: false, code: 'slot_too_soon' });
    expect(check('2027-02-01T00:15:00Z')).toEqual({ ok: false, code: 'slot_beyond_horizon' });
    expect(check('2026-12-06T00:15:00Z')).toEqual({ ok: false, code: 'office_closed' });
    expect(check('2026-12-29T00:15:00Z')).toEqual({ ok: false, code: 'office_closed' });
    expect(check('2026-12-02T00:20:00Z')).toEqual({ ok: false, code: 'slot_off_grid' });
    expect(check('2026-12-02T08:15:00Z')).toEqual({ ok: false, code: 'slot_off_grid' }); // 17:15, closing time
    expect(check('2026-12-02T00:15:00.001Z')).toEqual({ ok: false, code: 'slot_off_grid' });
  });
});

// Random offices: any zone with or without DST, up to three overlapping-allowed rows per weekday on
// a five-minute raster, odd weeks of the month, closures and special openings near `now`.
const timeZones = fc.constantFrom('Asia/Tokyo', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe');
const span = fc.tuple(fc.integer({ min: 0, max: 287 }), fc.integer({ min: 0, max: 287 })).map(([a, b]) => ({
  opens: timeFromMinutes(Math.min(a, b) * 5),
  closes: timeFromMinutes(Math.max(a, b) * 5),
}));
const weeklyRow: fc.Arbitrary<WeeklyHours> = fc
  .record({
    weekday: fc.integer({ min: 0, max: 6 }),
    span,
    weeksOfMonth: fc.option(fc.subarray([1, 2, 3, 4, 5]), { nil: null }),
  })
  .map(({ weekday, span, weeksOfMonth }) => ({ weekday, ...span, weeksOfMonth }));
const exceptionDraft = fc.record({
  dayOffset: fc.integer({ min: -1, max: 40 }),
  kind: fc.constantFrom('closed' as const, 'open' as const),
  span: fc.option(span, { nil: undefined }),
});
const scenario = fc
  .record({
    timeZone: timeZones,
    weeklyHours: fc.array(weeklyRow, { maxLength: 12 }),
    exceptions: fc.array(exceptionDraft, { maxLength: 6 }),
    rules: fc.record({
      slotMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60, 90),
      capacityPerSlot: fc.integer({ min: 1, max: 5 }),
      horizonDays: fc.integer({ min: 0, max: 40 }),
      minNoticeMinutes: fc.integer({ min: 0, max: 3 * 1_440 }),
    }),
    now: fc.date({
      min: new Date('2025-12-01T00:00:00Z'),
      max: new Date('2027-01-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    bookings: fc.array(fc.record({ pick: fc.nat(), count: fc.integer({ min: -1, max: 8 }) }), {
      maxLength: 30,
    }),
  })
  .map(({ timeZone, weeklyHours, exceptions, rules, now, bookings }) => {
    const today = localDateOf(now, timeZone);
    const calendar: OfficeCalendar = {
      timeZone,
      weeklyHours,
      exceptions: exceptions.map(
        ({ dayOffset, kind, span }): CalendarException => ({
          date: addDays(today, dayOffset),
          kind,
          ...span,
        }),
      ),
    };
    const from = addDays(today, -2);
    const to = addDays(today, rules.horizonDays + 2);
    const grid = datesBetween(from, to).flatMap((date) => slotGrid(calendar, rules, date));
    const booked = new Map<number, number>();
    if (grid.length > 0) {
      for (const { pick, count } of bookings) booked.set(grid[pick % grid.length]!.start.getTime(), count);
    }
    return { calendar, rules, now, from, to, grid, booked };
  });

function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = from; compareLocalDates(date, to) <= 0; date = addDays(date, 1)) dates.push(date);
  return dates;
}

describe('slot invariants', () => {
  it('every slot lies on the grid inside an open period, sorted, without overlap, capacity respected', () => {
    fc.assert(
      fc.property(scenario, ({ calendar, rules, now, from, to, booked }) => {
        const slots = availableSlots({ calendar, rules, from, to, now, booked });
        const { earliest, lastDate } = bookingWindow(calendar, rules, now);
        const slotMs = rules.slotMinutes * 60_000;
        // Periods of each day with their closing instants, worked out once per day, not per slot.
        const periodsByDate = new Map<LocalDate, { opens: number; closesMs: number }[]>();
        const periodsOf = (date: LocalDate) => {
          let periods = periodsByDate.get(date);
          if (!periods) {
            const status = dayStatus(calendar, date);
            periods = (status.open ? status.periods : []).map((period) => ({
              opens: minutesOfDay(period.opens),
              closesMs: zonedInstant(date, period.closes, calendar.timeZone).getTime(),
            }));
            periodsByDate.set(date, periods);
          }
          return periods;
        };
        // Thousands of slots per run: collect broken rules rather than call expect per slot.
        const broken = new Set<string>();
        let previousEnd = Number.NEGATIVE_INFINITY;
        for (const slot of slots) {
          const startMs = slot.start.getTime();
          const date = localDateOf(slot.start, calendar.timeZone);
          const wallStart = minutesOfDay(localTimeOf(slot.start, calendar.timeZone));
          const inPeriod = periodsOf(date).some(
            (period) =>
              wallStart >= period.opens &&
              (wallStart - period.opens) % rules.slotMinutes === 0 &&
              slot.end.getTime() <= period.closesMs,
          );
          const taken = booked.get(startMs) ?? 0;
          if (!inPeriod) broken.add('outside an open period or off the grid');
          if (slot.end.getTime() - startMs !== slotMs) broken.add('wrong length');
          if (startMs < previousEnd) broken.add('overlaps or out of order');
          if (startMs < earliest.getTime()) broken.add('before the minimum notice');
          if (compareLocalDates(date, lastDate) > 0) broken.add('beyond the horizon');
          if (slot.capacity !== rules.capacityPerSlot) broken.add('wrong capacity');
          if (slot.remaining < 0 || slot.remaining > slot.capacity) broken.add('remaining out of range');
          if (taken >= 0 && slot.remaining !== Math.max(0, slot.capacity - taken))
            broken.add('wrong remaining');
          previousEnd = slot.end.getTime();
        }
        expect([...broken]).toEqual([]);
      }),
    );
  });

  it('checkSlot accepts exactly the slots availableSlots offers', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -90, max: 90 })), { maxLength: 60 }),
        (input, picks) => {
          const { calendar, rules, now, grid } = input;
          const slots = availableSlots(input);
          const offered = new Map(slots.map((slot) => [slot.start.getTime(), slot]));
          // A sample of offered slots, grid slots in and out of the window, and instants near the grid.
          const candidates = [now.getTime()];
          for (const [pick, minutes] of picks) {
            const offeredSlot = slots[pick % Math.max(1, slots.length)];
            const gridSlot = grid[pick % Math.max(1, grid.length)];
            if (offeredSlot) candidates.push(offeredSlot.start.getTime());
            if (gridSlot)
              candidates.push(gridSlot.start.getTime(), gridSlot.start.getTime() + minutes * 60_000);
          }
          const disagreements: string[] = [];
          for (const start of candidates) {
            const result = checkSlot(calendar, rules, new Date(start), now);
            const slot = offered.get(start);
            const agrees = slot ? result.ok && result.slot.end.getTime() === slot.end.getTime() : !result.ok;
            if (!agrees) disagreements.push(`${new Date(start).toISOString()}: ${JSON.stringify(result)}`);
          }
          expect(disagreements).toEqual([]);
        },
      ),
    );
  });
});

describe('availableSlots cost', () => {
  // Counting Intl calls rather than timing keeps this deterministic on a busy CI machine.
  it('asks Intl about each day at most once, and nothing once warm', () => {
    const busy = { ...rules, slotMinutes: 15, horizonDays: 60, minNoticeMinutes: 0 };
    const input = {
      calendar: cityHall,
      rules: busy,
      from: '2026-12-01',
      to: '2027-01-30',
      now: new Date('2026-11-30T15:00:00Z'),
      booked: new Map(),
    };
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const slots = availableSlots(input);
      expect(slots.length).toBeGreaterThan(1_000);
      expect(formatToParts.mock.calls.length).toBeLessThanOrEqual(70);
      formatToParts.mockClear();
      availableSlots(input);
      expect(formatToParts).not.toHaveBeenCalled();
    } finally {
      formatToParts.mockRestore();
    }
  });
});
