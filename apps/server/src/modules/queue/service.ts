import { randomUUID } from 'node:crypto';
import type {
  Call,
  PublicStatus,
  QueueSnapshot,
  Ticket,
  TicketIssued,
  TicketView,
  WindowRef,
} from '@kakanai/contracts';
import { type Db, schema, writeTransaction } from '@kakanai/db';
import {
  afterRecall,
  businessDayOf,
  type CallPolicy,
  callOrder,
  checkInTiming,
  dayStatus,
  estimateWaitMinutes,
  formatOffsetIso,
  formatTicketNumber,
  localTimeOf,
  minutesOfDay,
  nextToCall,
  normalizeReservationCode,
  peopleAhead,
  type QueuedTicket,
  typicalServiceMinutes,
} from '@kakanai/domain';
import { and, eq } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { hashToken, newToken, tokenMatches } from '../../crypto.ts';
import { DomainError } from '../../domain-error.ts';
import { appendEvent } from '../../event-log.ts';
import type { StaffPrincipal } from '../auth/service.ts';
import type { CatalogService } from '../catalog/service.ts';

const { tickets, ticketSegments, windows, reservations } = schema;

/** A ticket joined with its latest segment: everything the queue needs to know about it. */
interface TicketState {
  id: string;
  officeId: string;
  businessDay: string;
  number: string;
  source: 'walk_in' | 'reservation';
  serviceId: string;
  status: Ticket['status'];
  windowId: string | null;
  issuedAt: number;
  slotStart: number | null;
  trackTokenHash: string;
  segmentId: number;
  queuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  recalls: number;
  transferred: number;
}

interface WindowRow {
  id: string;
  officeId: string;
  number: number;
  nameJa: string;
  nameEn: string;
  status: 'open' | 'paused' | 'closed';
}

const ACTIVE = ['called', 'serving'] as const;

export interface QueueServiceDeps {
  db: Db;
  catalog: CatalogService;
  config: Config;
}

export function createQueueService({ db, catalog, config }: QueueServiceDeps) {
  const client = db.$client;
  const policy: CallPolicy = { walkInCapMinutes: config.queue.walkInCapMinutes, reservationGraceMinutes: 0 };

  const STATE_COLUMNS = `t.id, t.office_id AS officeId, t.business_day AS businessDay, t.number, t.source,
    t.service_id AS serviceId, t.status, t.window_id AS windowId, t.issued_at AS issuedAt, t.slot_start AS slotStart,
    t.track_token_hash AS trackTokenHash, s.id AS segmentId, s.queued_at AS queuedAt, s.called_at AS calledAt,
    s.started_at AS startedAt, s.recalls,
    (SELECT count(*) FROM ticket_segments p WHERE p.ticket_id = t.id AND p.id < s.id) AS transferred`;
  const LATEST_SEGMENT = 's.id = (SELECT max(id) FROM ticket_segments WHERE ticket_id = t.id)';

  const ticketState = client.prepare<[string], TicketState>(
    `SELECT ${STATE_COLUMNS} FROM tickets t JOIN ticket_segments s ON ${LATEST_SEGMENT} WHERE t.id = ?`,
  );
  const liveTickets = client.prepare<[string, string], TicketState>(
    `SELECT ${STATE_COLUMNS} FROM tickets t JOIN ticket_segments s ON ${LATEST_SEGMENT}
     WHERE t.office_id = ? AND t.business_day = ? AND t.status IN ('waiting', 'called', 'serving')`,
  );
  const recentCalls = client.prepare<[string, string, number], TicketState>(
    `SELECT ${STATE_COLUMNS.replace('t.window_id AS windowId', 's.window_id AS windowId')}
     FROM ticket_segments s JOIN tickets t ON t.id = s.ticket_id
     WHERE s.office_id = ? AND t.business_day = ? AND s.called_at IS NOT NULL
     ORDER BY s.called_at DESC LIMIT ?`,
  );
  const servedToday = client.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM tickets WHERE office_id = ? AND business_day = ? AND status = 'done'`,
  );
  const recentServiceSeconds = client.prepare<[string], { seconds: number }>(
    `SELECT (ended_at - coalesce(started_at, called_at)) / 1000.0 AS seconds FROM ticket_segments
     WHERE service_id = ? AND outcome = 'served' ORDER BY ended_at DESC LIMIT 30`,
  );
  const windowsOfOffice = client.prepare<[string], WindowRow>(
    `SELECT id, office_id AS officeId, number, name_ja AS nameJa, name_en AS nameEn, status FROM windows
     WHERE office_id = ? ORDER BY number`,
  );
  const windowById = client.prepare<[string], WindowRow>(
    `SELECT id, office_id AS officeId, number, name_ja AS nameJa, name_en AS nameEn, status FROM windows WHERE id = ?`,
  );
  const windowServiceRows = client.prepare<[string], { windowId: string; serviceId: string }>(
    `SELECT ws.window_id AS windowId, ws.service_id AS serviceId FROM window_services ws
     JOIN windows w ON w.id = ws.window_id JOIN services sv ON sv.id = ws.service_id
     WHERE w.office_id = ? ORDER BY sv.sort_order`,
  );
  const nextNumber = client.prepare<
    { officeId: string; businessDay: string; prefix: string },
    { lastNumber: number }
  >(
    `INSERT INTO ticket_counters (office_id, business_day, prefix, last_number) VALUES (@officeId, @businessDay, @prefix, 1)
     ON CONFLICT (office_id, business_day, prefix) DO UPDATE SET last_number = last_number + 1
     RETURNING last_number AS lastNumber`,
  );
  const staleTickets = client.prepare<[string, string, number], TicketState>(
    `SELECT ${STATE_COLUMNS} FROM tickets t JOIN ticket_segments s ON ${LATEST_SEGMENT}
     WHERE t.office_id = ? AND t.status IN ('waiting', 'called', 'serving')
       AND (t.business_day < ? OR (? = 1 AND t.status = 'waiting'))`,
  );
  const claimCall = client.prepare<{ segmentId: number; windowId: string; now: number }>(
    'UPDATE ticket_segments SET called_at = @now, window_id = @windowId WHERE id = @segmentId AND called_at IS NULL',
  );

  function windowRef(row: WindowRow): WindowRef {
    return { id: row.id, number: row.number, name: { ja: row.nameJa, en: row.nameEn } };
  }

  function toTicket(state: TicketState, windowRows: Map<string, WindowRow>): Ticket {
    const tz = catalog.office(state.officeId).timeZone;
    const window = state.windowId ? windowRows.get(state.windowId) : undefined;
    return {
      id: state.id,
      officeId: state.officeId,
      businessDay: state.businessDay,
      number: state.number,
      serviceId: state.serviceId,
      source: state.source,
      status: state.status,
      issuedAt: formatOffsetIso(new Date(state.issuedAt), tz),
      queuedAt: formatOffsetIso(new Date(state.queuedAt), tz),
      ...(state.calledAt ? { calledAt: formatOffsetIso(new Date(state.calledAt), tz) } : {}),
      recalls: state.recalls,
      ...(window ? { window: windowRef(window) } : {}),
      ...(state.slotStart ? { slotStart: formatOffsetIso(new Date(state.slotStart), tz) } : {}),
    };
  }

  function windowsById(officeId: string) {
    return new Map(windowsOfOffice.all(officeId).map((w) => [w.id, w]));
  }

  function servicesByWindow(officeId: string) {
    const map = new Map<string, string[]>();
    for (const { windowId, serviceId } of windowServiceRows.all(officeId)) {
      map.set(windowId, [...(map.get(windowId) ?? []), serviceId]);
    }
    return map;
  }

  function asQueued(state: TicketState): QueuedTicket {
    return {
      ticketId: state.id,
      serviceId: state.serviceId,
      source: state.source,
      queuedAt: state.queuedAt,
      slotStart: state.slotStart,
      transferred: state.transferred > 0,
      arrival: state.segmentId,
    };
  }

  /** Today's office-local date, and whether the office is taking numbers right now. */
  function today(officeId: string, now: Date) {
    const office = catalog.office(officeId);
    const businessDay = businessDayOf(now.getTime(), office.timeZone);
    const status = dayStatus(catalog.calendar(office), businessDay);
    const minute = minutesOfDay(localTimeOf(now, office.timeZone));
    const open =
      status.open &&
      status.periods.some((p) => minutesOfDay(p.opens) <= minute && minute < minutesOfDay(p.closes));
    const closesAt = status.open ? Math.max(...status.periods.map((p) => minutesOfDay(p.closes))) : -1;
    return { office, businessDay, open, pastClosing: !status.open || minute >= closesAt };
  }

  /** Estimated minutes for someone with `ahead` people before them in `serviceId`'s queue. */
  function estimate(officeId: string, serviceId: string, ahead: number, live: TicketState[]) {
    const service = catalog.service(serviceId);
    const serviceWindows = [...servicesByWindow(officeId).entries()]
      .filter(([, ids]) => ids.includes(serviceId))
      .map(([id]) => id);
    const byId = windowsById(officeId);
    const openWindows = serviceWindows.filter((id) => byId.get(id)?.status === 'open').length;
    const servingNow = live.filter((t) => t.serviceId === serviceId && t.status !== 'waiting').length;
    const serviceMinutes = typicalServiceMinutes(
      // The query reads newest first; the estimate wants the oldest first.
      recentServiceSeconds
        .all(serviceId)
        .map((r) => r.seconds)
        .reverse(),
      service.defaultServiceMinutes,
    );
    return { minutes: estimateWaitMinutes({ ahead, serviceMinutes, openWindows, servingNow }), openWindows };
  }

  function view(state: TicketState, now: Date): TicketView {
    const live = liveTickets.all(state.officeId, state.businessDay);
    const waiting = live.filter((t) => t.status === 'waiting').map(asQueued);
    const position = state.status === 'waiting' ? peopleAhead(waiting, state.id, now.getTime(), policy) : 0;
    const estimated =
      state.status === 'waiting' ? estimate(state.officeId, state.serviceId, position, live).minutes : 0;
    return {
      ticket: toTicket(state, windowsById(state.officeId)),
      position,
      estimatedWaitMinutes: estimated,
    };
  }

  function issue(
    input: {
      officeId: string;
      serviceId: string;
      lang: 'ja' | 'en';
      source: 'walk_in' | 'reservation';
      reservation?: { id: string; slotStart: Date };
    },
    now: Date,
  ): TicketIssued {
    const { office, businessDay, open } = today(input.officeId, now);
    if (!open) throw new DomainError('office_not_open');
    const service = catalog.service(input.serviceId, office.id);
    const { lastNumber } = nextNumber.get({
      officeId: office.id,
      businessDay,
      prefix: service.ticketPrefix,
    })!;
    const id = randomUUID();
    const trackToken = newToken();
    const live = liveTickets.all(office.id, businessDay);
    const waiting = live.filter((t) => t.status === 'waiting').map(asQueued);
    const me: QueuedTicket = {
      ticketId: id,
      serviceId: service.id,
      source: input.source,
      queuedAt: now.getTime(),
      slotStart: input.reservation?.slotStart.getTime() ?? null,
      arrival: Number.MAX_SAFE_INTEGER,
    };
    const ahead = peopleAhead([...waiting, me], id, now.getTime(), policy);
    const estimated = estimate(office.id, service.id, ahead, live).minutes;
    db.insert(tickets)
      .values({
        id,
        officeId: office.id,
        businessDay,
        number: formatTicketNumber(service.ticketPrefix, lastNumber),
        source: input.source,
        reservationId: input.reservation?.id ?? null,
        serviceId: service.id,
        status: 'waiting',
        lang: input.lang,
        trackTokenHash: hashToken(trackToken),
        issuedAt: now,
        estimatedWaitMinutes: estimated,
        slotStart: input.reservation?.slotStart ?? null,
      })
      .run();
    db.insert(ticketSegments)
      .values({ ticketId: id, officeId: office.id, serviceId: service.id, queuedAt: now })
      .run();
    const state = ticketState.get(id)!;
    appendEvent(db, {
      officeId: office.id,
      type: 'ticket.issued',
      at: now,
      data: { ticketId: id, number: state.number, serviceId: service.id, source: input.source },
    });
    return {
      ticket: toTicket(state, windowsById(office.id)),
      position: ahead,
      estimatedWaitMinutes: estimated,
      trackToken,
      trackUrl: `${config.publicBaseUrl}/tickets/${id}#t=${trackToken}`,
    };
  }

  function staffWindow(windowId: string, staff: StaffPrincipal): WindowRow {
    const row = windowById.get(windowId);
    if (!row) throw new DomainError('window_not_found');
    if (staff.role !== 'admin' && !staff.officeIds.includes(row.officeId)) throw new DomainError('forbidden');
    return row;
  }

  function staffTicket(ticketId: string, staff: StaffPrincipal): TicketState {
    const state = ticketState.get(ticketId);
    if (!state) throw new DomainError('ticket_not_found');
    if (staff.role !== 'admin' && !staff.officeIds.includes(state.officeId))
      throw new DomainError('forbidden');
    return state;
  }

  function endSegment(
    state: TicketState,
    outcome: 'served' | 'no_show' | 'transferred' | 'not_served',
    now: Date,
  ) {
    db.update(ticketSegments)
      .set({
        endedAt: now,
        outcome,
        ...(outcome === 'served' && !state.startedAt ? { startedAt: now } : {}),
      })
      .where(eq(ticketSegments.id, state.segmentId))
      .run();
  }

  function setTicket(state: TicketState, values: Partial<typeof tickets.$inferInsert>) {
    db.update(tickets).set(values).where(eq(tickets.id, state.id)).run();
  }

  function ticketEvent(state: TicketState, type: string, now: Date, extra: Record<string, unknown> = {}) {
    appendEvent(db, {
      officeId: state.officeId,
      type,
      at: now,
      data: { ticketId: state.id, number: state.number, serviceId: state.serviceId, ...extra },
    });
  }

  function requireStatus(state: TicketState, allowed: readonly Ticket['status'][]) {
    if (!allowed.includes(state.status)) throw new DomainError('ticket_not_active');
  }

  function afterChange(ticketId: string, now: Date): TicketView {
    return view(ticketState.get(ticketId)!, now);
  }

  function toCall(state: TicketState, windowRows: Map<string, WindowRow>): Call | undefined {
    const window = state.windowId ? windowRows.get(state.windowId) : undefined;
    if (!window || !state.calledAt) return undefined;
    return {
      ticketId: state.id,
      number: state.number,
      serviceId: state.serviceId,
      window: windowRef(window),
      calledAt: formatOffsetIso(new Date(state.calledAt), catalog.office(state.officeId).timeZone),
    };
  }

  return {
    issueWalkIn(officeId: string, serviceId: string, lang: 'ja' | 'en', now: Date): TicketIssued {
      return writeTransaction(db, () => issue({ officeId, serviceId, lang, source: 'walk_in' }, now));
    },

    /** Turns a reservation into a ticket, if it is this office's, still booked, and within the check-in window. */
    checkIn(
      officeId: string,
      reservationCode: string,
      lang: 'ja' | 'en' | undefined,
      now: Date,
    ): TicketIssued {
      return writeTransaction(db, () => {
        const code = normalizeReservationCode(reservationCode);
        const reservation = code
          ? db.select().from(reservations).where(eq(reservations.code, code)).get()
          : undefined;
        if (!reservation) throw new DomainError('reservation_not_found');
        if (reservation.officeId !== officeId) throw new DomainError('check_in_wrong_office');
        if (reservation.status !== 'booked') throw new DomainError('reservation_not_active');
        const existing = db
          .select({ id: tickets.id })
          .from(tickets)
          .where(eq(tickets.reservationId, reservation.id))
          .get();
        if (existing) throw new DomainError('already_checked_in');
        const timing = checkInTiming(
          reservation.slotStart.getTime(),
          now.getTime(),
          config.queue.checkInWindow,
        );
        if (timing === 'too_early') throw new DomainError('check_in_too_early');
        if (timing === 'too_late') throw new DomainError('check_in_too_late');
        return issue(
          {
            officeId,
            serviceId: reservation.serviceId,
            lang: lang ?? reservation.lang,
            source: 'reservation',
            reservation: { id: reservation.id, slotStart: reservation.slotStart },
          },
          now,
        );
      });
    },

    /** The resident's view of their ticket, for the holder of its track token. */
    ticket(ticketId: string, token: string, now: Date): TicketView {
      const state = ticketState.get(ticketId);
      if (!state || !tokenMatches(token, state.trackTokenHash)) throw new DomainError('ticket_not_found');
      return view(state, now);
    },

    ticketOffice(ticketId: string, token: string): string | undefined {
      const state = ticketState.get(ticketId);
      return state && tokenMatches(token, state.trackTokenHash) ? state.officeId : undefined;
    },

    /** Calls the next ticket for this window; two windows calling at once never get the same ticket. */
    callNext(windowId: string, staff: StaffPrincipal, now: Date): TicketView | undefined {
      return writeTransaction(db, () => {
        const window = staffWindow(windowId, staff);
        if (window.status !== 'open') throw new DomainError('window_not_open');
        const { businessDay } = today(window.officeId, now);
        const live = liveTickets.all(window.officeId, businessDay);
        if (live.some((t) => t.windowId === window.id && t.status !== 'waiting'))
          throw new DomainError('window_busy');
        const serviceIds = servicesByWindow(window.officeId).get(window.id) ?? [];
        const waiting = live.filter((t) => t.status === 'waiting');
        const next = nextToCall(waiting.map(asQueued), serviceIds, now.getTime(), policy);
        if (!next) return undefined;
        const state = waiting.find((t) => t.id === next.ticketId)!;
        // Inside the write lock this always claims; the condition documents (and enforces) that a
        // segment is called once.
        if (
          claimCall.run({ segmentId: state.segmentId, windowId: window.id, now: now.getTime() }).changes !== 1
        ) {
          throw new DomainError('ticket_not_active');
        }
        setTicket(state, { status: 'called', windowId: window.id });
        ticketEvent(state, 'ticket.called', now, {
          windowId: window.id,
          windowNumber: window.number,
          recall: 0,
        });
        return afterChange(state.id, now);
      });
    },

    /** Calls the ticket again; after the allowed recalls go unanswered, it becomes a no-show. */
    recall(ticketId: string, staff: StaffPrincipal, now: Date): TicketView {
      return writeTransaction(db, () => {
        const state = staffTicket(ticketId, staff);
        requireStatus(state, ['called']);
        const outcome = afterRecall(state.recalls, config.queue.maxRecalls);
        if (outcome.noShow) {
          endSegment(state, 'no_show', now);
          setTicket(state, { status: 'no_show', closedAt: now });
          ticketEvent(state, 'ticket.no_show', now, { windowId: state.windowId });
        } else {
          db.update(ticketSegments)
            .set({ recalls: outcome.recalls })
            .where(eq(ticketSegments.id, state.segmentId))
            .run();
          const window = windowById.get(state.windowId!)!;
          ticketEvent(state, 'ticket.called', now, {
            windowId: window.id,
            windowNumber: window.number,
            recall: outcome.recalls,
          });
        }
        return afterChange(state.id, now);
      });
    },

    start(ticketId: string, staff: StaffPrincipal, now: Date): TicketView {
      return writeTransaction(db, () => {
        const state = staffTicket(ticketId, staff);
        requireStatus(state, ['called']);
        db.update(ticketSegments).set({ startedAt: now }).where(eq(ticketSegments.id, state.segmentId)).run();
        setTicket(state, { status: 'serving' });
        ticketEvent(state, 'ticket.started', now, { windowId: state.windowId });
        return afterChange(state.id, now);
      });
    },

    complete(ticketId: string, staff: StaffPrincipal, now: Date): TicketView {
      return writeTransaction(db, () => {
        const state = staffTicket(ticketId, staff);
        requireStatus(state, ACTIVE);
        endSegment(state, 'served', now);
        setTicket(state, { status: 'done', closedAt: now });
        ticketEvent(state, 'ticket.completed', now, { windowId: state.windowId });
        return afterChange(state.id, now);
      });
    },

    noShow(ticketId: string, staff: StaffPrincipal, now: Date): TicketView {
      return writeTransaction(db, () => {
        const state = staffTicket(ticketId, staff);
        requireStatus(state, ['called']);
        endSegment(state, 'no_show', now);
        setTicket(state, { status: 'no_show', closedAt: now });
        ticketEvent(state, 'ticket.no_show', now, { windowId: state.windowId });
        return afterChange(state.id, now);
      });
    },

    /** ワンストップ: the same number moves to another service's queue as a new segment. */
    transfer(ticketId: string, serviceId: string, staff: StaffPrincipal, now: Date): TicketView {
      return writeTransaction(db, () => {
        const state = staffTicket(ticketId, staff);
        requireStatus(state, ACTIVE);
        const target = catalog.service(serviceId, state.officeId);
        if (target.id === state.serviceId) throw new DomainError('transfer_same_service');
        endSegment(state, 'transferred', now);
        db.insert(ticketSegments)
          .values({ ticketId: state.id, officeId: state.officeId, serviceId: target.id, queuedAt: now })
          .run();
        setTicket(state, { status: 'waiting', serviceId: target.id, windowId: null });
        ticketEvent(state, 'ticket.transferred', now, {
          fromServiceId: state.serviceId,
          serviceId: target.id,
        });
        return afterChange(state.id, now);
      });
    },

    setWindowStatus(
      windowId: string,
      status: 'open' | 'paused' | 'closed',
      staff: StaffPrincipal,
      now: Date,
    ) {
      return writeTransaction(db, () => {
        const window = staffWindow(windowId, staff);
        if (status === 'closed') {
          const busy = db
            .select({ id: tickets.id })
            .from(tickets)
            .where(and(eq(tickets.windowId, window.id), eq(tickets.status, 'called')))
            .get();
          const serving = db
            .select({ id: tickets.id })
            .from(tickets)
            .where(and(eq(tickets.windowId, window.id), eq(tickets.status, 'serving')))
            .get();
          if (busy || serving) throw new DomainError('window_busy');
        }
        db.update(windows)
          .set({ status, staffUserId: status === 'closed' ? null : staff.id, statusChangedAt: now })
          .where(eq(windows.id, window.id))
          .run();
        appendEvent(db, {
          officeId: window.officeId,
          type: 'window.status',
          at: now,
          data: { windowId: window.id, windowNumber: window.number, status },
        });
        return { ...windowRef(window), status };
      });
    },

    /** The console's snapshot: windows and their state, the waiting tickets in call order, the active ones. */
    snapshot(officeId: string, now: Date): QueueSnapshot {
      const { businessDay } = today(officeId, now);
      const live = liveTickets.all(officeId, businessDay);
      const windowRows = windowsById(officeId);
      const services = servicesByWindow(officeId);
      const byId = new Map(live.map((t) => [t.id, t]));
      const waiting = live.filter((t) => t.status === 'waiting').map(asQueued);
      const ordered = catalog
        .listServices(officeId)
        .flatMap((s) => callOrder(waiting, [s.id], now.getTime(), policy))
        .map((q) => toTicket(byId.get(q.ticketId)!, windowRows));
      const active = live.filter((t) => t.status !== 'waiting');
      return {
        officeId,
        businessDay,
        windows: [...windowRows.values()].map((w) => {
          const current = active.find((t) => t.windowId === w.id);
          return {
            ...windowRef(w),
            status: w.status,
            serviceIds: services.get(w.id) ?? [],
            ...(current ? { current: toTicket(current, windowRows) } : {}),
          };
        }),
        waiting: ordered,
        active: active.map((t) => toTicket(t, windowRows)),
        served: servedToday.get(officeId, businessDay)?.n ?? 0,
      };
    },

    /** Numbers called and waiting counts, for the lobby display and the congestion page. */
    publicStatus(officeId: string, now: Date): PublicStatus {
      const { office, businessDay, open } = today(officeId, now);
      const live = liveTickets.all(officeId, businessDay);
      const windowRows = windowsById(officeId);
      const calling = live
        .filter((t) => t.status !== 'waiting')
        .sort((a, b) => (b.calledAt ?? 0) - (a.calledAt ?? 0))
        .map((t) => toCall(t, windowRows))
        .filter((c): c is Call => c !== undefined);
      const recent = recentCalls
        .all(officeId, businessDay, 12)
        .map((t) => toCall(t, windowRows))
        .filter((c): c is Call => c !== undefined);
      return {
        officeId,
        officeName: { ja: office.nameJa, en: office.nameEn },
        businessDay,
        open,
        calling,
        recent,
        services: catalog.listServices(officeId).map((s) => {
          const waitingCount = live.filter((t) => t.serviceId === s.id && t.status === 'waiting').length;
          const { minutes, openWindows } = estimate(officeId, s.id, waitingCount, live);
          return {
            serviceId: s.id,
            name: s.name,
            ticketPrefix: s.ticketPrefix,
            waiting: waitingCount,
            openWindows,
            estimatedWaitMinutes: minutes,
          };
        }),
      };
    },

    /**
     * Business-day rollover: tickets of earlier days still open are closed, and after closing time
     * today's waiting tickets are closed as not served. Numbering restarts by itself, because
     * counters are kept per business day.
     */
    closeStaleTickets(now: Date): number {
      return writeTransaction(db, () => {
        let closed = 0;
        for (const office of catalog.listOffices()) {
          const { businessDay, pastClosing } = today(office.id, now);
          const stale = staleTickets.all(office.id, businessDay, pastClosing ? 1 : 0);
          for (const state of stale) {
            const served = state.status === 'serving';
            endSegment(state, served ? 'served' : 'not_served', now);
            setTicket(state, { status: served ? 'done' : 'not_served', closedAt: now });
            ticketEvent(state, served ? 'ticket.completed' : 'ticket.closed', now, {});
            closed += 1;
          }
        }
        return closed;
      });
    },
  };
}

export type QueueService = ReturnType<typeof createQueueService>;
