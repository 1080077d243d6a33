import type { Locator, Page } from '@playwright/test';

/** The staff console's reservations of the day, in Japanese. */
export class ConsoleReservationsPage {
  readonly heading: Locator;
  readonly header: Locator;
  readonly signOut: Locator;
  readonly date: Locator;
  readonly showEmptySlots: Locator;
  readonly status: Locator;
  readonly cancelDialog: Locator;
  readonly cancelReason: Locator;
  readonly confirmCancel: Locator;
  readonly keepReservation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '予約一覧' });
    this.header = page.getByRole('banner');
    this.signOut = page.getByRole('button', { name: 'サインアウト' });
    this.date = page.getByLabel('日付', { exact: true });
    this.showEmptySlots = page.getByLabel('空き枠も表示');
    this.status = page.getByRole('status');
    this.cancelDialog = page.getByRole('dialog', { name: '予約を取り消す' });
    this.cancelReason = this.cancelDialog.getByLabel('取消理由');
    this.confirmCancel = this.cancelDialog.getByRole('button', { name: '予約を取り消す', exact: true });
    this.keepReservation = this.cancelDialog.getByRole('button', { name: '取り消さずに閉じる' });
  }

  async goto(query = '') {
    await this.page.goto(`/console/reservations${query}`);
  }

  /** Picks a day with the date field, as staff do. */
  async showDay(date: string) {
    await this.date.fill(date);
  }

  /** The slots that start at `time` ('8:45'). */
  timeGroup(time: string): Locator {
    return this.page.getByRole('region', { name: time, exact: true });
  }

  /** One service's slot at `time`. */
  slot(time: string, serviceName: string): Locator {
    return this.timeGroup(time).getByRole('article', { name: serviceName, exact: true });
  }

  /** The seats used in a slot, as shown: '1/2'. */
  seatsUsed(slot: Locator, text: string): Locator {
    return slot.getByText(text, { exact: true });
  }

  reservation(code: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(code) });
  }

  cancelButton(code: string): Locator {
    return this.reservation(code).getByRole('button', { name: /取り消す/ });
  }

  quickReason(text: string): Locator {
    return this.cancelDialog.getByRole('button', { name: text, exact: true });
  }
}
