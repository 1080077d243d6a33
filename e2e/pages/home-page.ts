import type { Locator, Page } from '@playwright/test';

/** `/`: what the service is, the way into booking, and the language switch every page has. */
export class HomePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async goto() {
    await this.page.goto('/');
    await this.heading.waitFor();
  }

  async switchLanguage(label: '日本語' | 'English') {
    await this.page
      .getByRole('navigation', { name: /言語|Language/ })
      .getByRole('button', { name: label })
      .click();
  }

  async startBooking(label: RegExp | string) {
    await this.page.getByRole('main').getByRole('link', { name: label }).first().click();
  }
}
