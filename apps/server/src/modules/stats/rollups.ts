import { ESTIMATE_TOLERANCE_MINUTES } from '@kakanai/contracts';
import { type Db, writeTransaction } from '@kakanai/db';
import { histogramOf, localTimeOf } from '@kakanai/domain';

/**
 * Daily rollups: a closed business day's tickets and segments boiled down to one row per service,
 * window and source (the `stats_daily` table), so a year of statistics reads a few thousand rows
 * instead of half a million segments. Today, and any closed day not rolled up yet, is rolled up
 * the same way in memory on each request: one function makes both, so the stored and the live
 * figures cannot drift apart.
 *
 * Visit-level figures count each ticket once, on the row of its first segment (the service it took
 * its number for, the window that first called it); queue-level figures count each segment on its
 * own row. See packages/contracts/src/stats.ts for what each figure means to a manager.
 */

export type TicketSource = 'walk_in' | 'reservation';
type SegmentOutcome = 'served' | 'no_show' | 'transferred' | 'not_served';
type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'not_served';

/** One segment of a day's tickets, with what the statistics need of its ticket. */
export interface SegmentRecord {
  ticketId: string;
  source: TicketSource;
  issuedAt: number;
  /** The wait quoted to the resident at issue, in minutes. */
  quotedMinutes: number;
  ticketStatus: TicketStatus;
  serviceId: string;
  windowId: string | null;
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  outcome: SegmentOutcome | null;
}

/** One `stats_daily` row, with its JSON columns parsed. */
export interface RollupRow {
  businessDay: string;
  /** ALL for the office's totals. */
  serviceId: string;
  /** '' for segments never called; ALL for the figures across windows. */
  windowId: string;
  source: TicketSource;
  visits: number;
  served: number;
  noShows: number;
  notServed: number;
  transferred: number;
  visitsByHour: number[];
  visitCount: number;
  visitSumSeconds: number;
  visitMaxSeconds: number;
  visitHistogram: number[];
  estimateCount: number;
  estimateErrorSumSeconds: number;
  estimateWithinTolerance: number;
  arrivals: number;
  arrivalsByHour: number[];
  waitCount: number;
  waitSumSeconds: number;
  waitMaxSeconds: number;
  waitHistogram: number[];
  waitCountByHour: number[];
  waitSumByHour: number[];
  serviceCount: number;
  serviceSumSeconds: number;
  serviceMaxSeconds: number;
  serviceHistogram: number[];
  /** Called queue visits' window time, called → done: what a window is kept busy for (Erlang C's service time). */
  busyCount: number;
  busySumSeconds: number;
}

/**
 * Bump when what a rollup row holds, or how it is computed, changes: days rolled up by another
 * version are read live from their segments until the start-up pass rebuilds them.
 */
export const ROLLUP_VERSION = 1;

/** One-minute buckets kept per histogram; longer times share the last bucket (exact sum and max are kept). */
export const WAIT_BUCKETS = 240;
export const SERVICE_BUCKETS = 180;
export const VISIT_BUCKETS = 480;

const HOURS = 24;
const ESTIMATE_TOLERANCE_SECONDS = ESTIMATE_TOLERANCE_MINUTES * 60;

/** Whole seconds since the epoch: every duration is a difference of these, as the export's times show them. */
export const wholeSeconds = (instant: number) => Math.floor(instant / 1000);

/**
 * A queue visit's wait, joining the queue → called, in whole seconds; null when never called. The
 * export and the rollups both measure with this and waitSeconds's twin below, so exported rows
 * recompute to the dashboard.
 */
export function waitSeconds(segment: SegmentRecord): number | null {
  return segment.calledAt === null ? null : wholeSeconds(segment.calledAt) - wholeSeconds(segment.queuedAt);
}

/** A queue visit's service time, started (or called, when never started) → done, in whole seconds; null unless served or passed on. */
export function serviceSeconds(segment: SegmentRecord): number | null {
  if ((segment.outcome !== 'served' && segment.outcome !== 'transferred') || segment.endedAt === null)
    return null;
  return (
    wholeSeconds(segment.endedAt) - wholeSeconds(segment.startedAt ?? segment.calledAt ?? segment.endedAt)
  );
}

/** How a visit ended, from its ticket's status; null while it is still in the hall. */
export function visitOutcome(status: TicketStatus): 'served' | 'no_show' | 'not_served' | null {
  if (status === 'done') return 'served';
  if (status === 'no_show' || status === 'not_served') return status;
  return null;
}

/** The office-local hour (0–23) of an instant. */
export function localHour(instant: number, timeZone: string): number {
  return Number(localTimeOf(new Date(instant), timeZone).slice(0, 2));
}

interface RowBuilder {
  row: RollupRow;
  waits: number[];
  services: number[];
  visitTimes: number[];
}

function emptyRow(businessDay: string, serviceId: string, windowId: string, source: TicketSource): RollupRow {
  const hours = () => new Array<number>(HOURS).fill(0);
  return {
    businessDay,
    serviceId,
    windowId,
    source,
    visits: 0,
    served: 0,
    noShows: 0,
    notServed: 0,
    transferred: 0,
    visitsByHour: hours(),
    visitCount: 0,
    visitSumSeconds: 0,
    visitMaxSeconds: 0,
    visitHistogram: [],
    estimateCount: 0,
    estimateErrorSumSeconds: 0,
    estimateWithinTolerance: 0,
    arrivals: 0,
    arrivalsByHour: hours(),
    waitCount: 0,
    waitSumSeconds: 0,
    waitMaxSeconds: 0,
    waitHistogram: [],
    waitCountByHour: hours(),
    waitSumByHour: hours(),
    serviceCount: 0,
    serviceSumSeconds: 0,
    serviceMaxSeconds: 0,
    serviceHistogram: [],
    busyCount: 0,
    busySumSeconds: 0,
  };
}

/** Drops trailing empty buckets: a day's waits rarely reach the fourth hour, and the rows stay small. */
function trimmed(buckets: number[]): number[] {
  let end = buckets.length;
  while (end > 0 && buckets[end - 1] === 0) end -= 1;
  return buckets.slice(0, end);
}

function histogramOfSeconds(seconds: number[], buckets: number): number[] {
  return seconds.length === 0
    ? []
    : trimmed(
        histogramOf(
          seconds.map((s) => s / 60),
          buckets,
        ),
      );
}

/**
 * The service or window id of rows that add up all services or all windows. A day has rows per
 * service, window and source; per service and source across windows (what requests without a
 * window filter read); and per source across services and windows (the office's totals). So a
 * year of the office's figures is a few hundred rows, and its per-service figures a few thousand,
 * however many windows the hall has.
 */
export const ALL = '*';

/**
 * Rolls up one business day's segments (grouped by ticket, in segment order) into rows per
 * service, window and source, per service and source (window ALL), and per source (service and
 * window ALL).
 */
export function rollUpSegments(
  businessDay: string,
  timeZone: string,
  segments: readonly SegmentRecord[],
): RollupRow[] {
  const builders = new Map<string, RowBuilder>();
  const builder = (serviceId: string, windowId: string, source: TicketSource) => {
    const key = `${serviceId}\u0000${windowId}\u0000${source}`;
    let found = builders.get(key);
    if (!found) {
      found = {
        row: emptyRow(businessDay, serviceId, windowId, source),
        waits: [],
        services: [],
        visitTimes: [],
      };
      builders.set(key, found);
    }
    return found;
  };
  /** The rows a segment counts on: its window's, its service's, and the office's. */
  const rowsOf = (segment: SegmentRecord) => [
    builder(segment.serviceId, segment.windowId ?? '', segment.source),
    builder(segment.serviceId, ALL, segment.source),
    builder(ALL, ALL, segment.source),
  ];

  for (let start = 0; start < segments.length; ) {
    let end = start + 1;
    while (end < segments.length && segments[end]!.ticketId === segments[start]!.ticketId) end += 1;
    const first = segments[start]!;
    const last = segments[end - 1]!;
    const issuedHour = localHour(first.issuedAt, timeZone);
    const outcome = visitOutcome(first.ticketStatus);
    const visitSeconds =
      outcome === 'served' && last.endedAt !== null
        ? wholeSeconds(last.endedAt) - wholeSeconds(first.issuedAt)
        : null;
    const firstWait = waitSeconds(first);

    // The visit: on the rows of its first segment.
    for (const b of rowsOf(first)) {
      const visit = b.row;
      visit.visits += 1;
      visit.visitsByHour[issuedHour]! += 1;
      if (outcome === 'served') visit.served += 1;
      else if (outcome === 'no_show') visit.noShows += 1;
      else if (outcome === 'not_served') visit.notServed += 1;
      if (end - start > 1) visit.transferred += 1;
      if (visitSeconds !== null) {
        b.visitTimes.push(visitSeconds);
        visit.visitCount += 1;
        visit.visitSumSeconds += visitSeconds;
        visit.visitMaxSeconds = Math.max(visit.visitMaxSeconds, visitSeconds);
      }
      if (firstWait !== null) {
        const error = Math.abs(first.quotedMinutes * 60 - firstWait);
        visit.estimateCount += 1;
        visit.estimateErrorSumSeconds += error;
        if (error <= ESTIMATE_TOLERANCE_SECONDS) visit.estimateWithinTolerance += 1;
      }
    }

    // Each queue visit: on its own rows.
    for (let i = start; i < end; i += 1) {
      const segment = segments[i]!;
      const hour = localHour(segment.queuedAt, timeZone);
      const wait = waitSeconds(segment);
      const service = serviceSeconds(segment);
      const busySeconds =
        segment.calledAt !== null && segment.endedAt !== null
          ? wholeSeconds(segment.endedAt) - wholeSeconds(segment.calledAt)
          : null;
      for (const b of rowsOf(segment)) {
        const row = b.row;
        row.arrivals += 1;
        row.arrivalsByHour[hour]! += 1;
        if (wait !== null) {
          b.waits.push(wait);
          row.waitCount += 1;
          row.waitSumSeconds += wait;
          row.waitMaxSeconds = Math.max(row.waitMaxSeconds, wait);
          row.waitCountByHour[hour]! += 1;
          row.waitSumByHour[hour]! += wait;
        }
        if (busySeconds !== null) {
          row.busyCount += 1;
          row.busySumSeconds += busySeconds;
        }
        if (service !== null) {
          b.services.push(service);
          row.serviceCount += 1;
          row.serviceSumSeconds += service;
          row.serviceMaxSeconds = Math.max(row.serviceMaxSeconds, service);
        }
      }
    }
    start = end;
  }

  return [...builders.values()].map(({ row, waits, services, visitTimes }) => ({
    ...row,
    waitHistogram: histogramOfSeconds(waits, WAIT_BUCKETS),
    serviceHistogram: histogramOfSeconds(services, SERVICE_BUCKETS),
    visitHistogram: histogramOfSeconds(visitTimes, VISIT_BUCKETS),
  }));
}

/** RollupRow's fields in the order rows are read; each is its stats_daily column in camelCase. */
const ROW_FIELDS = [
  'businessDay',
  'serviceId',
  'windowId',
  'source',
  'visits',
  'served',
  'noShows',
  'notServed',
  'transferred',
  'visitsByHour',
  'visitCount',
  'visitSumSeconds',
  'visitMaxSeconds',
  'visitHistogram',
  'estimateCount',
  'estimateErrorSumSeconds',
  'estimateWithinTolerance',
  'arrivals',
  'arrivalsByHour',
  'waitCount',
  'waitSumSeconds',
  'waitMaxSeconds',
  'waitHistogram',
  'waitCountByHour',
  'waitSumByHour',
  'serviceCount',
  'serviceSumSeconds',
  'serviceMaxSeconds',
  'serviceHistogram',
  'busyCount',
  'busySumSeconds',
] as const satisfies readonly (keyof RollupRow)[];

const column = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const at = Object.fromEntries(ROW_FIELDS.map((field, index) => [field, index])) as Record<
  (typeof ROW_FIELDS)[number],
  number
>;

/**
 * A row read as an array (better-sqlite3's raw mode): a year of rows reads about twice as fast as
 * with an object per row, which matters at a few thousand rows per request.
 */
function parseRow(values: unknown[]): RollupRow {
  const int = (field: (typeof ROW_FIELDS)[number]) => values[at[field]] as number;
  const json = (field: (typeof ROW_FIELDS)[number]) => JSON.parse(values[at[field]] as string) as number[];
  return {
    businessDay: values[at.businessDay] as string,
    serviceId: values[at.serviceId] as string,
    windowId: values[at.windowId] as string,
    source: values[at.source] as TicketSource,
    visits: int('visits'),
    served: int('served'),
    noShows: int('noShows'),
    notServed: int('notServed'),
    transferred: int('transferred'),
    visitsByHour: json('visitsByHour'),
    visitCount: int('visitCount'),
    visitSumSeconds: int('visitSumSeconds'),
    visitMaxSeconds: int('visitMaxSeconds'),
    visitHistogram: json('visitHistogram'),
    estimateCount: int('estimateCount'),
    estimateErrorSumSeconds: int('estimateErrorSumSeconds'),
    estimateWithinTolerance: int('estimateWithinTolerance'),
    arrivals: int('arrivals'),
    arrivalsByHour: json('arrivalsByHour'),
    waitCount: int('waitCount'),
    waitSumSeconds: int('waitSumSeconds'),
    waitMaxSeconds: int('waitMaxSeconds'),
    waitHistogram: json('waitHistogram'),
    waitCountByHour: json('waitCountByHour'),
    waitSumByHour: json('waitSumByHour'),
    serviceCount: int('serviceCount'),
    serviceSumSeconds: int('serviceSumSeconds'),
    serviceMaxSeconds: int('serviceMaxSeconds'),
    serviceHistogram: json('serviceHistogram'),
    busyCount: int('busyCount'),
    busySumSeconds: int('busySumSeconds'),
  };
}

/** What per-service figures leave out: read as empty arrays, so a year of service rows stays light. */
const NOT_BY_SERVICE = new Set<string>([
  'visitsByHour',
  'visitHistogram',
  'arrivalsByHour',
  'waitCountByHour',
  'waitSumByHour',
]);

/** A statistics request's range and filters; a missing filter matches everything. */
export interface StatsFilter {
  officeId: string;
  from: string;
  to: string;
  serviceId?: string | undefined;
  windowId?: string | undefined;
  source?: TicketSource | undefined;
}

/** Which rollup rows to read: one level of aggregation, over a range of days, for one source or both. */
export interface RowSelection {
  /** A service's rows; ALL for the office's totals; undefined for each service's own rows. */
  serviceId: string | undefined;
  /** A window's rows, or ALL for rows across windows. */
  windowId: string;
  /** `byService` reads only what per-service figures need (no hourly arrays, no visit times). */
  columns?: 'all' | 'byService';
}

function selects(row: RollupRow, filter: StatsFilter, selection: RowSelection): boolean {
  return (
    (selection.serviceId === undefined ? row.serviceId !== ALL : row.serviceId === selection.serviceId) &&
    row.windowId === selection.windowId &&
    (filter.source === undefined || row.source === filter.source)
  );
}

const SEGMENT_COLUMNS = `t.id, t.source, t.issued_at, t.estimated_wait_minutes, t.status, s.service_id,
  s.window_id, s.queued_at, s.called_at, s.started_at, s.ended_at, s.outcome`;

/** A segment read as an array (raw mode: a month's export reads tens of thousands). */
function toSegment(v: unknown[]): SegmentRecord {
  return {
    ticketId: v[0] as string,
    source: v[1] as TicketSource,
    issuedAt: v[2] as number,
    quotedMinutes: v[3] as number,
    ticketStatus: v[4] as TicketStatus,
    serviceId: v[5] as string,
    windowId: v[6] as string | null,
    queuedAt: v[7] as number,
    calledAt: v[8] as number | null,
    startedAt: v[9] as number | null,
    endedAt: v[10] as number | null,
    outcome: v[11] as SegmentOutcome | null,
  };
}

/** The rollup table: building closed days, and reading rows for a range with today's computed live. */
export function createRollupStore(db: Db) {
  const client = db.$client;

  // By ticket number, the order the index already keeps: a ticket's segments come together, in order, without a sort.
  const segmentsOfDayRaw = client
    .prepare<[string, string], unknown[]>(
      `SELECT ${SEGMENT_COLUMNS} FROM tickets t JOIN ticket_segments s ON s.ticket_id = t.id
     WHERE t.office_id = ? AND t.business_day = ? ORDER BY t.number, s.id`,
    )
    .raw(true);
  const segmentsOfDay = (officeId: string, businessDay: string) =>
    segmentsOfDayRaw.all(officeId, businessDay).map(toSegment);
  const openTicketsOfDay = client.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM tickets WHERE office_id = ? AND business_day = ?
       AND status IN ('waiting', 'called', 'serving')`,
  );
  const deleteDay = client.prepare<[string, string]>(
    'DELETE FROM stats_daily WHERE office_id = ? AND business_day = ?',
  );
  const insertRow = client.prepare(
    `INSERT INTO stats_daily (office_id, business_day, service_id, window_id, source, visits, served, no_shows,
       not_served, transferred, visits_by_hour, visit_count, visit_sum_seconds, visit_max_seconds, visit_histogram,
       estimate_count, estimate_error_sum_seconds, estimate_within_tolerance, arrivals, arrivals_by_hour,
       wait_count, wait_sum_seconds, wait_max_seconds, wait_histogram, wait_count_by_hour, wait_sum_by_hour,
       service_count, service_sum_seconds, service_max_seconds, service_histogram, busy_count, busy_sum_seconds)
     VALUES (@officeId, @businessDay, @serviceId, @windowId, @source, @visits, @served, @noShows, @notServed,
       @transferred, @visitsByHour, @visitCount, @visitSumSeconds, @visitMaxSeconds, @visitHistogram,
       @estimateCount, @estimateErrorSumSeconds, @estimateWithinTolerance, @arrivals, @arrivalsByHour,
       @waitCount, @waitSumSeconds, @waitMaxSeconds, @waitHistogram, @waitCountByHour, @waitSumByHour,
       @serviceCount, @serviceSumSeconds, @serviceMaxSeconds, @serviceHistogram, @busyCount, @busySumSeconds)`,
  );
  const markDay = client.prepare<[string, string, number]>(
    `INSERT OR REPLACE INTO stats_rollup_days (office_id, business_day, version, built_at)
     VALUES (?, ?, ${ROLLUP_VERSION}, ?)`,
  );
  const watermark = client.prepare<[string], { day: string | null }>(
    'SELECT max(business_day) AS day FROM stats_rollup_days WHERE office_id = ?',
  );
  const ticketDaysBetween = client.prepare<[string, string, string], { day: string }>(
    `SELECT DISTINCT business_day AS day FROM tickets WHERE office_id = ? AND business_day > ? AND business_day < ?
     ORDER BY business_day`,
  );
  const unrolledTicketDays = client.prepare<[string, string], { day: string }>(
    `SELECT DISTINCT t.business_day AS day FROM tickets t WHERE t.office_id = ? AND t.business_day < ?
       AND NOT EXISTS (SELECT 1 FROM stats_rollup_days r WHERE r.office_id = t.office_id
                         AND r.business_day = t.business_day AND r.version = ${ROLLUP_VERSION})
     ORDER BY t.business_day`,
  );
  const rolledDays = client.prepare<[string, string, string], { day: string }>(
    `SELECT business_day AS day FROM stats_rollup_days
     WHERE office_id = ? AND business_day BETWEEN ? AND ? AND version = ${ROLLUP_VERSION}`,
  );
  const ticketDaysInRange = client.prepare<[string, string, string], { day: string }>(
    `SELECT DISTINCT business_day AS day FROM tickets WHERE office_id = ? AND business_day BETWEEN ? AND ?`,
  );
  const rowParameters = (filter: StatsFilter, selection: RowSelection) => ({
    officeId: filter.officeId,
    from: filter.from,
    to: filter.to,
    serviceId: selection.serviceId ?? null,
    windowId: selection.windowId,
    source: filter.source ?? null,
  });
  const ROW_WHERE = `office_id = @officeId AND business_day BETWEEN @from AND @to AND window_id = @windowId
       AND (service_id = @serviceId OR (@serviceId IS NULL AND service_id <> '${ALL}'))
       AND (@source IS NULL OR source = @source)
       AND EXISTS (SELECT 1 FROM stats_rollup_days r WHERE r.office_id = stats_daily.office_id
                   AND r.business_day = stats_daily.business_day AND r.version = ${ROLLUP_VERSION})`;
  const storedRows = client
    .prepare<ReturnType<typeof rowParameters>, unknown[]>(
      `SELECT ${ROW_FIELDS.map(column).join(', ')} FROM stats_daily WHERE ${ROW_WHERE}`,
    )
    .raw(true);
  const storedServiceRows = client
    .prepare<ReturnType<typeof rowParameters>, unknown[]>(
      `SELECT ${ROW_FIELDS.map((f) => (NOT_BY_SERVICE.has(f) ? "'[]'" : column(f))).join(', ')}
       FROM stats_daily WHERE ${ROW_WHERE}`,
    )
    .raw(true);

  /** Rolls up one day from its segments, replacing what was there; the day's tickets must all be closed. */
  function rollUpDay(officeId: string, businessDay: string, timeZone: string, now: Date): number {
    return writeTransaction(db, () => {
      if ((openTicketsOfDay.get(officeId, businessDay)?.n ?? 0) > 0) return 0;
      const rows = rollUpSegments(businessDay, timeZone, segmentsOfDay(officeId, businessDay));
      deleteDay.run(officeId, businessDay);
      for (const row of rows) {
        insertRow.run({
          ...row,
          officeId,
          visitsByHour: JSON.stringify(row.visitsByHour),
          visitHistogram: JSON.stringify(row.visitHistogram),
          arrivalsByHour: JSON.stringify(row.arrivalsByHour),
          waitHistogram: JSON.stringify(row.waitHistogram),
          waitCountByHour: JSON.stringify(row.waitCountByHour),
          waitSumByHour: JSON.stringify(row.waitSumByHour),
          serviceHistogram: JSON.stringify(row.serviceHistogram),
        });
      }
      markDay.run(officeId, businessDay, now.getTime());
      return rows.length;
    });
  }

  return {
    rollUpDay,

    /**
     * Rolls up the office's days before `today` that have tickets and no rollup. `thorough` looks
     * through every day (at start-up); otherwise only days after the newest rollup (every minute).
     */
    rollUpClosedDays(
      officeId: string,
      today: string,
      timeZone: string,
      now: Date,
      thorough = false,
    ): string[] {
      const days = thorough
        ? unrolledTicketDays.all(officeId, today)
        : ticketDaysBetween.all(officeId, watermark.get(officeId)?.day ?? '', today);
      return days.filter(({ day }) => rollUpDay(officeId, day, timeZone, now) > 0).map(({ day }) => day);
    },

    /**
     * The rows of each selection in the range: stored rollups, and days without one (today, or a
     * closed day the timer has not reached yet) rolled up live from their segments, once for all
     * selections.
     */
    rows(filter: StatsFilter, timeZone: string, selections: readonly RowSelection[]): RollupRow[][] {
      const rolled = new Set(rolledDays.all(filter.officeId, filter.from, filter.to).map((r) => r.day));
      // Only days without a rollup need their tickets read; usually that is today alone.
      const liveDays = ticketDaysInRange
        .all(filter.officeId, rolled.size > 0 ? maxOf(rolled, filter.from) : filter.from, filter.to)
        .map((r) => r.day)
        .filter((day) => !rolled.has(day));
      const live = liveDays.flatMap((day) =>
        rollUpSegments(day, timeZone, segmentsOfDay(filter.officeId, day)),
      );
      return selections.map((selection) => {
        const statement = selection.columns === 'byService' ? storedServiceRows : storedRows;
        const stored = statement.all(rowParameters(filter, selection)).map(parseRow);
        for (const row of live) if (selects(row, filter, selection)) stored.push(row);
        return stored;
      });
    },

    /** A day's segments grouped by ticket, for the ticket export. */
    segmentsOfDay(officeId: string, businessDay: string): SegmentRecord[] {
      return segmentsOfDay(officeId, businessDay);
    },
  };
}

/**
 * The newest rolled-up day (or `from`): days before it without a rollup are days without tickets,
 * except when history was written out of order, which `rollUpClosedDays(…, thorough)` mends at start-up.
 */
function maxOf(days: Set<string>, from: string): string {
  let max = from;
  for (const day of days) if (day > max) max = day;
  return max;
}

export type RollupStore = ReturnType<typeof createRollupStore>;
