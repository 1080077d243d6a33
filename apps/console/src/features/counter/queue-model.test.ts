import type { QueueSnapshot, Ticket, WindowState } from '@kakanai/contracts';
import { describe, expect, it } from 'vitest';
import {
  minutesBetween,
  waitingForWindow,
  wasTransferred,
  withTicket,
  withWindowStatus,
} from './queue-model.ts';

const at = (time: string) => `2026-11-24T${time}:00+09:00`;

function ticket(id: string, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    officeId: 'main',
    businessDay: '2026-11-24',
    number: id,
    serviceId: 'main-juminido',
    source: 'walk_in',
    status: 'waiting',
    issuedAt: at('10:00'),
    queuedAt: at('10:00'),
    recalls: 0,
    ...overrides,
  };
}

function window(id: string, serviceIds: string[], overrides: Partial<WindowState> = {}): WindowState {
  return {
    id,
    number: Number(id.at(-1)),
    name: { ja: '窓口', en: 'Window' },
    status: 'open',
    serviceIds,
    ...overrides,
  };
}

function snapshot(waiting: Ticket[], windows: WindowState[]): QueueSnapshot {
  return { officeId: 'main', businessDay: '2026-11-24', windows, waiting, active: [], served: 0 };
}

describe('waitingForWindow', () => {
  it("keeps the server's order for a window of one service, and leaves other services out", () => {
    const queue = [
      ticket('A002', { queuedAt: at('10:05') }),
      ticket('A001', { queuedAt: at('10:01') }),
      ticket('E001', { serviceId: 'main-kokuho' }),
    ];
    const w1 = window('main-w1', ['main-juminido']);
    expect(waitingForWindow(snapshot(queue, [w1]), w1, Date.parse(at('10:10'))).map((t) => t.id)).toEqual([
      'A002',
      'A001',
    ]);
  });

  it("interleaves a window's services in call order: a due reservation first, then walk-ins by arrival", () => {
    const queue = [
      ticket('A001', { queuedAt: at('10:02') }),
      ticket('A002', {
        source: 'reservation',
        queuedAt: at('10:04'),
        issuedAt: at('10:04'),
        slotStart: at('10:00'),
      }),
      ticket('D001', { serviceId: 'main-inkan', queuedAt: at('10:01') }),
    ];
    const w2 = window('main-w2', ['main-juminido', 'main-inkan']);
    expect(waitingForWindow(snapshot(queue, [w2]), w2, Date.parse(at('10:05'))).map((t) => t.id)).toEqual([
      'A002',
      'D001',
      'A001',
    ]);
  });
});

describe('wasTransferred', () => {
  it('tells a ticket that joined this queue after it was issued', () => {
    expect(wasTransferred(ticket('A001'))).toBe(false);
    expect(wasTransferred(ticket('A001', { queuedAt: at('10:20') }))).toBe(true);
  });
});

describe('minutesBetween', () => {
  it('counts whole minutes, never below zero', () => {
    expect(minutesBetween(at('10:00'), at('10:12'))).toBe(12);
    expect(minutesBetween(at('10:00'), Date.parse(at('10:00')) + 59_000)).toBe(0);
    expect(minutesBetween(at('10:05'), at('10:00'))).toBe(0);
  });
});

describe('withTicket', () => {
  const w1 = window('main-w1', ['main-juminido']);
  const ref = { id: 'main-w1', number: 1, name: { ja: '1番窓口', en: 'Window 1' } };

  it('puts a called ticket at its window and out of the waiting list', () => {
    const before = snapshot([ticket('A001'), ticket('A002')], [w1]);
    const after = withTicket(before, ticket('A001', { status: 'called', window: ref }));
    expect(after.waiting.map((t) => t.id)).toEqual(['A002']);
    expect(after.active.map((t) => t.id)).toEqual(['A001']);
    expect(after.windows[0]?.current?.id).toBe('A001');
  });

  it('frees the window when its ticket is completed or transferred', () => {
    const called = ticket('A001', { status: 'serving', window: ref });
    const busy = { ...snapshot([], [{ ...w1, current: called }]), active: [called] };
    const done = withTicket(busy, { ...called, status: 'done' });
    expect(done.windows[0]?.current).toBeUndefined();
    expect(done.active).toEqual([]);
    expect(done.served).toBe(1);

    const moved = withTicket(busy, ticket('A001', { serviceId: 'main-kokuho', queuedAt: at('10:20') }));
    expect(moved.windows[0]?.current).toBeUndefined();
    expect(moved.waiting.map((t) => t.serviceId)).toEqual(['main-kokuho']);
  });
});

describe('withWindowStatus', () => {
  it('changes one window only', () => {
    const before = snapshot([], [window('main-w1', []), window('main-w2', [])]);
    expect(withWindowStatus(before, 'main-w2', 'paused').windows.map((w) => w.status)).toEqual([
      'open',
      'paused',
    ]);
  });
});
