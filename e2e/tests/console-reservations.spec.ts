import { type APIRequestContext, expect, test } from '@playwright/test';
import { DESKTOP, expectAccessible, TABLET } from '../fixtures.ts';
import { ConsoleLoginPage } from '../pages/console-login-page.ts';
import { ConsoleReservationsPage } from '../pages/console-reservations-page.ts';

const STAFF = { username: 'staff', password: 'sakuradai-demo' };
const SERVICE_ID = 'main-juminido';
const SERVICE_NAME = '住民異動（転入・転出・転居）';

test.use({ locale: 'ja-JP', viewport: DESKTOP });

/** Today in Tokyo, where the demo offices are: the server runs on the real clock. */
function tokyoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Books the first slot nobody has booked yet, as a resident would, through the API. */
async function bookFirstFreeSlot(request: APIRequestContext, name: string, nameKana: string) {
  const from = tokyoToday();
  const availability = await request.get('/api/v1/offices/main/availability', {
    params: { serviceId: SERVICE_ID, from, to: addDays(from, 30) },
  });
  expect(availability.ok()).toBe(true);
  const { slots } = (await availability.json()) as {
    slots: { start: string; capacity: number; remaining: number }[];
  };
  const slot = slots.find((s) => s.capacity === 2 && s.remaining === s.capacity);
  if (!slot) throw new Error('no free slot in the next 30 days');

  const created = await request.post('/api/v1/reservations', {
    data: {
      officeId: 'main',
      serviceId: SERVICE_ID,
      start: slot.start,
      name,
      nameKana,
      email: 'e2e@example.jp',
    },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { reservation: { code: string }; manageToken: string };
  return {
    code: body.reservation.code,
    manageToken: body.manageToken,
    // The start is written with the office's offset, so its date and wall time are the office's.
    date: slot.start.slice(0, 10),
    time: slot.start.slice(11, 16).replace(/^0/, ''),
  };
}

test('staff cancel a booking for the office, and the resident is told why', async ({ page, request }) => {
  const booking = await bookFirstFreeSlot(request, '春野 さくら', 'ハルノ サクラ');
  const login = new ConsoleLoginPage(page);
  const reservations = new ConsoleReservationsPage(page);

  // Not signed in: the console sends staff to sign in first.
  await reservations.goto();
  await expect(login.heading).toBeVisible();
  await login.signIn(STAFF.username, STAFF.password);

  await expect(reservations.heading).toBeVisible();
  await expect(reservations.header).toContainText('窓口 花子');
  await expect(reservations.header).toContainText('職員');

  await reservations.showDay(booking.date);
  const slot = reservations.slot(booking.time, SERVICE_NAME);
  await expect(reservations.seatsUsed(slot, '1/2')).toBeVisible();
  const row = reservations.reservation(booking.code);
  await expect(row).toContainText('春野 さくら');
  await expect(row).toContainText('ハルノ サクラ');
  await expect(row).toContainText('e2e@example.jp');
  await expect(row).toContainText('予約済み');
  await expectAccessible(page);

  // The dialog: Esc closes it without cancelling anything.
  await reservations.cancelButton(booking.code).click();
  await expect(reservations.cancelDialog).toBeVisible();
  await expect(reservations.cancelReason).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reservations.cancelDialog).toBeHidden();
  await expect(row).toContainText('予約済み');

  // Focus stays inside the dialog, and a reason is required.
  await reservations.cancelButton(booking.code).click();
  await expect(reservations.cancelReason).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(reservations.confirmCancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reservations.cancelReason).toBeFocused();
  await reservations.confirmCancel.click();
  await expect(reservations.cancelDialog.getByText('取消理由を入力してください。')).toBeVisible();
  await expectAccessible(page);

  await reservations.quickReason('窓口の都合により').click();
  await expect(reservations.cancelReason).toHaveValue('窓口の都合により');
  await reservations.confirmCancel.click();

  await expect(reservations.cancelDialog).toBeHidden();
  await expect(reservations.status).toContainText(`（${booking.code}）を取り消しました`);
  await expect(row).toContainText('取消済み');
  await expect(row).toContainText('庁舎が取消');
  await expect(row).toContainText('理由：窓口の都合により');
  await expect(reservations.cancelButton(booking.code)).toHaveCount(0);
  await expect(row).toBeFocused();
  await expect(reservations.seatsUsed(slot, '0/2')).toBeVisible();
  await expectAccessible(page);

  // The resident's manage link now says the office cancelled it, and why.
  const detail = await request.get(`/api/v1/reservations/${booking.code}`, {
    headers: { authorization: `Bearer ${booking.manageToken}` },
  });
  expect(detail.ok()).toBe(true);
  const { reservation } = (await detail.json()) as {
    reservation: { status: string; cancelledBy?: string; cancelReason?: string };
  };
  expect(reservation).toMatchObject({
    status: 'cancelled',
    cancelledBy: 'office',
    cancelReason: '窓口の都合により',
  });
});

test('a wrong password is refused in the reader’s language, and sign-in returns to the page asked for', async ({
  page,
}) => {
  const login = new ConsoleLoginPage(page);
  const reservations = new ConsoleReservationsPage(page);
  const day = addDays(tokyoToday(), 1);

  await reservations.goto(`?date=${day}`);
  await expect(login.heading).toBeVisible();
  await login.signIn(STAFF.username, 'not-the-password');
  await expect(login.error).toHaveText('ユーザー名またはパスワードが違います。');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await page.getByLabel('Password').fill('still-not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');

  await page.getByRole('button', { name: '日本語' }).click();
  await login.signIn(STAFF.username, STAFF.password);
  await expect(reservations.heading).toBeVisible();
  await expect(reservations.date).toHaveValue(day);

  await reservations.signOut.click();
  await expect(login.heading).toBeVisible();
  await reservations.goto();
  await expect(login.heading).toBeVisible();
});

test('the reservations screen works on a tablet', async ({ page }) => {
  await page.setViewportSize(TABLET);
  const login = new ConsoleLoginPage(page);
  const reservations = new ConsoleReservationsPage(page);

  await login.goto();
  await login.signIn(STAFF.username, STAFF.password);
  await expect(reservations.heading).toBeVisible();
  await reservations.showEmptySlots.check();
  await expect(reservations.showEmptySlots).toBeChecked();
  await expectAccessible(page);
});
