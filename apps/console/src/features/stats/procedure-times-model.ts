import type { ProcedureStatsResponse, ProcedureTimes } from '@kakanai/contracts';
import { linearScale, niceTicks } from './charts/scale.ts';

/** The three steps of called → accepted, left to right as the bars draw them. */
export const APPLICATION_STEPS = ['preparation', 'signing', 'acceptance'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

/** One row of the time-per-procedure table: a procedure, or every application together. */
export interface ProcedureTimeRow {
  /** The procedure's id; '' for the total. */
  procedureId: string;
  name: string;
  applications: number;
  mean: number;
  p50: number;
  p90: number;
  steps: Record<ApplicationStep, number>;
}

function toRow(procedureId: string, name: string, times: ProcedureTimes): ProcedureTimeRow {
  return {
    procedureId,
    name,
    applications: times.applications,
    mean: times.minutes.mean,
    p50: times.minutes.p50,
    p90: times.minutes.p90,
    steps: {
      preparation: times.steps.preparationMean,
      signing: times.steps.signingMean,
      acceptance: times.steps.acceptanceMean,
    },
  };
}

/** The procedures' rows, named from the catalog (by id when it no longer has them), and the total's. */
export function procedureTimeRows(
  response: ProcedureStatsResponse,
  nameOf: (procedureId: string) => string | undefined,
  totalName: string,
): { rows: ProcedureTimeRow[]; total: ProcedureTimeRow } {
  return {
    rows: response.byProcedure
      .filter((p) => p.applications > 0)
      .map((p) => toRow(p.procedureId, nameOf(p.procedureId) ?? p.procedureId, p)),
    total: toRow('', totalName, response.total),
  };
}

/**
 * The minutes the bars run to: every row's bar on one round scale, so lengths compare down the
 * table. The steps add up to the mean, so the longest mean sets it.
 */
export function barScaleMinutes(rows: readonly ProcedureTimeRow[]): number {
  return niceTicks(Math.max(0, ...rows.map((r) => r.mean)), 4).at(-1)!;
}

/** A row's stacked bar: each step's segment within `width` px on a scale up to `scaleMinutes`. */
export function stepSegments(
  row: ProcedureTimeRow,
  scaleMinutes: number,
  width: number,
): { step: ApplicationStep; x: number; width: number }[] {
  const x = linearScale(scaleMinutes, 0, width);
  const segments: { step: ApplicationStep; x: number; width: number }[] = [];
  let minutes = 0;
  for (const step of APPLICATION_STEPS) {
    const start = x(minutes);
    minutes += Math.max(0, row.steps[step]);
    const end = x(minutes);
    if (end > start) segments.push({ step, x: start, width: end - start });
  }
  return segments;
}

/**
 * The procedure that takes longest on average, among those with enough applications for the mean
 * to say something (a single slow application is not a finding); undefined when none has.
 */
export function slowestProcedure(
  rows: readonly ProcedureTimeRow[],
  minApplications = 5,
): ProcedureTimeRow | undefined {
  return rows
    .filter((r) => r.applications >= minApplications)
    .reduce<ProcedureTimeRow | undefined>(
      (slowest, r) => (!slowest || r.mean > slowest.mean ? r : slowest),
      undefined,
    );
}

/** The step that takes the largest share of the total's time. */
export function longestStep(row: ProcedureTimeRow): ApplicationStep {
  return APPLICATION_STEPS.reduce((longest, step) => (row.steps[step] > row.steps[longest] ? step : longest));
}
