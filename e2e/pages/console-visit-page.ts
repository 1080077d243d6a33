import type { Locator, Page } from '@playwright/test';

/** The console's visit screen (申請書の作成), in Japanese: where staff do the writing. */
export class ConsoleVisitPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly version: Locator;
  readonly cardPanel: Locator;
  readonly askForCard: Locator;
  readonly flagsNotice: Locator;
  readonly save: Locator;
  readonly send: Locator;
  readonly accept: Locator;
  readonly pdf: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '申請書の作成' });
    this.status = page.getByTestId('visit-status');
    this.version = page.getByTestId('visit-version');
    this.cardPanel = page.getByTestId('card-panel');
    this.askForCard = page.getByRole('button', { name: 'タブレットで暗証番号を入力してもらう' });
    this.flagsNotice = page.getByTestId('flags-notice');
    this.save = page.getByRole('button', { name: '保存', exact: true });
    this.send = page.getByRole('button', { name: 'タブレットに送る', exact: true });
    this.accept = page.getByRole('button', { name: '受付する' });
    this.pdf = page.getByTestId('visit-pdf');
    this.notice = page.getByTestId('visit-notice');
  }

  /** The step of the application now current: 作成中, 確認待ち, 署名済み or 受付済み. */
  currentStep(): Locator {
    return this.status.locator('[aria-current="step"]');
  }

  async chooseProcedure(id: string) {
    await this.page.getByTestId(`procedure-${id}`).check();
  }

  /** The block of the applicant (`person`) or of one procedure's remaining fields. */
  block(key: string): Locator {
    return this.page.getByTestId(`visit-block-${key}`);
  }

  /** A person field's input, e.g. `nameKana`. */
  personField(field: string): Locator {
    return this.page.locator(`#visit-person-${field}`);
  }

  /** Ticks the option of a radio group, found by its legend inside a procedure's block. */
  async choose(procedureId: string, legend: string, option: string) {
    await this.block(procedureId)
      .getByRole('group', { name: new RegExp(`^${legend}`) })
      .getByRole('radio', { name: option, exact: true })
      .check();
  }
}
