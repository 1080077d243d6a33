import type { ProcedureStatsResponse } from '@kakanai/contracts';
import { schema } from '@kakanai/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, signIn, type TestApp } from '../../test/helper.ts';

// Tuesday 2026-11-24 in Tokyo, looked back on from the Thursday after.
const DAY = '2026-11-24';
const at = (time: string, day = DAY) => new Date(`${day}T${time}+09:00`);

type Headers = Record<string, string>;

describe('time per procedure', () => {
  let app: TestApp;
  let clock: FakeClock;
  let manager: Headers;
  let staff: Headers;
  let serial = 0;

  beforeEach(async () => {
    ({ app, clock } = await buildTestApp({ now: '2026-11-26T10:00:00+09:00' }));
    manager = { cookie: (await signIn(app, 'manager')).cookie };
    const s = await signIn(app, 'staff');
    staff = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
  });
  afterEach(() => app.close());

  /** An application as the visits service leaves it, with the times given (hh:mm:ss, Tokyo). */
  function application(v: {
    procedureIds: string[];
    status?: 'draft' | 'awaiting_confirmation' | 'signed' | 'accepted' | 'exported';
    officeId?: string;
    windowId?: string;
    ticketId?: string;
    day?: string;
    acceptedDay?: string;
    opened: string;
    called?: string;
    sent?: string;
    signed?: string;
    accepted?: string;
  }) {
    serial += 1;
    const day = v.day ?? DAY;
    const officeId = v.officeId ?? 'main';
    const status = v.status ?? 'accepted';
    app.db
      .insert(schema.visits)
      .values({
        id: `visit-${serial}`,
        code: `TEST-${String(serial).padStart(4, '0')}`,
        officeId,
        windowId: v.windowId ?? (officeId === 'main' ? 'main-w3' : 'kita-w1'),
        ticketId: v.ticketId ?? null,
        businessDay: day,
        lang: 'ja',
        status,
        version: 1,
        sentVersion: v.sent ? 1 : null,
        procedureIds: v.procedureIds,
        person: {},
        answers: {},
        sources: {},
        complete: true,
        openedBy: 'staff',
        acceptedBy: v.accepted ? 'staff' : null,
        openedAt: at(v.opened, day),
        calledAt: v.called ? at(v.called, day) : null,
        sentAt: v.sent ? at(v.sent, day) : null,
        signedAt: v.signed ? at(v.signed, day) : null,
        acceptedAt: v.accepted ? at(v.accepted, v.acceptedDay ?? day) : null,
        exportedAt: status === 'exported' ? at('17:30:00', v.acceptedDay ?? day) : null,
        updatedAt: at('17:30:00', v.acceptedDay ?? day),
      })
      .run();
  }

  const procedures = (query: string, headers: Headers = manager) =>
    app.inject({ url: `/api/v1/stats/procedures?officeId=main&${query}`, headers });
  const figures = async (query: string) => {
    const response = await procedures(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ProcedureStatsResponse;
  };
  const row = (body: ProcedureStatsResponse, procedureId: string) =>
    body.byProcedure.find((p) => p.procedureId === procedureId);

  /**
   * A Tuesday's applications at the main office, called → sent → signed → accepted:
   *   1 juminhyo                  9:00 → 9:04 → 9:06 → 9:07         7 min (walk-in ticket)
   *   2 juminhyo + inkan_shomei  10:00 → 10:10 → 10:13 → 10:15     15 min, exported
   *   3 tennyu, no ticket        opened 11:00 → 11:20 → 11:30 → 11:40   40 min, window 1
   *   4 juminhyo                 13:00 → 13:01 → 13:03 → 13:03:30   3.5 min
   * and what must not count: one only signed, one accepted the day before, one at the branch
   * office, one opened on the Tuesday but accepted on the Wednesday.
   */
  async function tuesday() {
    const issued = await app.inject({
      method: 'POST',
      url: '/api/v1/offices/main/tickets',
      headers: staff,
      payload: { serviceId: 'main-shomei' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const ticketId = issued.json().ticket.id as string;
    application({
      procedureIds: ['juminhyo'],
      ticketId,
      opened: '09:00:40',
      called: '09:00:00',
      sent: '09:04:00',
      signed: '09:06:00',
      accepted: '09:07:00',
    });
    application({
      procedureIds: ['juminhyo', 'inkan_shomei'],
      status: 'exported',
      opened: '10:01:00',
      called: '10:00:00',
      sent: '10:10:00',
      signed: '10:13:00',
      accepted: '10:15:00',
    });
    application({
      procedureIds: ['tennyu'],
      windowId: 'main-w1',
      opened: '11:00:00',
      sent: '11:20:00',
      signed: '11:30:00',
      accepted: '11:40:00',
    });
    application({
      procedureIds: ['juminhyo'],
      opened: '13:00:20',
      called: '13:00:00',
      sent: '13:01:00',
      signed: '13:03:00',
      accepted: '13:03:30',
    });
    application({
      procedureIds: ['juminhyo'],
      status: 'signed',
      opened: '14:00:00',
      called: '14:00:00',
      sent: '14:02:00',
      signed: '14:05:00',
    });
    application({
      procedureIds: ['juminhyo'],
      day: '2026-11-23',
      opened: '09:00:00',
      called: '09:00:00',
      sent: '09:01:00',
      signed: '09:02:00',
      accepted: '09:03:00',
    });
    application({
      procedureIds: ['juminhyo'],
      officeId: 'kita',
      opened: '09:00:00',
      called: '09:00:00',
      sent: '09:01:00',
      signed: '09:02:00',
      accepted: '09:03:00',
    });
    application({
      procedureIds: ['tenkyo'],
      opened: '17:00:00',
      called: '17:00:00',
      sent: '17:10:00',
      signed: '17:12:00',
      accepted: '09:00:00',
      acceptedDay: '2026-11-25',
    });
  }

  it('counts accepted applications per procedure and in all, with called → accepted and its three steps', async () => {
    await tuesday();
    const body = await figures(`from=${DAY}&to=${DAY}`);
    expect(body).toMatchObject({ officeId: 'main', from: DAY, to: DAY });

    // Every application once: 7, 15, 40 and 3.5 minutes.
    expect(body.total.applications).toBe(4);
    expect(body.total.minutes).toEqual({ count: 4, mean: 16.375, p50: 7, p90: 40, max: 40 });
    expect(body.total.steps.preparationMean).toBeCloseTo((4 + 10 + 20 + 1) / 4);
    expect(body.total.steps.signingMean).toBeCloseTo((2 + 3 + 10 + 2) / 4);
    expect(body.total.steps.acceptanceMean).toBeCloseTo((1 + 2 + 10 + 0.5) / 4);

    // The application with two procedures counts in both rows.
    expect(body.byProcedure.map((p) => p.procedureId).toSorted()).toEqual([
      'inkan_shomei',
      'juminhyo',
      'tennyu',
    ]);
    const juminhyo = row(body, 'juminhyo')!;
    expect(juminhyo.applications).toBe(3);
    expect(juminhyo.minutes).toEqual({ count: 3, mean: 8.5, p50: 7, p90: 15, max: 15 });
    expect(juminhyo.steps.preparationMean).toBeCloseTo((4 + 10 + 1) / 3);
    expect(juminhyo.steps.signingMean).toBeCloseTo((2 + 3 + 2) / 3);
    expect(juminhyo.steps.acceptanceMean).toBeCloseTo((1 + 2 + 0.5) / 3);
    expect(row(body, 'inkan_shomei')).toMatchObject({
      applications: 1,
      minutes: { count: 1, mean: 15, p50: 15, p90: 15, max: 15 },
      steps: { preparationMean: 10, signingMean: 3, acceptanceMean: 2 },
    });
    // No ticket: the time runs from opening the visit.
    expect(row(body, 'tennyu')).toMatchObject({
      applications: 1,
      minutes: { count: 1, mean: 40, p50: 40, p90: 40, max: 40 },
      steps: { preparationMean: 20, signingMean: 10, acceptanceMean: 10 },
    });

    // In the catalog's order.
    const order = app.db.$client
      .prepare('SELECT id FROM procedures ORDER BY sort_order, id')
      .all()
      .map((p) => (p as { id: string }).id)
      .filter((id) => body.byProcedure.some((p) => p.procedureId === id));
    expect(body.byProcedure.map((p) => p.procedureId)).toEqual(order);

    // Accepted on the Wednesday: in a range that holds the Wednesday, not in the Tuesday's.
    const both = await figures(`from=${DAY}&to=2026-11-25`);
    expect(both.total.applications).toBe(5);
    expect(row(both, 'tenkyo')?.minutes.mean).toBe(16 * 60);
  });

  it('follows the service, window and source filters', async () => {
    await tuesday();
    const range = `from=${DAY}&to=${DAY}`;
    const certificates = await figures(`${range}&serviceId=main-shomei`);
    expect(certificates.serviceId).toBe('main-shomei');
    expect(certificates.byProcedure.map((p) => p.procedureId).toSorted()).toEqual([
      'inkan_shomei',
      'juminhyo',
    ]);
    expect(certificates.total.applications).toBe(3);
    expect(certificates.total.minutes.mean).toBeCloseTo((7 + 15 + 3.5) / 3);

    const windowOne = await figures(`${range}&windowId=main-w1`);
    expect(windowOne.byProcedure.map((p) => p.procedureId)).toEqual(['tennyu']);
    expect(windowOne.total.applications).toBe(1);

    // The ticket was a walk-in's; the others had neither ticket nor reservation.
    expect((await figures(`${range}&source=walk_in`)).total.applications).toBe(4);
    const booked = await figures(`${range}&source=reservation`);
    expect(booked.total).toEqual({
      applications: 0,
      minutes: { count: 0, mean: 0, p50: 0, p90: 0, max: 0 },
      steps: { preparationMean: 0, signingMean: 0, acceptanceMean: 0 },
    });
    expect(booked.byProcedure).toEqual([]);
  });

  it('lists a procedure gone from the catalog last, and a procedure listed twice once', async () => {
    application({
      procedureIds: ['retired_form', 'juminhyo', 'juminhyo'],
      opened: '09:00:00',
      called: '09:00:00',
      sent: '09:02:00',
      signed: '09:03:00',
      accepted: '09:04:00',
    });
    const body = await figures(`from=${DAY}&to=${DAY}`);
    expect(body.byProcedure.map((p) => [p.procedureId, p.applications])).toEqual([
      ['juminhyo', 1],
      ['retired_form', 1],
    ]);
    expect(body.total.minutes).toEqual({ count: 1, mean: 4, p50: 4, p90: 4, max: 4 });
  });

  it('is for managers and admins of the office only', async () => {
    const range = `from=${DAY}&to=${DAY}`;
    expect((await procedures(range, {})).statusCode).toBe(401);
    const asStaff = await procedures(range, staff);
    expect(asStaff.statusCode).toBe(403);
    expect(asStaff.json().code).toBe('forbidden');
    const admin = await signIn(app, 'admin');
    expect((await procedures(range, { cookie: admin.cookie })).statusCode).toBe(200);
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
    const otherOffice = await procedures(range, { cookie: `${cookie.name}=${cookie.value}` });
    expect(otherOffice.statusCode).toBe(403);
    expect(otherOffice.json().code).toBe('forbidden');
  });

  it('refuses a backwards range, a range over a year, and filters of another office', async () => {
    const backwards = await procedures('from=2026-11-24&to=2026-11-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    expect(backwards.json().code).toBe('validation_failed');
    const tooLong = await procedures('from=2025-11-01&to=2026-11-24');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().code).toBe('range_too_long');
    expect((await procedures('from=2026-11-24')).json().code).toBe('validation_failed');
    expect((await procedures(`from=${DAY}&to=${DAY}&serviceId=kita-shomei`)).json().code).toBe(
      'service_not_found',
    );
    expect((await procedures(`from=${DAY}&to=${DAY}&windowId=kita-w1`)).json().code).toBe('window_not_found');
  });
});
