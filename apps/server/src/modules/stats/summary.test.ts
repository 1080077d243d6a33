import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, resident, signIn, type TestApp } from '../../test/helper.ts';

// Tuesday 2026-11-24 in Tokyo: the main office is open 8:45–17:15.
const DAY = '2026-11-24';
const at = (time: string) => `${DAY}T${time}:00+09:00`;

describe('the statistics summary', () => {
  let app: TestApp;
  let clock: FakeClock;
  let manager: { cookie: string; 'x-csrf-token': string };
  let staff: { cookie: string; 'x-csrf-token': string };

  beforeEach(async () => {
    ({ app, clock } = await buildTestApp({ now: at('08:50') }));
    const m = await signIn(app, 'manager');
    manager = { cookie: m.cookie, 'x-csrf-token': m.csrfToken };
    const s = await signIn(app, 'staff');
    staff = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
  });
  afterEach(() => app.close());

  const post = async (url: string, payload?: object) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: staff,
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const issue = async (time: string, serviceId: string) => {
    clock.set(at(time));
    return post('/offices/main/tickets', { serviceId }) as Promise<{
      ticket: { id: string };
      estimatedWaitMinutes: number;
    }>;
  };
  const step = async (time: string, url: string, payload?: object) => {
    clock.set(at(time));
    return post(url, payload);
  };
  const summary = async (query: string, headers: Record<string, string> = manager) =>
    app.inject({ url: `/api/v1/stats/summary?officeId=main&${query}`, headers });

  /**
   * A morning at the main office, every time chosen by hand:
   *   B001 certificates  issued 9:00, called 9:05 at window 3, started 9:06, done 9:10
   *   B002 certificates  issued 9:00, called 9:10, no-show 9:11
   *   A001 moving        issued 9:02, called 9:20 at window 1, started 9:21, transferred to
   *                      国保 9:41; called there 9:50 at window 6, started 9:50, done 10:05
   *   D001 seal (booked) checked in 9:50 for a 10:00 slot, called 10:00 at window 4, no-show 10:03
   *   B003 certificates  issued 10:30, called 10:30, started 10:31, done 10:37
   */
  async function morning() {
    clock.set('2026-11-20T10:00:00+09:00');
    const booked = await app.inject({
      method: 'POST',
      url: '/api/v1/reservations',
      payload: { officeId: 'main', serviceId: 'main-inkan', start: at('10:00'), ...resident },
    });
    const { code } = booked.json().reservation as { code: string };
    for (const window of ['main-w1', 'main-w3', 'main-w4', 'main-w6']) {
      await step('08:50', `/windows/${window}/status`, { status: 'open' });
    }
    const b1 = await issue('09:00', 'main-shomei');
    const b2 = await issue('09:00', 'main-shomei');
    const a1 = await issue('09:02', 'main-juminido');
    await step('09:05', '/windows/main-w3/call-next');
    await step('09:06', `/tickets/${b1.ticket.id}/start`);
    await step('09:10', `/tickets/${b1.ticket.id}/complete`);
    await step('09:10', '/windows/main-w3/call-next');
    await step('09:11', `/tickets/${b2.ticket.id}/no-show`);
    await step('09:20', '/windows/main-w1/call-next');
    await step('09:21', `/tickets/${a1.ticket.id}/start`);
    await step('09:41', `/tickets/${a1.ticket.id}/transfer`, { serviceId: 'main-kokuho' });
    clock.set(at('09:50'));
    const d1 = await post('/offices/main/check-ins', { reservationCode: code });
    await step('09:50', '/windows/main-w6/call-next');
    await step('09:50', `/tickets/${a1.ticket.id}/start`);
    await step('10:00', '/windows/main-w4/call-next');
    await step('10:03', `/tickets/${d1.ticket.id}/no-show`);
    await step('10:05', `/tickets/${a1.ticket.id}/complete`);
    const b3 = await issue('10:30', 'main-shomei');
    await step('10:30', '/windows/main-w3/call-next');
    await step('10:31', `/tickets/${b3.ticket.id}/start`);
    await step('10:37', `/tickets/${b3.ticket.id}/complete`);
    clock.set(at('10:40'));
    // The quote at issue against the first wait, in minutes, in the order above.
    const quoted = [b1, b2, a1, d1, b3].map((t) => t.estimatedWaitMinutes);
    return { quoted, firstWaits: [5, 10, 18, 10, 0] };
  }

  it('adds up a morning computed by hand', async () => {
    const { quoted, firstWaits } = await morning();
    const response = await summary(`from=${DAY}&to=${DAY}`);
    expect(response.statusCode).toBe(200);
    const s = response.json();

    expect(s).toMatchObject({ visits: 5, served: 3, noShows: 2, notServed: 0, inProgress: 0, transfers: 1 });
    // Queue visits' waits: 5, 10, 18, 9 (国保, from the transfer at 9:41), 10, 0.
    expect(s.waitMinutes).toEqual({ count: 6, mean: 52 / 6, p50: 9, p90: 18, max: 18 });
    // Served or passed on: B001 4, A001 20 (moving) and 15 (国保), B003 6.
    expect(s.serviceMinutes).toEqual({ count: 4, mean: 45 / 4, p50: 6, p90: 20, max: 20 });
    expect(s.serviceLevel).toEqual({ targetMinutes: 15, share: 5 / 6, targetShare: 0.8 });
    // Served visits, issue → done: B001 10, A001 63, B003 7.
    expect(s.visitMinutes).toMatchObject({ count: 3, mean: 80 / 3, p50: 10, p90: 63, max: 63 });
    expect(s.visitMinutes.baselineMinutes).toBe(60);
    expect(s.visitMinutes.ratioToBaseline).toBeCloseTo(80 / 3 / 60, 10);
    expect(s.booked).toEqual({ visits: 1, share: 0.2, noShows: 1, noShowRate: 1 });
    const errors = quoted.map((q, i) => Math.abs(q - firstWaits[i]!));
    expect(s.estimateAccuracy.count).toBe(5);
    expect(s.estimateAccuracy.meanAbsoluteErrorMinutes).toBeCloseTo(errors.reduce((a, b) => a + b) / 5, 10);
    expect(s.estimateAccuracy.shareWithinTolerance).toBe(errors.filter((e) => e <= 5).length / 5);

    expect(s.byService).toEqual([
      {
        serviceId: 'main-juminido',
        visits: 1,
        served: 1,
        noShows: 0,
        transfers: 1,
        arrivals: 1,
        waitMinutes: { count: 1, mean: 18, p50: 18, p90: 18, max: 18 },
        serviceMinutes: { count: 1, mean: 20, p50: 20, p90: 20, max: 20 },
        serviceLevel: 0,
      },
      {
        serviceId: 'main-shomei',
        visits: 3,
        served: 2,
        noShows: 1,
        transfers: 0,
        arrivals: 3,
        waitMinutes: { count: 3, mean: 5, p50: 5, p90: 10, max: 10 },
        serviceMinutes: { count: 2, mean: 5, p50: 4, p90: 6, max: 6 },
        serviceLevel: 1,
      },
      {
        serviceId: 'main-inkan',
        visits: 1,
        served: 0,
        noShows: 1,
        transfers: 0,
        arrivals: 1,
        waitMinutes: { count: 1, mean: 10, p50: 10, p90: 10, max: 10 },
        serviceMinutes: { count: 0, mean: 0, p50: 0, p90: 0, max: 0 },
        serviceLevel: 1,
      },
      {
        serviceId: 'main-kokuho',
        visits: 0,
        served: 0,
        noShows: 0,
        transfers: 0,
        arrivals: 1,
        waitMinutes: { count: 1, mean: 9, p50: 9, p90: 9, max: 9 },
        serviceMinutes: { count: 1, mean: 15, p50: 15, p90: 15, max: 15 },
        serviceLevel: 1,
      },
    ]);
    expect(s.byHour[9]).toEqual({ hour: 9, arrivals: 4, waitMean: 52 / 5 });
    expect(s.byHour[10]).toEqual({ hour: 10, arrivals: 1, waitMean: 0 });
    expect(s.byHour.reduce((sum: number, h: { arrivals: number }) => sum + h.arrivals, 0)).toBe(5);
    expect(s.byWeekdayHour[2][9]).toBe(4);
    expect(s.byWeekdayHour[2][10]).toBe(1);
    expect(s.daily).toEqual([{ date: DAY, visits: 5, waitMean: 52 / 6, serviceLevel: 5 / 6 }]);
    expect(s.waitDistribution.slice(0, 5)).toEqual([
      { fromMinutes: 0, toMinutes: 5, count: 1 },
      { fromMinutes: 5, toMinutes: 10, count: 2 },
      { fromMinutes: 10, toMinutes: 15, count: 2 },
      { fromMinutes: 15, toMinutes: 20, count: 1 },
      { fromMinutes: 20, toMinutes: 25, count: 0 },
    ]);
    expect(s.waitDistribution.at(-1)).toEqual({ fromMinutes: 60, toMinutes: null, count: 0 });
  });

  it('filters by service, window and source', async () => {
    await morning();
    const moving = (await summary(`from=${DAY}&to=${DAY}&serviceId=main-juminido`)).json();
    expect(moving).toMatchObject({ visits: 1, served: 1, transfers: 1, waitMinutes: { count: 1, max: 18 } });
    // 国保 took no numbers, but the transferred resident waited in its queue.
    const kokuho = (await summary(`from=${DAY}&to=${DAY}&serviceId=main-kokuho`)).json();
    expect(kokuho).toMatchObject({ visits: 0, waitMinutes: { count: 1, mean: 9 } });
    const window3 = (await summary(`from=${DAY}&to=${DAY}&windowId=main-w3`)).json();
    expect(window3).toMatchObject({ visits: 3, served: 2, noShows: 1, waitMinutes: { count: 3, mean: 5 } });
    const booked = (await summary(`from=${DAY}&to=${DAY}&source=reservation`)).json();
    expect(booked).toMatchObject({ visits: 1, noShows: 1, booked: { share: 1, noShowRate: 1 } });
    const walkIns = (await summary(`from=${DAY}&to=${DAY}&source=walk_in`)).json();
    expect(walkIns).toMatchObject({ visits: 4, served: 3, booked: { visits: 0, share: 0 } });
  });

  it('counts today’s visits still in the hall, and gives a closed day’s rollup the live answer', async () => {
    await morning();
    await issue('10:45', 'main-shomei');
    clock.set(at('10:50'));
    expect((await summary(`from=${DAY}&to=${DAY}`)).json()).toMatchObject({ visits: 6, inProgress: 1 });

    // The next morning the rollover closes the day; before the rollup runs it is computed live.
    clock.set('2026-11-25T08:00:00+09:00');
    app.queue.closeStaleTickets(clock.now());
    const next = await signIn(app, 'manager');
    manager = { cookie: next.cookie, 'x-csrf-token': next.csrfToken };
    const live = (await summary(`from=${DAY}&to=${DAY}`)).json();
    expect(live).toMatchObject({ visits: 6, notServed: 1, inProgress: 0 });
    const liveByService = (await summary(`from=${DAY}&to=${DAY}&serviceId=main-shomei`)).json();
    const liveByWindow = (await summary(`from=${DAY}&to=${DAY}&windowId=main-w3`)).json();

    expect(app.stats.rollUpClosedDays(clock.now())).toBe(1);
    const rolled = app.db.$client
      .prepare('SELECT count(*) AS n FROM stats_daily WHERE office_id = ? AND business_day = ?')
      .get('main', DAY) as { n: number };
    expect(rolled.n).toBeGreaterThan(0);
    expect((await summary(`from=${DAY}&to=${DAY}`)).json()).toEqual(live);
    expect((await summary(`from=${DAY}&to=${DAY}&serviceId=main-shomei`)).json()).toEqual(liveByService);
    expect((await summary(`from=${DAY}&to=${DAY}&windowId=main-w3`)).json()).toEqual(liveByWindow);
    // Nothing left to roll up.
    expect(app.stats.rollUpClosedDays(clock.now())).toBe(0);

    // A rollup made by another version of the code is not trusted: read live, rebuilt at start-up.
    app.db.$client.prepare('UPDATE stats_rollup_days SET version = 0').run();
    expect((await summary(`from=${DAY}&to=${DAY}`)).json()).toEqual(live);
    expect(app.stats.rollUpClosedDays(clock.now(), true)).toBe(1);
    expect((await summary(`from=${DAY}&to=${DAY}`)).json()).toEqual(live);
  });

  it('is for managers and admins of the office only', async () => {
    const range = `from=${DAY}&to=${DAY}`;
    expect((await summary(range, {})).statusCode).toBe(401);
    const asStaff = await summary(range, staff);
    expect(asStaff.statusCode).toBe(403);
    expect(asStaff.json().code).toBe('forbidden');
    for (const url of [
      '/api/v1/stats/forecast?officeId=main&date=2026-11-25',
      '/api/v1/stats/staffing?arrivalsPerHour=60&serviceMinutes=10',
      `/api/v1/stats/export.csv?officeId=main&${range}&kind=tickets`,
    ]) {
      const response = await app.inject({ url, headers: staff });
      expect(response.statusCode, url).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    const admin = await signIn(app, 'admin');
    expect((await summary(range, { cookie: admin.cookie })).statusCode).toBe(200);

    await app.auth.createUser(
      { username: 'kita-manager', role: 'manager', officeIds: ['kita'], password: 'kita-manager-pw' },
      clock.now(),
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'kita-manager', password: 'kita-manager-pw' },
    });
    const cookie = login.cookies.find((c) => c.name === 'kakanai_session')!;
    const otherOffice = await summary(range, { cookie: `${cookie.name}=${cookie.value}` });
    expect(otherOffice.json().code).toBe('forbidden');
  });

  it('refuses a backwards range, a range over a year, and filters of another office', async () => {
    const backwards = await summary('from=2026-11-24&to=2026-11-01');
    expect(backwards.json().code).toBe('validation_failed');
    const tooLong = await summary('from=2025-11-01&to=2026-11-24');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().code).toBe('range_too_long');
    expect((await summary('from=2025-11-24&to=2026-11-24')).statusCode).toBe(200);
    expect((await summary(`from=${DAY}&to=${DAY}&serviceId=kita-shomei`)).json().code).toBe(
      'service_not_found',
    );
    expect((await summary(`from=${DAY}&to=${DAY}&windowId=kita-w1`)).json().code).toBe('window_not_found');
    expect((await summary(`from=${DAY}&to=${DAY}&source=phone`)).json().code).toBe('validation_failed');
  });
});
