import { expect, test } from '@playwright/test';
import { pdfImageCount, pdfPageTexts } from '../../apps/server/src/modules/visits/pdf/poppler.ts';
import { BRIDGE_URL, DESKTOP, expectAccessible } from '../fixtures.ts';
import { ConsoleCounterPage } from '../pages/console-counter-page.ts';
import { ConsoleLoginPage } from '../pages/console-login-page.ts';
import { ConsoleStaffApi } from '../pages/console-staff-api.ts';
import { ConsoleVisitPage } from '../pages/console-visit-page.ts';
import { CounterTabletPage } from '../pages/counter-tablet-page.ts';

const KIOSK = { authorization: 'Bearer dev_demo-kiosk-main' };
/** The card the simulated bridge holds (see playwright.config.ts): PIN 1234, an uncommon kanji name. */
const CARD_NAME = '髙橋\u3000𠮷男';
const LANDSCAPE_TABLET = { width: 1024, height: 768 };

test('書かない窓口: staff read the card through the tablet, fill two forms, the resident flags, staff fix, the resident signs, staff accept', async ({
  browser,
  playwright,
  baseURL,
}) => {
  // Windows 3 and 4 (証明) start with nobody waiting, whatever earlier tests left.
  const staffRequest = await playwright.request.newContext({ baseURL });
  const staffApi = await ConsoleStaffApi.signIn(staffRequest);
  await staffApi.clearWindow('main-w3', 'closed');
  await staffApi.clearWindow('main-w4', 'closed');
  await staffRequest.dispose();
  const issued = await (await playwright.request.newContext({ baseURL })).post(
    '/api/v1/offices/main/tickets',
    {
      headers: KIOSK,
      data: { serviceId: 'main-shomei' },
    },
  );
  expect(issued.status()).toBe(201);
  const number = ((await issued.json()) as { ticket: { number: string } }).ticket.number;

  const consoleContext = await browser.newContext({ locale: 'ja-JP', viewport: DESKTOP });
  const tabletContext = await browser.newContext({
    locale: 'ja-JP',
    viewport: LANDSCAPE_TABLET,
    hasTouch: true,
  });
  const staffPage = await consoleContext.newPage();
  const tabletPage = await tabletContext.newPage();
  const counter = new ConsoleCounterPage(staffPage);
  const visit = new ConsoleVisitPage(staffPage);
  const tablet = new CounterTabletPage(tabletPage);

  // The tablet at window 4 waits, showing nobody's data.
  await tablet.enrol('dev_demo-tablet-main-w4', BRIDGE_URL);
  await expect(tablet.welcome).toBeVisible();
  await expect(tabletPage).toHaveURL(/\/counter-tablet$/);

  // Staff call the number at window 4 and start its application.
  await counter.goto();
  await new ConsoleLoginPage(staffPage).signIn('staff', 'sakuradai-demo');
  await counter.chooseWindow(4);
  await counter.openWindow(4);
  await counter.callNext.click();
  await expect(counter.currentNumber(number)).toBeVisible();
  await staffPage.getByTestId('start-visit').click();
  await expect(visit.heading).toBeVisible();
  await expect(staffPage.getByTestId('visit-ticket-number')).toHaveText(number);
  await expect(visit.currentStep()).toContainText('作成中');

  // The card: staff ask, the resident types the PIN on the tablet — a wrong one first.
  await visit.askForCard.click();
  await expect(tablet.pinHeading).toBeVisible();
  await expectAccessible(tabletPage);
  await tablet.typePin('9999');
  await expect(tabletPage.getByText('暗証番号が違います。あと 2 回')).toBeVisible();
  await tablet.typePin('1234');
  await expect(visit.cardPanel).toContainText('に読み取りました。');
  await expect(visit.personField('name')).toHaveValue(CARD_NAME);
  await expect(visit.block('person').locator('[data-source="card"]').first()).toBeVisible();

  // Staff pick the two procedures and write the rest.
  await visit.chooseProcedure('juminhyo');
  await visit.chooseProcedure('inkan_toroku');
  await visit.personField('nameKana').fill('タカハシ ヨシオ');
  await visit.personField('phone').fill('090-1234-5678');
  await visit.personField('postalCode').fill('123-4567');
  await visit.choose('juminhyo', '証明書の種類', '住民票の写し');
  await visit.choose('juminhyo', '必要な方', '請求者本人のみ');
  await visit.block('juminhyo').getByLabel(/^通数/).fill('1');
  await visit
    .block('juminhyo')
    .getByRole('checkbox', { name: /^請求者と同じ住所・世帯/ })
    .check();
  await visit
    .block('juminhyo')
    .getByLabel(/^使用目的/)
    .first()
    .selectOption('employment');
  await visit.choose('juminhyo', '必要な方との関係', '本人');
  await visit.choose('juminhyo', '窓口に来る方', '本人');
  await visit.choose('inkan_toroku', '申請の種類', '新規登録');
  await visit.choose('inkan_toroku', '本人確認の方法', '顔写真付きの本人確認書類（即日登録）');
  await visit.choose('inkan_toroku', '窓口に来る方', '本人');
  await expectAccessible(staffPage);
  await visit.send.click();
  await expect(visit.currentStep()).toContainText('確認待ち');

  // The tablet shows both forms as printed; the resident marks the phone number as wrong.
  await expect(tabletPage.getByRole('heading', { name: /^住民票の写し等交付請求書/ })).toBeVisible();
  await expect(tabletPage.getByRole('heading', { name: /^印鑑登録申請書/ })).toBeVisible();
  await expect(tablet.value('person.phone')).toContainText('090-1234-5678');
  await expectAccessible(tabletPage);
  await tablet.flag('person.phone').click();
  await tablet.askForCorrection.click();
  await expect(tablet.correcting).toBeVisible();

  // Staff see the marked value, fix it and send the new version.
  await expect(visit.flagsNotice).toBeVisible();
  await expect(visit.block('person').getByTestId('flag-note')).toBeVisible();
  await visit.personField('phone').fill('090-9999-0000');
  await visit.send.click();
  await expect(visit.version).toHaveText('第2版');
  await expect(visit.currentStep()).toContainText('確認待ち');

  // The resident reads the corrected version, signs with a finger and confirms.
  await expect(tablet.value('person.phone')).toContainText('090-9999-0000');
  await tablet.toSigning.click();
  await tablet.sign();
  await tablet.next.click();
  await expect(tabletPage.getByTestId('signature-image')).toBeVisible();
  await tablet.confirm.click();
  await expect(tablet.thanks).toBeVisible();

  // Staff accept; the tablet thanks the resident and goes back to waiting.
  await expect(visit.currentStep()).toContainText('署名済み');
  await visit.accept.click();
  await expect(visit.currentStep()).toContainText('受付済み');
  await expect(tablet.accepted).toBeVisible();

  // The signed PDF: the corrected value as text, the signature as an image, and the hash signed.
  const href = await visit.pdf.getAttribute('href');
  const pdf = await staffPage.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const bytes = await pdf.body();
  const text = pdfPageTexts(bytes).join('\n');
  expect(text).toContain('090-9999-0000');
  expect(text).not.toContain('090-1234-5678');
  expect(text).toContain('髙橋');
  expect(text).toMatch(/ハッシュ値 [0-9a-f]{64}/);
  expect(pdfImageCount(bytes)).toBeGreaterThanOrEqual(2);

  await consoleContext.close();
  await tabletContext.close();
});
