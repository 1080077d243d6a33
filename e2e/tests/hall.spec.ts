import { type Browser, expect, type Page, test } from '@playwright/test';
import { DESKTOP, HALL_URL, PHONE, TABLET } from '../fixtures.ts';
import { ConsoleCounterPage } from '../pages/console-counter-page.ts';
import { ConsoleLoginPage } from '../pages/console-login-page.ts';
import { ConsoleStaffApi } from '../pages/console-staff-api.ts';
import { KioskPage } from '../pages/kiosk-page.ts';
import { LobbyDisplayPage } from '../pages/lobby-display-page.ts';
import { TicketPage } from '../pages/ticket-page.ts';

// The whole hall at once, each screen in its own browser context as on its own device: the kiosk
// tablet, the counter PC, the lobby TV and a resident's phone. Runs against the hall server (see
// fixtures.ts), whose check-in window lets a booking made now be checked in now.
test.use({ baseURL: HALL_URL, locale: 'ja-JP' });

const LIVE = { timeout: 1_000 };

async function device(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ baseURL: HALL_URL, viewport, locale: 'ja-JP' });
  return context.newPage();
}

/** The number the kiosk just issued and the link its QR code holds, read off the kiosk's own API call. */
async function issuedFrom(kiosk: Page, path: RegExp, act: () => Promise<void>) {
  const [response] = await Promise.all([
    kiosk.waitForResponse((r) => path.test(new URL(r.url()).pathname) && r.request().method() === 'POST'),
    act(),
  ]);
  expect(response.status()).toBe(201);
  return (await response.json()) as { ticket: { id: string; number: string }; trackUrl: string };
}

test('a check-in and a walk-in are called at the counter; the lobby display and the phone follow within a second', async ({
  browser,
  request,
  playwright,
}) => {
  // A resident booked 住民異動 online for the earliest slot.
  const { slots } = (await (
    await request.get('/api/v1/offices/main/availability', {
      params: {
        serviceId: 'main-juminido',
        from: new Date().toISOString().slice(0, 10),
        to: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
      },
    })
  ).json()) as { slots: { start: string; remaining: number }[] };
  const booked = await request.post('/api/v1/reservations', {
    data: {
      officeId: 'main',
      serviceId: 'main-juminido',
      start: slots.find((s) => s.remaining > 0)!.start,
      name: '鈴木 一郎',
      nameKana: 'スズキ イチロウ',
      phone: '09011112222',
    },
  });
  expect(booked.status()).toBe(201);
  const { reservation } = (await booked.json()) as { reservation: { code: string } };

  // Window 1 starts closed with nobody waiting for it.
  const staffRequest = await playwright.request.newContext({ baseURL: HALL_URL });
  await (await ConsoleStaffApi.signIn(staffRequest)).clearWindow('main-w1', 'closed');
  await staffRequest.dispose();

  const kioskPage = await device(browser, TABLET);
  const counterPage = await device(browser, DESKTOP);
  const displayPage = await device(browser, { width: 1920, height: 1080 });
  const phonePage = await device(browser, PHONE);

  // The kiosk: the resident with the booking checks in by typing its code…
  const kiosk = new KioskPage(kioskPage);
  await kiosk.enrol();
  await kiosk.withBooking.click();
  await kiosk.typeCode(reservation.code);
  const checkedIn = await issuedFrom(kioskPage, /\/check-ins$/, () => kiosk.checkIn.click());
  expect(await kiosk.issuedNumber()).toBe(checkedIn.ticket.number);
  await kiosk.done.click();
  await kiosk.expectHome();
  // …and someone without one takes a number.
  const walkIn = await issuedFrom(kioskPage, /\/tickets$/, () => kiosk.takeNumber(/^住民異動/));
  expect(await kiosk.issuedNumber()).toBe(walkIn.ticket.number);

  // The booked resident scans the QR code on their ticket and waits outside with their phone.
  const phone = new TicketPage(phonePage);
  await phone.open(checkedIn.trackUrl);
  await expect(phone.heading).toContainText(checkedIn.ticket.number);
  await expect(phone.live).toHaveText('更新中');

  const display = new LobbyDisplayPage(displayPage);
  await display.goto('main');
  await expect(display.office).toContainText('さくら台市役所');

  const login = new ConsoleLoginPage(counterPage);
  const counter = new ConsoleCounterPage(counterPage);
  await counter.goto();
  await login.signIn('staff', 'sakuradai-demo');
  await counter.chooseWindow(1);
  await counter.openWindow(1);
  await expect(counter.waitingTicket(walkIn.ticket.number)).toBeVisible();
  await expect(counter.waitingTicket(checkedIn.ticket.number)).toBeVisible();

  // The booking's slot hasn't come yet, so the walk-in is called first (one key).
  await counterPage.keyboard.press('n');
  await expect(counter.currentNumber(walkIn.ticket.number)).toBeVisible();
  await expect(display.callTile(walkIn.ticket.number)).toContainText('1', LIVE);
  await expect(phone.peopleAhead).toContainText('0', LIVE);

  // Done with the walk-in: complete and call the next — the booked resident.
  await counter.completeAndCallNext.click();
  await expect(counter.currentNumber(checkedIn.ticket.number)).toBeVisible();
  await expect(display.newestCall()).toContainText(checkedIn.ticket.number, LIVE);
  await expect(phone.goToWindow(1)).toBeVisible(LIVE);
});
