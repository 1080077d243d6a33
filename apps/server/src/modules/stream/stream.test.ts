import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, signIn, type TestApp } from '../../test/helper.ts';

interface Message {
  seq: number;
  type: string;
  data: Record<string, unknown>;
}

/** A real WebSocket client that keeps every message it receives. */
function connect(url: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(url, { headers });
  const messages: Message[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (raw) => {
    messages.push(JSON.parse(String(raw)));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return {
    socket,
    messages,
    closed,
    /** Resolves once `count` messages matching `type` have arrived. */
    async waitFor(type: string, count = 1) {
      while (messages.filter((m) => m.type === type).length < count) {
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      return messages.filter((m) => m.type === type);
    },
  };
}

describe('the live stream, over a real WebSocket', () => {
  let app: TestApp;
  let clock: FakeClock;
  let base: string;
  let staff: { cookie: string; 'x-csrf-token': string };

  beforeEach(async () => {
    ({ app, clock } = await buildTestApp({ now: '2026-11-24T09:00:00+09:00' }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    base = `ws://127.0.0.1:${port}/api/v1/stream`;
    const session = await signIn(app);
    staff = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  });
  afterEach(() => app.close());

  const staffPost = (url: string, payload?: object) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, headers: staff, ...(payload ? { payload } : {}) });
  const take = async () =>
    (await staffPost('/offices/main/tickets', { serviceId: 'main-juminido' })).json() as {
      ticket: { id: string; number: string };
      trackToken: string;
    };

  it('sends a snapshot on connect, then each call as it happens', async () => {
    const lobby = connect(`${base}?channel=public:main`);
    const [snapshot] = await lobby.waitFor('snapshot');
    expect(snapshot!.data).toMatchObject({ officeId: 'main', calling: [] });
    await take();
    await staffPost('/windows/main-w1/status', { status: 'open' });
    await staffPost('/windows/main-w1/call-next');
    const [called] = await lobby.waitFor('ticket.called');
    expect(called!.data).toMatchObject({ number: 'A001', windowNumber: 1 });
    lobby.socket.close();
  });

  it('a client disconnected while three calls happened gets all three, in order, when it reconnects', async () => {
    for (let i = 0; i < 3; i++) await take();
    await staffPost('/windows/main-w1/status', { status: 'open' });
    await staffPost('/windows/main-w2/status', { status: 'open' });
    const phone = connect(`${base}?channel=public:main`);
    const [snapshot] = await phone.waitFor('snapshot');
    phone.socket.close();
    await phone.closed;

    const first = (await staffPost('/windows/main-w1/call-next')).json();
    clock.advance(1);
    await staffPost('/windows/main-w2/call-next');
    await staffPost(`/tickets/${first.ticket.id}/complete`);
    clock.advance(1);
    await staffPost('/windows/main-w1/call-next');

    const back = connect(`${base}?channel=public:main&since=${snapshot!.seq}`);
    const calls = await back.waitFor('ticket.called', 3);
    expect(calls.map((c) => c.data.number)).toEqual(['A001', 'A002', 'A003']);
    expect(back.messages.some((m) => m.type === 'snapshot')).toBe(false);
    const seqs = back.messages.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    back.socket.close();
  });

  it('follows one ticket for its holder, and shuts out those without the token or a staff session', async () => {
    const mine = await take();
    const phone = connect(`${base}?channel=ticket:${mine.ticket.id}&token=${mine.trackToken}`);
    const [snapshot] = await phone.waitFor('snapshot');
    expect(snapshot!.data).toMatchObject({ ticket: { number: 'A001', status: 'waiting' }, position: 0 });
    await staffPost('/windows/main-w1/status', { status: 'open' });
    await staffPost('/windows/main-w1/call-next');
    const [called] = await phone.waitFor('ticket.called');
    expect(called!.data.ticketId).toBe(mine.ticket.id);
    phone.socket.close();

    expect(await connect(`${base}?channel=ticket:${mine.ticket.id}&token=${'x'.repeat(43)}`).closed).toBe(
      4404,
    );
    expect(await connect(`${base}?channel=office:main`).closed).toBe(4401);
    const console = connect(`${base}?channel=office:main`, { cookie: staff.cookie });
    const [officeSnapshot] = await console.waitFor('snapshot');
    expect(officeSnapshot!.data).toMatchObject({ officeId: 'main', windows: expect.any(Array) });
    console.socket.close();
  });

  it('tells a counter tablet about its own window’s applications only, without their contents', async () => {
    const tablet = connect(`${base}?channel=window:main-w1&token=dev_demo-tablet-main-w1`);
    const [snapshot] = await tablet.waitFor('snapshot');
    expect(snapshot!.data).toMatchObject({ window: { id: 'main-w1' } });
    const elsewhere = connect(`${base}?channel=window:main-w2&token=dev_demo-tablet-main-w2`);
    await elsewhere.waitFor('snapshot');

    const { ticket } = await take();
    await staffPost('/windows/main-w1/status', { status: 'open' });
    await staffPost('/windows/main-w1/call-next');
    const opened = await staffPost('/windows/main-w1/visits', {
      ticketId: ticket.id,
      procedureIds: ['juminhyo'],
    });
    const visitId = opened.json().visit.id as string;
    await staffPost(`/visits/${visitId}/card-request`, {});
    const [requested] = await tablet.waitFor('visit.card_requested');
    expect(requested!.data).toEqual({ visitId, windowId: 'main-w1', status: 'draft', version: 1 });
    expect(tablet.messages.some((m) => m.type.startsWith('ticket.'))).toBe(false);
    expect(elsewhere.messages.filter((m) => m.type !== 'snapshot')).toEqual([]);
    tablet.socket.close();
    elsewhere.socket.close();

    expect(await connect(`${base}?channel=window:main-w1&token=dev_demo-tablet-main-w2`).closed).toBe(4403);
    expect(await connect(`${base}?channel=window:main-w1&token=dev_demo-kiosk-main`).closed).toBe(4401);
  });
});
