import type { QueueSnapshot, Ticket, WindowState } from '@kakanai/contracts';
import { callOrder, type QueuedTicket } from '@kakanai/domain';

/**
 * The tickets a window will call, in the order it calls them. The snapshot lists each service's
 * queue in call order; a window that handles several services interleaves them with the domain's
 * call order. The server's call policy can differ from the default (WALK_IN_CAP_MINUTES), so the
 * interleaving is a close preview; each service's own order is the server's.
 */
export function waitingForWindow(snapshot: QueueSnapshot, window: WindowState, now: number): Ticket[] {
  const mine = snapshot.waiting.filter((ticket) => window.serviceIds.includes(ticket.serviceId));
  if (window.serviceIds.length < 2) return mine;
  const byId = new Map(mine.map((ticket) => [ticket.id, ticket]));
  const queued = mine.map(
    (ticket, index): QueuedTicket => ({
      ticketId: ticket.id,
      serviceId: ticket.serviceId,
      source: ticket.source,
      queuedAt: Date.parse(ticket.queuedAt),
      slotStart: ticket.slotStart ? Date.parse(ticket.slotStart) : null,
      transferred: wasTransferred(ticket),
      // The snapshot's position keeps the server's order among tickets the clock can't tell apart.
      arrival: index,
    }),
  );
  return callOrder(queued, window.serviceIds, now).map((q) => byId.get(q.ticketId)!);
}

/** The ticket came from another service's queue (ワンストップ): it joined this one after it was issued. */
export function wasTransferred(ticket: Ticket): boolean {
  return Date.parse(ticket.queuedAt) - Date.parse(ticket.issuedAt) >= 1000;
}

/** Whole minutes from one instant to another, never negative. */
export function minutesBetween(from: string | number, to: string | number): number {
  const start = typeof from === 'string' ? Date.parse(from) : from;
  const end = typeof to === 'string' ? Date.parse(to) : to;
  return Math.max(0, Math.floor((end - start) / 60_000));
}

/**
 * The snapshot with one ticket's new state, as a counter action answered it: the screen shows the
 * outcome at once, and the refetch that follows brings the rest (positions, other windows).
 */
export function withTicket(snapshot: QueueSnapshot, ticket: Ticket): QueueSnapshot {
  const others = (tickets: Ticket[]) => tickets.filter((t) => t.id !== ticket.id);
  const active = ticket.status === 'called' || ticket.status === 'serving';
  return {
    ...snapshot,
    waiting: ticket.status === 'waiting' ? [...others(snapshot.waiting), ticket] : others(snapshot.waiting),
    active: active ? [...others(snapshot.active), ticket] : others(snapshot.active),
    served: snapshot.served + (ticket.status === 'done' ? 1 : 0),
    windows: snapshot.windows.map((window) => {
      if (active && ticket.window?.id === window.id) return { ...window, current: ticket };
      if (window.current?.id !== ticket.id) return window;
      const { current: _gone, ...rest } = window;
      return rest;
    }),
  };
}

/** The snapshot with a window's new status. */
export function withWindowStatus(
  snapshot: QueueSnapshot,
  windowId: string,
  status: WindowState['status'],
): QueueSnapshot {
  return {
    ...snapshot,
    windows: snapshot.windows.map((window) => (window.id === windowId ? { ...window, status } : window)),
  };
}
