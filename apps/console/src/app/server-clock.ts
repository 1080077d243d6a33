import { useNow } from './use-now.ts';

/**
 * How far the server's clock is ahead of this PC's. Waits and the lobby clock are counted on the
 * server's clock, which stamps every ticket: a lobby TV or a counter PC whose own clock is a few
 * minutes off (or a demo server started at another hour, CLOCK_START) would otherwise show
 * waits that never happened.
 */
let offsetMs = 0;

/** Notes the server's time as it stamped a message that has just arrived (a stream snapshot). */
export function noteServerTime(instant: string): void {
  const at = Date.parse(instant);
  if (Number.isFinite(at)) offsetMs = at - Date.now();
}

/** Now, on the server's clock. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** Now on the server's clock, refreshed every `intervalMs`. */
export function useServerNow(intervalMs: number): number {
  return useNow(intervalMs) + offsetMs;
}
