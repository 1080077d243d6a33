import { expect, type Locator, type Page } from '@playwright/test';

type Scope = Page | Locator;

/**
 * `/pre-entry/form/:step` and `/pre-entry/:code`: the person once, each procedure's form, the
 * review, then the draft's page (number, QR code, PDF, booking). Labels carry a "必須" badge, so
 * fields are found by the start of their label.
 */
export class PreEntryPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** A text box by the start of its label, optionally inside a section or a group row. */
  field(label: string, scope: Scope = this.page.getByRole('main')): Locator {
    return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}`));
  }

  /** A form's section (届出の内容, 新しい住所 …), a region named by its heading. */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** A fieldset: radio buttons, a date, a group row ("異動する人（1）"). */
  group(name: string, scope: Scope = this.page.getByRole('main')): Locator {
    return scope.getByRole('group', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  async choose(question: string, option: string, scope?: Scope) {
    const radio = this.group(question, scope).getByLabel(option, { exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }

  async select(label: string, option: string, scope?: Scope) {
    await this.field(label, scope).selectOption({ label: option });
  }

  /** A date by era (元号 + 年) or, with `western`, by Western year; month and day either way. */
  async fillDate(
    label: string,
    date: { era?: string; year: number | string; month: number; day: number },
    scope?: Scope,
  ) {
    const group = this.group(label, scope);
    if (date.era) {
      await group.getByRole('button', { name: '和暦' }).click();
      await group.getByLabel('元号').selectOption({ label: date.era });
    } else {
      await group.getByRole('button', { name: '西暦' }).click();
    }
    await group.getByLabel('年', { exact: true }).fill(String(date.year));
    await group.getByLabel('月', { exact: true }).fill(String(date.month));
    await group.getByLabel('日', { exact: true }).fill(String(date.day));
    return group;
  }

  /** 郵便番号 → 住所を検索: the address box fills up to the town and takes focus. */
  async lookUpAddress(postalCode: string, scope: Scope = this.page.getByRole('main')) {
    await this.field('郵便番号', scope).fill(postalCode);
    await scope.getByRole('button', { name: '住所を検索' }).click();
    await expect(scope.getByRole('status').filter({ hasText: 'まで入力しました' })).toBeVisible();
  }

  async next(expectedHeading: string | RegExp) {
    await this.page.getByRole('button', { name: /^(次へ進む|入力内容を確認する)$/ }).click();
    await expect(this.heading).toContainText(expectedHeading);
  }

  /** 一時保存: returns the come-back link shown after saving. */
  async saveForLater(): Promise<string> {
    await this.page.getByRole('button', { name: '一時保存' }).click();
    await expect(this.page.getByRole('heading', { name: '一時保存しました' })).toBeFocused();
    return this.page.getByLabel('続きを入力するためのリンク').inputValue();
  }

  async submit() {
    await this.page.getByRole('button', { name: 'この内容で登録する' }).click();
    await expect(this.heading).toHaveText('事前入力が完了しました');
  }

  /** The draft's number on its page, as shown at the counter. */
  get draftCode(): Locator {
    return this.page.getByRole('region', { name: '事前入力番号' }).getByText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  }

  /** Downloads the application PDF and saves it at `path`. */
  async downloadPdf(path: string) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'PDFをダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await download.saveAs(path);
  }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
