/**
 * The call order of the hall queue.
 *
 * Residents who booked should be seen at their time, and residents who walked in should never
 * wait without end because bookings keep arriving. A window calls the first ticket of this order,
 * built from four tiers, each served only when the tiers above it are empty:
 *
 *  1. Walk-ins who have waited `walkInCapMinutes` (30) or longer, first come first served. This cap
 *     is the promise to walk-ins: past it, no reservation passes them any more.
 *  2. Reservations that are due — their slot starts within `reservationGraceMinutes` (0) from now,
 *     or has already started — earliest slot first. A booking is worth having only if it beats
 *     the walk-in line at its time.
 *  3. All other walk-ins, first come first served.
 *  4. Reservations checked in before they are due, earliest slot first. They are served early
 *     only when nobody else is waiting, so arriving early never pushes anyone back.
 *
 * A transferred ticket (ワンストップ: it already waited once at another service) counts as a
 * walk-in whatever its source: its booked slot was spent at the first service. So does a
 * reservation without a slot start, which could otherwise never become due.
 * Waiting time counts from `queuedAt`, when the ticket entered this service's queue.
 * Remaining ties go to the earlier `arrival` (the order tickets joined, when the clock can't tell
 * them apart), then the smaller ticketId, so every window computes the same order.
 */

/** A ticket waiting in one service's queue, as far as the call order cares. */
export interface QueuedTicket {
  ticketId: string;
  serviceId: string;
  source: 'walk_in' | 'reservation';
  /** When this ticket entered this service's queue (issue, check-in, or transfer). */
  queuedAt: number;
  /** Reservations: the booked slot start. */
  slotStart?: number | null;
  /** It already waited once in another service (ワンストップ). */
  transferred?: boolean;
  /** A number that grows with every ticket joining a queue, to order arrivals within one millisecond. */
  arrival?: number;
}

/** The knobs of the call order, in minutes. */
export interface CallPolicy {
  /** A walk-in who has waited this long is never passed by a reservation any more. */
  walkInCapMinutes: number;
  /** A checked-in reservation becomes due this many minutes before its slot start. */
  reservationGraceMinutes: number;
}

/** The call policy offices start with: a 30-minute cap for walk-ins, reservations due at their slot start. */
export const DEFAULT_CALL_POLICY: CallPolicy = { walkInCapMinutes: 30, reservationGraceMinutes: 0 };

const MS_PER_MINUTE = 60_000;

// The tiers, in call order.
const WALK_IN_OVER_CAP = 1;
const DUE_RESERVATION = 2;
const WALK_IN = 3;
const EARLY_RESERVATION = 4;

/** The queue in the order it will be called, for the given services (a window handles several), at `now`. */
export function callOrder(
  queue: readonly QueuedTicket[],
  serviceIds: readonly string[],
  now: number,
  policy: CallPolicy = DEFAULT_CALL_POLICY,
): QueuedTicket[] {
  const services = new Set(serviceIds);
  return queue
    .filter((ticket) => services.has(ticket.serviceId))
    .map((ticket) => ({ ticket, key: rankKey(ticket, now, policy) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ ticket }) => ticket);
}

/** The ticket a window handling `serviceIds` calls next, or undefined. */
export function nextToCall(
  queue: readonly QueuedTicket[],
  serviceIds: readonly string[],
  now: number,
  policy: CallPolicy = DEFAULT_CALL_POLICY,
): QueuedTicket | undefined {
  // A single pass instead of a sort: call-next runs on every click at every window.
  const services = new Set(serviceIds);
  let best: { ticket: QueuedTicket; key: RankKey } | undefined;
  for (const ticket of queue) {
    if (!services.has(ticket.serviceId)) continue;
    const key = rankKey(ticket, now, policy);
    if (!best || compareKeys(key, best.key) < 0) best = { ticket, key };
  }
  return best?.ticket;
}

/**
 * How many tickets will be called before `ticketId` by windows of its service (its position, 0 = next);
 * throws a RangeError when the ticket is not in `queue`.
 */
export function peopleAhead(
  queue: readonly QueuedTicket[],
  ticketId: string,
  now: number,
  policy: CallPolicy = DEFAULT_CALL_POLICY,
): number {
  const target = queue.find((ticket) => ticket.ticketId === ticketId);
  // A silent 0 would tell a resident "you're next" because of a bug, so refuse instead.
  if (!target) throw new RangeError(`Ticket ${ticketId} is not in the queue`);
  const targetKey = rankKey(target, now, policy);
  // Counting the tickets that rank earlier gives the same answer as its index in callOrder, without sorting.
  let ahead = 0;
  for (const ticket of queue) {
    if (ticket.serviceId === target.serviceId && compareKeys(rankKey(ticket, now, policy), targetKey) < 0)
      ahead++;
  }
  return ahead;
}

/** Whether the call order treats `ticket` as a reservation (rather than as a walk-in). */
export function ranksAsReservation(ticket: QueuedTicket): boolean {
  return ticket.source === 'reservation' && !ticket.transferred && ticket.slotStart != null;
}

type RankKey = readonly [tier: number, first: number, second: number, arrival: number, ticketId: string];

function rankKey(ticket: QueuedTicket, now: number, policy: CallPolicy): RankKey {
  const slotStart = ticket.slotStart;
  if (ranksAsReservation(ticket) && slotStart != null) {
    const due = now >= slotStart - policy.reservationGraceMinutes * MS_PER_MINUTE;
    const tier = due ? DUE_RESERVATION : EARLY_RESERVATION;
    return [tier, slotStart, ticket.queuedAt, ticket.arrival ?? 0, ticket.ticketId];
  }
  const overCap = now - ticket.queuedAt >= policy.walkInCapMinutes * MS_PER_MINUTE;
  return [overCap ? WALK_IN_OVER_CAP : WALK_IN, ticket.queuedAt, 0, ticket.arrival ?? 0, ticket.ticketId];
}

function compareKeys(a: RankKey, b: RankKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3] || (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0);
}
