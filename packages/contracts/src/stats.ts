import { z } from 'zod';
import { IdSchema, LocalDateSchema } from './common.ts';
import { TicketSourceSchema } from './queue.ts';

/**
 * The manager dashboard's statistics.
 *
 * Two units are counted, and each figure says which:
 * - a **visit** is one ticket: one resident's trip to the hall, one number, even across services.
 *   A visit belongs to the service it took its number for, the window that first called it, and
 *   the hour it was issued; its outcome is how it ended (after any transfers).
 * - a **queue visit** is one segment: one wait in one service's queue. A visit transferred to
 *   another service (ワンストップ) waits again there, so it has two. Waiting and service times and
 *   the service level count queue visits, filtered by their own service and window.
 * Times are measured in whole seconds and reported in minutes. Percentiles are nearest-rank from
 * one-minute buckets: "p90 = 23" means 90% waited less than 24 minutes.
 */

/** At most this many days per statistics request: a year, leap day included. */
export const MAX_STATS_DAYS = 366;

/** The buckets of the wait distribution: five minutes wide, the last open-ended. */
export const WAIT_DISTRIBUTION_BUCKET_MINUTES = 5;
export const WAIT_DISTRIBUTION_OPEN_FROM_MINUTES = 60;

/** Wait estimates within this many minutes of the actual wait count as accurate. */
export const ESTIMATE_TOLERANCE_MINUTES = 5;

export const StatsQuerySchema = z.object({
  officeId: IdSchema,
  from: LocalDateSchema.describe('first business day, inclusive'),
  to: LocalDateSchema.describe(`last business day, inclusive; at most ${MAX_STATS_DAYS} days after from`),
  serviceId: IdSchema.optional().describe(
    'visits that took their number for this service; queue visits in its queue',
  ),
  windowId: IdSchema.optional().describe('visits first called at this window; queue visits called there'),
  source: TicketSourceSchema.optional().describe('walk-ins or checked-in reservations'),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/** Mean, median, 90th percentile and maximum, in minutes; all 0 when count is 0. */
export const MinutesDistributionSchema = z.object({
  count: z.number().int(),
  mean: z.number(),
  p50: z.number(),
  p90: z.number(),
  max: z.number(),
});
export type MinutesDistribution = z.infer<typeof MinutesDistributionSchema>;

export const ServiceLevelSchema = z.object({
  targetMinutes: z.number().int(),
  share: z.number().describe('0–1: queue visits called within targetMinutes (to the minute) of joining'),
  targetShare: z.number().describe('0–1: the share the office aims for'),
});

export const StatsByServiceSchema = z.object({
  serviceId: IdSchema,
  visits: z.number().int().describe('visits that took their number for this service'),
  served: z.number().int(),
  noShows: z.number().int(),
  transfers: z.number().int().describe('of those visits, how many were passed on to another service'),
  arrivals: z.number().int().describe('queue visits: numbers taken for it plus transfers in'),
  waitMinutes: MinutesDistributionSchema,
  serviceMinutes: MinutesDistributionSchema,
  serviceLevel: z.number().describe('0–1, against the summary’s targetMinutes'),
});

export const StatsByHourSchema = z.object({
  hour: z.number().int().min(0).max(23).describe('office-local hour of day'),
  arrivals: z.number().int().describe('visits issued in this hour'),
  waitMean: z.number().describe('mean wait (minutes) of queue visits that joined in this hour; 0 when none'),
});

export const StatsDaySchema = z.object({
  date: LocalDateSchema,
  visits: z.number().int(),
  waitMean: z.number(),
  serviceLevel: z.number().describe('0–1; 0 when nobody was called'),
});

export const WaitBucketSchema = z.object({
  fromMinutes: z.number().int(),
  toMinutes: z.number().int().nullable().describe('exclusive; null for the open-ended last bucket'),
  count: z.number().int(),
});

export const SummaryResponseSchema = z.object({
  officeId: IdSchema,
  from: LocalDateSchema,
  to: LocalDateSchema,
  serviceId: IdSchema.optional(),
  windowId: IdSchema.optional(),
  source: TicketSourceSchema.optional(),
  visits: z.number().int(),
  served: z.number().int().describe('visits that ended served'),
  noShows: z.number().int().describe('visits that did not answer their call'),
  notServed: z.number().int().describe('visits still waiting when the office closed'),
  inProgress: z.number().int().describe('visits of today still in the hall'),
  transfers: z.number().int().describe('visits passed on to another service at least once'),
  waitMinutes: MinutesDistributionSchema.describe('queue visits: joining the queue → called'),
  serviceMinutes: MinutesDistributionSchema.describe(
    'queue visits served or passed on: started (or called) → done',
  ),
  serviceLevel: ServiceLevelSchema,
  visitMinutes: MinutesDistributionSchema.extend({
    baselineMinutes: z.number().int().describe('the time a visit took before; the city aims to halve it'),
    ratioToBaseline: z.number().describe('mean ÷ baseline; 0.5 meets the goal'),
  }).describe('served visits: number issued → done, the time a resident spends in the hall'),
  booked: z.object({
    visits: z.number().int().describe('visits that checked in with a reservation'),
    share: z.number().describe('0–1 of all visits'),
    noShows: z.number().int(),
    noShowRate: z.number().describe('0–1 of booked visits'),
  }),
  estimateAccuracy: z.object({
    count: z.number().int().describe('called visits: the wait quoted at issue against the first wait'),
    meanAbsoluteErrorMinutes: z.number(),
    shareWithinTolerance: z.number().describe('0–1'),
    toleranceMinutes: z.number().int(),
  }),
  byService: z.array(StatsByServiceSchema),
  byHour: z.array(StatsByHourSchema).length(24),
  byWeekdayHour: z
    .array(z.array(z.number().int()).length(24))
    .length(7)
    .describe('visits issued, [weekday 0 = Sunday … 6 = Saturday][hour 0–23]'),
  daily: z.array(StatsDaySchema).describe('days with visits, oldest first'),
  waitDistribution: z.array(WaitBucketSchema),
});
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;

/**
 * Time per procedure (手続きごとの所要時間): how long a resident spends at the window on an
 * application, from being called to its acceptance, which the city aims to halve.
 *
 * An application is a visit opened at the window and accepted (status accepted or exported) at an
 * instant within the range's business days. Its time runs from the ticket's call to the window
 * (or, with no ticket, from opening the visit) to acceptance, and splits into three steps that add
 * up to it: preparation at the window (called → last sent to the counter tablet), the resident
 * reading and signing (→ signed) and acceptance (→ accepted); a step never taken counts as 0.
 * An application with several procedures counts once in each of its procedures' rows and once in
 * the total, so the rows' counts may add up to more than the total. Percentiles are nearest-rank
 * from one-minute buckets, as for the summary.
 *
 * Filters: serviceId keeps the procedures that service handles (and applications with at least one
 * of them); windowId the applications taken at that window; source the ticket's source (an
 * application without a ticket is a reservation's when it was opened from one).
 */
export const ApplicationStepsSchema = z.object({
  preparationMean: z
    .number()
    .describe('minutes, mean: called → sent to the counter tablet (the last time), staff filling in'),
  signingMean: z.number().describe('minutes, mean: sent → signed, the resident reading and signing'),
  acceptanceMean: z.number().describe('minutes, mean: signed → accepted by staff'),
});

export const ProcedureTimesSchema = z.object({
  applications: z.number().int().describe('accepted applications'),
  minutes: MinutesDistributionSchema.describe('called (or opened) → accepted'),
  steps: ApplicationStepsSchema.describe('the three steps; their means add up to minutes.mean'),
});
export type ProcedureTimes = z.infer<typeof ProcedureTimesSchema>;

export const ProcedureStatsResponseSchema = z.object({
  officeId: IdSchema,
  from: LocalDateSchema,
  to: LocalDateSchema,
  serviceId: IdSchema.optional(),
  windowId: IdSchema.optional(),
  source: TicketSourceSchema.optional(),
  total: ProcedureTimesSchema.describe('every application once, whatever its number of procedures'),
  byProcedure: z
    .array(ProcedureTimesSchema.extend({ procedureId: IdSchema }))
    .describe(
      'procedures with at least one application, in catalog order; an application in each of its procedures',
    ),
});
export type ProcedureStatsResponse = z.infer<typeof ProcedureStatsResponseSchema>;

export const StatsExportQuerySchema = StatsQuerySchema.extend({
  kind: z.enum(['figures', 'tickets']).default('figures'),
});
export type StatsExportQuery = z.input<typeof StatsExportQuerySchema>;

/**
 * The anonymous ticket rows of export.csv?kind=tickets, in this order. One row per queue visit
 * (segment), ordered by business day and ticket number; a transferred visit has one row per
 * service it queued for, the first being the one it took its number for. `source`, `issued_at`
 * and `outcome` (how the visit ended; empty while it is still in the hall) are the visit's, on
 * each of its rows; the rest are the queue visit's. `wait_seconds` counts from joining that
 * service's queue — `issued_at` on the first row, the previous row's `completed_at` after a
 * transfer — and is empty when never called; `service_seconds` is empty unless the queue visit
 * was served or passed on. With a service or window filter the file holds every row of each visit
 * with a matching row. To recompute the dashboard: visits and outcomes from each visit's first row
 * (the ones matching the filter), waits, service times and the service level from the rows
 * matching the filter, visit time from served visits' last `completed_at` − `issued_at`.
 */
export const TICKET_EXPORT_COLUMNS = [
  'ticket_id',
  'office_id',
  'service_id',
  'business_day',
  'source',
  'issued_at',
  'called_at',
  'started_at',
  'completed_at',
  'outcome',
  'window_id',
  'wait_seconds',
  'service_seconds',
] as const;

export const ForecastQuerySchema = z.object({
  officeId: IdSchema,
  date: LocalDateSchema,
  serviceId: IdSchema.optional().describe('one service’s queue (numbers taken for it plus transfers in)'),
  targetMinutes: z.coerce.number().int().min(0).max(240).optional(),
  targetShare: z.coerce.number().gt(0).max(1).optional(),
});
export type ForecastQuery = z.infer<typeof ForecastQuerySchema>;

export const ForecastHourSchema = z.object({
  hour: z.number().int().min(0).max(23),
  expected: z.number().describe('expected arrivals in this hour, walk-ins plus booked'),
  walkIns: z.number(),
  booked: z.number().describe('expected booked arrivals: at least the bookings already made'),
  windows: z.number().int().describe('windows to open to meet the target (Erlang C, per service, summed)'),
  serviceLevel: z.number().describe('0–1: the expected share called within the target with those windows'),
});

export const ForecastResponseSchema = z.object({
  officeId: IdSchema,
  date: LocalDateSchema,
  serviceId: IdSchema.optional(),
  open: z.boolean(),
  targetMinutes: z.number().int(),
  targetShare: z.number(),
  hours: z.array(ForecastHourSchema).describe('the hours the office is open that day'),
  services: z.array(
    z.object({
      serviceId: IdSchema,
      expected: z.number().describe('expected queue arrivals that day'),
      serviceMinutes: z
        .number()
        .describe(
          'minutes a window is busy per resident called (called → done, from the basis days), else the service default',
        ),
      peakWindows: z.number().int(),
    }),
  ),
  factors: z
    .array(
      z.object({
        name: z.enum(['monthStart', 'monthEnd', 'afterHoliday', 'movingSeason', 'movingSeasonPeak']),
        factor: z.number(),
      }),
    )
    .describe('the peaks that apply to the date; their product scales the usual level'),
  basis: z.array(LocalDateSchema).describe('the past same weekdays averaged, oldest first'),
});
export type ForecastResponse = z.infer<typeof ForecastResponseSchema>;

export const StaffingQuerySchema = z.object({
  arrivalsPerHour: z.coerce.number().min(0).max(10_000),
  serviceMinutes: z.coerce.number().gt(0).max(480),
  targetMinutes: z.coerce.number().min(0).max(480).optional().describe('default: the office target'),
  targetShare: z.coerce.number().gt(0).max(1).optional().describe('0–1; default: the office target'),
});
export type StaffingQuery = z.infer<typeof StaffingQuerySchema>;

export const StaffingResponseSchema = z.object({
  arrivalsPerHour: z.number(),
  serviceMinutes: z.number(),
  targetMinutes: z.number(),
  targetShare: z.number(),
  trafficErlangs: z.number().describe('arrivals per hour × service minutes ÷ 60: windows kept busy'),
  windows: z.number().int().describe('the fewest windows that meet the target'),
  probabilityOfWaiting: z.number().describe('0–1 (Erlang C)'),
  meanWaitMinutes: z.number().nullable().describe('null when the queue grows without end (overloaded)'),
  overloaded: z.boolean().describe('true when even the most windows considered cannot keep up'),
  serviceLevel: z.number().describe('0–1: expected share called within targetMinutes'),
  meetsTarget: z.boolean(),
});
export type StaffingResponse = z.infer<typeof StaffingResponseSchema>;
