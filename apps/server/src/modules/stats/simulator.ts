import { type Db, writeTransaction } from '@kakanai/db';
import {
  addDays,
  businessDayOf,
  DEFAULT_CALL_POLICY,
  dayStatus,
  estimateWaitMinutes,
  formatTicketNumber,
  type LocalDate,
  minutesOfDay,
  nextToCall,
  type OfficeCalendar,
  peakFactors,
  type QueuedTicket,
  requiredWindows,
  slotGrid,
  weekdayOf,
  zonedInstant,
} from '@kakanai/domain';
import { bookingRules, type CatalogService } from '../catalog/service.ts';
import { createRollupStore } from './rollups.ts';
import { isHoliday } from './service.ts';

/**
 * A seeded simulator of counter history, for the demo and the benchmarks: it writes tickets and
 * segments as the queue would have, then rolls the days up.
 *
 * The model, per office and business day (the office calendar decides which days are open):
 * - Level: each service's windows (a window shared by two services counts half for each) serve
 *   some mean arrival rate comfortably — Erlang C asks for no more windows in an ordinary day's
 *   busiest hour to call 80% within 15 minutes, counting 1.5 minutes a resident for walking up
 *   and wrapping up. An ordinary weekday brings 10% more than that. `visitsPerDay` instead sets
 *   the city-wide ordinary level, split between offices the same way, and the offices then have
 *   the windows (temporary counters, if need be) that this level, less 10%, needs.
 * - Volume: the level × the weekday (Monday and Friday heavier) × the known peaks (month start and
 *   end, after holidays, the March–April moving season: domain peakFactors) × day-to-day noise.
 *   The mix follows the level; moving-related services weigh more in the moving season.
 * - Arrival times: a burst at the door at opening, a morning peak 9–11, a lunch dip, an afternoon
 *   bump, few after 16:30. About 20% of bookable services' arrivals are reservations, checking in
 *   up to 15 minutes before their slot on the service's slot grid.
 * - Staffing: each hour a service opens the windows Erlang C asks for at that hour's rate on an
 *   ordinary day of the weekday (transfers in included), as far as the office has them, one in
 *   four away over lunch. The plan knows the weekday and most of the moving season (when
 *   temporary windows open), not month ends or days after holidays: those days wait longer.
 * - The queue: a discrete-event run per service with that many counters, calling by the real call
 *   order (domain nextToCall); service times log-normal around the service's default, a short walk
 *   to the window; no-shows (8% of reservations, walk-ins more the longer they waited); ワンストップ
 *   transfers (住民異動 → 国保・年金, 子育て, マイナンバー, 印鑑; 戸籍 → 子育て, 国保) join the target
 *   service's queue when the first service ends. The wait quoted at issue is the real estimate
 *   (domain estimateWaitMinutes) from the queue at that moment. Residents still waiting at closing
 *   are closed as not served, as the rollover does.
 * - Applications (書かない窓口): most residents served at 証明, 住民異動 and 印鑑 leave with an
 *   application the staff filled in, which the resident signed on the counter tablet; each is a
 *   visit with one of that service's procedures (two, sometimes, for certificates), timed inside
 *   its queue visit: called when it was called, accepted a few minutes before it ended, and
 *   exported. They hold no personal data at all (purged from the start), and draw on a generator
 *   of their own, so adding them left the tickets of a seed as they were.
 * Counters beyond a service's windows share its window ids. Simulated history writes no events:
 * the stream has nothing to replay for past days.
 */

export interface SimulateOptions {
  /** Calendar days to fill, ending the day before `now`'s business day in each office. */
  days: number;
  now: Date;
  seed?: number;
  /** Offices to simulate (default: all). */
  officeIds?: readonly string[];
  /** City-wide visits on an ordinary weekday (default: what the offices' windows serve comfortably). */
  visitsPerDay?: number;
  /** Called after each office-day, for progress output. */
  onDay?: (officeId: string, date: LocalDate, tickets: number) => void;
}

export interface SimulateResult {
  officeDays: number;
  skippedDays: number;
  tickets: number;
  segments: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** An ordinary day brings this share of what the windows serve comfortably; busy days bring more. */
const ORDINARY_LOAD = 1.1;
const ORDINARY_OPEN_HOURS = 8.5;
const RESERVATION_SHARE = 0.2;
const RESERVATION_NO_SHOW = 0.08;
const PLAN_TARGET_MINUTES = 15;
const PLAN_TARGET_SHARE = 0.8;
const MOVING_SEASON_PLAN = 1.8;
/** A window's time per resident beyond the service itself: walking up (20–90 s) and wrapping up (0–60 s). */
const WINDOW_OVERHEAD_MINUTES = 1.5;
/** Residents arriving per hour, relative, by office-local hour (8:45 opening: the burst at the door). */
const HOURLY_INTENSITY = [
  0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.15, 0.16, 0.13, 0.07, 0.11, 0.12, 0.11, 0.08, 0.03, 0, 0, 0, 0, 0, 0,
];
/** Sunday to Saturday. Sundays and Saturdays count only when the office opens then. */
const WEEKDAY_FACTOR = [0.9, 1.2, 1, 0.95, 0.95, 1.1, 0.9];
const MOVING_SERVICES = new Set(['juminido', 'kokuho', 'kosodate', 'mynumber']);
/** ワンストップ: after being served here, the share passed on to each other service. */
const TRANSFERS: Record<string, [string, number][]> = {
  juminido: [
    ['kokuho', 0.2],
    ['kosodate', 0.07],
    ['mynumber', 0.06],
    ['inkan', 0.04],
  ],
  koseki: [
    ['kosodate', 0.2],
    ['kokuho', 0.08],
  ],
};

/** Of the residents served at these services, the share whose application was taken at the window. */
const APPLICATION_SHARE: Record<string, number> = { shomei: 0.8, juminido: 0.85, inkan: 0.75 };
/** How often each procedure is the one asked for; procedures not named here weigh 1. */
const PROCEDURE_WEIGHT: Record<string, number> = {
  juminhyo: 6,
  koseki_shomei: 2,
  inkan_shomei: 2,
  tennyu: 4,
  tenshutsu: 3,
  tenkyo: 3,
};
/** Certificates: the share of applications asking for a second one (住民票 and 印鑑証明 together). */
const SECOND_PROCEDURE_SHARE = 0.15;

type Random = () => number;

/** mulberry32: small, fast and good enough for simulation; the same seed gives the same history. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A generator per office and day, so a day's history doesn't depend on which other days are filled. */
function dayRandom(seed: number, officeId: string, date: LocalDate): Random {
  let hash = 2_166_136_261 ^ seed;
  for (const char of `${officeId}/${date}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return mulberry32(hash);
}

function normal(random: Random): number {
  // Box–Muller; 1 − u keeps log away from 0.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function between(random: Random, from: number, to: number): number {
  return from + (to - from) * random();
}

/** A UUIDv7-shaped id: time-ordered, so a year of inserts appends to the indexes instead of scattering. */
function timeOrderedId(instant: number, random: Random): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  const time = instant.toString(16).padStart(12, '0');
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

interface SimSegment {
  serviceId: string;
  windowId: string | null;
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  recalls: number;
  outcome: 'served' | 'no_show' | 'transferred' | 'not_served';
}

interface SimTicket {
  id: string;
  number: string;
  source: 'walk_in' | 'reservation';
  issuedAt: number;
  slotStart: number | null;
  quotedMinutes: number;
  lang: 'ja' | 'en';
  segments: SimSegment[];
}

interface SimService {
  id: string;
  code: string;
  prefix: string;
  defaultMinutes: number;
  bookable: boolean;
  /** Its windows, a window shared with other services counting as its share (at least one). */
  windowCount: number;
  /** Arrivals per hour its windows serve meeting the plan's target: the level its windows were built for. */
  comfortableRate: number;
  /** Its windows, those handling it alone first. */
  windowIds: string[];
  row: ReturnType<CatalogService['service']>;
}

interface Arrival {
  ticket: SimTicket;
  segment: SimSegment;
  transferred: boolean;
}

export function simulateHistory(db: Db, catalog: CatalogService, options: SimulateOptions): SimulateResult {
  const seed = options.seed ?? 42;
  const client = db.$client;
  const rollups = createRollupStore(db);
  const windowServices = client.prepare<[string], { windowId: string; serviceId: string }>(
    `SELECT w.id AS windowId, ws.service_id AS serviceId FROM windows w JOIN window_services ws ON ws.window_id = w.id
     WHERE w.office_id = ? ORDER BY w.number`,
  );
  const hasTickets = client.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM tickets WHERE office_id = ? AND business_day = ? LIMIT 1',
  );
  const insertTicket = client.prepare(
    `INSERT INTO tickets (id, office_id, business_day, number, source, service_id, status, window_id, lang,
       track_token_hash, issued_at, estimated_wait_minutes, slot_start, closed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'simulated', ?, ?, ?, ?)`,
  );
  const insertSegment = client.prepare(
    `INSERT INTO ticket_segments (ticket_id, office_id, service_id, window_id, queued_at, called_at, started_at,
       ended_at, recalls, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertApplication = client.prepare(
    `INSERT INTO visits (id, code, office_id, window_id, ticket_id, business_day, lang, status, version, sent_version,
       procedure_ids, person, answers, sources, complete, opened_by, accepted_by, opened_at, called_at, sent_at,
       signed_at, accepted_at, exported_at, purged_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'exported', 1, 1, ?, '{}', '{}', '{}', 1, 'simulated', 'simulated', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const proceduresByCode = new Map<string, string[]>();
  for (const { id, serviceCode } of client
    .prepare<[], { id: string; serviceCode: string }>(
      'SELECT id, service_code AS serviceCode FROM procedures ORDER BY sort_order, id',
    )
    .all()) {
    proceduresByCode.set(serviceCode, [...(proceduresByCode.get(serviceCode) ?? []), id]);
  }

  const offices = catalog
    .listOffices()
    .filter((o) => !options.officeIds || options.officeIds.includes(o.id))
    .map((office) => {
      const row = catalog.office(office.id);
      const pairs = windowServices.all(office.id);
      const servicesOfWindow = new Map<string, string[]>();
      for (const { windowId, serviceId } of pairs) {
        servicesOfWindow.set(windowId, [...(servicesOfWindow.get(windowId) ?? []), serviceId]);
      }
      const services: SimService[] = catalog.listServices(office.id).map((s) => {
        const serviceRow = catalog.service(s.id);
        const windows = [...servicesOfWindow.entries()].filter(([, ids]) => ids.includes(s.id));
        const shared = windows.reduce((sum, [, ids]) => sum + 1 / ids.length, 0);
        const windowCount = windows.length === 0 ? 0 : Math.max(1, Math.round(shared));
        return {
          id: s.id,
          code: s.code,
          prefix: s.ticketPrefix,
          defaultMinutes: serviceRow.defaultServiceMinutes,
          bookable: s.bookable,
          windowCount,
          comfortableRate: comfortableRate(windowCount, serviceRow.defaultServiceMinutes),
          windowIds: windows.toSorted(([, a], [, b]) => a.length - b.length).map(([id]) => id),
          row: serviceRow,
        };
      });
      const capacity = services.reduce((sum, s) => sum + s.comfortableRate, 0);
      const today = businessDayOf(options.now.getTime(), row.timeZone);
      return { id: office.id, row, calendar: catalog.calendar(row), services, capacity, today };
    });
  const cityCapacity = offices.reduce((sum, o) => sum + o.capacity, 0);

  const purgedAt = options.now.getTime();
  const result: SimulateResult = { officeDays: 0, skippedDays: 0, tickets: 0, segments: 0 };
  for (let offset = options.days; offset >= 1; offset -= 1) {
    for (const office of offices) {
      const date = addDays(office.today, -offset);
      if (office.capacity === 0 || !dayStatus(office.calendar, date).open) continue;
      if (hasTickets.get(office.id, date)) {
        result.skippedDays += 1;
        continue;
      }
      const ordinaryVisits =
        options.visitsPerDay === undefined
          ? office.capacity * ORDINARY_OPEN_HOURS * ORDINARY_LOAD
          : (options.visitsPerDay * office.capacity) / cityCapacity;
      const tickets = simulateDay({
        date,
        office,
        ordinaryVisits,
        random: dayRandom(seed, office.id, date),
      });
      const applications = simulateApplications({
        tickets,
        officeId: office.id,
        date,
        codeOf: new Map(office.services.map((s) => [s.id, s.code])),
        proceduresByCode,
        random: dayRandom(seed, office.id, `${date}/applications`),
      });
      writeTransaction(db, () => {
        for (const ticket of tickets) {
          const last = ticket.segments.at(-1)!;
          const status =
            last.outcome === 'served' ? 'done' : last.outcome === 'no_show' ? 'no_show' : 'not_served';
          insertTicket.run(
            ticket.id,
            office.id,
            date,
            ticket.number,
            ticket.source,
            last.serviceId,
            status,
            last.windowId,
            ticket.lang,
            ticket.issuedAt,
            ticket.quotedMinutes,
            ticket.slotStart,
            last.endedAt,
          );
          for (const s of ticket.segments) {
            insertSegment.run(
              ticket.id,
              office.id,
              s.serviceId,
              s.windowId,
              s.queuedAt,
              s.calledAt,
              s.startedAt,
              s.endedAt,
              s.recalls,
              s.outcome,
            );
            result.segments += 1;
          }
        }
        for (const a of applications) {
          insertApplication.run(
            a.id,
            a.code,
            office.id,
            a.windowId,
            a.ticketId,
            date,
            a.lang,
            JSON.stringify(a.procedureIds),
            a.openedAt,
            a.calledAt,
            a.sentAt,
            a.signedAt,
            a.acceptedAt,
            a.exportedAt,
            purgedAt,
            a.exportedAt,
          );
        }
      });
      rollups.rollUpDay(office.id, date, office.row.timeZone, new Date());
      result.officeDays += 1;
      result.tickets += tickets.length;
      options.onDay?.(office.id, date, tickets.length);
    }
  }
  return result;
}

interface SimApplication {
  id: string;
  code: string;
  windowId: string | null;
  ticketId: string;
  lang: 'ja' | 'en';
  procedureIds: string[];
  openedAt: number;
  calledAt: number;
  sentAt: number;
  signedAt: number;
  acceptedAt: number;
  exportedAt: number;
}

function pickWeighted(ids: readonly string[], random: Random): string {
  const weights = ids.map((id) => PROCEDURE_WEIGHT[id] ?? 1);
  let draw = random() * weights.reduce((a, b) => a + b, 0);
  for (const [index, id] of ids.entries()) {
    draw -= weights[index]!;
    if (draw < 0) return id;
  }
  return ids.at(-1)!;
}

/**
 * The applications taken at the window during a day's queue visits at 証明, 住民異動 and 印鑑: the
 * visit is opened once the resident sits down, staff fill in the forms (preparation), the resident
 * reads and signs on the tablet, staff accept, and the last minutes of the queue visit go on
 * handing over (certificates printed, receipts, the next counter explained).
 */
function simulateApplications(input: {
  tickets: readonly SimTicket[];
  officeId: string;
  date: LocalDate;
  codeOf: ReadonlyMap<string, string>;
  proceduresByCode: ReadonlyMap<string, readonly string[]>;
  random: Random;
}): SimApplication[] {
  const { random } = input;
  const applications: SimApplication[] = [];
  for (const ticket of input.tickets) {
    for (const [index, segment] of ticket.segments.entries()) {
      const code = input.codeOf.get(segment.serviceId) ?? '';
      const procedures = input.proceduresByCode.get(code);
      const share = APPLICATION_SHARE[code];
      const { calledAt, startedAt, endedAt } = segment;
      if (!procedures?.length || share === undefined || calledAt === null || startedAt === null) continue;
      if (endedAt === null || (segment.outcome !== 'served' && segment.outcome !== 'transferred')) continue;
      if (random() >= share) continue;

      const procedureIds = [pickWeighted(procedures, random)];
      if (code === 'shomei' && procedures.length > 1 && random() < SECOND_PROCEDURE_SHARE) {
        procedureIds.push(
          pickWeighted(
            procedures.filter((id) => id !== procedureIds[0]),
            random,
          ),
        );
      }
      const serving = endedAt - startedAt;
      const openedAt = startedAt + Math.round(Math.min(between(random, 5_000, 40_000), serving * 0.1));
      const acceptedAt = endedAt - Math.round(Math.min(between(random, MINUTE, 4 * MINUTE), serving * 0.3));
      // Called → accepted in three steps; reading takes longer with more forms to read.
      const preparation = 0.5 * Math.exp(0.3 * normal(random));
      const reading = 0.3 * procedureIds.length * Math.exp(0.3 * normal(random));
      const acceptance = 0.15 * Math.exp(0.3 * normal(random));
      const steps = preparation + reading + acceptance;
      const work = acceptedAt - calledAt;
      const sentAt = Math.max(openedAt, calledAt + Math.round((work * preparation) / steps));
      const signedAt = Math.min(acceptedAt, sentAt + Math.round((work * reading) / steps));
      applications.push({
        id: timeOrderedId(openedAt, random),
        // 'I' is not in the code alphabet, so no code handed to a resident can ever be one of these.
        code: `SIM-${input.officeId}-${input.date.replaceAll('-', '')}-${ticket.number}${index > 0 ? `-${index}` : ''}`,
        windowId: segment.windowId,
        ticketId: ticket.id,
        lang: ticket.lang,
        procedureIds,
        openedAt,
        calledAt,
        sentAt,
        signedAt,
        acceptedAt,
        exportedAt: acceptedAt + Math.round(between(random, 10 * MINUTE, 90 * MINUTE)),
      });
    }
  }
  return applications;
}

interface DayInput {
  date: LocalDate;
  office: {
    id: string;
    row: { timeZone: string };
    calendar: OfficeCalendar;
    services: SimService[];
  };
  ordinaryVisits: number;
  random: Random;
}

function simulateDay({ date, office, ordinaryVisits, random }: DayInput): SimTicket[] {
  const status = dayStatus(office.calendar, date);
  if (!status.open) return [];
  const timeZone = office.row.timeZone;
  // Japan keeps no daylight saving time, so a local hour is the day's start plus whole hours.
  const dayStart = zonedInstant(date, '00:00', timeZone).getTime();
  const periods = status.periods.map((p) => ({
    opens: minutesOfDay(p.opens),
    closes: minutesOfDay(p.closes),
  }));
  const opensAt = dayStart + Math.min(...periods.map((p) => p.opens)) * MINUTE;
  const closesAt = dayStart + Math.max(...periods.map((p) => p.closes)) * MINUTE;

  // Arrival intensity per open minute; 16:30 onwards sees few new residents.
  const minutes: number[] = [];
  const intensity: number[] = [];
  for (const { opens, closes } of periods) {
    for (let minute = opens; minute < closes; minute += 1) {
      minutes.push(minute);
      intensity.push(HOURLY_INTENSITY[Math.floor(minute / 60)]! * (minute >= 16 * 60 + 30 ? 0.45 : 1));
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const value of intensity) {
    total += value;
    cumulative.push(total);
  }
  if (total === 0) return [];
  const ordinaryTotal = ordinaryIntensity().total;
  const pickInstant = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return dayStart + minutes[low]! * MINUTE + Math.floor(random() * MINUTE);
  };
  const intensityShareOfHour = (hour: number) => {
    let sum = 0;
    for (let i = 0; i < minutes.length; i += 1)
      if (Math.floor(minutes[i]! / 60) === hour) sum += intensity[i]!;
    return sum / total;
  };
  const openShareOfHour = (hour: number) => {
    let open = 0;
    for (const { opens, closes } of periods)
      open += Math.max(0, Math.min(closes, hour * 60 + 60) - Math.max(opens, hour * 60));
    return open / 60;
  };

  const weekday = weekdayOf(date);
  const factors = peakFactors(date, isHoliday);
  const peak = factors.reduce((product, f) => product * f.factor, 1);
  const movingSeason = factors.some((f) => f.name === 'movingSeason' || f.name === 'movingSeasonPeak');
  // A Saturday morning brings that morning's share of an ordinary day.
  const dayShare = total / ordinaryTotal;
  // The moving season is planned for, though not in full: ×1.8 against its ×1.8–2.2.
  const seasonPlan = movingSeason ? MOVING_SEASON_PLAN : 1;
  const plannedVisits = ordinaryVisits * WEEKDAY_FACTOR[weekday]! * dayShare * seasonPlan;
  const visits = Math.max(
    0,
    Math.round((plannedVisits / seasonPlan) * peak * Math.exp(0.08 * normal(random))),
  );

  const weights = office.services.map(
    (s) => s.comfortableRate * (movingSeason && MOVING_SERVICES.has(s.code) ? 1.5 : 1),
  );
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  const comfortableTotal = office.services.reduce((sum, s) => sum + s.comfortableRate, 0);

  // Tickets: walk-ins at their arrival, reservations at check-in before their slot.
  const firsts: {
    serviceIndex: number;
    source: 'walk_in' | 'reservation';
    at: number;
    slotStart: number | null;
  }[] = [];
  office.services.forEach((service, index) => {
    const count = Math.round((visits * weights[index]!) / weightTotal);
    const slots = service.bookable ? slotGrid(office.calendar, bookingRules(service.row), date) : [];
    for (let i = 0; i < count; i += 1) {
      if (slots.length > 0 && random() < RESERVATION_SHARE) {
        const slot = slots[Math.floor(random() * slots.length)]!.start.getTime();
        const at = Math.max(opensAt, slot - Math.floor(between(random, 0, 15 * MINUTE)));
        firsts.push({ serviceIndex: index, source: 'reservation', at, slotStart: slot });
      } else {
        firsts.push({ serviceIndex: index, source: 'walk_in', at: pickInstant(), slotStart: null });
      }
    }
  });
  firsts.sort((a, b) => a.at - b.at);

  const numbers = new Map<string, number>();
  const arrivalsByService = new Map<string, Arrival[]>(office.services.map((s) => [s.id, []]));
  const tickets: SimTicket[] = firsts.map((first) => {
    const service = office.services[first.serviceIndex]!;
    const sequence = (numbers.get(service.prefix) ?? 0) + 1;
    numbers.set(service.prefix, sequence);
    const segment: SimSegment = {
      serviceId: service.id,
      windowId: null,
      queuedAt: first.at,
      calledAt: null,
      startedAt: null,
      endedAt: null,
      recalls: 0,
      outcome: 'not_served',
    };
    const ticket: SimTicket = {
      id: timeOrderedId(first.at, random),
      number: formatTicketNumber(service.prefix, sequence),
      source: first.source,
      issuedAt: first.at,
      slotStart: first.slotStart,
      quotedMinutes: 0,
      lang: random() < 0.04 ? 'en' : 'ja',
      segments: [segment],
    };
    arrivalsByService.get(service.id)!.push({ ticket, segment, transferred: false });
    return ticket;
  });

  // Services that pass residents on run first, so their transfers join the targets' queues.
  const order = office.services.toSorted((a, b) => Number(b.code in TRANSFERS) - Number(a.code in TRANSFERS));
  const byCode = new Map(office.services.map((s) => [s.code, s]));
  for (const service of order) {
    // Its share of the day's visits, and of the residents other services pass on to it.
    const weightOf = (s: SimService) =>
      (s.comfortableRate * (movingSeason && MOVING_SERVICES.has(s.code) ? 1.5 : 1)) / weightTotal;
    const share =
      weightOf(service) +
      office.services.reduce(
        (sum, from) =>
          sum + weightOf(from) * (TRANSFERS[from.code]?.find(([code]) => code === service.code)?.[1] ?? 0),
        0,
      );
    // The plan opens, hour by hour, the windows Erlang C asks for on an ordinary day of this
    // weekday, as far as the office has them. One window in four is away over noon.
    const windowsFor = (arrivalsPerHour: number) =>
      requiredWindows({
        arrivalsPerHour,
        serviceMinutes: service.defaultMinutes + WINDOW_OVERHEAD_MINUTES,
        targetMinutes: PLAN_TARGET_MINUTES,
        targetShare: PLAN_TARGET_SHARE,
        maxWindows: 200,
      }).windows;
    // Offices are built (or open temporary counters) for a level a little below an ordinary day's:
    // the demo's windows exactly, a level given with visitsPerDay the counters it needs.
    const builtFor = windowsFor(
      ((ordinaryVisits / ORDINARY_LOAD) * service.comfortableRate * peakHourFactor()) /
        comfortableTotal /
        ORDINARY_OPEN_HOURS,
    );
    // In the moving season temporary windows open, as city halls do.
    const most = Math.ceil(Math.max(service.windowCount, builtFor) * seasonPlan);
    const counters = Array.from({ length: 24 }, (_, hour) => {
      const open = openShareOfHour(hour);
      if (open === 0) return 0;
      const planned = Math.min(most, windowsFor((plannedVisits * share * intensityShareOfHour(hour)) / open));
      return Math.max(1, hour === 12 ? Math.ceil(planned * 0.75) : planned);
    });
    const transfers = (TRANSFERS[service.code] ?? [])
      .map(([code, share]) => [byCode.get(code), share] as const)
      .filter(
        (pair): pair is readonly [SimService, number] =>
          pair[0] !== undefined && pair[0].windowIds.length > 0,
      );
    runQueue({
      service,
      arrivals: arrivalsByService.get(service.id)!,
      counters,
      dayStart,
      closesAt,
      random,
      onServed(arrival, endedAt) {
        let draw = random();
        for (const [target, share] of transfers) {
          if (draw < share) {
            const segment: SimSegment = {
              serviceId: target.id,
              windowId: null,
              queuedAt: endedAt,
              calledAt: null,
              startedAt: null,
              endedAt: null,
              recalls: 0,
              outcome: 'not_served',
            };
            arrival.ticket.segments.push(segment);
            arrivalsByService.get(target.id)!.push({ ticket: arrival.ticket, segment, transferred: true });
            return true;
          }
          draw -= share;
        }
        return false;
      },
    });
  }
  return tickets;
}

/** Arrival intensity of an ordinary weekday, 8:45–17:15, per minute: its total and its busiest full hour. */
function ordinaryIntensity() {
  const byHour = new Array<number>(24).fill(0);
  let total = 0;
  for (let minute = 8 * 60 + 45; minute < 17 * 60 + 15; minute += 1) {
    const value = HOURLY_INTENSITY[Math.floor(minute / 60)]! * (minute >= 16 * 60 + 30 ? 0.45 : 1);
    byHour[Math.floor(minute / 60)]! += value;
    total += value;
  }
  return { total, busiestHour: Math.max(...byHour.slice(9, 17)) };
}

/** An ordinary weekday's busiest full hour against its mean hour (10:00–11:00: about 1.4). */
function peakHourFactor(): number {
  const { total, busiestHour } = ordinaryIntensity();
  return busiestHour / (total / ORDINARY_OPEN_HOURS);
}

/**
 * The mean arrivals per hour `windows` windows serve comfortably on an ordinary day: the plan
 * (Erlang C) asks for no more windows in its busiest hour. By bisection.
 */
function comfortableRate(windows: number, defaultMinutes: number): number {
  if (windows === 0) return 0;
  const serviceMinutes = defaultMinutes + WINDOW_OVERHEAD_MINUTES;
  let low = 0;
  let high = (60 * windows) / serviceMinutes;
  for (let step = 0; step < 40; step += 1) {
    const rate = (low + high) / 2;
    const { windows: needed } = requiredWindows({
      arrivalsPerHour: rate * peakHourFactor(),
      serviceMinutes,
      targetMinutes: PLAN_TARGET_MINUTES,
      targetShare: PLAN_TARGET_SHARE,
    });
    if (needed <= windows) low = rate;
    else high = rate;
  }
  return low;
}

/** One service's queue for a day: counters call by the real call order until closing. */
function runQueue(input: {
  service: SimService;
  arrivals: Arrival[];
  counters: number[];
  dayStart: number;
  closesAt: number;
  random: Random;
  onServed: (arrival: Arrival, endedAt: number) => boolean;
}) {
  const { service, counters, dayStart, closesAt, random } = input;
  const arrivals = input.arrivals.toSorted((a, b) => a.segment.queuedAt - b.segment.queuedAt);
  const maxCounters = Math.max(...counters);
  const freeAt = new Array<number>(maxCounters).fill(0);
  const windowIds = service.windowIds;
  const medianMs = service.defaultMinutes * 0.9 * MINUTE;
  const waiting: (QueuedTicket & { arrival: number })[] = [];
  const byTicket = new Map<string, Arrival>();

  /** When counter `k` can next call, from `t`: it works the hours the plan gives it, until closing. */
  const readyAt = (k: number, t: number) => {
    for (let hour = Math.max(0, Math.floor((t - dayStart) / HOUR)); hour < 24; hour += 1) {
      if (k < counters[hour]!) {
        const at = Math.max(t, dayStart + hour * HOUR);
        return at < closesAt ? at : Number.POSITIVE_INFINITY;
      }
    }
    return Number.POSITIVE_INFINITY;
  };

  let now = 0;
  let next = 0;
  let sequence = 0;
  const admit = () => {
    const arrival = arrivals[next++]!;
    now = arrival.segment.queuedAt;
    if (!arrival.transferred) {
      let busy = 0;
      for (const free of freeAt) if (free > now) busy += 1;
      arrival.ticket.quotedMinutes = estimateWaitMinutes({
        ahead: waiting.length,
        serviceMinutes: service.defaultMinutes,
        openWindows: counters[Math.floor((now - dayStart) / HOUR)] ?? 0,
        servingNow: busy,
      });
    }
    byTicket.set(arrival.ticket.id, arrival);
    waiting.push({
      ticketId: arrival.ticket.id,
      serviceId: service.id,
      source: arrival.ticket.source,
      queuedAt: arrival.segment.queuedAt,
      slotStart: arrival.ticket.slotStart,
      transferred: arrival.transferred,
      arrival: sequence++,
    });
  };

  while (next < arrivals.length || waiting.length > 0) {
    if (waiting.length === 0) {
      admit();
      continue;
    }
    let counter = -1;
    let callAt = Number.POSITIVE_INFINITY;
    for (let k = 0; k < maxCounters; k += 1) {
      const at = readyAt(k, Math.max(freeAt[k]!, now));
      if (at < callAt) {
        callAt = at;
        counter = k;
      }
    }
    const nextArrival = next < arrivals.length ? arrivals[next]!.segment.queuedAt : Number.POSITIVE_INFINITY;
    if (nextArrival <= callAt && nextArrival !== Number.POSITIVE_INFINITY) {
      admit();
      continue;
    }
    if (counter < 0) {
      // Nobody can call any more today: the rollover closes the rest as not served.
      for (const queued of waiting.splice(0)) {
        const { segment } = byTicket.get(queued.ticketId)!;
        segment.outcome = 'not_served';
        segment.endedAt = Math.max(closesAt, segment.queuedAt) + MINUTE;
      }
      continue;
    }
    now = callAt;
    const chosen = nextToCall(waiting, [service.id], now, DEFAULT_CALL_POLICY)!;
    waiting.splice(waiting.indexOf(chosen as (typeof waiting)[number]), 1);
    const arrival = byTicket.get(chosen.ticketId)!;
    const segment = arrival.segment;
    segment.calledAt = now;
    segment.windowId = windowIds.length > 0 ? windowIds[counter % windowIds.length]! : null;
    const waitedMinutes = (now - segment.queuedAt) / MINUTE;
    const noShowChance = arrival.transferred
      ? 0.01
      : arrival.ticket.source === 'reservation'
        ? RESERVATION_NO_SHOW
        : Math.min(0.12, 0.015 + Math.max(0, waitedMinutes - 15) * 0.001);
    if (random() < noShowChance) {
      // Called, then recalled three times a minute apart.
      segment.recalls = 3;
      segment.endedAt = now + 3 * MINUTE;
      segment.outcome = 'no_show';
      freeAt[counter] = segment.endedAt;
      continue;
    }
    segment.startedAt = now + Math.round(between(random, 20_000, 90_000));
    const duration = Math.min(
      Math.max(MINUTE, medianMs * Math.exp(0.45 * normal(random))),
      5 * service.defaultMinutes * MINUTE,
    );
    segment.endedAt = segment.startedAt + Math.round(duration);
    segment.outcome = input.onServed(arrival, segment.endedAt) ? 'transferred' : 'served';
    freeAt[counter] = segment.endedAt + Math.round(between(random, 0, 60_000));
  }
}
