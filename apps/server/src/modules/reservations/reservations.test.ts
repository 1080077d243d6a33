import { schema } from '@kakanai/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, resident, signIn, type TestApp } from '../../test/helper.ts';

// The test clock stands at Friday 2026-11-20 10:00 JST; Tuesday 24th is an ordinary open day.
const SLOT = '2026-11-24T09:15:00+09:00';
const booking = (overrides: Record<string, unknown> = {}) => ({
  officeId: 'main',
  serviceId: 'main-juminido',
  start: SLOT,
  ...resident,
  ...overrides,
});

describe('reservations', () => {
  let app: TestApp;
  let clock: FakeClock;
  let db: Awaited<ReturnType<typeof buildTestApp>>['db'];

  beforeEach(async () => {
    ({ app, clock, db } = await buildTestApp());
  });
  afterEach(() => app.close());

  const book = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/reservations', payload: payload as object, headers });
  const reservationCount = () => db.select().from(schema.reservations).all().length;
  const eventTypes = () =>
    db
      .select()
      .from(schema.events)
      .all()
      .map((e) => e.type);
  const asOwner = (token: string) => ({ authorization: `Bearer ${token}` });

  it('books a seat and hands back a short code and a manage token', async () => {
    const response = await book(booking({ nameKana: 'やまだ たろう' }));
    expect(response.statusCode).toBe(201);
    const { reservation, manageToken } = response.json();
    expect(reservation).toMatchObject({ status: 'booked', start: SLOT, end: '2026-11-24T09:45:00+09:00' });
    expect(reservation.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(manageToken.length).toBeGreaterThanOrEqual(43);

    const detail = await app.inject({
      url: `/api/v1/reservations/${reservation.code}`,
      headers: asOwner(manageToken),
    });
    expect(detail.json().reservation).toMatchObject({
      name: '山田 太郎',
      nameKana: 'ヤマダ タロウ',
      email: 'taro@example.jp',
    });
    // Typed by a resident at a kiosk: lower case, no hyphen.
    const typed = reservation.code.replace('-', '').toLowerCase();
    expect(
      (await app.inject({ url: `/api/v1/reservations/${typed}`, headers: asOwner(manageToken) })).statusCode,
    ).toBe(200);

    const stored = db.select().from(schema.reservations).get()!;
    expect(stored.manageTokenHash).not.toContain(manageToken);
    expect(eventTypes()).toEqual(['reservation.booked']);
  });

  it('never shows a booking without its token, and the answer is the same for an unknown code', async () => {
    const { reservation } = (await book(booking())).json();
    const wrong = await app.inject({
      url: `/api/v1/reservations/${reservation.code}`,
      headers: asOwner('x'.repeat(43)),
    });
    const none = await app.inject({ url: `/api/v1/reservations/${reservation.code}` });
    const unknown = await app.inject({
      url: '/api/v1/reservations/ZZZZ-ZZZZ',
      headers: asOwner('x'.repeat(43)),
    });
    for (const response of [wrong, none, unknown]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('reservation_not_found');
    }
  });

  it.each([
    ['a past slot', { start: '2026-11-19T09:15:00+09:00' }, 422, 'slot_in_past'],
    ['a slot inside the minimum notice', { start: '2026-11-20T10:45:00+09:00' }, 422, 'slot_too_soon'],
    ['a slot past the booking horizon', { start: '2027-02-02T09:15:00+09:00' }, 422, 'slot_beyond_horizon'],
    ['a time off the slot grid', { start: '2026-11-24T09:20:00+09:00' }, 422, 'slot_off_grid'],
    ['a closed day', { start: '2026-11-23T09:15:00+09:00' }, 422, 'office_closed'],
    ['an unknown office', { officeId: 'nowhere' }, 404, 'office_not_found'],
    ['an unknown service', { serviceId: 'main-nothing' }, 404, 'service_not_found'],
    ["another office's service", { serviceId: 'kita-juminido' }, 404, 'service_not_found'],
    [
      'a walk-in-only service',
      { serviceId: 'main-shomei', start: '2026-11-24T09:15:00+09:00' },
      422,
      'service_not_bookable',
    ],
    ['furigana in kanji', { nameKana: '山田' }, 400, 'validation_failed'],
    ['a malformed email', { email: 'taro@' }, 400, 'validation_failed'],
    ['no way to reach the resident', { email: undefined }, 400, 'validation_failed'],
    ['a start without an offset', { start: '2026-11-24T09:15:00' }, 400, 'validation_failed'],
    ['an empty name', { name: ' ' }, 400, 'validation_failed'],
  ])('refuses %s with its own code and writes nothing', async (_what, overrides, status, code) => {
    const response = await book(booking(overrides));
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
    expect(reservationCount()).toBe(0);
    expect(eventTypes()).toEqual([]);
  });

  it('says which field to fix', async () => {
    const response = await book(booking({ nameKana: 'Yamada' }));
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.nameKana' })]);
  });

  it('refuses malformed JSON, a wrong media type and an oversized body', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/reservations',
      headers: { 'content-type': 'application/json' },
      payload: '{"officeId": "main",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');

    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/reservations',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('unsupported_media_type');

    const huge = await book(booking({ name: 'あ'.repeat(100_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    expect(reservationCount()).toBe(0);
  });

  it('fills a slot to its capacity and no further', async () => {
    expect((await book(booking({ email: 'a@example.jp' }))).statusCode).toBe(201);
    expect((await book(booking({ email: 'b@example.jp' }))).statusCode).toBe(201);
    const third = await book(booking({ email: 'c@example.jp' }));
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe('slot_full');
    expect(reservationCount()).toBe(2);
  });

  it('returns the first answer to a retried request with the same Idempotency-Key', async () => {
    const key = { 'idempotency-key': 'b4d1c9e0-retry-test' };
    const first = await book(booking(), key);
    const retry = await book(booking(), key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(reservationCount()).toBe(1);

    const different = await book(booking({ start: '2026-11-24T09:45:00+09:00' }), key);
    expect(different.statusCode).toBe(422);
    expect(different.json().code).toBe('idempotency_key_reused');
    expect(reservationCount()).toBe(1);

    const stored = db.select().from(schema.idempotencyRecords).get()!;
    expect(stored.sealedBody).not.toContain(first.json().manageToken);
  });

  it('limits how many active bookings one email or phone can hold', async () => {
    const starts = ['09:15', '09:45', '10:15', '10:45'].map((t) => `2026-11-24T${t}:00+09:00`);
    const answers = [];
    for (const start of starts) answers.push(await book(booking({ start, email: 'Taro@Example.jp' })));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 409]);
    expect(answers[3]!.json().code).toBe('contact_limit_reached');
  });

  it('cancels by the manage link, once', async () => {
    const { reservation, manageToken } = (await book(booking())).json();
    const cancel = () =>
      app.inject({
        method: 'POST',
        url: `/api/v1/reservations/${reservation.code}/cancel`,
        headers: asOwner(manageToken),
      });
    const first = await cancel();
    expect(first.statusCode).toBe(200);
    expect(first.json().reservation).toMatchObject({ status: 'cancelled', cancelledBy: 'resident' });
    expect((await cancel()).json().code).toBe('reservation_not_active');
    const slot = (
      await app.inject(
        `/api/v1/offices/main/availability?serviceId=main-juminido&from=2026-11-24&to=2026-11-24`,
      )
    )
      .json()
      .slots.find((s: { start: string }) => s.start === SLOT);
    expect(slot.remaining).toBe(2);
  });

  it('reschedules atomically: a full target slot leaves the booking where it was', async () => {
    const { reservation, manageToken } = (await book(booking())).json();
    const target = '2026-11-25T13:15:00+09:00';
    await book(booking({ start: target, email: 'x@example.jp' }));
    await book(booking({ start: target, email: 'y@example.jp' }));
    const reschedule = (start: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/reservations/${reservation.code}/reschedule`,
        headers: asOwner(manageToken),
        payload: { start },
      });
    const full = await reschedule(target);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('slot_full');
    const unchanged = await app.inject({
      url: `/api/v1/reservations/${reservation.code}`,
      headers: asOwner(manageToken),
    });
    expect(unchanged.json().reservation.start).toBe(SLOT);

    const moved = await reschedule('2026-11-25T14:15:00+09:00');
    expect(moved.statusCode).toBe(200);
    expect(moved.json().reservation).toMatchObject({
      status: 'booked',
      start: '2026-11-25T14:15:00+09:00',
      code: reservation.code,
    });
    expect((await reschedule('2026-11-25T14:15:00+09:00')).json().code).toBe('reservation_same_slot');
    expect((await reschedule('2026-11-23T14:15:00+09:00')).json().code).toBe('office_closed');

    clock.set('2026-11-26T09:00:00+09:00');
    expect((await reschedule('2026-11-27T14:15:00+09:00')).json().code).toBe('reservation_not_active');
  });

  it('exports the booking as an iCalendar event at the booked instant', async () => {
    const { reservation, manageToken } = (await book(booking())).json();
    const response = await app.inject(
      `/api/v1/reservations/${reservation.code}/calendar.ics?token=${manageToken}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.body.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const ics = response.body.replace(/\r\n /g, '');
    expect(ics).toContain('DTSTART:20261124T001500Z');
    expect(ics).toContain('DTEND:20261124T004500Z');
    expect(ics).toContain(`予約番号: ${reservation.code}`);

    const wrong = await app.inject(
      `/api/v1/reservations/${reservation.code}/calendar.ics?token=${'x'.repeat(43)}`,
    );
    expect(wrong.statusCode).toBe(404);
  });
});

describe('staff and reservations', () => {
  let app: TestApp;
  beforeEach(async () => {
    ({ app } = await buildTestApp());
  });
  afterEach(() => app.close());

  it("shows the day's bookings slot by slot and cancels one with a reason the resident sees", async () => {
    const booked = await app.inject({ method: 'POST', url: '/api/v1/reservations', payload: booking() });
    const { reservation, manageToken } = booked.json();
    const { cookie, csrfToken } = await signIn(app);

    const day = await app.inject({
      url: '/api/v1/offices/main/reservations?date=2026-11-24',
      headers: { cookie },
    });
    expect(day.statusCode).toBe(200);
    const slot = day
      .json()
      .slots.find(
        (s: { serviceId: string; start: string }) => s.serviceId === 'main-juminido' && s.start === SLOT,
      );
    expect(slot).toMatchObject({ capacity: 2, booked: 1 });
    expect(slot.reservations[0]).toMatchObject({ code: reservation.code, name: '山田 太郎' });

    const cancelUrl = `/api/v1/offices/main/reservations/${reservation.id}/cancel`;
    const withoutCsrf = await app.inject({
      method: 'POST',
      url: cancelUrl,
      headers: { cookie },
      payload: { reason: '窓口の都合により' },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    expect(withoutCsrf.json().code).toBe('csrf_failed');

    const cancelled = await app.inject({
      method: 'POST',
      url: cancelUrl,
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { reason: '窓口の都合により' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'office' });

    const seen = await app.inject({
      url: `/api/v1/reservations/${reservation.code}`,
      headers: { authorization: `Bearer ${manageToken}` },
    });
    expect(seen.json().reservation).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'office',
      cancelReason: '窓口の都合により',
    });
  });

  it('writes who read and who cancelled personal data to the audit log', async () => {
    const { reservation } = (
      await app.inject({ method: 'POST', url: '/api/v1/reservations', payload: booking() })
    ).json();
    const { cookie, csrfToken } = await signIn(app);
    await app.inject({ url: '/api/v1/offices/main/reservations?date=2026-11-24', headers: { cookie } });
    await app.inject({
      method: 'POST',
      url: `/api/v1/offices/main/reservations/${reservation.id}/cancel`,
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { reason: 'duplicate' },
    });
    const { db } = app as unknown as { db: Awaited<ReturnType<typeof buildTestApp>>['db'] };
    const audit = db.select().from(schema.auditLog).all();
    expect(audit.map((a) => [a.action, a.subjectId])).toEqual([
      ['reservations.read_day', 'main/2026-11-24'],
      ['reservation.cancel', reservation.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain('山田');
  });

  it('keeps the day view to signed-in staff of that office', async () => {
    expect((await app.inject('/api/v1/offices/main/reservations?date=2026-11-24')).json().code).toBe(
      'unauthorized',
    );
  });
});
