import type { Locator, Page } from '@playwright/test';

/** The counter tablet facing the resident, in Japanese. */
export class CounterTabletPage {
  readonly welcome: Locator;
  readonly pinHeading: Locator;
  readonly read: Locator;
  readonly askForCorrection: Locator;
  readonly toSigning: Locator;
  readonly signaturePad: Locator;
  readonly next: Locator;
  readonly confirm: Locator;
  readonly correcting: Locator;
  readonly thanks: Locator;
  readonly accepted: Locator;

  constructor(readonly page: Page) {
    this.welcome = page.getByRole('heading', { name: 'ようこそ' });
    this.pinHeading = page.getByRole('heading', { name: 'マイナンバーカードの暗証番号' });
    this.read = page.getByRole('button', { name: '読み取る' });
    this.askForCorrection = page.getByRole('button', { name: /訂正をお願いする/ });
    this.toSigning = page.getByRole('button', { name: '内容に間違いありません — 署名へ進む' });
    this.signaturePad = page.getByTestId('signature-pad');
    this.next = page.getByRole('button', { name: '次へ' });
    this.confirm = page.getByRole('button', { name: 'この内容で申請します' });
    this.correcting = page.getByRole('heading', { name: '職員が訂正しています。少々お待ちください' });
    this.thanks = page.getByRole('heading', { name: 'ありがとうございました' });
    this.accepted = page.getByRole('heading', { name: '受付が完了しました' });
  }

  /** Enrols this browser as the window's tablet, with the card bridge it reaches. */
  async enrol(token: string, bridgeUrl: string) {
    await this.page.goto(`/counter-tablet#device=${token}&bridge=${encodeURIComponent(bridgeUrl)}`);
  }

  async typePin(pin: string) {
    for (const digit of pin) await this.page.getByRole('button', { name: digit, exact: true }).click();
    await this.read.click();
  }

  /** The "this is wrong" button of a value (`person.phone`, `answers.juminhyo.usePurpose`). */
  flag(path: string): Locator {
    return this.page.getByTestId(`flag-${path}`).first();
  }

  /** The value as the form shows it. */
  value(path: string): Locator {
    return this.page.locator(`[data-path="${path}"]`).first();
  }

  /** Signs with a finger: three strokes across the pad. */
  async sign() {
    const box = await this.signaturePad.boundingBox();
    if (!box) throw new Error('the signature pad is not on screen');
    const { mouse } = this.page;
    const strokes: [number, number, number, number][] = [
      [0.1, 0.6, 0.35, 0.3],
      [0.35, 0.3, 0.55, 0.7],
      [0.55, 0.7, 0.85, 0.35],
    ];
    for (const [x1, y1, x2, y2] of strokes) {
      await mouse.move(box.x + box.width * x1, box.y + box.height * y1);
      await mouse.down();
      for (let step = 1; step <= 12; step++) {
        await mouse.move(
          box.x + box.width * (x1 + ((x2 - x1) * step) / 12),
          box.y + box.height * (y1 + ((y2 - y1) * step) / 12),
        );
      }
      await mouse.up();
    }
  }
}
