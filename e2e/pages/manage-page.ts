import { expect, type Locator, type Page } from '@playwright/test';

/** `/reservations/:code#t=…`: the confirmation, then the place to reschedule or cancel. */
export class ManagePage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly qrCode: Locator;
  readonly visitTime: Locator;
  readonly manageLink: Locator;
  readonly calendarLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.code = page.getByRole('region', { name: '予約番号' }).getByText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    this.qrCode = page.getByRole('img', { name: /QRコード/ });
    this.visitTime = page.getByTestId('visit-time');
    this.manageLink = page.getByLabel('リンク', { exact: true });
    this.calendarLink = page.getByRole('link', { name: /カレンダーに追加/ });
  }

  async expectConfirmed() {
    await expect(this.heading).toHaveText('予約が確定しました');
    await expect(this.code).toBeVisible();
    await expect(this.qrCode).toBeVisible();
  }

  async startReschedule() {
    await this.page.getByRole('link', { name: '日時を変更する' }).click();
    await expect(this.heading).toHaveText('新しい日時を選んでください');
  }

  async confirmReschedule() {
    await expect(this.heading).toHaveText('日時の変更を確認してください');
    await this.page.getByRole('button', { name: 'この日時に変更する' }).click();
    await expect(this.heading).toHaveText('予約の日時を変更しました');
  }

  async cancel() {
    await this.page.getByRole('button', { name: '予約を取り消す' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'この予約を取り消しますか？' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '取り消す', exact: true }).click();
    await expect(this.heading).toHaveText('予約を取り消しました');
  }
}
