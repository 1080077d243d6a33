// Stream fan-out: 1,000 WebSocket clients on one office's public channel. For each call, the time
// from the call-next response to the moment the last client has the event. Server on core 0,
// clients and driver on core 1 (taskset), as in run.mjs.
//
//   pnpm bench:stream            # 1,000 clients, 50 calls
//   CLIENTS=2000 CALLS=100 pnpm bench:stream
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'bench', 'package.json'));
const WebSocket = require('ws');

const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
if (hasTaskset && !process.env.BENCH_PINNED) {
  const child = spawnSync('taskset', ['-c', '1', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exit(child.status ?? 1);
}

const CLIENTS = Number(process.env.CLIENTS ?? 1000);
const CALLS = Number(process.env.CALLS ?? 50);
const PORT = 3903;
const base = `http://127.0.0.1:${PORT}`;

const holidays = createRequire(join(root, 'packages', 'domain', 'package.json'))(
  '@holiday-jp/holiday_jp/lib/holidays.js',
);

/** 10:00 Tokyo on the next open weekday: the office must be open for tickets to be taken. */
function nextWeekdayMorning() {
  for (let d = 1; ; d++) {
    const date = new Date(Date.now() + d * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const yearEnd = date.slice(5) >= '12-29' || date.slice(5) <= '01-03';
    if (weekday >= 1 && weekday <= 5 && !holidays[date] && !yearEnd) return `${date}T10:00:00+09:00`;
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (ms) => Math.round(ms * 100) / 100;

const dir = mkdtempSync(join(tmpdir(), 'kakanai-fanout-'));
const args = ['--import', 'tsx', 'apps/server/src/main.ts'];
const server = spawn(
  hasTaskset ? 'taskset' : process.execPath,
  hasTaskset ? ['-c', '0', process.execPath, ...args] : args,
  {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_PATH: join(dir, 'bench.sqlite'),
      DEMO_DATA: '1',
      LOG_LEVEL: 'warn',
      CLOCK_START: process.env.CLOCK_START ?? nextWeekdayMorning(),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const sockets = [];
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) break;
    } catch {}
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'staff', password: 'sakuradai-demo' }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const { csrfToken } = await login.json();
  const post = (path, body) =>
    fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  for (let i = 0; i < CALLS; i++) await post('/offices/main/tickets', { serviceId: 'main-juminido' });
  await post('/windows/main-w1/status', { status: 'open' });

  // Connect the audience; each client records when it saw each call.
  const seen = new Map(); // number -> array of receive times
  await Promise.all(
    Array.from(
      { length: CLIENTS },
      () =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket(`ws://127.0.0.1:${PORT}/api/v1/stream?channel=public:main`);
          sockets.push(socket);
          socket.on('message', (raw) => {
            const message = JSON.parse(String(raw));
            if (message.type === 'snapshot') resolve();
            if (message.type === 'ticket.called') {
              const times = seen.get(message.data.number) ?? [];
              times.push(performance.now());
              seen.set(message.data.number, times);
            }
          });
          socket.on('error', reject);
        }),
    ),
  );

  const toLast = [];
  const perClient = [];
  const requestToLast = [];
  const requestToResponse = [];
  for (let i = 0; i < CALLS; i++) {
    const sent = performance.now();
    const response = await post('/windows/main-w1/call-next');
    const answered = performance.now();
    requestToResponse.push(answered - sent);
    const { ticket } = await response.json();
    while ((seen.get(ticket.number)?.length ?? 0) < CLIENTS) await new Promise((r) => setImmediate(r));
    const times = seen.get(ticket.number);
    // The hub sends the event before the HTTP answer leaves, so clients often have it before the
    // console does: "after the response" is then 0.
    toLast.push(Math.max(0, Math.max(...times) - answered));
    requestToLast.push(Math.max(...times) - sent);
    for (const t of times) perClient.push(Math.max(0, t - answered));
    await post(`/tickets/${ticket.id}/complete`);
  }

  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    pinned: hasTaskset,
    clients: CLIENTS,
    calls: CALLS,
    responseToLastClientMs: {
      p50: round(percentile(toLast, 50)),
      p99: round(percentile(toLast, 99)),
      max: round(Math.max(...toLast)),
    },
    responseToEachClientMs: { p50: round(percentile(perClient, 50)), p99: round(percentile(perClient, 99)) },
    requestToLastClientMs: {
      p50: round(percentile(requestToLast, 50)),
      p99: round(percentile(requestToLast, 99)),
    },
    requestToResponseMs: {
      p50: round(percentile(requestToResponse, 50)),
      p99: round(percentile(requestToResponse, 99)),
    },
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(root, 'bench', 'results', 'stream-fanout.json'),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
  console.log(`\n${CLIENTS} clients on public:main, ${CALLS} calls, pinned: ${hasTaskset}`);
  console.log('| measure | p50 ms | p99 ms |');
  console.log('| --- | ---: | ---: |');
  console.log(
    `| call-next response → last client has the event | ${summary.responseToLastClientMs.p50} | ${summary.responseToLastClientMs.p99} |`,
  );
  console.log(
    `| call-next response → each client | ${summary.responseToEachClientMs.p50} | ${summary.responseToEachClientMs.p99} |`,
  );
  console.log(
    `| call-next request sent → last client has the event | ${summary.requestToLastClientMs.p50} | ${summary.requestToLastClientMs.p99} |`,
  );
  console.log(
    `| call-next request sent → response (for scale) | ${summary.requestToResponseMs.p50} | ${summary.requestToResponseMs.p99} |`,
  );
} finally {
  for (const s of sockets) s.terminate();
  server.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  rmSync(dir, { recursive: true, force: true });
}
