import {
  ESTIMATE_TOLERANCE_MINUTES,
  type ForecastQuery,
  type ForecastResponse,
  MAX_STATS_DAYS,
  type MinutesDistribution,
  type ProcedureStatsResponse,
  type StaffingQuery,
  type StaffingResponse,
  type StatsQuery,
  type SummaryResponse,
  WAIT_DISTRIBUTION_BUCKET_MINUTES,
  WAIT_DISTRIBUTION_OPEN_FROM_MINUTES,
} from '@kakanai/contracts';
import { type Db, schema } from '@kakanai/db';
import {
  addDays,
  businessDayOf,
  compareLocalDates,
  type DailyHourCounts,
  dayStatus,
  describeHistogram,
  forecastArrivals,
  isLocalDate,
  isYearEndHoliday,
  japaneseHoliday,
  type LocalDate,
  mergeHistograms,
  minutesOfDay,
  requiredWindows,
  shareWithinHistogram,
  staffingPlan,
  weekdayOf,
  zonedInstant,
} from '@kakanai/domain';
import type { Config } from '../../config.ts';
import { DomainError } from '../../domain-error.ts';
import type { CatalogService } from '../catalog/service.ts';
import { figuresCsv, ticketRowsCsv } from './export.ts';
import { createProcedureTimes } from './procedure-times.ts';
import { ALL, createRollupStore, localHour, type RollupRow, type StatsFilter } from './rollups.ts';

const { auditLog } = schema;

const HOURS = 24;
/** Same weekdays looked back on by the forecast (forecastArrivals averages up to 8 of them). */
const FORECAST_LOOKBACK_WEEKS = 16;

/** Running totals of times in seconds, and the one-minute histograms to add up at the end. */
interface Times {
  count: number;
  sumSeconds: number;
  maxSeconds: number;
  histograms: number[][];
}

const noTimes = (): Times => ({ count: 0, sumSeconds: 0, maxSeconds: 0, histograms: [] });

function addTimes(times: Times, count: number, sumSeconds: number, maxSeconds: number, histogram: number[]) {
  if (count === 0) return;
  times.count += count;
  times.sumSeconds += sumSeconds;
  times.maxSeconds = Math.max(times.maxSeconds, maxSeconds);
  times.histograms.push(histogram);
}

/**
 * Adds up histograms pairwise, so most merges are of a few short daily histograms: a year of
 * rows merged one by one into a running total would copy that total thousands of times.
 */
function mergeAll(histograms: readonly number[][]): number[] {
  let level = histograms;
  while (level.length > 1) {
    const next: number[][] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? mergeHistograms(level[i]!, level[i + 1]!) : level[i]!);
    }
    level = next;
  }
  return level[0] ?? [];
}

function describeTimes(times: Times): { minutes: MinutesDistribution; histogram: number[] } {
  const histogram = mergeAll(times.histograms);
  const { count, mean, p50, p90, max } = describeHistogram(
    histogram,
    times.sumSeconds / 60,
    times.maxSeconds / 60,
  );
  return { minutes: { count, mean, p50, p90, max }, histogram };
}

const inMinutes = (times: Times) => describeTimes(times).minutes;

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** National holidays and the year-end break (12/29–1/3): what the forecast and the simulator call holidays. */
export function isHoliday(date: LocalDate): boolean {
  return japaneseHoliday(date) !== undefined || isYearEndHoliday(date);
}

export interface StatsServiceDeps {
  db: Db;
  catalog: CatalogService;
  config: Config;
}

export function createStatsService({ db, catalog, config }: StatsServiceDeps) {
  const client = db.$client;
  const rollups = createRollupStore(db);
  const procedureTimes = createProcedureTimes(db);
  const { serviceLevelTargetMinutes, serviceLevelTargetShare, visitBaselineMinutes } = config.stats;

  const windowOffice = client.prepare<[string], { officeId: string }>(
    'SELECT office_id AS officeId FROM windows WHERE id = ?',
  );
  const bookingsOfDay = client.prepare<[string, number, number], { serviceId: string; slotStart: number }>(
    `SELECT service_id AS serviceId, slot_start AS slotStart FROM reservations
     WHERE office_id = ? AND status = 'booked' AND slot_start >= ? AND slot_start < ?`,
  );

  /** The office, and the filters checked to belong to it. */
  function checkedQuery(query: StatsQuery) {
    const office = catalog.office(query.officeId);
    if (!isLocalDate(query.from) || !isLocalDate(query.to) || compareLocalDates(query.from, query.to) > 0) {
      throw new DomainError('validation_failed', 'from and to must be dates, from on or before to');
    }
    if (compareLocalDates(addDays(query.from, MAX_STATS_DAYS - 1), query.to) < 0) {
      throw new DomainError('range_too_long', `at most ${MAX_STATS_DAYS} days per request`);
    }
    if (query.serviceId !== undefined) catalog.service(query.serviceId, office.id);
    if (query.windowId !== undefined && windowOffice.get(query.windowId)?.officeId !== office.id) {
      throw new DomainError('window_not_found');
    }
    const filter: StatsFilter = {
      officeId: office.id,
      from: query.from,
      to: query.to,
      serviceId: query.serviceId,
      windowId: query.windowId,
      source: query.source,
    };
    return { office, filter };
  }

  /** The summary from the rows that make up its totals, and those that make up its per-service figures. */
  function summarizeRows(
    query: StatsQuery,
    rows: readonly RollupRow[],
    serviceRows: readonly RollupRow[],
  ): SummaryResponse {
    const target = serviceLevelTargetMinutes;
    const totals = { visits: 0, served: 0, noShows: 0, notServed: 0, transferred: 0 };
    const wait = noTimes();
    const service = noTimes();
    const visit = noTimes();
    const booked = { visits: 0, noShows: 0 };
    const estimate = { count: 0, errorSeconds: 0, within: 0 };
    const visitsByHour = new Array<number>(HOURS).fill(0);
    const waitCountByHour = new Array<number>(HOURS).fill(0);
    const waitSumByHour = new Array<number>(HOURS).fill(0);
    const byWeekdayHour = Array.from({ length: 7 }, () => new Array<number>(HOURS).fill(0));
    const byService = new Map<
      string,
      {
        visits: number;
        served: number;
        noShows: number;
        transfers: number;
        arrivals: number;
        wait: Times;
        service: Times;
      }
    >();
    const daily = new Map<string, { visits: number; wait: Times }>();

    for (const row of rows) {
      totals.visits += row.visits;
      totals.served += row.served;
      totals.noShows += row.noShows;
      totals.notServed += row.notServed;
      totals.transferred += row.transferred;
      addTimes(wait, row.waitCount, row.waitSumSeconds, row.waitMaxSeconds, row.waitHistogram);
      addTimes(service, row.serviceCount, row.serviceSumSeconds, row.serviceMaxSeconds, row.serviceHistogram);
      addTimes(visit, row.visitCount, row.visitSumSeconds, row.visitMaxSeconds, row.visitHistogram);
      if (row.source === 'reservation') {
        booked.visits += row.visits;
        booked.noShows += row.noShows;
      }
      estimate.count += row.estimateCount;
      estimate.errorSeconds += row.estimateErrorSumSeconds;
      estimate.within += row.estimateWithinTolerance;
      const weekday = byWeekdayHour[weekdayOf(row.businessDay)]!;
      for (let hour = 0; hour < HOURS; hour += 1) {
        const arrivals = row.visitsByHour[hour]!;
        visitsByHour[hour]! += arrivals;
        weekday[hour]! += arrivals;
        waitCountByHour[hour]! += row.waitCountByHour[hour]!;
        waitSumByHour[hour]! += row.waitSumByHour[hour]!;
      }

      let day = daily.get(row.businessDay);
      if (!day) {
        day = { visits: 0, wait: noTimes() };
        daily.set(row.businessDay, day);
      }
      day.visits += row.visits;
      addTimes(day.wait, row.waitCount, row.waitSumSeconds, row.waitMaxSeconds, row.waitHistogram);
    }

    for (const row of serviceRows) {
      let perService = byService.get(row.serviceId);
      if (!perService) {
        perService = {
          visits: 0,
          served: 0,
          noShows: 0,
          transfers: 0,
          arrivals: 0,
          wait: noTimes(),
          service: noTimes(),
        };
        byService.set(row.serviceId, perService);
      }
      perService.visits += row.visits;
      perService.served += row.served;
      perService.noShows += row.noShows;
      perService.transfers += row.transferred;
      perService.arrivals += row.arrivals;
      addTimes(perService.wait, row.waitCount, row.waitSumSeconds, row.waitMaxSeconds, row.waitHistogram);
      addTimes(
        perService.service,
        row.serviceCount,
        row.serviceSumSeconds,
        row.serviceMaxSeconds,
        row.serviceHistogram,
      );
    }

    const serviceOrder = catalog.listServices(query.officeId).map((s) => s.id);
    const visitMinutes = inMinutes(visit);
    const waits = describeTimes(wait);
    const distribution: SummaryResponse['waitDistribution'] = [];
    for (
      let from = 0;
      from <= WAIT_DISTRIBUTION_OPEN_FROM_MINUTES;
      from += WAIT_DISTRIBUTION_BUCKET_MINUTES
    ) {
      const open = from === WAIT_DISTRIBUTION_OPEN_FROM_MINUTES;
      const to = open ? waits.histogram.length : from + WAIT_DISTRIBUTION_BUCKET_MINUTES;
      let count = 0;
      for (let bucket = from; bucket < to; bucket += 1) count += waits.histogram[bucket] ?? 0;
      distribution.push({ fromMinutes: from, toMinutes: open ? null : to, count });
    }

    return {
      officeId: query.officeId,
      from: query.from,
      to: query.to,
      ...(query.serviceId ? { serviceId: query.serviceId } : {}),
      ...(query.windowId ? { windowId: query.windowId } : {}),
      ...(query.source ? { source: query.source } : {}),
      visits: totals.visits,
      served: totals.served,
      noShows: totals.noShows,
      notServed: totals.notServed,
      inProgress: totals.visits - totals.served - totals.noShows - totals.notServed,
      transfers: totals.transferred,
      waitMinutes: waits.minutes,
      serviceMinutes: inMinutes(service),
      serviceLevel: {
        targetMinutes: target,
        share: shareWithinHistogram(waits.histogram, target),
        targetShare: serviceLevelTargetShare,
      },
      visitMinutes: {
        ...visitMinutes,
        baselineMinutes: visitBaselineMinutes,
        ratioToBaseline: visitMinutes.mean / visitBaselineMinutes,
      },
      booked: {
        visits: booked.visits,
        share: ratio(booked.visits, totals.visits),
        noShows: booked.noShows,
        noShowRate: ratio(booked.noShows, booked.visits),
      },
      estimateAccuracy: {
        count: estimate.count,
        meanAbsoluteErrorMinutes: ratio(estimate.errorSeconds, estimate.count) / 60,
        shareWithinTolerance: ratio(estimate.within, estimate.count),
        toleranceMinutes: ESTIMATE_TOLERANCE_MINUTES,
      },
      byService: [...byService.entries()]
        .sort(([a], [b]) => serviceOrder.indexOf(a) - serviceOrder.indexOf(b))
        .map(([serviceId, s]) => {
          const serviceWaits = describeTimes(s.wait);
          return {
            serviceId,
            visits: s.visits,
            served: s.served,
            noShows: s.noShows,
            transfers: s.transfers,
            arrivals: s.arrivals,
            waitMinutes: serviceWaits.minutes,
            serviceMinutes: inMinutes(s.service),
            serviceLevel: shareWithinHistogram(serviceWaits.histogram, target),
          };
        }),
      byHour: visitsByHour.map((arrivals, hour) => ({
        hour,
        arrivals,
        waitMean: ratio(waitSumByHour[hour]!, waitCountByHour[hour]!) / 60,
      })),
      byWeekdayHour,
      daily: [...daily.entries()]
        .filter(([, day]) => day.visits > 0)
        .sort(([a], [b]) => compareLocalDates(a, b))
        .map(([date, day]) => ({
          date,
          visits: day.visits,
          waitMean: ratio(day.wait.sumSeconds, day.wait.count) / 60,
          serviceLevel: shareWithinHistogram(mergeAll(day.wait.histograms), target),
        })),
      waitDistribution: distribution,
    };
  }

  function summary(query: StatsQuery): SummaryResponse {
    const { office, filter } = checkedQuery(query);
    // The totals come from the coarsest rows the filters allow: the office's, a service's across
    // windows, or a window's.
    if (query.windowId !== undefined || query.serviceId !== undefined) {
      const selection = { serviceId: query.serviceId, windowId: query.windowId ?? ALL };
      const [rows] = rollups.rows(filter, office.timeZone, [selection]);
      return summarizeRows(query, rows!, rows!);
    }
    const [rows, serviceRows] = rollups.rows(filter, office.timeZone, [
      { serviceId: ALL, windowId: ALL },
      { serviceId: undefined, windowId: ALL, columns: 'byService' },
    ]);
    return summarizeRows(query, rows!, serviceRows!);
  }

  /** Minutes of `hour` during which the office is open, as a share of the hour. */
  function openShare(periods: readonly { opens: string; closes: string }[], hour: number): number {
    let minutes = 0;
    for (const period of periods) {
      const from = Math.max(minutesOfDay(period.opens), hour * 60);
      const to = Math.min(minutesOfDay(period.closes), hour * 60 + 60);
      if (to > from) minutes += to - from;
    }
    return minutes / 60;
  }

  function forecast(query: ForecastQuery): ForecastResponse {
    const office = catalog.office(query.officeId);
    if (!isLocalDate(query.date)) throw new DomainError('validation_failed', 'date must be YYYY-MM-DD');
    const services = catalog
      .listServices(office.id)
      .filter((s) => query.serviceId === undefined || s.id === query.serviceId);
    if (query.serviceId !== undefined) catalog.service(query.serviceId, office.id);
    const targetMinutes = query.targetMinutes ?? serviceLevelTargetMinutes;
    const targetShare = query.targetShare ?? serviceLevelTargetShare;
    const base = {
      officeId: office.id,
      date: query.date,
      ...(query.serviceId ? { serviceId: query.serviceId } : {}),
      targetMinutes,
      targetShare,
    };
    const status = dayStatus(catalog.calendar(office), query.date);
    if (!status.open) return { ...base, open: false, hours: [], services: [], factors: [], basis: [] };

    // The same weekday in past weeks; forecastArrivals picks the newest usable ones.
    const pastDays = Array.from({ length: FORECAST_LOOKBACK_WEEKS }, (_, i) =>
      addDays(query.date, -7 * (i + 1)),
    );
    const rowsByDay = pastDays.map((date) => ({
      date,
      rows: rollups.rows({ officeId: office.id, from: date, to: date }, office.timeZone, [
        { serviceId: undefined, windowId: ALL },
      ])[0]!,
    }));

    const officeHistory: DailyHourCounts[] = [];
    const serviceHistory = new Map<string, DailyHourCounts[]>(services.map((s) => [s.id, []]));
    // Erlang C's service time is how long a window is kept busy per resident called, walking up
    // and no-shows' recalls included: called → done, not just started → done.
    const serviceTimes = new Map<string, { count: number; sumSeconds: number }>();
    for (const { date, rows } of rowsByDay) {
      if (rows.length === 0) continue;
      const visits = new Array<number>(HOURS).fill(0);
      const bookedVisits = new Array<number>(HOURS).fill(0);
      const perService = new Map<string, { hours: number[]; booked: number[] }>();
      for (const row of rows) {
        let s = perService.get(row.serviceId);
        if (!s) {
          s = { hours: new Array<number>(HOURS).fill(0), booked: new Array<number>(HOURS).fill(0) };
          perService.set(row.serviceId, s);
        }
        for (let hour = 0; hour < HOURS; hour += 1) {
          visits[hour]! += row.visitsByHour[hour]!;
          s.hours[hour]! += row.arrivalsByHour[hour]!;
          if (row.source === 'reservation') {
            bookedVisits[hour]! += row.visitsByHour[hour]!;
            s.booked[hour]! += row.visitsByHour[hour]!;
          }
        }
        const times = serviceTimes.get(row.serviceId) ?? { count: 0, sumSeconds: 0 };
        times.count += row.busyCount;
        times.sumSeconds += row.busySumSeconds;
        serviceTimes.set(row.serviceId, times);
      }
      officeHistory.push({ date, hours: visits, booked: bookedVisits });
      for (const [serviceId, history] of serviceHistory) {
        const s = perService.get(serviceId);
        history.push(
          s
            ? { date, hours: s.hours, booked: s.booked }
            : { date, hours: new Array<number>(HOURS).fill(0), booked: new Array<number>(HOURS).fill(0) },
        );
      }
    }

    // Bookings already made for the day, by hour of their slot.
    const dayStart = zonedInstant(query.date, '00:00', office.timeZone).getTime();
    const dayEnd = zonedInstant(addDays(query.date, 1), '00:00', office.timeZone).getTime();
    const bookedByService = new Map<string, number[]>(
      services.map((s) => [s.id, new Array<number>(HOURS).fill(0)]),
    );
    for (const booking of bookingsOfDay.all(office.id, dayStart, dayEnd)) {
      const hours = bookedByService.get(booking.serviceId);
      if (hours) hours[localHour(booking.slotStart, office.timeZone)]! += 1;
    }
    const bookedTotal = new Array<number>(HOURS).fill(0);
    for (const hours of bookedByService.values()) {
      for (let hour = 0; hour < HOURS; hour += 1) bookedTotal[hour]! += hours[hour]!;
    }

    const shares = Array.from({ length: HOURS }, (_, hour) => openShare(status.periods, hour));
    const plans = services.map((s) => {
      const expected = forecastArrivals({
        date: query.date,
        history: serviceHistory.get(s.id)!,
        isHoliday,
        booked: bookedByService.get(s.id)!,
      });
      const times = serviceTimes.get(s.id);
      const serviceMinutes =
        times && times.count > 0
          ? times.sumSeconds / times.count / 60
          : catalog.service(s.id).defaultServiceMinutes;
      // An hour open for 15 minutes (8:45) sees its arrivals at four times the hourly rate.
      const plan = staffingPlan({
        arrivalsByHour: expected.hours.map((n, hour) => (shares[hour]! > 0 ? n / shares[hour]! : 0)),
        serviceMinutes,
        targetMinutes,
        targetShare,
      });
      return { serviceId: s.id, expected, serviceMinutes, plan };
    });
    const overall = query.serviceId
      ? plans[0]!.expected
      : forecastArrivals({ date: query.date, history: officeHistory, isHoliday, booked: bookedTotal });

    const hours: ForecastResponse['hours'] = [];
    for (let hour = 0; hour < HOURS; hour += 1) {
      if (shares[hour] === 0) continue;
      let windows = 0;
      let weighted = 0;
      let weight = 0;
      for (const { expected, plan } of plans) {
        windows += plan[hour]!.windows;
        weighted += plan[hour]!.serviceLevel * expected.hours[hour]!;
        weight += expected.hours[hour]!;
      }
      hours.push({
        hour,
        expected: overall.hours[hour]!,
        walkIns: overall.walkIns[hour]!,
        booked: overall.bookings[hour]!,
        windows,
        serviceLevel: weight === 0 ? 1 : weighted / weight,
      });
    }
    return {
      ...base,
      open: true,
      hours,
      services: plans.map(({ serviceId, expected, serviceMinutes, plan }) => ({
        serviceId,
        expected: expected.hours.reduce((sum, n) => sum + n, 0),
        serviceMinutes,
        peakWindows: Math.max(0, ...plan.map((p) => p.windows)),
      })),
      factors: overall.factors,
      basis: overall.basis,
    };
  }

  /** Time per procedure: accepted applications, called → accepted, and its three steps. */
  function procedures(query: StatsQuery): ProcedureStatsResponse {
    const { office } = checkedQuery(query);
    const figures = procedureTimes.figures({
      officeId: office.id,
      fromMs: zonedInstant(query.from, '00:00', office.timeZone).getTime(),
      toMs: zonedInstant(addDays(query.to, 1), '00:00', office.timeZone).getTime(),
      to: query.to,
      windowId: query.windowId,
      source: query.source,
      serviceCode: query.serviceId === undefined ? undefined : catalog.service(query.serviceId).code,
    });
    return {
      officeId: query.officeId,
      from: query.from,
      to: query.to,
      ...(query.serviceId ? { serviceId: query.serviceId } : {}),
      ...(query.windowId ? { windowId: query.windowId } : {}),
      ...(query.source ? { source: query.source } : {}),
      ...figures,
    };
  }

  return {
    summary,
    forecast,
    procedures,

    /** The what-if calculator: the fewest windows for a steady hour of arrivals (Erlang C). */
    staffing(query: StaffingQuery): StaffingResponse {
      const targetMinutes = query.targetMinutes ?? serviceLevelTargetMinutes;
      const targetShare = query.targetShare ?? serviceLevelTargetShare;
      const result = requiredWindows({
        arrivalsPerHour: query.arrivalsPerHour,
        serviceMinutes: query.serviceMinutes,
        targetMinutes,
        targetShare,
      });
      const finite = Number.isFinite(result.meanWaitMinutes);
      return {
        arrivalsPerHour: query.arrivalsPerHour,
        serviceMinutes: query.serviceMinutes,
        targetMinutes,
        targetShare,
        trafficErlangs: (query.arrivalsPerHour * query.serviceMinutes) / 60,
        windows: result.windows,
        probabilityOfWaiting: result.probabilityOfWaiting,
        // JSON has no Infinity: an overloaded queue's mean wait is null, and says so.
        meanWaitMinutes: finite ? result.meanWaitMinutes : null,
        overloaded: !finite,
        serviceLevel: result.serviceLevel,
        meetsTarget: result.meetsTarget,
      };
    },

    /**
     * The CSV export, written to the audit log with who asked for which range (the file holds no
     * personal data, but it is the office's data leaving the system).
     */
    exportCsv(query: StatsQuery & { kind: 'figures' | 'tickets' }, actorUserId: string, now: Date) {
      const { office, filter } = checkedQuery(query);
      const filters = [
        query.serviceId && `service=${query.serviceId}`,
        query.windowId && `window=${query.windowId}`,
        query.source && `source=${query.source}`,
      ].filter(Boolean);
      db.insert(auditLog)
        .values({
          at: now,
          actorUserId,
          action: `stats.export_${query.kind}`,
          officeId: office.id,
          subjectType: 'stats_range',
          subjectId: [`${query.from}..${query.to}`, ...filters].join(';'),
        })
        .run();
      const filename = `kakanai-${query.kind}-${office.id}-${query.from}-${query.to}.csv`.replace(
        /[^A-Za-z0-9._-]/g,
        '_',
      );
      if (query.kind === 'figures') {
        const names = new Map(catalog.listServices(office.id).map((s) => [s.id, s.name.ja]));
        return { filename, body: figuresCsv(summary(query), names) };
      }
      return {
        filename,
        body: ticketRowsCsv(filter, office.timeZone, (day) => rollups.segmentsOfDay(office.id, day)),
      };
    },

    /**
     * Rolls up the closed business days not rolled up yet, for every office. `thorough` looks
     * through all history (start-up); the minute timer only looks at days after the newest rollup.
     */
    rollUpClosedDays(now: Date, thorough = false): number {
      let days = 0;
      for (const { id, timeZone } of catalog.listOffices()) {
        const today = businessDayOf(now.getTime(), timeZone);
        days += rollups.rollUpClosedDays(id, today, timeZone, now, thorough).length;
      }
      return days;
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
