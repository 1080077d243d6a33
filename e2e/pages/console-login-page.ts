import type { Locator, Page } from '@playwright/test';

/** The staff console's sign-in screen, in Japanese. */
export class ConsoleLoginPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '職員サインイン' });
    this.username = page.getByLabel('ユーザー名');
    this.password = page.getByLabel('パスワード');
    this.submit = page.getByRole('button', { name: 'サインイン' });
    this.error = page.getByRole('alert');
  }

  async goto() {
    await this.page.goto('/console/login');
  }

  async signIn(username: string, password: string) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
