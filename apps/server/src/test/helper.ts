import { openDatabase } from '@kakanai/db';
import { buildApp } from '../app.ts';
import { FakeClock } from '../clock.ts';
import { type Config, testConfig } from '../config.ts';
import { DEMO_PASSWORD, seedDemo } from '../modules/admin/service.ts';
import { createAuthService } from '../modules/auth/service.ts';

/**
 * The real app on a real in-memory SQLite database with the real migrations and the demo city,
 * standing at `now` on a fake clock. Default: Friday 2026-11-20, 10:00 in Tokyo.
 */
export async function buildTestApp(options: { now?: string; config?: Partial<Config> } = {}) {
  const clock = new FakeClock(options.now ?? '2026-11-20T10:00:00+09:00');
  const db = openDatabase({ path: ':memory:' });
  const config = testConfig({
    rateLimits: { bookingsPerMinute: 10_000, lookupsPerMinute: 10_000, loginsPerMinute: 10_000 },
    ...options.config,
  });
  await seedDemo(db, createAuthService(db), clock.now());
  const app = await buildApp({ db, clock, config });
  await app.ready();
  return { app, clock, db };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>['app'];

export const resident = {
  name: '山田 太郎',
  nameKana: 'ヤマダ タロウ',
  email: 'taro@example.jp',
};

/** Signs in as a demo account; returns the cookie and CSRF token to send with writes. */
export async function signIn(app: TestApp, username = 'staff') {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kakanai_session')!;
  return { cookie: `${cookie.name}=${cookie.value}`, csrfToken: response.json().csrfToken as string };
}
