// Latency of the manager dashboard's queries on a year of history at a city's scale (about
// 600,000 visits): a demo city with forty-odd windows, a year simulated through the CLI into a
// temporary database, the real server pinned to core 0, and the requests made one at a time from
// core 1 (taskset), so the client doesn't steal the server's CPU.
//
//   node bench/stats.mjs                       # 20 timed runs per query
//   STATS_RUNS=50 STATS_VISITS_PER_DAY=2100 node bench/stats.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
if (hasTaskset && !process.env.BENCH_PINNED) {
  const child = spawnSync('taskset', ['-c', '1', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: '1' },
  });
  process.exit(child.status ?? 1);
}

const RUNS = Number(process.env.STATS_RUNS ?? 20);
const WARMUP = 3;
const DAYS = Number(process.env.STATS_DAYS ?? 365);
// The city-wide level on an ordinary weekday; with Mondays, month ends and the moving season a
// year comes to about 600,000 visits.
const VISITS_PER_DAY = Number(process.env.STATS_VISITS_PER_DAY ?? 2100);
// Each demo window gets this many copies with the same services: 40 windows at the main office
// and 10 at the branch, about what 600,000 visits a year keep busy.
const WINDOW_COPIES = 4;
const PORT = 3911;
const pin = (args) => (hasTaskset ? ['taskset', ['-c', '0', ...args]] : [args[0], args.slice(1)]);

const dir = mkdtempSync(join(tmpdir(), 'kakanai-stats-bench-'));
const databasePath = join(dir, 'stats.sqlite');
const env = { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' };

function cli(args) {
  const [command, rest] = pin([process.execPath, '--import', 'tsx', 'apps/server/src/cli.ts', ...args]);
  const result = spawnSync(command, rest, { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`kakanai ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const addDays = (date, days) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let server;
try {
  cli(['seed-demo']);
  const Database = createRequire(join(root, 'db', 'package.json'))('better-sqlite3');
  const sqlite = new Database(databasePath);
  const windows = sqlite.prepare('SELECT id, office_id AS officeId, number FROM windows').all();
  const services = sqlite
    .prepare('SELECT window_id AS windowId, service_id AS serviceId FROM window_services')
    .all();
  const addWindow = sqlite.prepare(
    `INSERT INTO windows (id, office_id, number, name_ja, name_en) VALUES (?, ?, ?, ?, ?)`,
  );
  const addService = sqlite.prepare('INSERT INTO window_services (window_id, service_id) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (const w of windows) {
      for (let copy = 1; copy <= WINDOW_COPIES; copy += 1) {
        const number = w.number + copy * 10;
        const id = `${w.officeId}-w${number}`;
        addWindow.run(id, w.officeId, number, `${number}番窓口`, `Window ${number}`);
        for (const s of services.filter((s) => s.windowId === w.id)) addService.run(id, s.serviceId);
      }
    }
  })();
  sqlite.close();

  let started = performance.now();
  const simulated = cli([
    'simulate',
    '--days',
    String(DAYS),
    '--seed',
    '42',
    '--visits-per-day',
    String(VISITS_PER_DAY),
  ])
    .trim()
    .split('\n')
    .at(-1);
  const simulateSeconds = (performance.now() - started) / 1000;
  const check = new Database(databasePath, { readonly: true });
  const { visits } = check.prepare('SELECT count(*) AS visits FROM tickets').get();
  const { segments } = check.prepare('SELECT count(*) AS segments FROM ticket_segments').get();
  const { rollupRows } = check.prepare('SELECT count(*) AS rollupRows FROM stats_daily').get();
  const { applications } = check.prepare('SELECT count(*) AS applications FROM visits').get();
  const { lastDay } = check
    .prepare("SELECT max(business_day) AS lastDay FROM tickets WHERE office_id = 'main'")
    .get();
  const { dayBefore } = check
    .prepare(
      "SELECT max(business_day) AS dayBefore FROM tickets WHERE office_id = 'main' AND business_day < ?",
    )
    .get(lastDay);
  check.close();
  // The server's clock stands at 16:00 on the last simulated day, whose rollup is removed: like a
  // real afternoon, every range ending today rolls today up live from its segments.
  const live = new Database(databasePath);
  for (const table of ['stats_daily', 'stats_rollup_days']) {
    live.prepare(`DELETE FROM ${table} WHERE business_day = ?`).run(lastDay);
  }
  live.close();
  const databaseMB = statSync(databasePath).size / 1e6;
  console.log(
    `${simulated}\n${visits} visits, ${segments} queue visits, ${applications} applications, ${rollupRows} rollup rows, ${databaseMB.toFixed(0)} MB`,
  );

  started = performance.now();
  const [command, rest] = pin([process.execPath, '--import', 'tsx', 'apps/server/src/main.ts']);
  server = spawn(command, rest, {
    cwd: root,
    env: { ...env, PORT: String(PORT), CLOCK_START: `${lastDay}T16:00:00+09:00` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${PORT}/api/v1`;
  await waitFor(`${base}/health`);
  const startSeconds = (performance.now() - started) / 1000;

  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'manager', password: 'sakuradai-demo' }),
  });
  const cookie = login.headers.get('set-cookie').split(';')[0];

  const to = lastDay;
  const year = `from=${addDays(to, -364)}&to=${to}`;
  const month = `from=${addDays(to, -29)}&to=${to}`;
  const today = `from=${to}&to=${to}`;
  const closedDay = `from=${dayBefore}&to=${dayBefore}`;
  const nextWeek = addDays(to, 7);
  const scenarios = [
    ['summary, a year', `/stats/summary?officeId=main&${year}`],
    ['summary, a year, branch office', `/stats/summary?officeId=kita&${year}`],
    ['summary, a year, one service', `/stats/summary?officeId=main&${year}&serviceId=main-shomei`],
    ['summary, a year, one window', `/stats/summary?officeId=main&${year}&windowId=main-w3`],
    ['summary, a year, reservations', `/stats/summary?officeId=main&${year}&source=reservation`],
    ['summary, a month', `/stats/summary?officeId=main&${month}`],
    ['summary, a month, one service', `/stats/summary?officeId=main&${month}&serviceId=main-juminido`],
    ['summary, today (live from segments)', `/stats/summary?officeId=main&${today}`],
    ['summary, the business day before', `/stats/summary?officeId=main&${closedDay}`],
    ['procedures, a year', `/stats/procedures?officeId=main&${year}`],
    ['procedures, a year, one service', `/stats/procedures?officeId=main&${year}&serviceId=main-shomei`],
    ['procedures, a year, reservations', `/stats/procedures?officeId=main&${year}&source=reservation`],
    ['procedures, a month', `/stats/procedures?officeId=main&${month}`],
    ['procedures, today', `/stats/procedures?officeId=main&${today}`],
    ['forecast, a day', `/stats/forecast?officeId=main&date=${nextWeek}`],
    ['forecast, a day, one service', `/stats/forecast?officeId=main&date=${nextWeek}&serviceId=main-shomei`],
    ['staffing what-if', '/stats/staffing?arrivalsPerHour=60&serviceMinutes=10'],
    ['export.csv figures, a year', `/stats/export.csv?officeId=main&${year}&kind=figures`],
    ['export.csv tickets, a month', `/stats/export.csv?officeId=main&${month}&kind=tickets`],
  ];

  const results = [];
  for (const [title, path] of scenarios) {
    const times = [];
    let bytes = 0;
    for (let run = 0; run < WARMUP + RUNS; run += 1) {
      const t0 = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      const body = await response.arrayBuffer();
      const ms = performance.now() - t0;
      if (!response.ok) throw new Error(`${title}: ${response.status} ${Buffer.from(body).toString()}`);
      bytes = body.byteLength;
      if (run >= WARMUP) times.push(ms);
    }
    times.sort((a, b) => a - b);
    results.push({
      title,
      path,
      p50ms: Math.round(percentile(times, 50) * 10) / 10,
      p99ms: Math.round(percentile(times, 99) * 10) / 10,
      maxMs: Math.round(times.at(-1) * 10) / 10,
      kB: Math.round(bytes / 100) / 10,
    });
  }

  const summary = {
    date: new Date().toISOString(),
    node: process.version,
    pinned: hasTaskset,
    runs: RUNS,
    history: {
      days: DAYS,
      visitsPerDay: VISITS_PER_DAY,
      visits,
      segments,
      applications,
      rollupRows,
      databaseMB: Math.round(databaseMB),
    },
    simulateSeconds: Math.round(simulateSeconds * 10) / 10,
    serverStartSeconds: Math.round(startSeconds * 10) / 10,
    results,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'stats.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `\nNode ${summary.node}, pinned: ${hasTaskset}; simulate ${summary.simulateSeconds} s, server start ${summary.serverStartSeconds} s; ${RUNS} runs each\n`,
  );
  console.log('| query | p50 ms | p99 ms | max ms | response kB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(`| ${r.title} | ${r.p50ms} | ${r.p99ms} | ${r.maxMs} | ${r.kB} |`);
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
}
