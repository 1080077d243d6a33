import { type APIRequestContext, expect, test } from '@playwright/test';
import { DESKTOP, expectAccessible } from '../fixtures.ts';
import { ConsoleCounterPage } from '../pages/console-counter-page.ts';
import { ConsoleLoginPage } from '../pages/console-login-page.ts';
import { ConsoleStaffApi } from '../pages/console-staff-api.ts';

const STAFF = { username: 'staff', password: 'sakuradai-demo' };
const KIOSK = { authorization: 'Bearer dev_demo-kiosk-main' };

test.use({ locale: 'ja-JP', viewport: DESKTOP });

/** Takes a walk-in number as the lobby kiosk does. */
async function takeTicket(request: APIRequestContext, serviceId: string): Promise<string> {
  const issued = await request.post('/api/v1/offices/main/tickets', { headers: KIOSK, data: { serviceId } });
  expect(issued.status()).toBe(201);
  return ((await issued.json()) as { ticket: { number: string } }).ticket.number;
}

test('staff call, recall, start and transfer a number from the keyboard, and the next service completes it', async ({
  page,
  context,
  request,
  playwright,
  baseURL,
}) => {
  // Windows 1 (住民異動) and 6 (国保・年金) start closed with nobody waiting, whatever earlier tests
  // left: the three numbers taken now are window 1's queue.
  const staffContext = await playwright.request.newContext({ baseURL });
  const staffApi = await ConsoleStaffApi.signIn(staffContext);
  await staffApi.clearWindow('main-w1', 'closed');
  await staffApi.clearWindow('main-w6', 'closed');
  await staffContext.dispose();
  const numbers = [
    await takeTicket(request, 'main-juminido'),
    await takeTicket(request, 'main-juminido'),
    await takeTicket(request, 'main-juminido'),
  ];
  const [first, second, third] = numbers as [string, string, string];
  const login = new ConsoleLoginPage(page);
  const counter = new ConsoleCounterPage(page);

  await counter.goto();
  await login.signIn(STAFF.username, STAFF.password);
  await expect(counter.heading).toBeVisible();
  await expect(counter.liveIndicator).toBeVisible();

  // A PC calls for no window until staff say which: then open it.
  await counter.chooseWindow(1);
  const windowBar = counter.windowBar(1);
  await expect(windowBar).toContainText('住民異動（転入・転出・転居）');
  await expect(windowBar).toContainText('閉鎖中');
  await counter.openWindow(1);
  await expect(counter.message).toHaveText('窓口を開始しました。');
  await expect(windowBar).toContainText('受付中');
  await expect(counter.current).toContainText('呼び出している番号はありません');
  for (const number of numbers) await expect(counter.waitingTicket(number)).toContainText('当日');

  // Call next with its key: the first number, in large type.
  await expect(counter.callNext).toHaveAttribute('aria-keyshortcuts', 'N F2');
  await page.keyboard.press('n');
  await expect(counter.currentNumber(first)).toBeVisible();
  await expect(counter.currentNumber(first)).toHaveCSS('font-size', '96px');
  await expect(counter.state('呼出中')).toBeVisible();
  await expect(counter.message).toHaveText(`${first} を呼び出しました。`);
  await expect(counter.fact('区分')).toHaveText('当日');
  await expect(counter.fact('再呼出')).toHaveText('0回');
  await expect(counter.waitingTicket(first)).toHaveCount(0);
  await expect(counter.waitingTicket(second)).toBeVisible();
  await expect(counter.waitingTicket(third)).toBeVisible();

  // The window is busy: another N doesn't call a second number, and says why.
  await page.keyboard.press('n');
  await expect(page.getByRole('alert')).toHaveText('対応中の番号を完了してから次を呼び出してください。');
  await expect(counter.currentNumber(first)).toBeVisible();

  await page.keyboard.press('r');
  await expect(counter.fact('再呼出')).toHaveText('1回');
  await expect(counter.message).toHaveText(`${first} を再呼出しました（1回目）。`);

  await page.keyboard.press('s');
  await expect(counter.state('対応中')).toBeVisible();
  await expect(counter.recall).toBeDisabled();
  await expectAccessible(page);

  // ワンストップ: the same number moves on to 国保・年金.
  await page.keyboard.press('t');
  await expect(counter.transferDialog).toBeVisible();
  await expect(counter.transferDialog).toContainText(first);
  await expectAccessible(page);
  await counter.transferTarget('国民健康保険・国民年金').click();
  await expect(counter.transferDialog).toBeHidden();
  await expect(counter.message).toHaveText(
    `${first} を「国民健康保険・国民年金」の列に回しました。番号はそのままです。`,
  );
  await expect(counter.current).toContainText('呼び出している番号はありません');
  await expect(counter.waitingTicket(first)).toHaveCount(0);

  // Window 6 (国保・年金), on a second PC: the same number waits there, marked as transferred.
  const nextDesk = await context.newPage();
  const counter6 = new ConsoleCounterPage(nextDesk);
  await counter6.goto();
  await counter6.switchWindow('6番窓口（国民健康保険・国民年金）');
  await expect(counter6.waitingTicket(first)).toContainText('転送');
  await counter6.openWindow(6);
  await expect(counter6.message).toHaveText('窓口を開始しました。');
  await nextDesk.keyboard.press('F2');
  await expect(counter6.currentNumber(first)).toBeVisible();
  await expect(counter6.fact('区分')).toContainText('転送');
  await nextDesk.keyboard.press('c');
  await expect(counter6.message).toHaveText(`${first} の対応を完了しました。`);
  await expect(counter6.current).toContainText('呼び出している番号はありません');
  await expectAccessible(nextDesk);

  // Back at window 1, the other windows are shown live: window 6 is open and free again.
  const window6 = counter.otherWindows.getByRole('row', { name: /^6番/ });
  await expect(window6).toContainText('受付中');
  await expect(window6).toContainText('なし');
});
