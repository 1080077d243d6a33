import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, schema } from '@kakanai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextOpenMorning } from '../../test/next-open-morning.ts';
import { type ServerProcess, startServerProcess } from '../../test/server-process.ts';

// Two server processes on one SQLite file. Numbers must be unique and gap-free however many kiosks
// take them at once, and however many windows call at once, no ticket is called twice.
describe('the queue under concurrency, two processes on one file database', () => {
  let dir: string;
  let servers: ServerProcess[];
  let sessions: { cookie: string; csrf: string }[];
  const WINDOWS = 10;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kakanai-queue-'));
    const env = {
      DATABASE_PATH: join(dir, 'kakanai.sqlite'),
      DEMO_DATA: '1',
      CLOCK_START: nextOpenMorning(),
    };
    servers = [await startServerProcess(env)];
    // Ten windows that all handle 住民異動, so they compete for the same queue.
    const db = openDatabase({ path: env.DATABASE_PATH });
    for (let n = 11; n < 11 + WINDOWS; n++) {
      db.insert(schema.windows)
        .values({
          id: `main-w${n}`,
          officeId: 'main',
          number: n,
          nameJa: `${n}番窓口`,
          nameEn: `Window ${n}`,
        })
        .run();
      db.insert(schema.windowServices)
        .values({ windowId: `main-w${n}`, serviceId: 'main-juminido' })
        .run();
    }
    db.$client.close();
    servers.push(await startServerProcess(env));
    sessions = await Promise.all(
      servers.map(async (server) => {
        const response = await fetch(`${server.url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'staff', password: 'sakuradai-demo' }),
        });
        const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
        return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (i: number, path: string, body?: object) =>
    fetch(`${servers[i % 2]!.url}/api/v1${path}`, {
      method: 'POST',
      headers: {
        cookie: sessions[i % 2]!.cookie,
        'x-csrf-token': sessions[i % 2]!.csrf,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('numbers 60 tickets taken at once A001–A060, each once, and ten windows calling at once call each exactly once', async () => {
    const issued = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post(i, '/offices/main/tickets', { serviceId: 'main-juminido' })),
    );
    expect(issued.map((r) => r.status)).toEqual(Array(60).fill(201));
    const numbers = await Promise.all(
      issued.map(async (r) => ((await r.json()) as { ticket: { number: string } }).ticket.number),
    );
    const expected = Array.from({ length: 60 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`);
    expect([...numbers].sort()).toEqual(expected);

    for (let w = 0; w < WINDOWS; w++)
      expect((await post(w, `/windows/main-w${11 + w}/status`, { status: 'open' })).status).toBe(200);
    const calledBy = new Map<string, string[]>();
    await Promise.all(
      Array.from({ length: WINDOWS }, async (_, w) => {
        for (;;) {
          const response = await post(w, `/windows/main-w${11 + w}/call-next`);
          if (response.status === 204) return;
          expect(response.status).toBe(200);
          const { ticket } = (await response.json()) as { ticket: { id: string; number: string } };
          calledBy.set(ticket.number, [...(calledBy.get(ticket.number) ?? []), `main-w${11 + w}`]);
          expect((await post(w, `/tickets/${ticket.id}/complete`)).status).toBe(200);
        }
      }),
    );
    expect([...calledBy.keys()].sort()).toEqual(expected);
    expect([...calledBy.values()].every((windows) => windows.length === 1)).toBe(true);
  });
});
