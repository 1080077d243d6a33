import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareLocalDates,
  formatOffsetIso,
  isLocalDate,
  isLocalTime,
  localDateOf,
  localTimeOf,
  minutesOfDay,
  timeFromMinutes,
  weekdayOf,
  weekOfMonth,
  zonedInstant,
} from './calendar.ts';

// Results are asserted as UTC ISO strings, so they hold whatever the process time zone is.
describe('isLocalDate / isLocalTime', () => {
  it('accepts real dates in strict form only', () => {
    expect(isLocalDate('2026-12-01')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('1900-02-29')).toBe(false);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-00-10')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(isLocalDate('2026-12-01T00:00')).toBe(false);
    expect(isLocalDate('２０２６-12-01')).toBe(false);
  });

  it('accepts 00:00–23:59 as HH:MM only', () => {
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('08:45')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('8:45')).toBe(false);
    expect(isLocalTime('08:60')).toBe(false);
    expect(isLocalTime('08:45:00')).toBe(false);
  });
});

describe('localDateOf / localTimeOf', () => {
  it('reads the wall clock of the given zone, not the process', () => {
    const instant = new Date('2026-11-30T23:45:00Z');
    expect(localDateOf(instant, 'Asia/Tokyo')).toBe('2026-12-01');
    expect(localTimeOf(instant, 'Asia/Tokyo')).toBe('08:45');
    expect(localDateOf(instant, 'UTC')).toBe('2026-11-30');
    expect(localDateOf(instant, 'Pacific/Honolulu')).toBe('2026-11-30');
    expect(localTimeOf(instant, 'Pacific/Honolulu')).toBe('13:45');
  });

  it('shows midnight as 00:00', () => {
    expect(localTimeOf(new Date('2026-12-31T15:00:00Z'), 'Asia/Tokyo')).toBe('00:00');
    expect(localDateOf(new Date('2026-12-31T15:00:00Z'), 'Asia/Tokyo')).toBe('2027-01-01');
  });
});

describe('zonedInstant', () => {
  it('turns Tokyo wall time into the UTC instant', () => {
    expect(zonedInstant('2026-12-01', '08:45', 'Asia/Tokyo').toISOString()).toBe('2026-11-30T23:45:00.000Z');
    expect(zonedInstant('2027-01-01', '00:00', 'Asia/Tokyo').toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });

  it('moves a wall time skipped by the spring-forward jump forward (New York)', () => {
    const instant = zonedInstant('2026-03-08', '02:30', 'America/New_York');
    expect(instant.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(formatOffsetIso(instant, 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
  });

  it('resolves a wall time repeated by the fall-back change to the earlier instant (New York)', () => {
    const instant = zonedInstant('2026-11-01', '01:30', 'America/New_York');
    expect(instant.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(formatOffsetIso(instant, 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
  });

  it('handles both changes in a zone east of UTC (Berlin)', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('is exact on either side of a change', () => {
    expect(zonedInstant('2026-03-08', '01:59', 'America/New_York').toISOString()).toBe(
      '2026-03-08T06:59:00.000Z',
    );
    expect(zonedInstant('2026-03-08', '03:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    expect(zonedInstant('2026-11-01', '02:00', 'America/New_York').toISOString()).toBe(
      '2026-11-01T07:00:00.000Z',
    );
  });

  it('round-trips any instant through its wall clock, choosing the earlier of repeated times', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1980-01-01T00:00:00Z'),
          max: new Date('2045-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(
          'Asia/Tokyo',
          'America/New_York',
          'Europe/Berlin',
          'Australia/Lord_Howe',
          'Pacific/Honolulu',
        ),
        (instant, timeZone) => {
          const date = localDateOf(instant, timeZone);
          const time = localTimeOf(instant, timeZone);
          const back = zonedInstant(date, time, timeZone);
          expect(localDateOf(back, timeZone)).toBe(date);
          expect(localTimeOf(back, timeZone)).toBe(time);
          expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
        },
      ),
    );
  });
});

describe('wall clock against Intl', () => {
  // The offset cache assumes a zone changes offset at most once per UTC day; these zones have
  // half-hour DST, midnight changes, odd offsets and a skipped day (Apia, 2011-12-30).
  const zones = [
    'Asia/Tokyo',
    'America/New_York',
    'America/Sao_Paulo',
    'America/St_Johns',
    'Europe/London',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Apia',
    'Pacific/Chatham',
  ];

  const referenceFormat = (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });

  it('reads the same date, time and offset as a fresh Intl formatter', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2050-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (instant, timeZone) => {
          const parts = Object.fromEntries(
            referenceFormat(timeZone)
              .formatToParts(instant)
              .map((part) => [part.type, part.value]),
          );
          const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName?.slice(3);
          expect(localDateOf(instant, timeZone)).toBe(`${parts.year}-${parts.month}-${parts.day}`);
          expect(localTimeOf(instant, timeZone)).toBe(`${parts.hour}:${parts.minute}`);
          expect(formatOffsetIso(instant, timeZone)).toBe(
            `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows the day Samoa skipped', () => {
    expect(localDateOf(new Date('2011-12-30T09:59:00Z'), 'Pacific/Apia')).toBe('2011-12-29');
    expect(localDateOf(new Date('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe('2011-12-31');
    expect(zonedInstant('2011-12-30', '12:00', 'Pacific/Apia').toISOString()).toBe(
      '2011-12-30T22:00:00.000Z',
    );
  });
});

describe('date arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-01', 60)).toBe('2027-01-30');
    expect(addDays('2026-12-01', 0)).toBe('2026-12-01');
  });

  it('agrees with Date for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (instant, days) => {
          const date = instant.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
          expect(addDays(date, days)).toBe(expected.toISOString().slice(0, 10));
          expect(weekdayOf(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
        },
      ),
    );
  });

  it('names weekdays from Sunday = 0', () => {
    expect(weekdayOf('2026-12-01')).toBe(2);
    expect(weekdayOf('2026-12-06')).toBe(0);
    expect(weekdayOf('2026-12-12')).toBe(6);
    expect(weekdayOf('1970-01-01')).toBe(4);
  });

  it('counts the occurrence of a weekday within its month', () => {
    expect(weekOfMonth('2026-12-05')).toBe(1);
    expect(weekOfMonth('2026-12-07')).toBe(1);
    expect(weekOfMonth('2026-12-08')).toBe(2);
    expect(weekOfMonth('2026-12-12')).toBe(2);
    expect(weekOfMonth('2026-12-19')).toBe(3);
    expect(weekOfMonth('2026-12-29')).toBe(5);
  });

  it('orders dates', () => {
    expect(compareLocalDates('2026-12-01', '2026-12-02')).toBeLessThan(0);
    expect(compareLocalDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(compareLocalDates('2026-12-01', '2026-12-01')).toBe(0);
  });

  it('refuses malformed dates instead of computing nonsense', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekdayOf('tomorrow')).toThrow(RangeError);
  });
});

describe('formatOffsetIso', () => {
  it('writes the zone offset with seconds and no milliseconds', () => {
    expect(formatOffsetIso(new Date('2026-12-01T00:15:00.123Z'), 'Asia/Tokyo')).toBe(
      '2026-12-01T09:15:00+09:00',
    );
    expect(formatOffsetIso(new Date('2026-12-01T00:15:00Z'), 'UTC')).toBe('2026-12-01T00:15:00+00:00');
    expect(formatOffsetIso(new Date('2026-12-01T00:15:07Z'), 'America/New_York')).toBe(
      '2026-11-30T19:15:07-05:00',
    );
    expect(formatOffsetIso(new Date('2026-12-01T00:15:00Z'), 'Asia/Kolkata')).toBe(
      '2026-12-01T05:45:00+05:30',
    );
  });

  it('parses back to the same second', () => {
    const instant = new Date('2026-07-15T03:04:05.678Z');
    for (const timeZone of ['Asia/Tokyo', 'America/New_York', 'Pacific/Honolulu', 'Asia/Kathmandu']) {
      expect(Date.parse(formatOffsetIso(instant, timeZone))).toBe(Date.parse('2026-07-15T03:04:05Z'));
    }
  });
});

describe('minutesOfDay / timeFromMinutes', () => {
  it('converts both ways', () => {
    expect(minutesOfDay('08:45')).toBe(525);
    expect(minutesOfDay('00:00')).toBe(0);
    expect(timeFromMinutes(1_035)).toBe('17:15');
    expect(timeFromMinutes(1_439)).toBe('23:59');
    for (let minutes = 0; minutes < 1_440; minutes++)
      expect(minutesOfDay(timeFromMinutes(minutes))).toBe(minutes);
  });

  it('refuses values outside a day', () => {
    expect(() => timeFromMinutes(1_440)).toThrow(RangeError);
    expect(() => timeFromMinutes(-1)).toThrow(RangeError);
    expect(() => timeFromMinutes(1.5)).toThrow(RangeError);
    expect(() => minutesOfDay('25:00')).toThrow(RangeError);
  });
});
