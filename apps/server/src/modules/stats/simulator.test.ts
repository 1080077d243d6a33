import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helper.ts';
import { createCatalogService } from '../catalog/service.ts';
import { simulateHistory } from './simulator.ts';

// Monday 2026-11-30: the three weeks before hold 勤労感謝の日 (11/23) and a 4th Saturday (11/28).
const NOW = '2026-11-30T08:00:00+09:00';

describe('the history simulator', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  async function simulated(seed: number) {
    const { app, clock } = await buildTestApp({ now: NOW });
    apps.push(app);
    const result = simulateHistory(app.db, createCatalogService(app.db), {
      days: 21,
      now: clock.now(),
      seed,
    });
    return { app, result, sql: app.db.$client };
  }

  const fingerprint = (sql: TestApp['db']['$client']) =>
    createHash('sha256')
      .update(
        JSON.stringify(
          sql
            .prepare(
              `SELECT t.id, t.number, t.status, t.estimated_wait_minutes, s.service_id, s.window_id, s.queued_at,
                 s.called_at, s.ended_at, s.outcome FROM tickets t JOIN ticket_segments s ON s.ticket_id = t.id
               ORDER BY t.id, s.id`,
            )
            .all(),
        ),
      )
      .digest('hex');

  it('writes the same history for the same seed, and a different one for another', async () => {
    const first = await simulated(7);
    const again = await simulated(7);
    const other = await simulated(8);
    expect(again.result).toEqual(first.result);
    expect(fingerprint(again.sql)).toBe(fingerprint(first.sql));
    expect(fingerprint(other.sql)).not.toBe(fingerprint(first.sql));
  });

  it('keeps to the calendar and to how a queue behaves, and rolls every day up', async () => {
    const { result, sql } = await simulated(42);
    expect(result.tickets).toBeGreaterThan(2000);
    const days = sql
      .prepare('SELECT DISTINCT office_id AS office, business_day AS day FROM tickets ORDER BY 1, 2')
      .all() as { office: string; day: string }[];
    const dayList = days.map((d) => `${d.office} ${d.day}`);
    // Closed on the holiday and on Sundays; the main office opens on its 4th Saturday, the branch doesn't.
    expect(dayList).not.toContain('main 2026-11-23');
    expect(dayList).not.toContain('main 2026-11-29');
    expect(dayList).toContain('main 2026-11-28');
    expect(dayList).not.toContain('kita 2026-11-28');
    expect(result.officeDays).toBe(days.length);
    const rolled = sql.prepare('SELECT count(*) AS n FROM stats_rollup_days').get() as { n: number };
    expect(rolled.n).toBe(days.length);

    const broken = sql
      .prepare(
        `SELECT count(*) AS n FROM ticket_segments
         WHERE called_at < queued_at OR started_at < called_at OR ended_at < coalesce(started_at, called_at, queued_at)
            OR ended_at IS NULL OR (outcome = 'served' AND started_at IS NULL)`,
      )
      .get() as { n: number };
    expect(broken.n).toBe(0);
    // A transfer joins the next queue the moment the first service ends.
    const transfers = sql
      .prepare(
        `SELECT count(*) AS n, sum(next.queued_at = s.ended_at) AS joined FROM ticket_segments s
         JOIN ticket_segments next ON next.ticket_id = s.ticket_id AND next.id = s.id + 1
         WHERE s.outcome = 'transferred'`,
      )
      .get() as { n: number; joined: number };
    expect(transfers.n).toBeGreaterThan(0);
    expect(transfers.joined).toBe(transfers.n);
    // Opening hours: numbers only from 8:45 to 17:15 (Saturdays 9:00–12:00).
    const outside = sql
      .prepare(
        `SELECT count(*) AS n FROM tickets
         WHERE strftime('%H:%M', issued_at / 1000, 'unixepoch', '+9 hours') NOT BETWEEN '08:45' AND '17:14'`,
      )
      .get() as { n: number };
    expect(outside.n).toBe(0);

    const mix = sql
      .prepare(
        `SELECT sum(source = 'reservation') AS booked, sum(source = 'reservation' AND status = 'no_show') AS bookedNoShows,
           sum(status = 'no_show') AS noShows, count(*) AS visits FROM tickets`,
      )
      .get() as { booked: number; bookedNoShows: number; noShows: number; visits: number };
    expect(mix.booked / mix.visits).toBeGreaterThan(0.03);
    expect(mix.bookedNoShows / mix.booked).toBeGreaterThan(0.03);
    expect(mix.bookedNoShows / mix.booked).toBeLessThan(0.15);
    expect(mix.noShows / mix.visits).toBeLessThan(0.1);
  });

  it('takes applications at 証明, 住民異動 and 印鑑, timed inside their queue visits, with no personal data', async () => {
    const { sql } = await simulated(42);
    const rows = sql
      .prepare(
        `SELECT v.status, v.procedure_ids AS procedureIds, v.person, v.answers, v.sources, v.purged_at AS purgedAt,
           v.business_day = t.business_day AS sameDay, v.window_id IS s.window_id AS sameWindow,
           v.called_at - s.called_at AS calledDelta, s.ended_at - v.accepted_at AS beforeEnd,
           v.opened_at >= v.called_at AND v.sent_at >= v.opened_at AND v.signed_at >= v.sent_at
             AND v.accepted_at >= v.signed_at AND v.exported_at > v.accepted_at AS ordered,
           sv.code AS serviceCode
         FROM visits v JOIN tickets t ON t.id = v.ticket_id
         JOIN ticket_segments s ON s.ticket_id = t.id AND s.called_at = v.called_at
         JOIN services sv ON sv.id = s.service_id`,
      )
      .all() as {
      status: string;
      procedureIds: string;
      person: string;
      answers: string;
      sources: string;
      purgedAt: number | null;
      sameDay: number;
      sameWindow: number;
      calledDelta: number;
      beforeEnd: number;
      ordered: number;
      serviceCode: string;
    }[];
    const { visits } = sql.prepare('SELECT count(*) AS visits FROM visits').get() as { visits: number };
    expect(rows.length).toBe(visits);
    const served = sql
      .prepare(
        `SELECT count(*) AS n FROM ticket_segments s JOIN services sv ON sv.id = s.service_id
         WHERE sv.code IN ('shomei', 'juminido', 'inkan') AND s.outcome IN ('served', 'transferred')`,
      )
      .get() as { n: number };
    // Most, not all, of the residents served there.
    expect(visits / served.n).toBeGreaterThan(0.7);
    expect(visits / served.n).toBeLessThan(0.9);

    const codeOf = new Map(
      (
        sql.prepare('SELECT id, service_code AS code FROM procedures').all() as { id: string; code: string }[]
      ).map((p) => [p.id, p.code]),
    );
    const codes = new Set<string>();
    for (const row of rows) {
      expect(row).toMatchObject({
        status: 'exported',
        person: '{}',
        answers: '{}',
        sources: '{}',
        sameDay: 1,
        sameWindow: 1,
        calledDelta: 0,
        ordered: 1,
      });
      expect(row.purgedAt).not.toBeNull();
      // Accepted a few minutes (at most four) before the queue visit ended.
      expect(row.beforeEnd).toBeGreaterThan(0);
      expect(row.beforeEnd).toBeLessThanOrEqual(4 * 60_000);
      const procedureIds = JSON.parse(row.procedureIds) as string[];
      expect(procedureIds.length).toBeGreaterThan(0);
      for (const id of procedureIds) expect(codeOf.get(id)).toBe(row.serviceCode);
      codes.add(row.serviceCode);
    }
    expect([...codes].toSorted()).toEqual(['inkan', 'juminido', 'shomei']);
    expect(rows.some((r) => JSON.parse(r.procedureIds).length === 2)).toBe(true);

    const applications = (db: typeof sql) =>
      JSON.stringify(db.prepare('SELECT * FROM visits ORDER BY id').all());
    expect(applications((await simulated(42)).sql)).toBe(applications(sql));
  });

  it('leaves days that already have tickets alone', async () => {
    const { app, result } = await simulated(1);
    const again = simulateHistory(app.db, createCatalogService(app.db), {
      days: 21,
      now: new Date(NOW),
      seed: 1,
    });
    expect(again).toEqual({ officeDays: 0, skippedDays: result.officeDays, tickets: 0, segments: 0 });
  });
});
