import type { Download, Locator, Page } from '@playwright/test';

/** The manager dashboard (統計・分析), in Japanese. */
export class ConsoleDashboardPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly forbiddenHeading: Locator;
  readonly service: Locator;
  readonly exportFigures: Locator;
  readonly exportTickets: Locator;
  readonly forecastDate: Locator;
  readonly calculate: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '統計・分析' });
    this.navLink = page
      .getByRole('navigation', { name: 'メニュー' })
      .getByRole('link', { name: '統計・分析' });
    this.forbiddenHeading = page.getByRole('heading', { level: 1, name: '権限がありません' });
    this.service = page.getByLabel('業務', { exact: true });
    this.exportFigures = page.getByRole('link', { name: '集計（CSV）' });
    this.exportTickets = page.getByRole('link', { name: '来庁記録（CSV）' });
    this.forecastDate = page.getByLabel('見込む日');
    this.calculate = page.getByRole('button', { name: '計算する' });
  }

  async goto(query = '') {
    await this.page.goto(`/console/stats${query}`);
  }

  /** A preset period: '直近7日', '今月' … */
  async pickRange(label: string) {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  rangeButton(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** A service by its name, as the menu lists it after its ticket letter ('A 証明書発行'). */
  async pickService(name: string) {
    const value = await this.service.locator('option', { hasText: name }).getAttribute('value');
    await this.service.selectOption(value ?? '');
  }

  /** A headline figure's value as shown ('4,149人'), by its label ('来庁者数'). */
  figure(label: string): Locator {
    return this.page
      .locator('dl.figures > div')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition')
      .first();
  }

  /** A chart, by its title. */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** The chart's takeaway in one sentence, shown under its title (and read out as its caption). */
  chartSummary(title: string | RegExp): Locator {
    return this.chart(title).locator('figcaption p');
  }

  /** The sortable table with this caption. */
  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  /** Waits for the dashboard to show the answer to its filters (the last one no longer dimmed). */
  async settled() {
    await this.page.locator('.stats-body:not(.is-updating)').waitFor();
  }

  async download(link: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return download;
  }
}
