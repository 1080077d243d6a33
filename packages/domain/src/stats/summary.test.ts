import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeHistogram,
  summarize as describeValues,
  histogramOf,
  mergeHistograms,
  percentileHistogram,
  percentileSorted,
  shareWithin,
  shareWithinHistogram,
} from './summary.ts';

const waits = [0, 2, 4, 10, 30];
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const max = (values: readonly number[]) => values.reduce((top, value) => Math.max(top, value), 0);
const wholeMinutes = fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 60 });
const seconds = fc.array(
  fc.integer({ min: 0, max: 3 * 3600 }).map((second) => second / 60),
  {
    minLength: 1,
    maxLength: 60,
  },
);

describe('describe', () => {
  it('summarises waits of 0, 2, 4, 10 and 30 minutes', () => {
    expect(describeValues(waits)).toEqual({ count: 5, mean: 9.2, p50: 4, p90: 30, max: 30 });
  });

  it('does not depend on the order of the values', () => {
    expect(describeValues([30, 4, 0, 10, 2])).toEqual(describeValues(waits));
  });

  it('is all zeros for no values', () => {
    expect(describeValues([])).toEqual({ count: 0, mean: 0, p50: 0, p90: 0, max: 0 });
  });

  it('reports the one value of a single wait for every figure', () => {
    expect(describeValues([7.5])).toEqual({ count: 1, mean: 7.5, p50: 7.5, p90: 7.5, max: 7.5 });
  });

  it('rejects values that are not finite numbers', () => {
    expect(() => describeValues([1, Number.NaN])).toThrow(RangeError);
    expect(() => describeValues([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('reports a median and 90th percentile that some value actually has, within the range', () => {
    fc.assert(
      fc.property(seconds, (values) => {
        const summary = describeValues(values);
        expect(values).toContain(summary.p50);
        expect(values).toContain(summary.p90);
        expect(summary.p50).toBeLessThanOrEqual(summary.p90);
        expect(summary.p90).toBeLessThanOrEqual(summary.max);
        expect(summary.mean).toBeLessThanOrEqual(summary.max + 1e-9);
      }),
    );
  });
});

describe('percentileSorted', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('takes the value at rank ⌈p/100 × n⌉', () => {
    expect(percentileSorted(ten, 10)).toBe(1);
    expect(percentileSorted(ten, 11)).toBe(2);
    expect(percentileSorted(ten, 50)).toBe(5);
    expect(percentileSorted(ten, 90)).toBe(9);
    expect(percentileSorted(ten, 95)).toBe(10);
  });

  it('is not pushed a rank up by float error (0.7 × 10 = 7.000000000000001)', () => {
    expect(percentileSorted(ten, 70)).toBe(7);
    expect(percentileSorted(ten, 30)).toBe(3);
    expect(
      percentileSorted(
        Array.from({ length: 100 }, (_, i) => i + 1),
        57,
      ),
    ).toBe(57);
  });

  it('gives the minimum at 0 and the maximum at 100', () => {
    expect(percentileSorted(ten, 0)).toBe(1);
    expect(percentileSorted(ten, 100)).toBe(10);
  });

  it('is 0 for no values and rejects a percentile outside 0–100', () => {
    expect(percentileSorted([], 50)).toBe(0);
    expect(() => percentileSorted(ten, 101)).toThrow(RangeError);
    expect(() => percentileSorted(ten, -1)).toThrow(RangeError);
    expect(() => percentileSorted(ten, Number.NaN)).toThrow(RangeError);
  });

  it('has at least p% of the values at or under it, and fewer strictly under it', () => {
    fc.assert(
      fc.property(seconds, fc.integer({ min: 0, max: 100 }), (values, p) => {
        const sorted = values.toSorted((a, b) => a - b);
        const value = percentileSorted(sorted, p);
        expect(sorted.filter((v) => v <= value).length).toBeGreaterThanOrEqual((p * sorted.length) / 100);
        expect(sorted.filter((v) => v < value).length).toBeLessThan(Math.max(1, (p * sorted.length) / 100));
      }),
    );
  });
});

describe('histogramOf', () => {
  it('counts whole units, the last bucket taking everything beyond', () => {
    expect(histogramOf([0, 0.5, 2, 2.99, 3, 40], 4)).toEqual([2, 0, 2, 2]);
  });

  it('rejects negative values and a bucket count below 1', () => {
    expect(() => histogramOf([-1], 4)).toThrow(RangeError);
    expect(() => histogramOf([1], 0)).toThrow(RangeError);
  });
});

describe('describeHistogram', () => {
  it('summarises the same waits from a daily rollup', () => {
    expect(describeHistogram(histogramOf(waits, 60), 46, 30)).toEqual(describeValues(waits));
  });

  it('reads the top rank from the exact maximum even inside the open-ended bucket', () => {
    // 30 minutes falls in the open bucket "20 and over"; p90 of five values is the fifth, the maximum.
    expect(describeHistogram(histogramOf(waits, 21), 46, 30)).toEqual(describeValues(waits));
  });

  it('reports the open bucket’s lower bound for a rank inside it short of the top', () => {
    const long = [1, 25, 35, 45];
    // p50 is rank 2, the 25 in bucket "20 and over".
    expect(describeHistogram(histogramOf(long, 21), 106, 45).p50).toBe(20);
  });

  it('is all zeros for an empty histogram', () => {
    expect(describeHistogram([], 0, 0)).toEqual({ count: 0, mean: 0, p50: 0, p90: 0, max: 0 });
    expect(describeHistogram([0, 0, 0], 0, 0)).toEqual({ count: 0, mean: 0, p50: 0, p90: 0, max: 0 });
  });

  it('rejects bucket counts that are not whole and non-negative', () => {
    expect(() => describeHistogram([1, -1], 0, 1)).toThrow(RangeError);
    expect(() => describeHistogram([0.5], 0, 0)).toThrow(RangeError);
  });

  it('agrees with describe on whole-minute waits', () => {
    fc.assert(
      fc.property(wholeMinutes, (values) => {
        const fromHistogram = describeHistogram(histogramOf(values, 100), sum(values), max(values));
        expect(fromHistogram).toEqual(describeValues(values));
      }),
    );
  });

  it('is within one minute below describe for waits in seconds', () => {
    fc.assert(
      fc.property(seconds, (values) => {
        const exact = describeValues(values);
        const fromHistogram = describeHistogram(histogramOf(values, 240), sum(values), max(values));
        expect(fromHistogram.count).toBe(exact.count);
        expect(fromHistogram.mean).toBeCloseTo(exact.mean, 9);
        expect(fromHistogram.max).toBe(exact.max);
        for (const key of ['p50', 'p90'] as const) {
          expect(fromHistogram[key]).toBeLessThanOrEqual(exact[key]);
          expect(exact[key] - fromHistogram[key]).toBeLessThan(1);
        }
      }),
    );
  });
});

describe('percentileHistogram', () => {
  it('never reports above the maximum it is given', () => {
    expect(percentileHistogram([0, 0, 0, 0, 0, 2, 1], 50, 5.5)).toBe(5);
    expect(percentileHistogram([0, 0, 0, 0, 0, 0, 0, 0, 3, 1], 50, 5)).toBe(5);
  });
});

describe('mergeHistograms', () => {
  it('adds bucket by bucket, the shorter one padded with zeros', () => {
    expect(mergeHistograms([1, 2], [3, 4, 5])).toEqual([4, 6, 5]);
    expect(mergeHistograms([], [])).toEqual([]);
  });

  it('summarises two days together as if their waits were one list', () => {
    fc.assert(
      fc.property(wholeMinutes, wholeMinutes, (day1, day2) => {
        const merged = mergeHistograms(histogramOf(day1, 100), histogramOf(day2, 100));
        const both = [...day1, ...day2];
        expect(describeHistogram(merged, sum(both), max(both))).toEqual(describeValues(both));
      }),
    );
  });
});

describe('shareWithin', () => {
  it('counts waits at or under the target', () => {
    expect(shareWithin(waits, 15)).toBe(0.8);
    expect(shareWithin(waits, 10)).toBe(0.8);
    expect(shareWithin(waits, 9.99)).toBe(0.6);
    expect(shareWithin(waits, 0)).toBe(0.2);
  });

  it('is 0 for no values', () => {
    expect(shareWithin([], 15)).toBe(0);
  });
});

describe('shareWithinHistogram', () => {
  it('matches the exact share when no wait sits in the target’s own minute', () => {
    expect(shareWithinHistogram(histogramOf(waits, 60), 15)).toBe(0.8);
  });

  it('leaves out the bucket that starts at the target: 15 min 40 s is not within 15 minutes', () => {
    const withFifteen = [3, 15, 15 + 40 / 60, 20];
    expect(shareWithin(withFifteen, 15)).toBe(0.5);
    expect(shareWithinHistogram(histogramOf(withFifteen, 60), 15)).toBe(0.25);
  });

  it('counts a bucket only when all of it is within a fractional target', () => {
    expect(shareWithinHistogram([1, 1, 1, 1], 2.5)).toBe(0.5);
    expect(shareWithinHistogram([1, 1, 1, 1], 3)).toBe(0.75);
  });

  it('is 0 for an empty histogram', () => {
    expect(shareWithinHistogram([0, 0], 15)).toBe(0);
  });

  it('on whole-minute waits, equals the exact share strictly under the target', () => {
    fc.assert(
      fc.property(wholeMinutes, fc.integer({ min: 0, max: 100 }), (values, target) => {
        const underTarget =
          values.length === 0 ? 0 : values.filter((value) => value < target).length / values.length;
        expect(shareWithinHistogram(histogramOf(values, 100), target)).toBe(underTarget);
        expect(shareWithinHistogram(histogramOf(values, 100), target)).toBe(shareWithin(values, target - 1));
      }),
    );
  });

  it('never overstates the exact service level', () => {
    fc.assert(
      fc.property(seconds, fc.integer({ min: 0, max: 200 }), (values, target) => {
        expect(shareWithinHistogram(histogramOf(values, 240), target)).toBeLessThanOrEqual(
          shareWithin(values, target),
        );
      }),
    );
  });
});
