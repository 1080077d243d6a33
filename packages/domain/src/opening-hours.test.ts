import { describe, expect, it } from 'vitest';
import { dayStatus, type OfficeCalendar } from './opening-hours.ts';

const weekdays = [1, 2, 3, 4, 5];

// A typical city hall: weekdays with a lunch-time gap at the branch desk, and the 2nd and 4th
// Saturday morning for residents who work on weekdays.
const cityHall: OfficeCalendar = {
  timeZone: 'Asia/Tokyo',
  weeklyHours: [
    ...weekdays.map((weekday) => ({ weekday, opens: '13:00', closes: '17:15' })),
    ...weekdays.map((weekday) => ({ weekday, opens: '08:45', closes: '12:00' })),
    { weekday: 6, opens: '09:00', closes: '12:00', weeksOfMonth: [2, 4] },
  ],
  exceptions: [],
};

describe('dayStatus', () => {
  it('opens on a weekday with its periods sorted', () => {
    expect(dayStatus(cityHall, '2026-12-01')).toEqual({
      open: true,
      periods: [
        { opens: '08:45', closes: '12:00' },
        { opens: '13:00', closes: '17:15' },
      ],
    });
  });

  it('closes on a national holiday, naming it', () => {
    expect(dayStatus(cityHall, '2026-11-23')).toEqual({
      open: false,
      reason: 'holiday',
      holiday: { ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' },
    });
  });

  it('closes on a substitute holiday (振替休日)', () => {
    const status = dayStatus(cityHall, '2025-11-24');
    expect(status).toMatchObject({ open: false, reason: 'holiday' });
  });

  it('closes for the year-end break, on weekdays and holidays alike', () => {
    expect(dayStatus(cityHall, '2026-12-28').open).toBe(true);
    expect(dayStatus(cityHall, '2026-12-29')).toEqual({ open: false, reason: 'year_end' });
    expect(dayStatus(cityHall, '2027-01-01')).toEqual({
      open: false,
      reason: 'year_end',
      holiday: { ja: '元日', en: "New Year's Day" },
    });
    expect(dayStatus(cityHall, '2027-01-03')).toMatchObject({ open: false, reason: 'year_end' });
    expect(dayStatus(cityHall, '2027-01-04').open).toBe(true);
  });

  it('opens on the 2nd and 4th Saturday only', () => {
    expect(dayStatus(cityHall, '2026-12-05')).toEqual({ open: false, reason: 'not_a_business_day' });
    expect(dayStatus(cityHall, '2026-12-12')).toEqual({
      open: true,
      periods: [{ opens: '09:00', closes: '12:00' }],
    });
    expect(dayStatus(cityHall, '2026-12-19')).toEqual({ open: false, reason: 'not_a_business_day' });
    expect(dayStatus(cityHall, '2026-12-26').open).toBe(true);
  });

  it('closes on Sundays', () => {
    expect(dayStatus(cityHall, '2026-12-06')).toEqual({ open: false, reason: 'not_a_business_day' });
  });

  it('treats an empty weeksOfMonth like every week', () => {
    const calendar = {
      ...cityHall,
      weeklyHours: [{ weekday: 6, opens: '09:00', closes: '12:00', weeksOfMonth: [] }],
    };
    expect(dayStatus(calendar, '2026-12-19').open).toBe(true);
  });

  it('lets a closure exception close an ordinary day, with its note', () => {
    const note = { ja: 'システム更新のため休業', en: 'Closed for a system upgrade' };
    const calendar = { ...cityHall, exceptions: [{ date: '2026-12-01', kind: 'closed' as const, note }] };
    expect(dayStatus(calendar, '2026-12-01')).toEqual({ open: false, reason: 'office_closure', note });
    expect(dayStatus(calendar, '2026-12-02').open).toBe(true);
  });

  it('lets a special opening open a Sunday in moving season with its own hours', () => {
    const calendar: OfficeCalendar = {
      ...cityHall,
      exceptions: [
        { date: '2027-03-28', kind: 'open', opens: '13:00', closes: '16:00' },
        { date: '2027-03-28', kind: 'open', opens: '09:00', closes: '12:00' },
      ],
    };
    expect(dayStatus(calendar, '2027-03-28')).toEqual({
      open: true,
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:00', closes: '16:00' },
      ],
    });
  });

  it('lets a special opening override the year-end break and holidays', () => {
    const calendar: OfficeCalendar = {
      ...cityHall,
      exceptions: [
        { date: '2026-12-29', kind: 'open', opens: '09:00', closes: '12:00' },
        { date: '2026-11-23', kind: 'open' },
      ],
    };
    expect(dayStatus(calendar, '2026-12-29')).toEqual({
      open: true,
      periods: [{ opens: '09:00', closes: '12:00' }],
    });
    // Without hours of its own, a holiday opening keeps the weekday's usual hours.
    expect(dayStatus(calendar, '2026-11-23')).toEqual(dayStatus(cityHall, '2026-12-07'));
  });

  it('prefers a closure when a date has both a closure and an opening', () => {
    const calendar: OfficeCalendar = {
      ...cityHall,
      exceptions: [
        { date: '2026-12-01', kind: 'open', opens: '09:00', closes: '12:00' },
        { date: '2026-12-01', kind: 'closed' },
      ],
    };
    expect(dayStatus(calendar, '2026-12-01')).toEqual({ open: false, reason: 'office_closure' });
  });
});
