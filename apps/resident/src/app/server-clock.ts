import { useNow } from './use-now.ts';

/**
 * How far the server's clock is ahead of this device's. The kiosk's clock and "updated at" times
 * are the hall's time: a tablet whose own clock drifts (or a demo server started at another hour
 * with CLOCK_START) would otherwise show a time nobody in the hall sees.
 */
let offsetMs = 0;

/** Notes the server's time as it stamped a message that has just arrived (a stream snapshot). */
export function noteServerTime(instant: string): void {
  const at = Date.parse(instant);
  if (Number.isFinite(at)) offsetMs = at - Date.now();
}

/** Now on the server's clock, refreshed every `intervalMs`. */
export function useServerNow(intervalMs: number): number {
  return useNow(intervalMs) + offsetMs;
}

/** A moment this device measured (Date.now(), a query's dataUpdatedAt) on the server's clock. */
export function onServerClock(localMs: number): number {
  return localMs + offsetMs;
}
