import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { nextOpenMorning } from '../apps/server/src/test/next-open-morning.ts';
import { BRIDGE_PORT, HALL_PORT, E2E_PORT as PORT } from './fixtures.ts';

// Debian's Chromium where it is installed (CI, this project's machines); otherwise Playwright's own
// browser, so the suite also runs on a laptop. CHROMIUM_PATH overrides both.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './tests',
  outputDir: './.tmp/test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'node e2e/start-server.mjs',
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        DATABASE_PATH: `e2e/.tmp/e2e-${PORT}.sqlite`,
        DEMO_DATA: '1',
        LOG_LEVEL: 'warn',
        // The hall only issues numbers while the office is open; the suite runs at any hour, so the
        // server's clock starts on the next open weekday at 10:00 in Tokyo and runs on from there.
        CLOCK_START: process.env.E2E_CLOCK_START ?? nextOpenMorning(),
        // One browser makes every request here; the production limits would throttle the suite.
        BOOKING_RATE_LIMIT: '1000',
        LOOKUP_RATE_LIMIT: '1000',
        LOGIN_RATE_LIMIT: '1000',
        MAX_ACTIVE_RESERVATIONS_PER_CONTACT: '100',
        CARD_BRIDGE_ORIGINS: `http://127.0.0.1:${BRIDGE_PORT}`,
      },
    },
    {
      command: 'node e2e/start-server.mjs',
      cwd: '..',
      url: `http://127.0.0.1:${HALL_PORT}/api/v1/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(HALL_PORT),
        HOST: '127.0.0.1',
        DATABASE_PATH: `e2e/.tmp/e2e-${HALL_PORT}.sqlite`,
        DEMO_DATA: '1',
        LOG_LEVEL: 'warn',
        CLOCK_START: process.env.E2E_CLOCK_START ?? nextOpenMorning(),
        // Bookings need an hour's notice; a two-hour check-in window lets the test check in the
        // earliest one instead of waiting for its time.
        CHECK_IN_EARLY_MINUTES: '120',
        BOOKING_RATE_LIMIT: '1000',
        LOOKUP_RATE_LIMIT: '1000',
        LOGIN_RATE_LIMIT: '1000',
      },
    },
    {
      command: `node --import tsx apps/card-bridge/src/main.ts --simulate --port ${BRIDGE_PORT} --allow-origin http://127.0.0.1:${PORT} --name '髙橋　𠮷男'`,
      cwd: '..',
      url: `http://127.0.0.1:${BRIDGE_PORT}/status`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
