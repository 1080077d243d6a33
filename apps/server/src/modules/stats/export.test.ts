import { TICKET_EXPORT_COLUMNS } from '@kakanai/contracts';
import { describeHistogram, histogramOf, shareWithinHistogram } from '@kakanai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, signIn, type TestApp } from '../../test/helper.ts';
import { seedDemoHistory } from '../admin/service.ts';
import { SERVICE_BUCKETS, VISIT_BUCKETS, WAIT_BUCKETS } from './rollups.ts';

type Row = Record<(typeof TICKET_EXPORT_COLUMNS)[number], string>;

function parseCsv(body: string): { header: string[]; rows: Row[] } {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const lines = body.slice(1).split('\r\n');
  expect(lines.pop()).toBe('');
  const header = lines.shift()!.split(',');
  // Ticket rows hold ids, dates, times and numbers: no field needs quoting.
  const rows = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [header[i], v])) as Row);
  return { header, rows };
}

/** What the dashboard should say, from the exported rows alone, by the rules in TICKET_EXPORT_COLUMNS. */
function recompute(rows: Row[], filter: { serviceId?: string; windowId?: string }, targetMinutes: number) {
  const matches = (row: Row) =>
    (!filter.serviceId || row.service_id === filter.serviceId) &&
    (!filter.windowId || row.window_id === filter.windowId);
  const visits: Row[][] = [];
  for (const row of rows) {
    const last = visits.at(-1);
    if (last && last[0]!.ticket_id === row.ticket_id) last.push(row);
    else visits.push([row]);
  }
  const counted = visits.filter((visit) => matches(visit[0]!));
  const queueRows = rows.filter(matches);
  const minutes = (values: string[]) => values.filter((v) => v !== '').map((v) => Number(v) / 60);
  const describe = (values: number[], buckets: number) => {
    const { count, mean, p50, p90, max } = describeHistogram(
      histogramOf(values, buckets),
      values.reduce((a, b) => a + b, 0),
      Math.max(0, ...values),
    );
    return { count, mean, p50, p90, max };
  };
  const waits = minutes(queueRows.map((r) => r.wait_seconds));
  const services = minutes(queueRows.map((r) => r.service_seconds));
  const visitTimes = counted
    .filter((visit) => visit[0]!.outcome === 'served')
    .map((visit) => (Date.parse(visit.at(-1)!.completed_at) - Date.parse(visit[0]!.issued_at)) / 60_000);
  return {
    visits: counted.length,
    served: counted.filter((v) => v[0]!.outcome === 'served').length,
    noShows: counted.filter((v) => v[0]!.outcome === 'no_show').length,
    notServed: counted.filter((v) => v[0]!.outcome === 'not_served').length,
    transfers: counted.filter((v) => v.length > 1).length,
    waitMinutes: describe(waits, WAIT_BUCKETS),
    serviceMinutes: describe(services, SERVICE_BUCKETS),
    serviceLevel: shareWithinHistogram(histogramOf(waits, WAIT_BUCKETS), targetMinutes),
    visitMinutes: describe(visitTimes, VISIT_BUCKETS),
  };
}

function expectSameFigures(actual: ReturnType<typeof recompute>, summary: Record<string, unknown>) {
  const s = summary as ReturnType<typeof recompute> & {
    serviceLevel: { share: number };
    visitMinutes: ReturnType<typeof recompute>['visitMinutes'];
  };
  expect(actual.visits).toBe(s.visits);
  expect(actual.served).toBe(s.served);
  expect(actual.noShows).toBe(s.noShows);
  expect(actual.notServed).toBe(s.notServed);
  expect(actual.transfers).toBe(s.transfers);
  for (const key of ['waitMinutes', 'serviceMinutes', 'visitMinutes'] as const) {
    const { mean, ...rest } = actual[key];
    expect({ ...s[key], mean: undefined, baselineMinutes: undefined, ratioToBaseline: undefined }).toEqual({
      ...rest,
      mean: undefined,
      baselineMinutes: undefined,
      ratioToBaseline: undefined,
    });
    expect(s[key].mean).toBeCloseTo(mean, 9);
  }
  expect(s.serviceLevel.share).toBeCloseTo(actual.serviceLevel, 12);
}

describe('the CSV export', () => {
  let app: TestApp;
  let clock: FakeClock;
  let manager: { cookie: string };
  const range = 'from=2026-11-09&to=2026-11-20';

  beforeAll(async () => {
    // Saturday 2026-11-21 before opening, with three weeks of simulated history behind.
    ({ app, clock } = await buildTestApp({ now: '2026-11-21T08:00:00+09:00' }));
    seedDemoHistory(app.db, clock.now(), 21);
    // One day without its rollup, so the range mixes stored rollups with a day computed live.
    for (const table of ['stats_daily', 'stats_rollup_days']) {
      app.db.$client.prepare(`DELETE FROM ${table} WHERE business_day = '2026-11-20'`).run();
    }
    manager = { cookie: (await signIn(app, 'manager')).cookie };
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url: `/api/v1${url}`, headers: manager });

  it('exports anonymous ticket rows that recompute to the dashboard’s figures', async () => {
    const response = await get(`/stats/export.csv?officeId=main&${range}&kind=tickets`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="kakanai-tickets-main-2026-11-09-2026-11-20.csv"',
    );
    const { header, rows } = parseCsv(response.body);
    expect(header).toEqual([...TICKET_EXPORT_COLUMNS]);
    expect(rows.length).toBeGreaterThan(1000);
    const first = rows[0]!;
    expect(first.issued_at).toMatch(/^2026-11-09T\d\d:\d\d:\d\d\+09:00$/);
    expect(['walk_in', 'reservation']).toContain(first.source);
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(['served', 'no_show', 'not_served']));
    // Nothing personal: only ids, times and outcomes.
    expect(response.body).not.toMatch(/simulated|track/);

    const summary = (await get(`/stats/summary?officeId=main&${range}`)).json();
    expect(summary.transfers).toBeGreaterThan(0);
    expect(summary.booked.visits).toBeGreaterThan(0);
    expectSameFigures(recompute(rows, {}, 15), summary);
  });

  it('recomputes per service, window and source from the filtered files', async () => {
    for (const filter of [
      { serviceId: 'main-kokuho' },
      { serviceId: 'main-juminido' },
      { windowId: 'main-w2' },
      { source: 'reservation' },
    ] as { serviceId?: string; windowId?: string; source?: string }[]) {
      const query = new URLSearchParams({
        officeId: 'main',
        from: '2026-11-09',
        to: '2026-11-20',
        ...filter,
      });
      const { rows } = parseCsv((await get(`/stats/export.csv?${query}&kind=tickets`)).body);
      if (filter.source) expect(rows.every((r) => r.source === filter.source)).toBe(true);
      const summary = (await get(`/stats/summary?${query}`)).json();
      expect(summary.waitMinutes.count).toBeGreaterThan(0);
      expectSameFigures(recompute(rows, filter, 15), summary);
    }
  });

  it('exports the figures, and writes who exported which range to the audit log', async () => {
    const response = await get(`/stats/export.csv?officeId=main&${range}&kind=figures&source=walk_in`);
    expect(response.statusCode).toBe(200);
    const summary = (await get(`/stats/summary?officeId=main&${range}&source=walk_in`)).json();
    const lines = response.body.slice(1).split('\r\n');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    expect(lines).toContain(`visits,${summary.visits}`);
    expect(lines).toContain(`wait_p90_minutes,${summary.waitMinutes.p90}`);
    expect(lines.some((line) => line.startsWith('main-shomei,証明書発行,'))).toBe(true);
    const friday = summary.daily.at(-1);
    const rounded = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
    expect(lines).toContain(
      `2026-11-20,${friday.visits},${rounded(friday.waitMean, 2)},${rounded(friday.serviceLevel, 4)}`,
    );

    const audit = app.db.$client
      .prepare(
        "SELECT actor_user_id AS actor, action, office_id AS officeId, subject_id AS subject FROM audit_log WHERE action LIKE 'stats.%' ORDER BY id",
      )
      .all() as { actor: string; action: string; officeId: string; subject: string }[];
    expect(audit.at(-1)).toMatchObject({
      action: 'stats.export_figures',
      officeId: 'main',
      subject: '2026-11-09..2026-11-20;source=walk_in',
    });
    expect(audit.some((a) => a.action === 'stats.export_tickets')).toBe(true);
  });
});
