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
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
