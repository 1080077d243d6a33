import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterRecall,
  businessDayOf,
  checkInTiming,
  DEFAULT_MAX_RECALLS,
  formatTicketNumber,
} from './tickets.ts';

const MINUTE = 60_000;

describe('formatTicketNumber', () => {
  it('pads to three digits and grows past 999', () => {
    expect(formatTicketNumber('A', 7)).toBe('A007');
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('B', 42)).toBe('B042');
    expect(formatTicketNumber('A', 999)).toBe('A999');
    expect(formatTicketNumber('A', 1000)).toBe('A1000');
  });

  it('refuses sequences that are not whole numbers', () => {
    expect(() => formatTicketNumber('A', -1)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', 1.5)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', Number.NaN)).toThrow(RangeError);
  });

  it('gives distinct sequences of one prefix distinct numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, b) => {
        fc.pre(a !== b);
        expect(formatTicketNumber('A', a)).not.toBe(formatTicketNumber('A', b));
      }),
    );
  });
});

describe('checkInTiming', () => {
  const slotStart = Date.parse('2026-12-01T01:00:00Z');

  it('accepts check-in from 30 minutes before the slot to 15 minutes after, both ends included', () => {
    expect(checkInTiming(slotStart, slotStart - 30 * MINUTE)).toBe('ok');
    expect(checkInTiming(slotStart, slotStart)).toBe('ok');
    expect(checkInTiming(slotStart, slotStart + 15 * MINUTE)).toBe('ok');
  });

  it('refuses one millisecond outside the window', () => {
    expect(checkInTiming(slotStart, slotStart - 30 * MINUTE - 1)).toBe('too_early');
    expect(checkInTiming(slotStart, slotStart + 15 * MINUTE + 1)).toBe('too_late');
  });

  it('follows a custom window', () => {
    const window = { earlyMinutes: 10, lateMinutes: 0 };
    expect(checkInTiming(slotStart, slotStart - 11 * MINUTE, window)).toBe('too_early');
    expect(checkInTiming(slotStart, slotStart - 10 * MINUTE, window)).toBe('ok');
    expect(checkInTiming(slotStart, slotStart + 1, window)).toBe('too_late');
  });
});

describe('businessDayOf', () => {
  it('uses the office’s date, not UTC’s', () => {
    expect(businessDayOf(Date.parse('2026-11-20T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-21');
    expect(businessDayOf(Date.parse('2026-11-20T14:59:59.999Z'), 'Asia/Tokyo')).toBe('2026-11-20');
  });
});

describe('afterRecall', () => {
  it('counts recalls until the limit, then makes the ticket a no-show', () => {
    expect(DEFAULT_MAX_RECALLS).toBe(3);
    expect(afterRecall(0)).toEqual({ recalls: 1, noShow: false });
    expect(afterRecall(2)).toEqual({ recalls: 3, noShow: false });
    expect(afterRecall(3)).toEqual({ recalls: 3, noShow: true });
    expect(afterRecall(1, 1)).toEqual({ recalls: 1, noShow: true });
    expect(afterRecall(0, 0)).toEqual({ recalls: 0, noShow: true });
  });
});
