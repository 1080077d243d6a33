import { expect, test } from '@playwright/test';
import { expectAccessible, PHONE } from '../fixtures.ts';
import { BookingPage } from '../pages/booking-page.ts';
import { HomePage } from '../pages/home-page.ts';
import { ManagePage } from '../pages/manage-page.ts';

// A resident on a small Android phone, in Japanese.
test.use({ viewport: PHONE, locale: 'ja-JP' });

test('a new resident books a visit, then reschedules and cancels it from the manage link', async ({
  page,
  browser,
}) => {
  // The whole journey, with an accessibility scan on each of its dozen screens.
  test.slow();
  const home = new HomePage(page);
  await home.goto();
  await expect(home.heading).toHaveText('市役所の窓口を予約できます');
  await expectAccessible(page);
  await home.startBooking('予約する');

  const booking = new BookingPage(page, 'ja');
  await expect(booking.heading).toContainText('庁舎を選んでください');
  await expectAccessible(page);
  await booking.chooseOffice(/本庁舎/);
  // Services that can't be booked say so instead of offering a link.
  await expect(page.getByRole('listitem').filter({ hasText: '証明書発行' })).toContainText('予約は不要です');
  await expectAccessible(page);
  await booking.chooseService(/住民異動/);
  await expectAccessible(page);

  const day = await booking.pickFirstDayWithRoom();
  expect(day).toMatch(/^\d{1,2}月\d{1,2}日\(.\) 空きあり$/);
  const time = await booking.pickFirstTimeWithSeats();
  await booking.expectDetailsStep();
  await expectAccessible(page);

  await booking.fillDetails({ name: '山田 花子', nameKana: 'やまだ はなこ', email: 'hanako@example.jp' });
  await expect(booking.field('nameKana')).toHaveValue('ヤマダ ハナコ');
  await booking.continueToReview();
  await expect(page.getByRole('main')).toContainText(time);
  await expect(page.getByRole('main')).toContainText('ヤマダ ハナコ');
  await expectAccessible(page);

  await booking.confirm();
  const confirmation = new ManagePage(page);
  await confirmation.expectConfirmed();
  await expect(confirmation.visitTime).toContainText(time);
  await expectAccessible(page);
  const code = (await confirmation.code.textContent()) ?? '';
  const manageUrl = await confirmation.manageLink.inputValue();
  expect(manageUrl).toMatch(new RegExp(`/reservations/${code}#t=[\\w-]{20,}$`));

  // The link alone is the key: a fresh browser with nothing stored opens the booking.
  const elsewhere = await browser.newContext({ viewport: PHONE, locale: 'ja-JP' });
  const fresh = await elsewhere.newPage();
  await fresh.goto(manageUrl);
  const manage = new ManagePage(fresh);
  await expect(manage.heading).toHaveText('ご予約の内容');
  await expect(manage.code).toHaveText(code);
  await expect(manage.visitTime).toContainText(time);
  await expectAccessible(fresh);

  await manage.startReschedule();
  await expectAccessible(fresh);
  const reschedule = new BookingPage(fresh, 'ja');
  await reschedule.pickFirstDayWithRoom();
  // The current slot is listed but can't be picked again.
  const newTime = await reschedule.pickFirstTimeWithSeats();
  await expectAccessible(fresh);
  await manage.confirmReschedule();
  await expect(manage.visitTime).toContainText(newTime);
  await expect(manage.code).toHaveText(code);
  await expectAccessible(fresh);

  await manage.cancel();
  await expect(fresh.getByRole('main')).toContainText('取り消し済み');
  await expect(fresh.getByRole('link', { name: '日時を変更する' })).toHaveCount(0);
  await expectAccessible(fresh);
  await elsewhere.close();
});

test('when the time fills up before confirming, the resident is sent back to the refreshed times', async ({
  page,
  request,
}) => {
  // What the calendar showed: the first slot with a seat is the one the page object picks.
  let shown: { slots: { start: string; remaining: number }[] } | undefined;
  page.on('response', async (response) => {
    if (response.url().includes('/availability?')) shown = await response.json();
  });
  const booking = new BookingPage(page, 'ja');
  await booking.gotoOffices();
  await booking.chooseOffice(/本庁舎/);
  await booking.chooseService(/住民異動/);
  await booking.pickFirstDayWithRoom();
  const time = await booking.pickFirstTimeWithSeats();
  await booking.fillDetails({ name: '鈴木 次郎', nameKana: 'すずき じろう', phone: '080-2222-3333' });
  await booking.continueToReview();

  // Meanwhile, other residents take the remaining seats.
  const slot = shown?.slots.find((s) => s.remaining > 0);
  expect(slot).toBeDefined();
  for (let seat = 0; seat < (slot?.remaining ?? 0); seat++) {
    const taken = await request.post('/api/v1/reservations', {
      data: {
        officeId: 'main',
        serviceId: 'main-juminido',
        start: slot?.start,
        name: '他の人',
        nameKana: 'ホカノ ヒト',
        email: `other-${Date.now()}-${seat}@example.jp`,
      },
    });
    expect(taken.status()).toBe(201);
  }

  await booking.confirm();
  await expect(booking.heading).toContainText('日時を選んでください');
  await expect(page.getByRole('alert')).toHaveText(
    'この時間帯は満席になりました。別の時間を選んでください。',
  );
  const fullTime = booking.timeButtons.filter({ hasText: time }).first();
  await expect(fullTime).toBeDisabled();
  await expect(fullTime).toHaveAccessibleName(`${time} 満席`);
  await expectAccessible(page);
});

test('a wrong manage link says the booking was not found and offers a look-up', async ({ page }) => {
  await page.goto('/reservations/ABCD-EFGH#t=not-the-right-token-at-all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('予約が見つかりません');
  await expect(page.getByRole('alert')).toHaveText(
    '予約が見つかりません。予約番号とリンクをご確認ください。',
  );
  await expect(page.getByLabel('予約管理用リンク')).toBeVisible();
  await expectAccessible(page);
});

test('the site works in English after switching language', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.switchLanguage('English');
  await expect(home.heading).toHaveText('Book a visit to a city hall counter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);

  await home.startBooking('Book a visit');
  const booking = new BookingPage(page, 'en');
  await expect(booking.heading).toContainText('Choose an office');
  await booking.chooseOffice(/Sakuradai City Hall \(main office\)/);
  await expect(page.getByRole('main')).toContainText('No booking needed');
  await booking.chooseService(/Moving in, out or within the city/);
  await expect(booking.heading).toContainText('Step 3 of 5');
  await expectAccessible(page);

  const day = await booking.pickFirstDayWithRoom();
  expect(day).toMatch(/^\w{3},? \d{1,2} \w+ Times available$/);
  await expect(booking.timeButtons.first()).toHaveAccessibleName(
    /^\d{1,2}:\d{2}–\d{1,2}:\d{2} (\d+ seats? left|Full)$/,
  );
  await booking.pickFirstTimeWithSeats();
  await booking.expectDetailsStep();

  // Submitting empty explains what to fix, in English, tied to each field.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Please check what you entered');
  await expect(booking.field('name')).toHaveAccessibleDescription(/Enter your name/);
  await expect(booking.field('email')).toHaveAccessibleDescription(
    /Enter an email address or a phone number/,
  );
  await expectAccessible(page);
});
