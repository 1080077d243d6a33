import { type APIRequestContext, expect } from '@playwright/test';

type WindowStatus = 'open' | 'paused' | 'closed';

interface CalledTicket {
  id: string;
  number: string;
}

/**
 * What staff do at a window, through the API, for a test to set the scene: signed in as the demo
 * staff member on `request`, which keeps the session cookie.
 */
export class ConsoleStaffApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  static async signIn(request: APIRequestContext): Promise<ConsoleStaffApi> {
    const login = await request.post('/api/v1/auth/login', {
      data: { username: 'staff', password: 'sakuradai-demo' },
    });
    expect(login.ok()).toBe(true);
    return new ConsoleStaffApi(request, ((await login.json()) as { csrfToken: string }).csrfToken);
  }

  private post(path: string, data?: unknown) {
    return this.request.post(`/api/v1${path}`, { headers: { 'x-csrf-token': this.csrfToken }, data });
  }

  async setWindowStatus(windowId: string, status: WindowStatus) {
    expect((await this.post(`/windows/${windowId}/status`, { status })).ok()).toBe(true);
  }

  /** The number the window called, or undefined when nobody waits. */
  async callNext(windowId: string): Promise<CalledTicket | undefined> {
    const response = await this.post(`/windows/${windowId}/call-next`);
    expect([200, 204]).toContain(response.status());
    return response.status() === 200
      ? ((await response.json()) as { ticket: CalledTicket }).ticket
      : undefined;
  }

  async complete(ticketId: string) {
    expect((await this.post(`/tickets/${ticketId}/complete`)).ok()).toBe(true);
  }

  /**
   * Serves everyone the window could call, so a test starts from an empty queue whatever earlier
   * tests left, and leaves the window with the given status.
   */
  async clearWindow(windowId: string, leave: WindowStatus) {
    await this.setWindowStatus(windowId, 'open');
    const queue = (await (await this.request.get('/api/v1/offices/main/queue')).json()) as {
      windows: { id: string; current?: { id: string } }[];
    };
    const current = queue.windows.find((w) => w.id === windowId)?.current;
    if (current) await this.complete(current.id);
    for (let called = await this.callNext(windowId); called; called = await this.callNext(windowId)) {
      await this.complete(called.id);
    }
    if (leave !== 'open') await this.setWindowStatus(windowId, leave);
  }
}
