import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, resident, signIn, type TestApp } from '../../test/helper.ts';

// Tuesday 2026-11-24, 09:00 in Tokyo: the main office is open.
const OPEN = '2026-11-24T09:00:00+09:00';

describe('the hall queue', () => {
  let app: TestApp;
  let clock: FakeClock;
  let kiosk: { authorization: string };
  let staff: { cookie: string; 'x-csrf-token': string };

  beforeEach(async () => {
    ({ app, clock } = await buildTestApp({ now: OPEN }));
    const device = app.auth.createDevice({ officeId: 'main', kind: 'kiosk', name: 'ロビー' }, clock.now());
    kiosk = { authorization: `Bearer ${device.token}` };
    const session = await signIn(app);
    staff = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  });
  afterEach(() => app.close());

  const take = (serviceId: string, headers: Record<string, string> = kiosk) =>
    app.inject({ method: 'POST', url: '/api/v1/offices/main/tickets', headers, payload: { serviceId } });
  const post = (url: string, payload?: object) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, headers: staff, ...(payload ? { payload } : {}) });
  const openWindow = (windowId: string) => post(`/windows/${windowId}/status`, { status: 'open' });
  const callNext = (windowId: string) => post(`/windows/${windowId}/call-next`);

  async function reserve(start: string) {
    clock.set('2026-11-20T10:00:00+09:00');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/reservations',
      payload: { officeId: 'main', serviceId: 'main-juminido', start, ...resident },
    });
    clock.set(OPEN);
    return response.json().reservation as { code: string; id: string };
  }

  it('numbers tickets per service prefix, and the ticket holder can follow theirs', async () => {
    const first = (await take('main-juminido')).json();
    const second = (await take('main-juminido')).json();
    const other = (await take('main-shomei')).json();
    expect([first.ticket.number, second.ticket.number, other.ticket.number]).toEqual([
      'A001',
      'A002',
      'B001',
    ]);
    expect(second.position).toBe(1);
    expect(second.estimatedWaitMinutes).toBeGreaterThan(first.estimatedWaitMinutes);
    expect(second.trackUrl).toContain(`/tickets/${second.ticket.id}#t=`);

    const followed = await app.inject(`/api/v1/tickets/${second.ticket.id}?token=${second.trackToken}`);
    expect(followed.json()).toMatchObject({ position: 1, ticket: { number: 'A002', status: 'waiting' } });
    const wrong = await app.inject(`/api/v1/tickets/${second.ticket.id}?token=${'x'.repeat(43)}`);
    expect(wrong.json().code).toBe('ticket_not_found');
  });

  it('takes numbers only from enrolled kiosks of the office or its staff, and only while open', async () => {
    expect((await take('main-juminido', {})).json().code).toBe('unauthorized');
    const branchKiosk = app.auth.createDevice({ officeId: 'kita', kind: 'kiosk', name: '北' }, clock.now());
    expect((await take('main-juminido', { authorization: `Bearer ${branchKiosk.token}` })).json().code).toBe(
      'forbidden',
    );
    expect((await take('main-juminido', staff)).statusCode).toBe(201);
    clock.set('2026-11-24T18:00:00+09:00');
    expect((await take('main-juminido')).json().code).toBe('office_not_open');
  });

  it('checks in a reservation within its window, once', async () => {
    const { code } = await reserve('2026-11-24T09:45:00+09:00');
    const checkIn = (reservationCode: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/offices/main/check-ins',
        headers: kiosk,
        payload: { reservationCode },
      });
    clock.set('2026-11-24T09:14:59+09:00');
    expect((await checkIn(code)).json().code).toBe('check_in_too_early');
    clock.set('2026-11-24T09:15:00+09:00');
    const ticket = await checkIn(code.toLowerCase());
    expect(ticket.statusCode).toBe(201);
    expect(ticket.json().ticket).toMatchObject({
      number: 'A001',
      source: 'reservation',
      slotStart: '2026-11-24T09:45:00+09:00',
    });
    expect((await checkIn(code)).json().code).toBe('already_checked_in');

    const late = await reserve('2026-11-24T10:15:00+09:00');
    clock.set('2026-11-24T10:30:01+09:00');
    expect((await checkIn(late.code)).json().code).toBe('check_in_too_late');
    expect((await checkIn('ZZZZ-ZZZZ')).json().code).toBe('reservation_not_found');
  });

  it('calls a due reservation ahead of walk-ins, never the same ticket twice, and refuses a busy window', async () => {
    const walkIn = (await take('main-juminido')).json();
    const { code } = await reserve('2026-11-24T09:15:00+09:00');
    const reserved = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/offices/main/check-ins',
        headers: kiosk,
        payload: { reservationCode: code },
      })
    ).json();
    expect(reserved.position).toBe(1); // not yet due at 9:00: the walk-in goes first

    expect((await callNext('main-w1')).json().code).toBe('window_not_open');
    await openWindow('main-w1');
    await openWindow('main-w2');
    clock.set('2026-11-24T09:15:00+09:00');
    const first = await callNext('main-w1');
    expect(first.json().ticket).toMatchObject({
      number: reserved.ticket.number,
      status: 'called',
      window: { number: 1 },
    });
    expect((await callNext('main-w1')).json().code).toBe('window_busy');
    const second = await callNext('main-w2');
    expect(second.json().ticket.number).toBe(walkIn.ticket.number);
    expect(
      (await app.inject(`/api/v1/tickets/${walkIn.ticket.id}?token=${walkIn.trackToken}`)).json().ticket
        .window.number,
    ).toBe(2);
    await post(`/tickets/${second.json().ticket.id}/complete`);
    expect((await callNext('main-w2')).statusCode).toBe(204);
  });

  it('counts recalls and makes the ticket a no-show after the allowed number', async () => {
    const { ticket } = (await take('main-juminido')).json();
    await openWindow('main-w1');
    await callNext('main-w1');
    const recalls = [];
    for (let i = 0; i < 4; i++) recalls.push((await post(`/tickets/${ticket.id}/recall`)).json().ticket);
    expect(recalls.map((t) => [t.status, t.recalls])).toEqual([
      ['called', 1],
      ['called', 2],
      ['called', 3],
      ['no_show', 3],
    ]);
    expect((await callNext('main-w1')).statusCode).toBe(204);
  });

  it('transfers a ticket to another service with the same number (ワンストップ)', async () => {
    const { ticket } = (await take('main-juminido')).json();
    await openWindow('main-w1');
    await openWindow('main-w6');
    await callNext('main-w1');
    await post(`/tickets/${ticket.id}/start`);
    const moved = await post(`/tickets/${ticket.id}/transfer`, { serviceId: 'main-kokuho' });
    expect(moved.json().ticket).toMatchObject({
      number: 'A001',
      serviceId: 'main-kokuho',
      status: 'waiting',
    });
    expect((await post(`/tickets/${ticket.id}/transfer`, { serviceId: 'main-kokuho' })).json().code).toBe(
      'ticket_not_active',
    );
    const called = await callNext('main-w6');
    expect(called.json().ticket).toMatchObject({ id: ticket.id, number: 'A001', window: { number: 6 } });
  });

  it('shows the lobby the numbers called and waiting counts, and no personal data', async () => {
    const { code } = await reserve('2026-11-24T09:15:00+09:00');
    await app.inject({
      method: 'POST',
      url: '/api/v1/offices/main/check-ins',
      headers: kiosk,
      payload: { reservationCode: code },
    });
    await take('main-juminido');
    await take('main-shomei');
    await openWindow('main-w1');
    clock.set('2026-11-24T09:15:00+09:00');
    await callNext('main-w1');
    const status = (await app.inject('/api/v1/offices/main/public-status')).json();
    expect(status.calling).toEqual([
      expect.objectContaining({ number: 'A001', window: expect.objectContaining({ number: 1 }) }),
    ]);
    const byService = Object.fromEntries(
      status.services.map((s: { serviceId: string; waiting: number }) => [s.serviceId, s.waiting]),
    );
    expect(byService).toMatchObject({ 'main-juminido': 1, 'main-shomei': 1, 'main-koseki': 0 });
    const text = JSON.stringify(status);
    expect(text).not.toContain(resident.name);
    expect(text).not.toContain(code);
  });

  it("gives staff the office's snapshot: windows, waiting in call order, active", async () => {
    await take('main-juminido');
    await take('main-juminido');
    await openWindow('main-w1');
    await callNext('main-w1');
    const snapshot = (await app.inject({ url: '/api/v1/offices/main/queue', headers: staff })).json();
    expect(snapshot.windows.find((w: { id: string }) => w.id === 'main-w1')).toMatchObject({
      status: 'open',
      serviceIds: ['main-juminido'],
      current: { number: 'A001' },
    });
    expect(snapshot.waiting.map((t: { number: string }) => t.number)).toEqual(['A002']);
    expect((await app.inject('/api/v1/offices/main/queue')).json().code).toBe('unauthorized');
  });

  it('closes what is still waiting at closing time and starts numbering again the next business day', async () => {
    const waiting = (await take('main-juminido')).json();
    clock.set('2026-11-24T17:16:00+09:00');
    expect(app.queue.closeStaleTickets(clock.now())).toBe(1);
    const closed = await app.inject(`/api/v1/tickets/${waiting.ticket.id}?token=${waiting.trackToken}`);
    expect(closed.json().ticket.status).toBe('not_served');
    clock.set('2026-11-25T08:50:00+09:00');
    expect((await take('main-juminido')).json().ticket.number).toBe('A001');
  });
});

describe('enrolled devices', () => {
  it('tell a kiosk which office it belongs to, and nobody else', async () => {
    const { app } = await buildTestApp({ now: OPEN });
    const me = await app.inject({
      url: '/api/v1/devices/me',
      headers: { authorization: 'Bearer dev_demo-kiosk-kita' },
    });
    expect(me.json().device).toMatchObject({ officeId: 'kita', kind: 'kiosk' });
    expect(
      (await app.inject({ url: '/api/v1/devices/me', headers: { authorization: 'Bearer dev_nope' } }))
        .statusCode,
    ).toBe(401);
    await app.close();
  });
});
