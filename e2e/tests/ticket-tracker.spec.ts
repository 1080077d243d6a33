import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectAccessible, PHONE } from '../fixtures.ts';
import { CongestionPage } from '../pages/congestion-page.ts';
import { DEMO_KIOSK_TOKEN } from '../pages/kiosk-page.ts';
import { TicketPage } from '../pages/ticket-page.ts';

const JUMINIDO = '住民異動（転入・転出・転居）';

// A resident's phone, in Japanese.
test.use({ viewport: PHONE, locale: 'ja-JP' });

interface Issued {
  ticket: { id: string; number: string };
  trackUrl: string;
}

/** Takes a number at the kiosk, through the API with the kiosk's token. */
async function takeNumber(request: APIRequestContext, serviceId = 'main-juminido'): Promise<Issued> {
  const response = await request.post('/api/v1/offices/main/tickets', {
    headers: { authorization: `Bearer ${DEMO_KIOSK_TOKEN}` },
    data: { serviceId, lang: 'ja' },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as Issued;
}

/** Staff at window 1 (住民異動), signed in through the API. */
async function staffAtWindow1(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', {
    data: { username: 'staff', password: 'sakuradai-demo' },
  });
  expect(login.ok()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const post = (path: string, data?: unknown) => request.post(`/api/v1${path}`, { headers, data });

  const staff = {
    async callNext(): Promise<Issued['ticket'] | undefined> {
      const response = await post('/windows/main-w1/call-next');
      expect([200, 204]).toContain(response.status());
      return response.status() === 200 ? ((await response.json()) as Issued).ticket : undefined;
    },
    async act(ticketId: string, action: 'recall' | 'complete') {
      expect((await post(`/tickets/${ticketId}/${action}`)).ok()).toBe(true);
    },
  };

  expect((await post('/windows/main-w1/status', { status: 'open' })).ok()).toBe(true);
  // Earlier tests leave numbers waiting or at the window: window 1 finishes them first, so the
  // next number it calls is the one this test takes.
  const queue = (await (await request.get('/api/v1/offices/main/queue')).json()) as {
    windows: { id: string; current?: { id: string } }[];
  };
  const current = queue.windows.find((w) => w.id === 'main-w1')?.current;
  if (current) await staff.act(current.id, 'complete');
  for (let called = await staff.callNext(); called; called = await staff.callNext()) {
    await staff.act(called.id, 'complete');
  }
  return staff;
}

test('the resident follows their number live: called at window 1, recalled, then done while the phone was offline', async ({
  page,
  context,
  request,
}) => {
  // A phone that buzzes: the page asks for vibration when the number is called.
  await page.addInitScript(() => {
    const buzzes: unknown[] = [];
    (window as unknown as { buzzes: unknown[] }).buzzes = buzzes;
    Object.defineProperty(Navigator.prototype, 'vibrate', {
      configurable: true,
      value: (pattern: unknown) => buzzes.push(pattern) > 0,
    });
  });
  const buzzes = () => page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes.length);

  const staff = await staffAtWindow1(request);
  const mine = await takeNumber(request);
  const after = await takeNumber(request);

  const ticket = new TicketPage(page);
  await ticket.open(mine.trackUrl);
  await expect(ticket.heading).toContainText(mine.ticket.number);
  await expect(page.getByRole('main')).toContainText(JUMINIDO);
  await expect(ticket.peopleAhead).toHaveText('0人（次の番です）');
  await expect(ticket.live).toHaveText('更新中');
  await expect(ticket.notifyMe).toBeVisible();
  await expectAccessible(page);

  const called = await staff.callNext();
  expect(called?.id).toBe(mine.ticket.id);
  await expect(ticket.goToWindow(1)).toBeVisible({ timeout: 1000 });
  await expect(ticket.heading).toHaveText('お呼びしています');
  await expect(page).toHaveTitle(/^お呼びしています：1番窓口/);
  expect(await buzzes()).toBe(1);
  await expectAccessible(page);

  // A recall alerts again.
  await staff.act(mine.ticket.id, 'recall');
  await expect(page.getByRole('main')).toContainText('再度お呼びしています（2回目）');
  await expect.poll(buzzes).toBe(2);

  // The phone loses its network; meanwhile the visit ends and the next number is called and served.
  await context.setOffline(true);
  await expect(ticket.live).toHaveText('再接続中…');
  await staff.act(mine.ticket.id, 'complete');
  expect((await staff.callNext())?.id).toBe(after.ticket.id);
  await staff.act(after.ticket.id, 'complete');
  await expect(ticket.heading).toHaveText('お呼びしています');

  await context.setOffline(false);
  await expect(ticket.heading).toHaveText('手続きが終わりました');
  await expect(page.getByRole('main')).toContainText(`${mine.ticket.number} 番の方`);
  await expectAccessible(page);
});

test('a ticket link with a wrong token finds nothing', async ({ page, request }) => {
  const issued = await takeNumber(request, 'main-shomei');
  await page.goto(`/tickets/${issued.ticket.id}#t=not-the-right-token-at-all`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('番号札が見つかりません');
  await expect(page.getByRole('alert')).toHaveText('番号札が見つかりません。');
});

test('the congestion page counts waiting residents and shows the number called, live', async ({
  page,
  request,
}) => {
  const staff = await staffAtWindow1(request);
  const congestion = new CongestionPage(page);
  await congestion.goto('main');
  await expect(congestion.live).toHaveText('更新中');
  await expect(congestion.service(JUMINIDO)).toContainText(/待っている人\s*0人/);
  await expectAccessible(page);

  const first = await takeNumber(request);
  await takeNumber(request);
  await expect(congestion.service(JUMINIDO)).toContainText(/待っている人\s*2人/);
  await expect(congestion.service(JUMINIDO)).toContainText(/対応中の窓口\s*\dか所/);

  await staff.callNext();
  await expect(congestion.call(first.ticket.number)).toContainText('1番窓口');
  await expect(congestion.service(JUMINIDO)).toContainText(/待っている人\s*1人/);
  await expectAccessible(page);
});
