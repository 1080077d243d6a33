import type { Locator, Page } from '@playwright/test';

/** The staff console's counter screen (窓口), in Japanese. */
export class ConsoleCounterPage {
  readonly heading: Locator;
  readonly windowSelect: Locator;
  readonly liveIndicator: Locator;
  readonly current: Locator;
  readonly message: Locator;
  readonly callNext: Locator;
  readonly recall: Locator;
  readonly start: Locator;
  readonly complete: Locator;
  readonly completeAndCallNext: Locator;
  readonly transfer: Locator;
  readonly noShow: Locator;
  readonly waiting: Locator;
  readonly otherWindows: Locator;
  readonly transferDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '窓口', exact: true });
    this.windowSelect = page.getByLabel('窓口', { exact: true });
    this.liveIndicator = page.getByText('リアルタイム更新中');
    this.current = page.getByRole('region', { name: '対応中の番号' });
    this.message = this.current.getByRole('status');
    this.callNext = this.current.getByRole('button', { name: '呼出', exact: true });
    this.recall = this.current.getByRole('button', { name: '再呼出', exact: true });
    this.start = this.current.getByRole('button', { name: '対応開始', exact: true });
    this.complete = this.current.getByRole('button', { name: '完了', exact: true });
    this.completeAndCallNext = this.current.getByRole('button', { name: '完了して次へ' });
    this.transfer = this.current.getByRole('button', { name: '転送…' });
    this.noShow = this.current.getByRole('button', { name: '不在' });
    this.waiting = page.getByRole('region', { name: /この窓口の待ち/ });
    this.otherWindows = page.getByRole('region', { name: /ほかの窓口/ });
    this.transferDialog = page.getByRole('dialog', { name: /ほかの業務へ回す/ });
  }

  async goto() {
    await this.page.goto('/console/counter');
  }

  /** The window bar of 「N番窓口」. */
  windowBar(number: number): Locator {
    return this.page.getByRole('region', { name: `${number}番窓口`, exact: true });
  }

  /** Picks the window from the list shown while this PC has none. */
  async chooseWindow(number: number) {
    await this.page.getByRole('button', { name: new RegExp(`^${number}番窓口`) }).click();
  }

  /** Switches to another window with the picker in the page head; `label` as the option reads. */
  async switchWindow(label: string) {
    await this.windowSelect.selectOption({ label });
  }

  /** Opens the window (開始) from its bar. */
  async openWindow(number: number) {
    await this.windowBar(number).getByRole('button', { name: '開始' }).click();
  }

  /** The number at the window, in large type. */
  currentNumber(number: string): Locator {
    return this.current.getByText(number, { exact: true });
  }

  /** A fact about the current ticket (区分, 待ち時間, 呼出, 再呼出): the value beside its term. */
  fact(term: string): Locator {
    return this.current.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  /** The state of the current ticket: 呼出中 or 対応中. */
  state(text: string): Locator {
    return this.current.getByText(text, { exact: true });
  }

  waitingTicket(number: string): Locator {
    return this.waiting.getByRole('row', { name: new RegExp(number) });
  }

  transferTarget(serviceName: string): Locator {
    return this.transferDialog.getByRole('button', { name: new RegExp(serviceName) });
  }
}
