import type { Locator, Page } from '@playwright/test';

/** The lobby display (呼出状況): bilingual, public, no sign-in. */
export class LobbyDisplayPage {
  readonly office: Locator;
  readonly nowCalling: Locator;
  readonly recentCalls: Locator;
  readonly waiting: Locator;
  readonly enableSound: Locator;
  readonly muteSound: Locator;

  constructor(readonly page: Page) {
    this.office = page.getByRole('heading', { level: 1 });
    this.nowCalling = page.getByRole('region', { name: '呼出中 Now calling' });
    this.recentCalls = page.getByRole('region', { name: '最近の呼出 Recent calls' });
    this.waiting = page.getByRole('region', { name: '待ち状況 Waiting' });
    this.enableSound = page.getByRole('button', { name: '音声案内を開始 Enable sound' });
    this.muteSound = page.getByRole('button', { name: '音声案内を止める Mute sound' });
  }

  async goto(officeId: string) {
    await this.page.goto(`/console/display/${officeId}`);
  }

  /** The tile of a number being called now. */
  callTile(number: string): Locator {
    return this.nowCalling.getByRole('listitem').filter({ hasText: number });
  }

  /** The first tile: the newest call. */
  newestCall(): Locator {
    return this.nowCalling.getByRole('listitem').first();
  }

  /** One service's waiting count and estimate, found by its Japanese name. */
  service(name: string): Locator {
    return this.waiting.getByRole('listitem').filter({ hasText: name });
  }
}
