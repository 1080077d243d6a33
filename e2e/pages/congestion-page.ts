import { expect, type Locator, type Page } from '@playwright/test';

/** `/offices/:officeId/status` (混雑状況): waiting counts and the numbers being called, in Japanese. */
export class CongestionPage {
  readonly heading: Locator;
  readonly calling: Locator;
  readonly live: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.calling = page.getByRole('region', { name: 'ただいまお呼びしている番号' });
    this.live = page.getByRole('status').filter({ hasText: /^(更新中|再接続中…|接続中…)$/ });
  }

  async goto(officeId: string) {
    await this.page.goto(`/offices/${officeId}/status`);
    await expect(this.heading).toContainText('窓口の混雑状況');
  }

  /** A service's row, by its name: waiting count, estimated wait, windows open. */
  service(name: string): Locator {
    return this.page
      .getByRole('region', { name: '手続きごとの待ち状況' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** The number shown as called, with its window. */
  call(number: string): Locator {
    return this.calling.getByRole('listitem').filter({ hasText: number });
  }
}
