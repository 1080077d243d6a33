import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredWindows } from './erlang-c.ts';
import { staffingPlan } from './staffing-plan.ts';

// 10-minute services, 80% called within 15 minutes.
const target = { serviceMinutes: 10, targetMinutes: 15, targetShare: 0.8 };

describe('staffingPlan', () => {
  it('sizes each hour of a day on its own', () => {
    const arrivalsByHour = new Array<number>(24).fill(0);
    arrivalsByHour[8] = 6; // 1 Erlang: one window would be always busy, two keep up
    arrivalsByHour[9] = 30; // 5 Erlangs: 6 windows give 86.9% within 15 minutes
    arrivalsByHour[12] = 12; // 2 Erlangs
    const plan = staffingPlan({ arrivalsByHour, ...target });

    expect(plan).toHaveLength(24);
    expect(plan.map((hour) => hour.windows)).toEqual(
      new Array<number>(24).fill(0).with(8, 2).with(9, 6).with(12, 3),
    );
    expect(plan[9]).toMatchObject({ hour: 9, arrivals: 30, windows: 6, meetsTarget: true });
    expect(plan[9]?.serviceLevel).toBeCloseTo(0.869, 3);
    expect(plan[0]).toMatchObject({ hour: 0, arrivals: 0, windows: 0, serviceLevel: 1 });
  });

  it('passes maxWindows on, so one overloaded hour does not stop the plan', () => {
    const plan = staffingPlan({ arrivalsByHour: [30, 600], ...target, maxWindows: 20 });
    expect(plan.map((hour) => [hour.windows, hour.meetsTarget])).toEqual([
      [6, true],
      [20, false],
    ]);
  });

  it('sizes every hour as requiredWindows does, never fewer windows for a busier hour', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { minLength: 1, maxLength: 24 }),
        (arrivalsByHour) => {
          const plan = staffingPlan({ arrivalsByHour, ...target });
          for (const hour of plan) {
            expect(hour).toEqual({
              hour: hour.hour,
              arrivals: hour.arrivals,
              ...requiredWindows({ ...target, arrivalsPerHour: hour.arrivals }),
            });
          }
          const byArrivals = plan.toSorted((a, b) => a.arrivals - b.arrivals);
          for (let i = 1; i < byArrivals.length; i += 1) {
            expect(byArrivals[i]!.windows).toBeGreaterThanOrEqual(byArrivals[i - 1]!.windows);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
