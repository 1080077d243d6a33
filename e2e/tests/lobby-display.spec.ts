import { expect, test } from '@playwright/test';
import { expectAccessible } from '../fixtures.ts';
import { ConsoleStaffApi } from '../pages/console-staff-api.ts';
import { LobbyDisplayPage } from '../pages/lobby-display-page.ts';

const KIOSK = { authorization: 'Bearer dev_demo-kiosk-main' };
const TV = { width: 1920, height: 1080 };
// Window 3 handles 証明書発行 alone.
const SERVICE = { id: 'main-shomei', name: '証明書発行' };

test.use({ viewport: TV });

test('the lobby display shows a call within a second, with its window, and the waiting counts follow', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Staff, elsewhere: window 3 is open and has served everyone earlier tests left waiting.
  const staffContext = await playwright.request.newContext({ baseURL });
  const staff = await ConsoleStaffApi.signIn(staffContext);
  await staff.clearWindow('main-w3', 'open');

  // The board: no sign-in. What it would say aloud is recorded instead of spoken.
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, lang: utterance.lang });
      setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 10);
    };
  });
  const display = new LobbyDisplayPage(page);
  await display.goto('main');
  await expect(display.office).toContainText('さくら台市役所 本庁舎');
  await expect(display.office).toContainText('Sakuradai City Hall (main office)');
  const certificates = display.service(SERVICE.name);
  await expect(certificates).toContainText('待ちなし');

  // Two residents take numbers at the kiosk: the board counts them.
  for (let i = 0; i < 2; i++) {
    const issued = await staffContext.post('/api/v1/offices/main/tickets', {
      headers: KIOSK,
      data: { serviceId: SERVICE.id },
    });
    expect(issued.status()).toBe(201);
  }
  await expect(certificates).toContainText('2人待ち');

  // Sound on, as staff do once when they switch the screen on.
  await display.enableSound.click();
  await expect(display.muteSound).toBeVisible();

  // Window 3 calls: within a second the board shows the number and where to go.
  const called = await staff.callNext('main-w3');
  if (!called) throw new Error('window 3 found nobody waiting');
  const { number } = called;
  const tile = display.callTile(number);
  await expect(tile).toBeVisible({ timeout: 1000 });
  await expect(tile).toContainText('3番窓口', { timeout: 1000 });
  await expect(tile).toContainText('Window 3', { timeout: 1000 });
  await expect(display.newestCall()).toContainText(`受付番号 ${number} 番の方、3番窓口へお越しください。`);
  await expect(display.newestCall()).toContainText(`Number ${number}, please go to window 3.`);
  await expect(display.recentCalls).toContainText(number);
  await expect(certificates).toContainText('1人待ち');

  // Spoken in Japanese first, then English, number by number.
  const spelled = [...number].join(' ');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken))
    .toEqual([
      { text: `受付番号 ${number} 番の方、3番窓口へお越しください。`, lang: 'ja-JP' },
      { text: `Number ${spelled}, please go to window 3.`, lang: 'en-US' },
    ]);
  await expectAccessible(page);

  // Nothing personal on the board, ever: the public data carries numbers only.
  await expect(page.getByText(/様|@/)).toHaveCount(0);
  await staffContext.dispose();
});
