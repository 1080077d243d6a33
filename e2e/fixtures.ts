import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The port of the server most tests use (the config starts it). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * A second server for the whole-hall test: its own database, and a check-in window wide enough
 * to check in the earliest bookable slot (bookings need an hour's notice).
 */
export const HALL_PORT = E2E_PORT + 10;
export const HALL_URL = `http://127.0.0.1:${HALL_PORT}`;
/**
 * The card bridge in --simulate mode, as it runs on a counter PC: the demo resident's card with
 * PIN 1234, reachable from the pages of the main server only.
 */
export const BRIDGE_PORT = E2E_PORT + 20;
export const BRIDGE_URL = `http://127.0.0.1:${BRIDGE_PORT}`;

/** A phone the size of the smallest common Android screens. */
export const PHONE = { width: 360, height: 740 };
export const TABLET = { width: 820, height: 1180 };
export const DESKTOP = { width: 1366, height: 900 };

/** Fails on serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}
