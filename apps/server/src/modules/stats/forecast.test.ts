import { erlangC, requiredWindows, weekdayOf } from '@kakanai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, resident, signIn, type TestApp } from '../../test/helper.ts';
import { seedDemoHistory } from '../admin/service.ts';

describe('staffing and the forecast', () => {
  let app: TestApp;
  let clock: FakeClock;
  let manager: { cookie: string };

  beforeAll(async () => {
    // Tuesday 2026-11-24, 8:00, the day after 勤労感謝の日, with nine weeks of simulated history.
    ({ app, clock } = await buildTestApp({ now: '2026-11-24T08:00:00+09:00' }));
    seedDemoHistory(app.db, clock.now(), 63);
    manager = { cookie: (await signIn(app, 'manager')).cookie };
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url: `/api/v1${url}`, headers: manager });

  it('sizes windows by Erlang C, matching published values', async () => {
    // 60 arrivals an hour of 10 minutes each: 10 Erlangs. 10 windows never keep up; 11 call 85%
    // within 15 minutes, with a probability of waiting of 0.6821.
    const strict = (
      await get('/stats/staffing?arrivalsPerHour=60&serviceMinutes=10&targetMinutes=15&targetShare=0.8')
    ).json();
    expect(strict).toMatchObject({ trafficErlangs: 10, windows: 11, overloaded: false, meetsTarget: true });
    expect(strict.probabilityOfWaiting).toBeCloseTo(0.6821, 3);
    expect(strict.probabilityOfWaiting).toBe(erlangC(10, 11));
    expect(strict.meanWaitMinutes).toBeCloseTo((0.6821182 * 10) / 1, 4);
    expect(strict.serviceLevel).toBeCloseTo(1 - 0.6821182 * Math.exp(-1.5), 6);

    // Called at once (target 0 minutes) for 80%: 14 windows, probability of waiting 0.1741.
    const atOnce = (
      await get('/stats/staffing?arrivalsPerHour=60&serviceMinutes=10&targetMinutes=0&targetShare=0.8')
    ).json();
    expect(atOnce.windows).toBe(14);
    expect(atOnce.probabilityOfWaiting).toBeCloseTo(0.1741, 3);

    // The office's target when none is given: 15 minutes, 80%.
    expect((await get('/stats/staffing?arrivalsPerHour=60&serviceMinutes=10')).json()).toMatchObject({
      targetMinutes: 15,
      targetShare: 0.8,
      windows: 11,
    });

    // More traffic than the most windows considered: no steady state, said without Infinity.
    const overloaded = await get('/stats/staffing?arrivalsPerHour=6000&serviceMinutes=60');
    expect(overloaded.statusCode).toBe(200);
    expect(overloaded.json()).toMatchObject({ overloaded: true, meanWaitMinutes: null, meetsTarget: false });
    expect((await get('/stats/staffing?arrivalsPerHour=-1&serviceMinutes=10')).json().code).toBe(
      'validation_failed',
    );
  });

  it('forecasts a day from the same weekday in past weeks, with the bookings already made', async () => {
    const booked = await app.inject({
      method: 'POST',
      url: '/api/v1/reservations',
      payload: {
        officeId: 'main',
        serviceId: 'main-juminido',
        start: '2026-11-25T10:15:00+09:00',
        ...resident,
      },
    });
    expect(booked.statusCode).toBe(201);

    const response = await get('/stats/forecast?officeId=main&date=2026-11-25');
    expect(response.statusCode).toBe(200);
    const forecast = response.json();
    expect(forecast).toMatchObject({ open: true, targetMinutes: 15, targetShare: 0.8, factors: [] });
    expect(forecast.basis).toHaveLength(8);
    expect(forecast.basis.every((date: string) => weekdayOf(date) === 3)).toBe(true);
    expect(forecast.basis).toEqual([...forecast.basis].sort());
    expect(forecast.hours.map((h: { hour: number }) => h.hour)).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ]);
    expect(forecast.hours.find((h: { hour: number }) => h.hour === 10).booked).toBeGreaterThanOrEqual(1);

    // About what those Wednesdays saw.
    const history = (await get('/stats/summary?officeId=main&from=2026-09-30&to=2026-11-18')).json();
    const wednesdays = history.daily.filter((d: { date: string }) => forecast.basis.includes(d.date));
    const usual =
      wednesdays.reduce((sum: number, d: { visits: number }) => sum + d.visits, 0) / wednesdays.length;
    const expected = forecast.hours.reduce((sum: number, h: { expected: number }) => sum + h.expected, 0);
    expect(expected).toBeGreaterThan(usual * 0.8);
    expect(expected).toBeLessThan(usual * 1.2);
    for (const hour of forecast.hours) {
      expect(hour.windows).toBeGreaterThan(0);
      expect(hour.serviceLevel).toBeGreaterThanOrEqual(0.8 - 1e-9);
      expect(hour.expected).toBeCloseTo(hour.walkIns + hour.booked, 9);
    }

    // The office's windows are each service's, summed; each service's are Erlang C on its rate,
    // the 15 minutes open at 8:45 counting four times over.
    const perService = await Promise.all(
      forecast.services.map(async (s: { serviceId: string }) =>
        (await get(`/stats/forecast?officeId=main&date=2026-11-25&serviceId=${s.serviceId}`)).json(),
      ),
    );
    forecast.hours.forEach((hour: { hour: number; windows: number }, i: number) => {
      expect(perService.reduce((sum, f) => sum + f.hours[i].windows, 0)).toBe(hour.windows);
    });
    const shomei = perService.find((f) => f.serviceId === 'main-shomei');
    const { serviceMinutes } = shomei.services[0];
    expect(serviceMinutes).toBeGreaterThan(4);
    expect(serviceMinutes).toBeLessThan(8);
    for (const hour of shomei.hours) {
      const share = hour.hour === 8 ? 0.25 : hour.hour === 17 ? 0.25 : 1;
      const plan = requiredWindows({
        arrivalsPerHour: hour.expected / share,
        serviceMinutes,
        targetMinutes: 15,
        targetShare: 0.8,
      });
      expect(hour.windows).toBe(plan.windows);
    }
  });

  it('names the peaks of the day, and has nothing to forecast for a closed day', async () => {
    const afterHoliday = (await get('/stats/forecast?officeId=main&date=2026-11-24')).json();
    expect(afterHoliday.factors).toEqual([{ name: 'afterHoliday', factor: 1.3 }]);
    const monthEnd = (await get('/stats/forecast?officeId=main&date=2026-11-30')).json();
    expect(monthEnd.factors).toEqual([{ name: 'monthEnd', factor: 1.2 }]);
    const sunday = (await get('/stats/forecast?officeId=main&date=2026-11-29')).json();
    expect(sunday).toMatchObject({ open: false, hours: [], basis: [] });
    expect(
      (await get('/stats/forecast?officeId=main&date=2026-11-25&serviceId=kita-shomei')).json().code,
    ).toBe('service_not_found');
  });
});
