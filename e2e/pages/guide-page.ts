import { expect, type Locator, type Page } from '@playwright/test';

/** `/guide` 手続きナビ and `/guide/:eventId`: life events, their yes/no questions, and the result. */
export class GuidePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async openFromHome() {
    await this.page.getByRole('main').getByRole('link', { name: '手続きナビを使う' }).click();
    await expect(this.heading).toHaveText('手続きナビ');
  }

  async chooseEvent(name: string) {
    await this.page.getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}`) }).click();
    await expect(this.heading).toContainText(name);
  }

  /** A question is a group named by its text; answers are radio buttons ("はい", "いいえ" or choices). */
  question(text: string | RegExp): Locator {
    return this.page.getByRole('group', { name: text });
  }

  async answer(text: string | RegExp, answer: string) {
    const option = this.question(text).getByLabel(answer, { exact: true });
    await option.check();
    await expect(option).toBeChecked();
  }

  /** The procedures the answers add up to, as the result lists them. */
  get procedures(): Locator {
    return this.page.getByRole('list', { name: '必要な手続き' }).getByRole('heading', { level: 3 });
  }

  async preEnter() {
    await this.page.getByRole('link', { name: '事前入力する' }).click();
  }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
