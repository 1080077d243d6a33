import type { Call } from '@kakanai/contracts';
import { describe, expect, it } from 'vitest';
import { callsNewestFirst, heardCall, spelledOut } from './public-status.ts';

const call = (ticketId: string, calledAt: string): Call => ({
  ticketId,
  number: ticketId,
  serviceId: 'main-juminido',
  window: { id: 'main-w1', number: 1, name: { ja: '1番窓口', en: 'Window 1' } },
  calledAt,
});

describe('heardCall', () => {
  it('reads ticket.called, first calls and recalls alike, and ignores other events', () => {
    const message = {
      seq: 42,
      type: 'ticket.called',
      at: '2026-11-24T10:05:00+09:00',
      data: { ticketId: 't1', number: 'A001', serviceId: 's', windowId: 'w', windowNumber: 3, recall: 1 },
    };
    expect(heardCall(message)).toEqual({
      key: '42',
      ticketId: 't1',
      number: 'A001',
      windowNumber: 3,
      recall: 1,
      at: Date.parse('2026-11-24T10:05:00+09:00'),
    });
    expect(heardCall({ ...message, type: 'ticket.started' })).toBeUndefined();
    expect(heardCall({ ...message, data: { ticketId: 't1' } })).toBeUndefined();
  });
});

describe('callsNewestFirst', () => {
  it('puts the latest call first, counting a recall as a new call', () => {
    const calls = [call('B', '2026-11-24T10:02:00+09:00'), call('A', '2026-11-24T10:01:00+09:00')];
    expect(callsNewestFirst(calls, new Map()).map((c) => c.ticketId)).toEqual(['B', 'A']);
    const recalledA = new Map([['A', Date.parse('2026-11-24T10:03:00+09:00')]]);
    expect(callsNewestFirst(calls, recalledA).map((c) => c.ticketId)).toEqual(['A', 'B']);
  });
});

describe('spelledOut', () => {
  it('reads a number one character at a time', () => {
    expect(spelledOut('A001')).toBe('A 0 0 1');
  });
});
