import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangC, meanWaitMinutes, requiredWindows, serviceLevel } from './erlang-c.ts';

// The textbook formula, fine for the few windows where its factorials stay small.
function erlangCByFactorials(traffic: number, servers: number): number {
  let term = 1;
  let below = 0;
  for (let k = 0; k < servers; k += 1) {
    below += term;
    term = (term * traffic) / (k + 1);
  }
  const waiting = (term * servers) / (servers - traffic);
  return waiting / (below + waiting);
}

const stableLoad = fc
  .record({
    servers: fc.integer({ min: 1, max: 40 }),
    utilisation: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  })
  .map(({ servers, utilisation }) => ({ servers, traffic: servers * utilisation }));

describe('erlangC', () => {
  it('matches the published values for 10 Erlangs', () => {
    // Published to four places; required to agree within 0.001, and does within 0.0001.
    expect(Math.abs(erlangC(10, 11) - 0.6821)).toBeLessThan(0.0001);
    expect(Math.abs(erlangC(10, 14) - 0.1741)).toBeLessThan(0.0001);
  });

  it('is 4/9 for 2 Erlangs on 3 windows', () => {
    expect(erlangC(2, 3)).toBeCloseTo(4 / 9, 12);
  });

  it('equals the utilisation on one window (M/M/1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (traffic) => {
        expect(erlangC(traffic, 1)).toBeCloseTo(traffic, 12);
      }),
    );
  });

  it('is A² / (2 + A) on two windows', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1.999, noNaN: true }), (traffic) => {
        expect(erlangC(traffic, 2)).toBeCloseTo(traffic ** 2 / (2 + traffic), 12);
      }),
    );
  });

  it('agrees with the factorial formula', () => {
    fc.assert(
      fc.property(stableLoad, ({ traffic, servers }) => {
        expect(erlangC(traffic, servers)).toBeCloseTo(erlangCByFactorials(traffic, servers), 9);
      }),
    );
  });

  it('stays a probability for a prefecture-sized hall, where factorials overflow', () => {
    const c = erlangC(1000, 1050);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('is 1 when the traffic reaches the windows, and 0 without traffic', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(12, 10)).toBe(1);
    expect(erlangC(3, 0)).toBe(1);
    expect(erlangC(0, 0)).toBe(0);
    expect(erlangC(0, 3)).toBe(0);
  });

  it('rejects negative traffic and fractional or negative windows', () => {
    expect(() => erlangC(-1, 3)).toThrow(RangeError);
    expect(() => erlangC(Number.NaN, 3)).toThrow(RangeError);
    expect(() => erlangC(1, 2.5)).toThrow(RangeError);
    expect(() => erlangC(1, -1)).toThrow(RangeError);
  });

  it('falls as windows are added and rises with the traffic', () => {
    fc.assert(
      fc.property(stableLoad, fc.double({ min: 0, max: 0.5, noNaN: true }), ({ traffic, servers }, more) => {
        expect(erlangC(traffic, servers + 1)).toBeLessThan(erlangC(traffic, servers));
        expect(erlangC(traffic * (1 + more), servers)).toBeGreaterThanOrEqual(erlangC(traffic, servers));
      }),
    );
  });
});

describe('meanWaitMinutes', () => {
  it('is C × service time / (windows − traffic)', () => {
    // 10 Erlangs on 14 windows of 3-minute services: 0.1741 × 3 / 4 minutes, the textbook 7.8 s.
    expect(meanWaitMinutes(10, 14, 3) * 60).toBeCloseTo(7.84, 2);
  });

  it('is ρ / (1 − ρ) service times on one window (M/M/1)', () => {
    expect(meanWaitMinutes(0.5, 1, 10)).toBeCloseTo(10, 12);
    expect(meanWaitMinutes(0.75, 1, 4)).toBeCloseTo(12, 12);
  });

  it('is 0 without traffic and unbounded once the traffic reaches the windows', () => {
    expect(meanWaitMinutes(0, 2, 5)).toBe(0);
    expect(meanWaitMinutes(2, 2, 5)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects a service time that is not positive', () => {
    expect(() => meanWaitMinutes(1, 2, 0)).toThrow(RangeError);
  });
});

describe('serviceLevel', () => {
  it('matches the textbook call-centre example: 10 Erlangs, 14 agents, 80% in 20 s of 3-minute calls', () => {
    expect(serviceLevel(10, 14, 3, 20 / 60)).toBeCloseTo(0.8884, 4);
    expect(serviceLevel(10, 13, 3, 20 / 60)).toBeCloseTo(0.7956, 4);
  });

  it('is the share not waiting at all for a target of 0', () => {
    expect(serviceLevel(10, 14, 3, 0)).toBeCloseTo(1 - erlangC(10, 14), 12);
  });

  it('is 1 without traffic and 0 once the traffic reaches the windows', () => {
    expect(serviceLevel(0, 1, 5, 10)).toBe(1);
    expect(serviceLevel(3, 3, 5, 10)).toBe(0);
  });

  it('rises with more windows and with a longer target', () => {
    fc.assert(
      fc.property(
        stableLoad,
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        ({ traffic, servers }, serviceMinutes, target, longer) => {
          const level = serviceLevel(traffic, servers, serviceMinutes, target);
          expect(level).toBeGreaterThanOrEqual(0);
          expect(level).toBeLessThanOrEqual(1);
          expect(serviceLevel(traffic, servers + 1, serviceMinutes, target)).toBeGreaterThanOrEqual(level);
          expect(serviceLevel(traffic, servers, serviceMinutes, target + longer)).toBeGreaterThanOrEqual(
            level,
          );
        },
      ),
    );
  });
});

describe('requiredWindows', () => {
  it('opens 14 windows for 200 three-minute calls an hour at 80% within 20 s', () => {
    const result = requiredWindows({
      arrivalsPerHour: 200,
      serviceMinutes: 3,
      targetMinutes: 20 / 60,
      targetShare: 0.8,
    });
    expect(result.windows).toBe(14);
    expect(result.probabilityOfWaiting).toBeCloseTo(0.1741, 4);
    expect(result.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(result.meanWaitMinutes * 60).toBeCloseTo(7.84, 2);
    expect(result.meetsTarget).toBe(true);
  });

  it('sizes a city-hall hour: 30 residents of 10 minutes, 80% called within 15 minutes', () => {
    // 5 Erlangs: 6 windows give 1 − 0.5875 × e^(−1.5) = 0.869.
    const result = requiredWindows({
      arrivalsPerHour: 30,
      serviceMinutes: 10,
      targetMinutes: 15,
      targetShare: 0.8,
    });
    expect(result.windows).toBe(6);
    expect(result.serviceLevel).toBeCloseTo(0.869, 3);
  });

  it('opens more windows than Erlangs even when any target would do', () => {
    expect(
      requiredWindows({ arrivalsPerHour: 30, serviceMinutes: 10, targetMinutes: 15, targetShare: 0 }).windows,
    ).toBe(6);
    expect(
      requiredWindows({ arrivalsPerHour: 24, serviceMinutes: 10, targetMinutes: 15, targetShare: 0 }).windows,
    ).toBe(5);
  });

  it('opens no window for an hour without arrivals', () => {
    expect(
      requiredWindows({ arrivalsPerHour: 0, serviceMinutes: 10, targetMinutes: 15, targetShare: 0.8 }),
    ).toEqual({
      windows: 0,
      probabilityOfWaiting: 0,
      meanWaitMinutes: 0,
      serviceLevel: 1,
      meetsTarget: true,
    });
  });

  it('stops at maxWindows and says the target is missed', () => {
    const overloaded = requiredWindows({
      arrivalsPerHour: 600,
      serviceMinutes: 10,
      targetMinutes: 15,
      targetShare: 0.8,
      maxWindows: 50,
    });
    expect(overloaded).toMatchObject({
      windows: 50,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      meetsTarget: false,
    });
    expect(overloaded.meanWaitMinutes).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects inputs that are not rates, times or shares', () => {
    const valid = { arrivalsPerHour: 30, serviceMinutes: 10, targetMinutes: 15, targetShare: 0.8 };
    expect(() => requiredWindows({ ...valid, arrivalsPerHour: -1 })).toThrow(RangeError);
    expect(() => requiredWindows({ ...valid, serviceMinutes: 0 })).toThrow(RangeError);
    expect(() => requiredWindows({ ...valid, targetMinutes: -1 })).toThrow(RangeError);
    expect(() => requiredWindows({ ...valid, targetShare: 1.5 })).toThrow(RangeError);
    expect(() => requiredWindows({ ...valid, maxWindows: 0 })).toThrow(RangeError);
  });

  it('meets the target with the fewest windows: one fewer misses it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 150, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (arrivalsPerHour, serviceMinutes, targetMinutes, targetShare) => {
          const traffic = (arrivalsPerHour * serviceMinutes) / 60;
          const result = requiredWindows({ arrivalsPerHour, serviceMinutes, targetMinutes, targetShare });
          expect(result.meetsTarget).toBe(true);
          expect(result.windows).toBeGreaterThan(traffic);
          expect(result.serviceLevel).toBeGreaterThanOrEqual(targetShare - 1e-9);
          const fewer = result.windows - 1;
          if (fewer > traffic) {
            expect(serviceLevel(traffic, fewer, serviceMinutes, targetMinutes)).toBeLessThan(targetShare);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
