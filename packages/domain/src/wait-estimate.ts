/**
 * Wait estimates shown on tickets, the kiosk and the lobby display.
 *
 * A queue drains at the mean service time, not the median: service times are skewed to the right
 * (most 住民票 take minutes, a 転入届 with children takes far longer), so a median under-predicts
 * the wait. A plain mean, though, swings with the one case that forgot to press "complete".
 * A 10%-trimmed mean of recent services keeps the first and drops the second.
 */

const MAX_SAMPLES = 30;
// Shorter than this is a mis-click (start and complete pressed together), not a service.
const MIN_PLAUSIBLE_SECONDS = 30;
// Longer than this is a ticket left open over lunch, not a service.
const MAX_PLAUSIBLE_SECONDS = 3 * 60 * 60;
const TRIM_SHARE = 0.1;

/** Typical service time from recent completed services (seconds, oldest first), or the service's default when too few samples. */
export function typicalServiceMinutes(
  recentServiceSeconds: readonly number[],
  defaultMinutes: number,
  minSamples = 5,
): number {
  // Only the latest services: the mix of cases shifts through the day and the season.
  const plausible = recentServiceSeconds
    .slice(-MAX_SAMPLES)
    .filter((seconds) => seconds >= MIN_PLAUSIBLE_SECONDS && seconds <= MAX_PLAUSIBLE_SECONDS);
  if (plausible.length === 0 || plausible.length < minSamples) return defaultMinutes;
  const sorted = plausible.toSorted((a, b) => a - b);
  const trim = Math.floor(sorted.length * TRIM_SHARE);
  const kept = sorted.slice(trim, sorted.length - trim);
  const meanSeconds = kept.reduce((sum, seconds) => sum + seconds, 0) / kept.length;
  return Math.round((meanSeconds / 60) * 10) / 10;
}

/** Minutes until a ticket with `ahead` people ahead is called, with `openWindows` windows serving its service. */
export function estimateWaitMinutes(input: {
  ahead: number;
  serviceMinutes: number;
  openWindows: number;
  servingNow?: number;
}): number {
  const { ahead, serviceMinutes, openWindows, servingNow = 0 } = input;
  // A service with no window open still gets an estimate, as if one opens: "unknown" helps nobody.
  const windows = Math.max(1, openWindows);
  if (ahead === 0 && servingNow < windows) return 0;
  // Someone being served is, on average, half done.
  const work = (ahead + servingNow / 2) * serviceMinutes;
  // Rounding away float noise first keeps 10 × 1.1 = 11.000000000000002 from becoming 12 minutes.
  return Math.ceil(Math.round((work / windows) * 1e6) / 1e6);
}
