import { closeDatabase, openDatabase } from '@kakanai/db';
import { buildApp } from './app.ts';
import { shiftedClock, systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { DEMO_ACCOUNTS, DEMO_DEVICES, DEMO_PASSWORD, seedDemo } from './modules/admin/service.ts';
import { createAuthService } from './modules/auth/service.ts';

const config = loadConfig();
const clock = config.clockStart ? shiftedClock(config.clockStart) : systemClock;
const db = openDatabase({ path: config.databasePath });
const seeded = config.demoData
  ? await seedDemo(db, createAuthService(db), clock.now(), { history: true })
  : false;
const app = await buildApp({ db, clock, config });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  // Stop accepting, let requests in flight finish, then close the database so the WAL is checkpointed.
  await app.close();
  closeDatabase(db);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });

const base = config.publicBaseUrl;
const lines = [
  '',
  'Kakanai is running.',
  `  Residents — booking:            ${base}/`,
  `  Residents — guide, pre-entry:   ${base}/guide`,
  `  Residents — congestion (混雑状況): ${base}/offices/main/status`,
  `  Staff — console and counter:    ${base}/console/`,
  `  Staff — applications (申請一覧): ${base}/console/applications`,
  `  Lobby display:                  ${base}/console/display/main`,
  `  Managers — dashboard:           ${base}/console/stats`,
  `  API — OpenAPI docs:             ${base}/api/docs`,
  `  Database:                       ${config.databasePath}${seeded ? ' (demo city さくら台市 seeded)' : ''}`,
];
if (config.demoData) {
  const kiosk = DEMO_DEVICES.find((d) => d.kind === 'kiosk' && d.officeId === 'main')!;
  lines.push(
    `  Kiosk (enrolled demo tablet):   ${base}/kiosk#device=${kiosk.token}`,
    `  Counter tablet, 本庁舎 4番窓口:  ${base}/counter-tablet#device=dev_demo-tablet-main-w4`,
    `  ID card: pnpm start also runs the card bridge with a simulated card (PIN 1234) on 127.0.0.1:47111`,
    `  Demo sign-in (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(', ')}`,
  );
}
process.stdout.write(`${lines.join('\n')}\n\n`);
