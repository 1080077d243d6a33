import { expect, type Locator, type Page } from '@playwright/test';

/** Words of the booking screens, per language, as a resident reads them. */
export const BOOKING_TEXT = {
  ja: {
    officeHeading: '庁舎を選んでください',
    serviceHeading: '手続きを選んでください',
    dateHeading: '日時を選んでください',
    detailsHeading: 'お名前と連絡先を入力してください',
    reviewHeading: '予約内容の確認',
    dayWithRoom: /空きあり$/,
    timeWithSeats: /残り\d+席$/,
    nextMonth: /^次の月/,
    name: '氏名',
    nameKana: 'フリガナ',
    email: 'メールアドレス',
    phone: '電話番号',
    continue: '入力内容を確認する',
    confirm: '予約を確定する',
  },
  en: {
    officeHeading: 'Choose an office',
    serviceHeading: 'Choose a procedure',
    dateHeading: 'Choose a date and time',
    detailsHeading: 'Your name and contact details',
    reviewHeading: 'Check your booking',
    dayWithRoom: /Times available$/,
    timeWithSeats: /seats? left$/,
    nextMonth: /^Next month/,
    name: 'Full name',
    nameKana: 'Name in katakana',
    email: 'Email address',
    phone: 'Phone number',
    continue: 'Continue',
    confirm: 'Confirm booking',
  },
} as const;

export type Lang = keyof typeof BOOKING_TEXT;

/**
 * The booking steps: office → service → calendar and times → details → review. Also the
 * calendar of the reschedule page, which is the same picker.
 */
export class BookingPage {
  readonly text: (typeof BOOKING_TEXT)[Lang];
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly lang: Lang = 'ja',
  ) {
    this.text = BOOKING_TEXT[lang];
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async gotoOffices() {
    await this.page.goto('/book');
    await expect(this.heading).toContainText(this.text.officeHeading);
  }

  async chooseOffice(name: string | RegExp) {
    await this.page.getByRole('link', { name }).click();
    await expect(this.heading).toContainText(this.text.serviceHeading);
  }

  async chooseService(name: string | RegExp) {
    await this.page.getByRole('link', { name }).click();
    await expect(this.heading).toContainText(this.text.dateHeading);
  }

  /** The calendar: a table of day buttons named "12月1日(火) 空きあり". */
  get calendar(): Locator {
    return this.page.getByRole('table');
  }

  /** Clicks the first day with seats, turning months forward until there is one. Returns its name. */
  async pickFirstDayWithRoom(): Promise<string> {
    for (let month = 0; month < 4; month++) {
      await this.calendar.waitFor();
      const day = this.calendar.getByRole('button', { name: this.text.dayWithRoom }).first();
      if (await day.count()) {
        const name = (await day.getAttribute('aria-label')) ?? '';
        await day.click();
        return name;
      }
      await this.page.getByRole('button', { name: this.text.nextMonth }).click();
    }
    throw new Error('No day with room in the next four months');
  }

  /** The time buttons of the chosen day, e.g. "9:15〜9:45 残り2席". */
  get timeButtons(): Locator {
    return this.page.getByRole('region', { name: /の時間$|^Times on/ }).getByRole('button');
  }

  /** Clicks the first time with seats left, and returns its time range as shown ("9:15〜9:45"). */
  async pickFirstTimeWithSeats(): Promise<string> {
    const time = this.timeButtons.filter({ hasText: this.text.timeWithSeats }).first();
    await expect(time).toBeEnabled();
    const label = (await time.getAttribute('aria-label')) ?? '';
    await time.click();
    return label.split(' ')[0] ?? '';
  }

  async expectDetailsStep() {
    await expect(this.heading).toContainText(this.text.detailsHeading);
  }

  field(label: 'name' | 'nameKana' | 'email' | 'phone'): Locator {
    return this.page.getByLabel(this.text[label]);
  }

  async fillDetails(details: { name: string; nameKana: string; email?: string; phone?: string }) {
    await this.field('name').fill(details.name);
    await this.field('nameKana').fill(details.nameKana);
    // Leaving the furigana field is what turns hiragana into katakana.
    await this.field('nameKana').blur();
    if (details.email) await this.field('email').fill(details.email);
    if (details.phone) await this.field('phone').fill(details.phone);
  }

  async continueToReview() {
    await this.page.getByRole('button', { name: this.text.continue }).click();
    await expect(this.heading).toContainText(this.text.reviewHeading);
  }

  async confirm() {
    await this.page.getByRole('button', { name: this.text.confirm }).click();
  }
}
