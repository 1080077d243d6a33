// Load benchmark for reservations: availability reads and bookings, next to a Fastify hello-world
// route, on one machine. The servers are pinned to core 0 and this load generator to core 1 with
// taskset, so the load generator doesn't steal the server's CPU (2-core machines especially).
//
//   pnpm bench                 # 10 s per scenario
//   BENCH_SECONDS=30 pnpm bench
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'bench', 'package.json'));
const autocannon = require('autocannon');

const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
if (hasTaskset && !process.env.BENCH_PINNED) {
  const child = spawnSync('taskset', ['-c', '1', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exit(child.status ?? 1);
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const pin = (args) => (hasTaskset ? ['taskset', ['-c', '0', ...args]] : [args[0], args.slice(1)]);

async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

function start(args, env) {
  const [command, rest] = pin(args);
  return spawn(command, rest, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) => {
      if (error) return reject(error);
      resolve({
        title,
        requestsPerSecond: Math.round(result.requests.average),
        p50ms: result.latency.p50,
        p99ms: result.latency.p99,
        total: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'kakanai-bench-'));
const databasePath = join(dir, 'bench.sqlite');
const helloPort = 3901;
const kakanaiPort = 3902;
const processes = [];
try {
  processes.push(start([process.execPath, 'bench/hello.mjs'], { PORT: String(helloPort) }));
  // Seed the demo city, then add a bench-only service with room for every booking the run makes,
  // so the booking scenario measures real inserts rather than slot_full refusals.
  spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', 'seed-demo'], {
    cwd: root,
    env: { ...process.env, DATABASE_PATH: databasePath },
    stdio: 'ignore',
  });
  const Database = createRequire(join(root, 'db', 'package.json'))('better-sqlite3');
  const sqlite = new Database(databasePath);
  sqlite
    .prepare(
      `INSERT INTO services (id, office_id, code, ticket_prefix, name_ja, name_en, description_ja, description_en,
        documents, default_service_minutes, bookable, slot_minutes, capacity_per_slot, horizon_days, min_notice_minutes, sort_order)
       VALUES ('main-bench', 'main', 'bench', 'Z', 'ベンチ', 'Bench', '', '', '[]', 10, 1, 30, 1000000, 60, 0, 99)`,
    )
    .run();
  sqlite.close();

  processes.push(
    start([process.execPath, '--import', 'tsx', 'apps/server/src/main.ts'], {
      PORT: String(kakanaiPort),
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'warn',
      BOOKING_RATE_LIMIT: '100000000',
      LOOKUP_RATE_LIMIT: '100000000',
      MAX_ACTIVE_RESERVATIONS_PER_CONTACT: '100000000',
    }),
  );
  await waitFor(`http://127.0.0.1:${helloPort}/`);
  const base = `http://127.0.0.1:${kakanaiPort}`;
  await waitFor(`${base}/api/v1/health`);

  const today = new Date().toISOString().slice(0, 10);
  const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const availabilityPath = `/api/v1/offices/main/availability?serviceId=main-juminido&from=${today}&to=${in30}`;
  const slots = (
    await (
      await fetch(`${base}/api/v1/offices/main/availability?serviceId=main-bench&from=${today}&to=${in30}`)
    ).json()
  ).slots.map((s) => s.start);
  if (slots.length === 0) throw new Error('no bookable slots for the bench service');

  let n = 0;
  const results = [];
  results.push(await run('Fastify hello-world (baseline)', { url: `http://127.0.0.1:${helloPort}/` }));
  results.push(await run('GET availability, 31 days of 30-min slots', { url: `${base}${availabilityPath}` }));
  results.push(
    await run('POST /reservations (fsync per booking)', {
      url: `${base}/api/v1/reservations`,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            n += 1;
            return {
              ...request,
              body: JSON.stringify({
                officeId: 'main',
                serviceId: 'main-bench',
                start: slots[n % slots.length],
                name: '負荷 試験',
                nameKana: 'フカ シケン',
                email: `bench${n}@example.jp`,
              }),
            };
          },
        },
      ],
    }),
  );

  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    pinned: hasTaskset,
    seconds: SECONDS,
    connections: CONNECTIONS,
    // What openDatabase() sets on the server's connection (a pragma is per connection, so it
    // can't be read from here).
    sqlite: { journalMode: 'wal', synchronous: 'FULL' },
    results,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'reservations.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nNode ${summary.node}, ${CONNECTIONS} connections, ${SECONDS} s each, pinned: ${hasTaskset}`);
  console.log(`SQLite: WAL, synchronous=${summary.sqlite.synchronous}\n`);
  console.log('| scenario | req/s | p50 ms | p99 ms | non-2xx | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.title} | ${r.requestsPerSecond} | ${r.p50ms} | ${r.p99ms} | ${r.non2xx} | ${r.errors} |`,
    );
  }
} finally {
  for (const p of processes) p.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
}
