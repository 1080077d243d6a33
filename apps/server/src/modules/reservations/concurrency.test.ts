import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, schema } from '@kakanai/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../../test/server-process.ts';

// Two server processes on one SQLite file, hit with truly parallel HTTP requests: the capacity
// check must hold across connections and processes, not just inside one event loop.
describe('booking under concurrency, two processes on one file database', () => {
  let dir: string;
  let servers: ServerProcess[];
  const env = () => ({
    DATABASE_PATH: join(dir, 'kakanai.sqlite'),
    DEMO_DATA: '1',
    BOOKING_RATE_LIMIT: '100000',
    LOOKUP_RATE_LIMIT: '100000',
    MAX_ACTIVE_RESERVATIONS_PER_CONTACT: '1000',
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kakanai-concurrency-'));
    const first = await startServerProcess(env());
    servers = [first, await startServerProcess(env())];
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** The first slot of a three-seat service that nobody has booked yet. */
  async function freeSlot(serviceId: string, skip = 0) {
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const response = await fetch(
      `${servers[0]!.url}/api/v1/offices/main/availability?serviceId=${serviceId}&from=${from}&to=${to}`,
    );
    const { slots } = (await response.json()) as {
      slots: { start: string; capacity: number; remaining: number }[];
    };
    const slot = slots.filter((s) => s.remaining === s.capacity)[skip]!;
    expect(slot.capacity).toBe(3);
    return slot.start;
  }

  const book = (server: ServerProcess, start: string, i: number, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/v1/reservations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        officeId: 'main',
        serviceId: 'main-mynumber',
        start,
        name: `住民 ${i}`,
        nameKana: 'ジュウミン',
        email: `resident${i}@example.jp`,
      }),
    });

  it('100 parallel requests for a slot with 3 seats give exactly 3 bookings and 97 clear slot_full answers', async () => {
    const start = await freeSlot('main-mynumber');
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => book(servers[i % 2]!, start, i)),
    );
    const statuses = responses.map((r) => r.status);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { code?: string }[];

    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const refusals = bodies.filter((_, i) => statuses[i] !== 201).map((b) => b.code);
    expect(new Set(refusals)).toEqual(new Set(['slot_full']));

    const db = openDatabase({ path: env().DATABASE_PATH, migrate: false });
    const rows = db
      .select()
      .from(schema.reservations)
      .where(eq(schema.reservations.slotStart, new Date(start)))
      .all();
    db.$client.close();
    expect(rows.filter((r) => r.status === 'booked')).toHaveLength(3);
  });

  it('a request retried in parallel with one Idempotency-Key books once and every retry gets that booking', async () => {
    const start = await freeSlot('main-mynumber', 1);
    const headers = { 'idempotency-key': `parallel-${start}` };
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => book(servers[i % 2]!, start, 0, headers)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
      reservation: { id: string };
      manageToken: string;
    }[];
    expect(new Set(bodies.map((b) => b.reservation.id)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.manageToken)).size).toBe(1);
  });
});
