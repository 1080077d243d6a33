import { expect, type Locator, type Page } from '@playwright/test';

/** The demo city's enrolled kiosk in the main office's hall. */
export const DEMO_KIOSK_TOKEN = 'dev_demo-kiosk-main';

/** `/kiosk`: the hall's tablet, in Japanese, as a resident taps it. */
export class KioskPage {
  readonly heading: Locator;
  readonly withBooking: Locator;
  readonly withoutBooking: Locator;
  readonly back: Locator;
  readonly typedCode: Locator;
  readonly checkIn: Locator;
  readonly clear: Locator;
  readonly problem: Locator;
  readonly typeAgain: Locator;
  readonly takeNumberInstead: Locator;
  readonly trackQr: Locator;
  readonly print: Locator;
  readonly done: Locator;
  readonly countdown: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.withBooking = page.getByRole('button', { name: /^予約がある方/ });
    this.withoutBooking = page.getByRole('button', { name: /^予約がない方/ });
    this.back = page.getByRole('button', { name: '戻る' });
    this.typedCode = page.getByRole('status', { name: '予約番号' });
    this.checkIn = page.getByRole('button', { name: '受付する' });
    this.clear = page.getByRole('button', { name: 'すべて消す' });
    this.problem = page.getByRole('alert');
    this.typeAgain = page.getByRole('button', { name: '予約番号を入力し直す' });
    this.takeNumberInstead = page.getByRole('button', { name: '予約なしで番号札を取る' });
    this.trackQr = page.getByRole('main').getByRole('img', { name: /の呼び出しを確認するQRコード$/ });
    this.print = page.getByRole('button', { name: '印刷する' });
    this.done = page.getByRole('button', { name: '終了' });
    this.countdown = page.getByRole('timer');
  }

  /** Opens the kiosk with its enrolment link, as staff do once when they set the tablet up. */
  async enrol(token = DEMO_KIOSK_TOKEN) {
    await this.page.goto(`/kiosk#device=${token}`);
    await this.expectHome();
  }

  async expectHome() {
    await expect(this.heading).toHaveText('ご予約はありますか？');
  }

  /** A service's button on the walk-in screen, by its name (the whole card takes the tap). */
  service(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The card around it: description, people waiting, estimated wait. */
  serviceCard(name: string | RegExp): Locator {
    return this.page.getByRole('listitem').filter({ has: this.service(name) });
  }

  async takeNumber(service: string | RegExp) {
    await this.withoutBooking.click();
    await expect(this.heading).toHaveText('手続きを選んでください');
    await this.service(service).click();
  }

  /** The number just taken, from the heading "受付番号 A001". */
  async issuedNumber(): Promise<string> {
    await expect(this.heading).toContainText(/受付番号\s*[A-Z]\d{3}/);
    return /[A-Z]\d{3}/.exec((await this.heading.textContent()) ?? '')?.[0] ?? '';
  }

  /** Types a reservation code on the on-screen keypad, one key at a time (the hyphen comes by itself). */
  async typeCode(code: string) {
    const keys = this.page.getByRole('group', { name: '予約番号の文字' });
    for (const symbol of code.replace('-', '')) {
      await keys.getByRole('button', { name: symbol, exact: true }).click();
    }
  }
}
