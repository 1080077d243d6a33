/**
 * Descriptive statistics for the manager dashboard: waiting and service times, and the service
 * level (share of residents called within a target).
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * rank ⌈p/100 × n⌉ (1-based; rank 1 for p = 0). It always reports a time some resident actually
 * waited — never an interpolated one — so "90% waited at most 23 minutes" can be checked against
 * the exported ticket rows by counting.
 *
 * A year of tickets is too many to sort per request, so the server keeps daily histograms of
 * whole-unit buckets (bucket i counts values in [i, i+1), the last bucket open-ended) plus the
 * exact sum and maximum. Count, mean and maximum from a histogram are exact; percentiles and the
 * service level have a resolution of one unit (one minute for minute buckets).
 */

/** Summary of a list of numbers; every field is 0 when `count` is 0. */
export interface Distribution {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  max: number;
}

const EMPTY: Distribution = { count: 0, mean: 0, p50: 0, p90: 0, max: 0 };

/** Mean, median, 90th percentile (both nearest-rank) and maximum of a list of finite numbers. */
export function summarize(values: readonly number[]): Distribution {
  if (values.length === 0) return { ...EMPTY };
  let sum = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    sum += value;
  }
  // A typed array sorts numerically without a comparator call per pair: a year of waits sorts
  // several times faster.
  const sorted = Float64Array.from(values).sort();
  return {
    count: values.length,
    mean: sum / values.length,
    p50: percentileSorted(sorted, 50),
    p90: percentileSorted(sorted, 90),
    max: sorted[sorted.length - 1]!,
  };
}

/** Percentile `p` (0–100) of ascending `sorted` values by nearest rank; 0 for no values. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[nearestRank(sorted.length, p) - 1]!;
}

/** Mean, median, 90th percentile and maximum from a histogram of whole-unit buckets and the exact sum and maximum. */
export function describeHistogram(buckets: readonly number[], sum: number, max: number): Distribution {
  const count = histogramCount(buckets);
  if (count === 0) return { ...EMPTY };
  return {
    count,
    mean: sum / count,
    p50: percentileHistogram(buckets, 50, max),
    p90: percentileHistogram(buckets, 90, max),
    max,
  };
}

/**
 * Percentile `p` (0–100) by nearest rank from a histogram: the lower bound of the bucket holding
 * that rank, so exact for whole-unit data and at most one unit low otherwise. The top rank is the
 * maximum itself, which the caller knows exactly; 0 for an empty histogram.
 */
export function percentileHistogram(buckets: readonly number[], p: number, max: number): number {
  const count = histogramCount(buckets);
  if (count === 0) return 0;
  const rank = nearestRank(count, p);
  if (rank === count) return max;
  let seen = 0;
  for (const [bucket, inBucket] of buckets.entries()) {
    seen += inBucket;
    // Never above the maximum, even when the histogram and the maximum disagree.
    if (seen >= rank) return Math.min(bucket, max);
  }
  return max;
}

/**
 * Histogram of non-negative `values` in `bucketCount` whole-unit buckets: bucket i counts values in
 * [i, i+1), and the last bucket also every larger value.
 */
export function histogramOf(values: readonly number[], bucketCount: number): number[] {
  if (!Number.isInteger(bucketCount) || bucketCount < 1) {
    throw new RangeError(`Not a bucket count: ${bucketCount}`);
  }
  const buckets = new Array<number>(bucketCount).fill(0);
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not a non-negative number: ${value}`);
    const bucket = Math.min(Math.floor(value), bucketCount - 1);
    buckets[bucket]! += 1;
  }
  return buckets;
}

/**
 * Adds histograms bucket by bucket; the shorter one counts as zeros beyond its end. Lengths may
 * differ when trailing empty buckets were trimmed; two open-ended last buckets only add up
 * correctly at the same length.
 */
export function mergeHistograms(a: readonly number[], b: readonly number[]): number[] {
  const length = Math.max(a.length, b.length);
  return Array.from({ length }, (_, bucket) => (a[bucket] ?? 0) + (b[bucket] ?? 0));
}

/** Share (0–1) of values at or under `target`: the service level ("called within 15 minutes"); 0 for no values. */
export function shareWithin(values: readonly number[], target: number): number {
  if (values.length === 0) return 0;
  let within = 0;
  for (const value of values) if (value <= target) within += 1;
  return within / values.length;
}

/**
 * Share (0–1) of a histogram's values at or under `target`, counting only buckets that lie wholly
 * within it (i + 1 ≤ target: for a whole target, the buckets below it); 0 for an empty histogram.
 *
 * A wait of 15 min 40 s sits in bucket 15, so counting that bucket as "within 15 minutes" would
 * overstate the service level by up to a minute's worth of residents. Leaving it out instead
 * understates it only by waits of exactly the target; for whole-unit data that is the share
 * strictly under the target.
 */
export function shareWithinHistogram(buckets: readonly number[], target: number): number {
  const count = histogramCount(buckets);
  if (count === 0) return 0;
  let within = 0;
  for (const [bucket, inBucket] of buckets.entries()) {
    if (bucket + 1 > target) break;
    within += inBucket;
  }
  return within / count;
}

function histogramCount(buckets: readonly number[]): number {
  let count = 0;
  for (const inBucket of buckets) {
    if (!Number.isInteger(inBucket) || inBucket < 0) throw new RangeError(`Not a bucket count: ${inBucket}`);
    count += inBucket;
  }
  return count;
}

function nearestRank(count: number, p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`Not a percentile: ${p}`);
  // (p × n) / 100 rather than p / 100 × n: 0.7 × 10 is 7.000000000000001 and would round up to
  // rank 8. The relative tolerance absorbs what float error remains for fractional p.
  const exact = (p * count) / 100;
  const rank = Math.ceil(exact - exact * 1e-12);
  return Math.min(Math.max(rank, 1), count);
}
