import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, TABLET } from '../fixtures.ts';
import { KioskPage } from '../pages/kiosk-page.ts';

const JUMINIDO = '住民異動（転入・転出・転居）';

// The hall's tablet, upright, in Japanese.
test.use({ viewport: TABLET, locale: 'ja-JP' });

/** Today in Tokyo by this machine's clock; the server's clock starts later (CLOCK_START). */
function tokyoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * Books the earliest slot with a seat, through the API. Bookings need 60 minutes' notice and
 * check-in opens 30 minutes before the slot, so whatever the server's clock says, this booking is
 * always too early to check in: the kiosk must say so and offer a number instead.
 */
async function bookEarliestSlot(request: APIRequestContext) {
  const from = tokyoToday();
  const availability = await request.get('/api/v1/offices/main/availability', {
    params: { serviceId: 'main-juminido', from, to: addDays(from, 14) },
  });
  expect(availability.ok()).toBe(true);
  const { slots } = (await availability.json()) as { slots: { start: string; remaining: number }[] };
  const slot = slots.find((s) => s.remaining > 0);
  if (!slot) throw new Error('no free slot in the next two weeks');
  const created = await request.post('/api/v1/reservations', {
    data: {
      officeId: 'main',
      serviceId: 'main-juminido',
      start: slot.start,
      name: '受付 太郎',
      nameKana: 'ウケツケ タロウ',
      email: `kiosk-${Date.now()}@example.jp`,
    },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { reservation: { code: string }; manageToken: string };
  return { code: body.reservation.code, manageToken: body.manageToken };
}

test('a resident without a booking takes a number, sees it with a QR code, and the kiosk starts over by itself', async ({
  page,
}) => {
  // Printing goes to the tablet's receipt printer; here it only has to be asked for.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.enrol();
  // The enrolment token doesn't stay in the address bar.
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(page.getByRole('banner')).toContainText('さくら台市役所 本庁舎');
  await expectAccessible(page);

  await kiosk.withoutBooking.click();
  await expect(kiosk.heading).toHaveText('手続きを選んでください');
  await expect(kiosk.serviceCard(JUMINIDO)).toContainText(/待っている人\s*\d+人\s*待ち時間の目安/);
  await expectAccessible(page);

  await kiosk.service(JUMINIDO).click();
  const number = await kiosk.issuedNumber();
  expect(number).toMatch(/^A\d{3}$/);
  await expect(page.getByRole('main')).toContainText(JUMINIDO);
  await expect(page.getByRole('main')).toContainText('あなたの前に');
  await expect(kiosk.trackQr).toBeVisible();
  await expect(page.getByRole('main')).toContainText('スマートフォンで読み取ると、呼び出しを確認できます');
  await expect(kiosk.countdown).toHaveText(/^\d+秒後に最初の画面に戻ります$/);
  await expectAccessible(page);

  await kiosk.print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Nobody touches the screen: after 20 seconds it is ready for the next resident.
  await page.clock.fastForward(21_000);
  await kiosk.expectHome();
});

test('a resident with a booking types its code: a typo, then too early, then a number without the booking', async ({
  page,
  request,
}) => {
  const booking = await bookEarliestSlot(request);
  const kiosk = new KioskPage(page);
  await kiosk.enrol();
  await kiosk.withBooking.click();
  await expect(kiosk.heading).toHaveText('予約の受付');
  await expectAccessible(page);

  // A code nobody has: the keypad offers only the code's own symbols, the hyphen comes by itself.
  await kiosk.typeCode('ZZZZZZZ2');
  await expect(kiosk.typedCode).toHaveText('ZZZZ-ZZZ2');
  await kiosk.checkIn.click();
  await expect(kiosk.heading).toHaveText('受付できませんでした');
  await expect(kiosk.problem).toHaveText(
    '予約が見つかりません。予約番号を確かめて、もう一度入力してください。',
  );
  await expectAccessible(page);

  // Back to the keypad with the code still there, to correct it.
  await kiosk.typeAgain.click();
  await expect(kiosk.typedCode).toHaveText('ZZZZ-ZZZ2');
  await kiosk.clear.click();
  await kiosk.typeCode(booking.code);
  await expect(kiosk.typedCode).toHaveText(booking.code);
  await kiosk.checkIn.click();
  await expect(kiosk.problem).toHaveText(
    '受付はご予約の30分前からです。もう少しお待ちいただくか、番号札をお取りください。',
  );
  await expectAccessible(page);

  await kiosk.takeNumberInstead.click();
  await expect(kiosk.heading).toHaveText('手続きを選んでください');
  await kiosk.service(JUMINIDO).click();
  expect(await kiosk.issuedNumber()).toMatch(/^A\d{3}$/);
  await kiosk.done.click();
  await kiosk.expectHome();
});

test("holding the booking's QR code to the camera checks it in", async ({ page, request }) => {
  const booking = await bookEarliestSlot(request);
  // No camera and no QR decoder in the test browser: a camera that films a blank frame, and a
  // detector that sees the booking's QR code once the resident "holds it up".
  await page.addInitScript((code) => {
    const scene = window as unknown as { holdUp: () => void };
    let held = false;
    scene.holdUp = () => {
      held = true;
    };
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
      canvas.getContext('2d')?.fillRect(0, 0, 320, 240);
      return canvas.captureStream(5);
    };
    Object.assign(window, {
      BarcodeDetector: class {
        static async getSupportedFormats() {
          return ['qr_code'];
        }
        async detect() {
          return held ? [{ rawValue: code }] : [];
        }
      },
    });
  }, booking.code);
  const kiosk = new KioskPage(page);
  await kiosk.enrol();
  await kiosk.withBooking.click();
  await expect(page.getByText('QRコードをここにかざしてください')).toBeVisible();
  await expectAccessible(page);
  await page.evaluate(() => (window as unknown as { holdUp: () => void }).holdUp());
  await expect(kiosk.problem).toHaveText(
    '受付はご予約の30分前からです。もう少しお待ちいただくか、番号札をお取りください。',
  );
});

test('a cancelled booking is told apart from a typo', async ({ page, request }) => {
  const booking = await bookEarliestSlot(request);
  const cancelled = await request.post(`/api/v1/reservations/${booking.code}/cancel`, {
    headers: { authorization: `Bearer ${booking.manageToken}` },
  });
  expect(cancelled.ok()).toBe(true);
  const kiosk = new KioskPage(page);
  await kiosk.enrol();
  await kiosk.withBooking.click();
  await kiosk.typeCode(booking.code);
  await kiosk.checkIn.click();
  await expect(kiosk.problem).toHaveText('この予約は取り消し済みか、すでに終わっています。');
  await expect(kiosk.takeNumberInstead).toBeVisible();
});

test('a tablet that was never enrolled sends residents to staff', async ({ page }) => {
  const kiosk = new KioskPage(page);
  await page.goto('/kiosk');
  await expect(kiosk.heading).toHaveText('この端末は受付機として登録されていません');
  await expect(kiosk.withoutBooking).toHaveCount(0);
  await expectAccessible(page);
});
