import { expect, type Locator, type Page } from '@playwright/test';

/** `/tickets/:id#t=…`: the resident's number on their phone, in Japanese. */
export class TicketPage {
  readonly heading: Locator;
  readonly peopleAhead: Locator;
  readonly live: Locator;
  readonly notifyMe: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.peopleAhead = page.getByTestId('people-ahead');
    this.live = page
      .getByRole('status')
      .filter({ hasText: /^(更新中|再接続中…|接続中…|更新を停止しました)$/ });
    this.notifyMe = page.getByRole('button', { name: '通知を受け取る' });
  }

  /** Opens the page the ticket's QR code points to (the server's own origin in trackUrl). */
  async open(trackUrl: string) {
    const url = new URL(trackUrl);
    await this.page.goto(`${url.pathname}${url.hash}`);
    await expect(this.heading).toContainText('受付番号');
  }

  /** The sentence that tells the resident where to go when they are called. */
  goToWindow(window: number): Locator {
    return this.page.getByRole('alert').filter({ hasText: `${window}番窓口へお越しください` });
  }
}
