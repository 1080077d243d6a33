import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helper.ts';

describe('catalog', () => {
  let app: TestApp;
  beforeEach(async () => {
    ({ app } = await buildTestApp());
  });
  afterEach(() => app.close());

  it('lists the demo offices and their services with what to bring', async () => {
    const offices = (await app.inject('/api/v1/offices')).json().offices;
    expect(offices.map((o: { id: string }) => o.id)).toEqual(['main', 'kita']);
    const services = (await app.inject('/api/v1/offices/main/services')).json().services;
    expect(services.length).toBeGreaterThanOrEqual(6);
    const moving = services.find((s: { code: string }) => s.code === 'juminido');
    expect(moving.name.ja).toContain('住民異動');
    expect(moving.documents.length).toBeGreaterThan(0);
    expect(new Set(services.map((s: { ticketPrefix: string }) => s.ticketPrefix)).size).toBe(services.length);
  });

  it('answers an unknown office with a problem', async () => {
    const response = await app.inject('/api/v1/offices/nowhere/services');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('office_not_found');
  });
});

describe('availability', () => {
  let app: TestApp;
  beforeEach(async () => {
    ({ app } = await buildTestApp());
  });
  afterEach(() => app.close());

  const availability = (query: string) => app.inject(`/api/v1/offices/main/availability?${query}`);

  it('offers the weekday grid from 8:45, in Tokyo time, after the minimum notice', async () => {
    // Now is Friday 2026-11-20 10:00 JST; minimum notice is 60 minutes.
    const body = (await availability('serviceId=main-juminido&from=2026-11-20&to=2026-11-20')).json();
    expect(body.timeZone).toBe('Asia/Tokyo');
    expect(body.slots[0].start).toBe('2026-11-20T11:15:00+09:00');
    expect(body.slots.at(-1).start).toBe('2026-11-20T16:45:00+09:00');
    expect(body.slots.at(-1).end).toBe('2026-11-20T17:15:00+09:00');
    expect(
      body.slots.every((s: { capacity: number; remaining: number }) => s.capacity === 2 && s.remaining === 2),
    ).toBe(true);
  });

  it('closes on national holidays, substitute holidays, the year end and ordinary Saturdays', async () => {
    const body = (await availability('serviceId=main-juminido&from=2026-11-21&to=2026-11-24')).json();
    const byDate = Object.fromEntries(body.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate['2026-11-21'].open).toBe(false); // 3rd Saturday
    expect(byDate['2026-11-22'].reason).toBe('not_a_business_day');
    expect(byDate['2026-11-23']).toMatchObject({
      open: false,
      reason: 'holiday',
      note: { ja: '勤労感謝の日' },
    });
    expect(byDate['2026-11-24'].open).toBe(true);
    expect(body.slots.every((s: { start: string }) => s.start.startsWith('2026-11-24'))).toBe(true);

    const yearEnd = (await availability('serviceId=main-juminido&from=2026-12-28&to=2027-01-05')).json();
    const open = yearEnd.days.filter((d: { open: boolean }) => d.open).map((d: { date: string }) => d.date);
    expect(open).toEqual(['2026-12-28', '2027-01-04', '2027-01-05']);
    expect(yearEnd.days.find((d: { date: string }) => d.date === '2026-12-29').reason).toBe('year_end');
  });

  it('opens the main office on the 2nd and 4th Saturday mornings only', async () => {
    const body = (await availability('serviceId=main-juminido&from=2026-12-12&to=2026-12-19')).json();
    const saturdays = body.days.filter(
      (d: { date: string }) => d.date === '2026-12-12' || d.date === '2026-12-19',
    );
    expect(saturdays.map((d: { open: boolean }) => d.open)).toEqual([true, false]);
    const dec12 = body.slots.filter((s: { start: string }) => s.start.startsWith('2026-12-12'));
    expect(dec12[0].start).toBe('2026-12-12T09:00:00+09:00');
    expect(dec12.at(-1).end).toBe('2026-12-12T12:00:00+09:00');
  });

  it('stops at the booking horizon', async () => {
    // 60 days ahead of 2026-11-20 is 2027-01-19.
    const body = (await availability('serviceId=main-juminido&from=2027-01-15&to=2027-01-25')).json();
    const last = body.slots.at(-1).start;
    expect(last.startsWith('2027-01-19')).toBe(true);
  });

  it('counts booked seats', async () => {
    const start = '2026-11-24T09:15:00+09:00';
    const book = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/reservations',
        payload: {
          officeId: 'main',
          serviceId: 'main-juminido',
          start,
          name: '佐藤 花子',
          nameKana: 'サトウ ハナコ',
          phone: '090-1234-5678',
        },
      });
    expect((await book()).statusCode).toBe(201);
    const slot = (await availability('serviceId=main-juminido&from=2026-11-24&to=2026-11-24'))
      .json()
      .slots.find((s: { start: string }) => s.start === start);
    expect(slot.remaining).toBe(1);
  });

  it('refuses bad ranges and services that cannot be booked', async () => {
    expect((await availability('serviceId=main-juminido&from=2026-11-20&to=2027-03-01')).json().code).toBe(
      'range_too_long',
    );
    expect((await availability('serviceId=main-juminido&from=2026-11-25&to=2026-11-20')).json().code).toBe(
      'validation_failed',
    );
    expect((await availability('serviceId=main-juminido&from=20261120&to=2026-11-21')).statusCode).toBe(400);
    expect((await availability('serviceId=main-shomei&from=2026-11-20&to=2026-11-21')).json().code).toBe(
      'service_not_bookable',
    );
    expect((await availability('serviceId=kita-juminido&from=2026-11-20&to=2026-11-21')).json().code).toBe(
      'service_not_found',
    );
  });
});
