/**
 * Windows to open hour by hour.
 *
 * Each hour is sized on its own as if its arrival rate held steady all hour (the "stationary
 * independent period" approximation): simple, and close enough when service times are short
 * against an hour. It misses the queue one hour hands to the next, so the first hour after a
 * rush — the opening burst at 8:30 is the usual one — may need a window more than it says.
 */

import { requiredWindows, type StaffingResult } from './erlang-c.ts';

/** One hour of a staffing plan. */
export interface StaffingPlanHour extends StaffingResult {
  /** Local hour of day, 0–23 (the index into the arrivals). */
  hour: number;
  arrivals: number;
}

/** Windows needed hour by hour for a forecast: requiredWindows per hour with the service's mean service time. */
export function staffingPlan(input: {
  arrivalsByHour: readonly number[];
  serviceMinutes: number;
  targetMinutes: number;
  targetShare: number;
  maxWindows?: number;
}): StaffingPlanHour[] {
  const { arrivalsByHour, ...target } = input;
  return arrivalsByHour.map((arrivals, hour) => ({
    hour,
    arrivals,
    ...requiredWindows({ ...target, arrivalsPerHour: arrivals }),
  }));
}
