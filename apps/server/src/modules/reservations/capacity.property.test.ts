import { schema } from '@kakanai/db';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helper.ts';

// Any sequence of bookings, cancellations and reschedules among a few slots keeps every slot
// within its capacity, and what residents are shown as remaining is exactly what is left.
describe('capacity, under any sequence of changes', () => {
  let app: TestApp;
  let db: Awaited<ReturnType<typeof buildTestApp>>['db'];
  let openDays: string[];

  beforeAll(async () => {
    ({ app, db } = await buildTestApp());
    const { days } = (
      await app.inject(
        '/api/v1/offices/main/availability?serviceId=main-koseki&from=2026-11-23&to=2027-01-19',
      )
    ).json();
    // Weekdays only: Saturday mornings run on another grid (9:00, 9:30 …).
    openDays = days
      .filter(
        (d: { open: boolean; date: string }) => d.open && new Date(`${d.date}T12:00:00Z`).getUTCDay() !== 6,
      )
      .map((d: { date: string }) => d.date);
  });
  afterAll(() => app.close());

  const command = fc.oneof(
    fc.record({ kind: fc.constant('book' as const), slot: fc.nat(2) }),
    fc.record({ kind: fc.constant('cancel' as const), which: fc.nat(20) }),
    fc.record({ kind: fc.constant('reschedule' as const), which: fc.nat(20), slot: fc.nat(2) }),
  );

  it('never exceeds a slot capacity', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        // Each run gets a day of its own; main-koseki takes one resident per 30-minute slot.
        const day = openDays[run++ % openDays.length]!;
        const slots = ['09:15', '09:45', '10:15'].map((t) => `${day}T${t}:00+09:00`);
        const held: { code: string; token: string }[] = [];
        for (const [i, c] of commands.entries()) {
          if (c.kind === 'book') {
            const response = await app.inject({
              method: 'POST',
              url: '/api/v1/reservations',
              payload: {
                officeId: 'main',
                serviceId: 'main-koseki',
                start: slots[c.slot],
                name: '試験 太郎',
                nameKana: 'シケン タロウ',
                email: `p${run}-${i}@example.jp`,
              },
            });
            expect([201, 409]).toContain(response.statusCode);
            if (response.statusCode === 201) {
              const { reservation, manageToken } = response.json();
              held.push({ code: reservation.code, token: manageToken });
            }
          } else if (held.length > 0) {
            const target = held[c.which % held.length]!;
            const url = `/api/v1/reservations/${target.code}/${c.kind}`;
            const response = await app.inject({
              method: 'POST',
              url,
              headers: { authorization: `Bearer ${target.token}` },
              ...(c.kind === 'reschedule' ? { payload: { start: slots[c.slot] } } : {}),
            });
            expect(response.statusCode).toBeLessThan(500);
          }
        }
        const { slots: shown } = (
          await app.inject(`/api/v1/offices/main/availability?serviceId=main-koseki&from=${day}&to=${day}`)
        ).json();
        const rows = db.select().from(schema.reservations).all();
        for (const start of slots) {
          const booked = rows.filter(
            (r) =>
              r.status === 'booked' &&
              r.slotStart.getTime() === Date.parse(start) &&
              r.serviceId === 'main-koseki',
          ).length;
          expect(booked).toBeLessThanOrEqual(1);
          expect(shown.find((s: { start: string }) => s.start === start).remaining).toBe(1 - booked);
        }
      }),
      { numRuns: 30 },
    );
  });
});
