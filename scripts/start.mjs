// `pnpm start`: builds the front ends when their build is missing or older than their sources,
// then starts the server (which migrates the database and, with DEMO_DATA, seeds the demo city).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = ['packages/ui/src', 'packages/client/src', 'packages/contracts/src', 'packages/domain/src'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

for (const app of ['resident', 'console']) {
  const built = join(root, 'apps', app, 'dist', 'index.html');
  const sources = [`apps/${app}/src`, `apps/${app}/index.html`, `apps/${app}/vite.config.ts`, ...shared];
  const newestSource = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) continue;
  console.log(`Building the ${app} app…`);
  const result = spawnSync('pnpm', ['--filter', `@kakanai/${app}`, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A newcomer's first start shows the demo city; set DEMO_DATA=0 for a real deployment.
const env = { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? '1' };
const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});

// The demo also serves a simulated My Number card (PIN 1234) on the card bridge, so the counter
// tablet's card reading works without a reader. A real counter PC runs the bridge on its own;
// CARD_BRIDGE=off leaves it out, and a bridge already running on the port is left alone.
let bridge;
if (env.DEMO_DATA !== '0' && process.env.CARD_BRIDGE !== 'off') {
  const port = env.PORT ?? '3000';
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  bridge = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'apps/card-bridge/src/main.ts',
      '--simulate',
      ...origins.flatMap((o) => ['--allow-origin', o]),
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    bridge?.kill(signal);
    server.kill(signal);
  });
server.on('exit', (code) => {
  bridge?.kill('SIGTERM');
  process.exit(code ?? 0);
});
