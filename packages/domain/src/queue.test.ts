import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CallPolicy,
  callOrder,
  DEFAULT_CALL_POLICY,
  nextToCall,
  peopleAhead,
  type QueuedTicket,
} from './queue.ts';

const MINUTE = 60_000;
// 2026-12-01 09:00 in Tokyo; tests speak in minutes after opening.
const OPEN = Date.parse('2026-12-01T00:00:00Z');
const at = (minutes: number) => OPEN + minutes * MINUTE;

function walkIn(ticketId: string, queuedMinute: number, serviceId = 'resident'): QueuedTicket {
  return { ticketId, serviceId, source: 'walk_in', queuedAt: at(queuedMinute) };
}

function booked(
  ticketId: string,
  checkedInMinute: number,
  slotMinute: number,
  serviceId = 'resident',
): QueuedTicket {
  return {
    ticketId,
    serviceId,
    source: 'reservation',
    queuedAt: at(checkedInMinute),
    slotStart: at(slotMinute),
  };
}

const ids = (tickets: readonly QueuedTicket[]) => tickets.map((ticket) => ticket.ticketId);

describe('callOrder', () => {
  it('calls walk-ins first come, first served, and ignores other services', () => {
    const queue = [walkIn('w2', 5), walkIn('tax', 0, 'tax'), walkIn('w1', 2), walkIn('w3', 9)];
    expect(ids(callOrder(queue, ['resident'], at(10)))).toEqual(['w1', 'w2', 'w3']);
  });

  it('puts a due reservation ahead of walk-ins under the cap', () => {
    const queue = [walkIn('w1', 0), walkIn('w2', 5), booked('r1', 8, 10)];
    expect(ids(callOrder(queue, ['resident'], at(10)))).toEqual(['r1', 'w1', 'w2']);
  });

  it('lets a walk-in reaching the cap jump ahead of a due reservation', () => {
    const queue = [walkIn('w1', 0), walkIn('w2', 5), booked('r1', 25, 25)];
    // One millisecond short of 30 minutes the booking still wins …
    expect(ids(callOrder(queue, ['resident'], at(30) - 1))).toEqual(['r1', 'w1', 'w2']);
    // … at exactly 30 minutes w1 is over the cap; w2 is not yet.
    expect(ids(callOrder(queue, ['resident'], at(30)))).toEqual(['w1', 'r1', 'w2']);
    expect(ids(callOrder(queue, ['resident'], at(35)))).toEqual(['w1', 'w2', 'r1']);
  });

  it('keeps an early check-in waiting until its slot is due', () => {
    const queue = [booked('r1', 0, 20), walkIn('w1', 5)];
    expect(ids(callOrder(queue, ['resident'], at(19)))).toEqual(['w1', 'r1']);
    expect(ids(callOrder(queue, ['resident'], at(20)))).toEqual(['r1', 'w1']);
  });

  it('serves an early check-in at once when nobody else waits', () => {
    expect(nextToCall([booked('r1', 0, 60)], ['resident'], at(1))?.ticketId).toBe('r1');
  });

  it('makes reservations due `reservationGraceMinutes` before their slot', () => {
    const policy: CallPolicy = { walkInCapMinutes: 30, reservationGraceMinutes: 5 };
    const queue = [walkIn('w1', 0), booked('r1', 0, 20)];
    expect(nextToCall(queue, ['resident'], at(15) - 1, policy)?.ticketId).toBe('w1');
    expect(nextToCall(queue, ['resident'], at(15), policy)?.ticketId).toBe('r1');
  });

  it('orders reservations by slot start, then check-in time, then ticket id', () => {
    const queue = [booked('r3', 1, 10), booked('r2', 4, 0), booked('r1', 2, 0), booked('r0', 2, 0)];
    expect(ids(callOrder(queue, ['resident'], at(10)))).toEqual(['r0', 'r1', 'r2', 'r3']);
    // The same order holds while all are early.
    expect(ids(callOrder(queue, ['resident'], at(-30)))).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('treats a transferred reservation as a walk-in queued at its transfer', () => {
    const transferred: QueuedTicket = { ...booked('t1', 20, 0), transferred: true };
    const queue = [walkIn('w1', 10), transferred, booked('r1', 15, 25)];
    expect(ids(callOrder(queue, ['resident'], at(25)))).toEqual(['r1', 'w1', 't1']);
    expect(ids(callOrder(queue, ['resident'], at(50)))).toEqual(['w1', 't1', 'r1']);
  });

  it('treats a reservation without a slot start as a walk-in', () => {
    const queue = [{ ...booked('r1', 0, 0), slotStart: null }, walkIn('w1', 5)];
    expect(ids(callOrder(queue, ['resident'], at(6)))).toEqual(['r1', 'w1']);
  });

  it('interleaves the services of a multi-service window by the same rule', () => {
    const queue = [
      walkIn('a1', 0, 'A'),
      walkIn('b1', 3, 'B'),
      walkIn('a2', 6, 'A'),
      booked('b2', 5, 10, 'B'),
    ];
    expect(ids(callOrder(queue, ['A', 'B'], at(10)))).toEqual(['b2', 'a1', 'b1', 'a2']);
    // At 33 minutes a1 and b1 are over the cap; a2 is not.
    expect(ids(callOrder(queue, ['A', 'B'], at(33)))).toEqual(['a1', 'b1', 'b2', 'a2']);
    expect(ids(callOrder(queue, ['B'], at(33)))).toEqual(['b1', 'b2']);
  });
});

describe('nextToCall', () => {
  it('is undefined when nothing waits for the window', () => {
    expect(nextToCall([], ['resident'], at(0))).toBeUndefined();
    expect(nextToCall([walkIn('w1', 0, 'tax')], ['resident'], at(0))).toBeUndefined();
  });
});

describe('peopleAhead', () => {
  it('counts who is called first at windows of its own service only', () => {
    const queue = [walkIn('w1', 0), walkIn('tax', 0, 'tax'), booked('r1', 5, 10), walkIn('w2', 6)];
    expect(peopleAhead(queue, 'w2', at(10))).toBe(2);
    expect(peopleAhead(queue, 'r1', at(10))).toBe(0);
    expect(peopleAhead(queue, 'tax', at(10))).toBe(0);
  });

  it('refuses a ticket that is not in the queue', () => {
    expect(() => peopleAhead([walkIn('w1', 0)], 'gone', at(0))).toThrow(RangeError);
  });
});

const SERVICES = ['A', 'B', 'C'];

// Queues of up to 30 tickets over a morning, with the clock anywhere in it; ids are unique.
const queueArb = fc
  .array(
    fc.record({
      serviceId: fc.constantFrom(...SERVICES),
      source: fc.constantFrom<QueuedTicket['source']>('walk_in', 'reservation'),
      queuedAt: fc.integer({ min: 0, max: 240 }).map(at),
      slotStart: fc.integer({ min: -60, max: 300 }).map(at),
      transferred: fc.integer({ min: 0, max: 6 }).map((roll) => roll === 0),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map(
      (row, index): QueuedTicket => ({
        ticketId: `t${String(index).padStart(2, '0')}`,
        serviceId: row.serviceId,
        source: row.source,
        queuedAt: row.queuedAt,
        slotStart: row.source === 'reservation' ? row.slotStart : null,
        transferred: row.transferred,
      }),
    ),
  );
const nowArb = fc.integer({ min: 0, max: 300 }).map(at);
const windowArb = fc.subarray(SERVICES, { minLength: 1 });
const policyArb = fc.record({
  walkInCapMinutes: fc.integer({ min: 0, max: 60 }),
  reservationGraceMinutes: fc.integer({ min: 0, max: 15 }),
});

const isReservation = (ticket: QueuedTicket) => ticket.source === 'reservation' && !ticket.transferred;

describe('call order invariants', () => {
  it('is a permutation of exactly the tickets of the window’s services', () => {
    fc.assert(
      fc.property(queueArb, windowArb, nowArb, policyArb, (queue, services, now, policy) => {
        const order = callOrder(queue, services, now, policy);
        const expected = queue.filter((ticket) => services.includes(ticket.serviceId));
        expect(order).toHaveLength(expected.length);
        expect(new Set(order)).toEqual(new Set(expected));
      }),
    );
  });

  it('calls next the head of the call order', () => {
    fc.assert(
      fc.property(queueArb, windowArb, nowArb, policyArb, (queue, services, now, policy) => {
        expect(nextToCall(queue, services, now, policy)).toBe(callOrder(queue, services, now, policy)[0]);
      }),
    );
  });

  it('never puts a reservation before a walk-in who has waited the cap', () => {
    fc.assert(
      fc.property(queueArb, windowArb, nowArb, policyArb, (queue, services, now, policy) => {
        const order = callOrder(queue, services, now, policy);
        order.forEach((ticket, index) => {
          if (isReservation(ticket) || now - ticket.queuedAt < policy.walkInCapMinutes * MINUTE) return;
          expect(order.slice(0, index).filter(isReservation)).toEqual([]);
        });
      }),
    );
  });

  it('keeps walk-ins first come, first served among themselves', () => {
    fc.assert(
      fc.property(queueArb, windowArb, nowArb, policyArb, (queue, services, now, policy) => {
        const walkIns = callOrder(queue, services, now, policy).filter((ticket) => !isReservation(ticket));
        for (let i = 1; i < walkIns.length; i++) {
          expect(walkIns[i]!.queuedAt).toBeGreaterThanOrEqual(walkIns[i - 1]!.queuedAt);
        }
      }),
    );
  });

  it('serves early check-ins only after everyone else', () => {
    fc.assert(
      fc.property(queueArb, windowArb, nowArb, (queue, services, now) => {
        const order = callOrder(queue, services, now);
        const firstEarly = order.findIndex((ticket) => isReservation(ticket) && now < ticket.slotStart!);
        if (firstEarly < 0) return;
        for (const ticket of order.slice(firstEarly)) {
          expect(isReservation(ticket) && now < ticket.slotStart!).toBe(true);
        }
      }),
    );
  });

  it('gives each ticket its index in its own service’s call order as people ahead', () => {
    fc.assert(
      fc.property(queueArb, nowArb, policyArb, (queue, now, policy) => {
        for (const ticket of queue) {
          const order = callOrder(queue, [ticket.serviceId], now, policy);
          expect(peopleAhead(queue, ticket.ticketId, now, policy)).toBe(order.indexOf(ticket));
        }
      }),
    );
  });

  it('calls every ticket exactly once when windows keep calling as time passes', () => {
    fc.assert(
      fc.property(
        queueArb,
        windowArb,
        nowArb,
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 30, maxLength: 30 }),
        (queue, services, start, gaps) => {
          let waiting = [...queue];
          let now = start;
          const called: string[] = [];
          for (const gap of gaps) {
            const next = nextToCall(waiting, services, now);
            if (!next) break;
            called.push(next.ticketId);
            waiting = waiting.filter((ticket) => ticket !== next);
            now += gap * MINUTE;
          }
          expect(new Set(called).size).toBe(called.length);
          expect(called.sort()).toEqual(
            ids(queue.filter((ticket) => services.includes(ticket.serviceId))).sort(),
          );
        },
      ),
    );
  });

  it('uses the default policy when none is given', () => {
    fc.assert(
      fc.property(queueArb, windowArb, nowArb, (queue, services, now) => {
        expect(callOrder(queue, services, now)).toEqual(callOrder(queue, services, now, DEFAULT_CALL_POLICY));
      }),
    );
  });
});
