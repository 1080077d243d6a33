import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes, typicalServiceMinutes } from './wait-estimate.ts';

const times = (count: number, seconds: number) => Array.from({ length: count }, () => seconds);

describe('typicalServiceMinutes', () => {
  it('falls back to the default with fewer than 5 usable samples', () => {
    expect(typicalServiceMinutes([], 12)).toBe(12);
    expect(typicalServiceMinutes(times(4, 600), 12)).toBe(12);
    expect(typicalServiceMinutes(times(5, 600), 12)).toBe(10);
  });

  it('honours a custom minimum sample count', () => {
    expect(typicalServiceMinutes(times(3, 600), 12, 3)).toBe(10);
    expect(typicalServiceMinutes(times(5, 600), 12, 6)).toBe(12);
    expect(typicalServiceMinutes([], 12, 0)).toBe(12);
  });

  it('discards mis-clicks under 30 s and tickets left open over 3 h', () => {
    expect(typicalServiceMinutes([5, 29, 11_000, ...times(4, 600)], 12)).toBe(12);
    // Exactly 30 s and exactly 3 h are kept: (30 + 3 × 600 + 10 800) / 5 s = 42.1 min.
    expect(typicalServiceMinutes([30, 600, 600, 600, 10_800], 12)).toBe(42.1);
  });

  it('trims the longest and shortest 10% before averaging', () => {
    // One 100-minute case among nine 5-minute ones: a plain mean would say 14.5.
    expect(typicalServiceMinutes([...times(9, 300), 6_000], 12)).toBe(5);
    // 20 samples of 1…20 minutes: drop 1, 2 and 19, 20; the mean of 3…18 is 10.5.
    const ramp = Array.from({ length: 20 }, (_, i) => (i + 1) * 60);
    expect(typicalServiceMinutes(ramp, 12)).toBe(10.5);
  });

  it('uses only the latest 30 samples', () => {
    expect(typicalServiceMinutes([...times(10, 3_000), ...times(30, 480)], 12)).toBe(8);
  });

  it('rounds to a tenth of a minute', () => {
    expect(typicalServiceMinutes(times(5, 400), 12)).toBe(6.7);
    expect(typicalServiceMinutes([...times(4, 400), 401], 12)).toBe(6.7);
  });
});

describe('estimateWaitMinutes', () => {
  it('is 0 for the next ticket while a window is free', () => {
    expect(estimateWaitMinutes({ ahead: 0, serviceMinutes: 10, openWindows: 1 })).toBe(0);
    expect(estimateWaitMinutes({ ahead: 0, serviceMinutes: 10, openWindows: 2, servingNow: 1 })).toBe(0);
  });

  it('waits for half a service when every window is busy', () => {
    expect(estimateWaitMinutes({ ahead: 0, serviceMinutes: 10, openWindows: 2, servingNow: 2 })).toBe(5);
    expect(estimateWaitMinutes({ ahead: 0, serviceMinutes: 9, openWindows: 1, servingNow: 1 })).toBe(5);
  });

  it('shares the work ahead among the open windows, rounding up', () => {
    expect(estimateWaitMinutes({ ahead: 3, serviceMinutes: 10, openWindows: 2, servingNow: 2 })).toBe(20);
    // (4 + 0.5) × 7.5 = 33.75 minutes of work at one window.
    expect(estimateWaitMinutes({ ahead: 4, serviceMinutes: 7.5, openWindows: 1, servingNow: 1 })).toBe(34);
    expect(estimateWaitMinutes({ ahead: 7, serviceMinutes: 6, openWindows: 3 })).toBe(14);
  });

  it('estimates a closed service as if one window opens', () => {
    expect(estimateWaitMinutes({ ahead: 2, serviceMinutes: 5, openWindows: 0 })).toBe(10);
    expect(estimateWaitMinutes({ ahead: 0, serviceMinutes: 5, openWindows: 0 })).toBe(0);
  });

  it('does not round float noise up to an extra minute', () => {
    expect(estimateWaitMinutes({ ahead: 10, serviceMinutes: 1.1, openWindows: 1 })).toBe(11);
    expect(estimateWaitMinutes({ ahead: 3, serviceMinutes: 0.1, openWindows: 1 })).toBe(1);
  });

  it('grows with the people ahead and shrinks with the open windows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 900 }).map((tenths) => tenths / 10),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (ahead, openWindows, serviceMinutes, servingNow, more) => {
          const base = estimateWaitMinutes({ ahead, serviceMinutes, openWindows, servingNow });
          expect(Number.isInteger(base)).toBe(true);
          expect(base).toBeGreaterThanOrEqual(0);
          const moreAhead = estimateWaitMinutes({
            ahead: ahead + more,
            serviceMinutes,
            openWindows,
            servingNow,
          });
          expect(moreAhead).toBeGreaterThanOrEqual(base);
          const moreWindows = estimateWaitMinutes({
            ahead,
            serviceMinutes,
            openWindows: openWindows + more,
            servingNow,
          });
          expect(moreWindows).toBeLessThanOrEqual(base);
        },
      ),
    );
  });
});
