/**
 * Erlang C: the M/M/c queue, to say how many windows a service needs.
 *
 * Residents arrive at random (Poisson) at a steady rate, service times are exponential with the
 * given mean, any open window serves the next resident, and nobody leaves the queue. Traffic in
 * Erlangs is arrival rate × mean service time: the number of windows kept busy on average.
 *
 * Known gaps, accepted because they err towards opening a window too many: residents who give up
 * and leave (no-shows after a long wait) are not modelled, and real service times are more
 * variable than exponential for some procedures and less for others.
 */

/** Probability (0–1) an arrival has to wait, for `traffic` Erlangs on `servers` windows; 1 when traffic ≥ servers, 0 with no traffic. */
export function erlangC(traffic: number, servers: number): number {
  checkLoad(traffic, servers);
  if (traffic === 0) return 0;
  if (traffic >= servers) return 1;
  // Erlang B by its recurrence B(k) = A·B(k−1) / (k + A·B(k−1)) stays within [0, 1] at every step,
  // where the textbook formula's A^N / N! overflows from about 170 windows.
  let blocking = 1;
  for (let k = 1; k <= servers; k += 1) {
    blocking = (traffic * blocking) / (k + traffic * blocking);
  }
  return (servers * blocking) / (servers - traffic * (1 - blocking));
}

/** Mean wait of all arrivals, waiting or not (minutes) = C × serviceMinutes / (servers − traffic); Infinity when traffic ≥ servers. */
export function meanWaitMinutes(traffic: number, servers: number, serviceMinutes: number): number {
  checkLoad(traffic, servers);
  checkServiceMinutes(serviceMinutes);
  if (traffic === 0) return 0;
  // The queue grows without bound: no steady state to average over.
  if (traffic >= servers) return Number.POSITIVE_INFINITY;
  return (erlangC(traffic, servers) * serviceMinutes) / (servers - traffic);
}

/** Share (0–1) of arrivals called within `targetMinutes` = 1 − C × e^(−(servers − traffic) × target / serviceMinutes); 0 when traffic ≥ servers. */
export function serviceLevel(
  traffic: number,
  servers: number,
  serviceMinutes: number,
  targetMinutes: number,
): number {
  checkLoad(traffic, servers);
  checkServiceMinutes(serviceMinutes);
  if (!(targetMinutes >= 0)) throw new RangeError(`Not a target in minutes: ${targetMinutes}`);
  if (traffic === 0) return 1;
  if (traffic >= servers) return 0;
  return 1 - erlangC(traffic, servers) * Math.exp((-(servers - traffic) * targetMinutes) / serviceMinutes);
}

/** What the counter must achieve in an hour: its arrivals, their service time and the service-level target. */
export interface StaffingInput {
  arrivalsPerHour: number;
  serviceMinutes: number;
  targetMinutes: number;
  /** The share (0–1) of arrivals to be called within `targetMinutes`. */
  targetShare: number;
  /** Stop searching here (default 100); the result then says `meetsTarget: false`. */
  maxWindows?: number;
}

/** Windows to open and what residents can expect with that many. */
export interface StaffingResult {
  windows: number;
  probabilityOfWaiting: number;
  meanWaitMinutes: number;
  serviceLevel: number;
  /** False only when even `maxWindows` windows miss the target. */
  meetsTarget: boolean;
}

const DEFAULT_MAX_WINDOWS = 100;
// Float noise must not make 0.8000000000000002 vs 0.8 cost a window.
const SHARE_TOLERANCE = 1e-9;

/** The fewest windows that meet the service-level target (always more windows than Erlangs of traffic); 0 windows when there are no arrivals. */
export function requiredWindows(input: StaffingInput): StaffingResult {
  const { arrivalsPerHour, serviceMinutes, targetMinutes, targetShare } = input;
  const maxWindows = input.maxWindows ?? DEFAULT_MAX_WINDOWS;
  if (!(arrivalsPerHour >= 0) || arrivalsPerHour === Number.POSITIVE_INFINITY) {
    throw new RangeError(`Not an arrival rate: ${arrivalsPerHour}`);
  }
  checkServiceMinutes(serviceMinutes);
  if (!(targetMinutes >= 0)) throw new RangeError(`Not a target in minutes: ${targetMinutes}`);
  if (!(targetShare >= 0 && targetShare <= 1)) throw new RangeError(`Not a share: ${targetShare}`);
  if (!Number.isInteger(maxWindows) || maxWindows < 1)
    throw new RangeError(`Not a window count: ${maxWindows}`);

  if (arrivalsPerHour === 0) {
    return { windows: 0, probabilityOfWaiting: 0, meanWaitMinutes: 0, serviceLevel: 1, meetsTarget: true };
  }
  const traffic = (arrivalsPerHour * serviceMinutes) / 60;
  // Fewer windows than Erlangs can never keep up, whatever the target.
  const fewestStable = Math.floor(traffic) + 1;
  for (let windows = Math.min(fewestStable, maxWindows); ; windows += 1) {
    const level = serviceLevel(traffic, windows, serviceMinutes, targetMinutes);
    const meetsTarget = windows >= fewestStable && level >= targetShare - SHARE_TOLERANCE;
    if (meetsTarget || windows >= maxWindows) {
      return {
        windows,
        probabilityOfWaiting: erlangC(traffic, windows),
        meanWaitMinutes: meanWaitMinutes(traffic, windows, serviceMinutes),
        serviceLevel: level,
        meetsTarget,
      };
    }
  }
}

function checkLoad(traffic: number, servers: number): void {
  if (!(traffic >= 0) || traffic === Number.POSITIVE_INFINITY)
    throw new RangeError(`Not a traffic: ${traffic}`);
  if (!Number.isInteger(servers) || servers < 0) throw new RangeError(`Not a server count: ${servers}`);
}

function checkServiceMinutes(serviceMinutes: number): void {
  if (!(serviceMinutes > 0) || serviceMinutes === Number.POSITIVE_INFINITY) {
    throw new RangeError(`Not a service time in minutes: ${serviceMinutes}`);
  }
}
