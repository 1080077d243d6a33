import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, signIn, type TestApp } from '../../test/helper.ts';

describe('staff sign-in', () => {
  let app: TestApp;
  beforeEach(async () => {
    ({ app } = await buildTestApp());
  });
  afterEach(() => app.close());

  it('signs in to an HttpOnly, SameSite session cookie and says who is signed in', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'manager', password: 'sakuradai-demo' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'kakanai_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(response.json().user).toMatchObject({
      username: 'manager',
      role: 'manager',
      officeIds: ['main', 'kita'],
    });

    const me = await app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `kakanai_session=${cookie.value}` },
    });
    expect(me.json().user.username).toBe('manager');
    expect(me.json().csrfToken).toBe(response.json().csrfToken);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const payload of [
      { username: 'staff', password: 'wrong-password' },
      { username: 'nobody', password: 'sakuradai-demo' },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('invalid_credentials');
    }
  });

  it('signs out: the cookie stops working', async () => {
    const { cookie, csrfToken } = await signIn(app);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('rate-limits sign-in attempts', async () => {
    const { app: limited } = await buildTestApp({
      config: { rateLimits: { bookingsPerMinute: 100, lookupsPerMinute: 100, loginsPerMinute: 3 } },
    });
    const codes = [];
    for (let i = 0; i < 4; i++) {
      const response = await limited.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'staff', password: 'nope-nope' },
      });
      codes.push(response.json().code);
    }
    expect(codes).toEqual([
      'invalid_credentials',
      'invalid_credentials',
      'invalid_credentials',
      'rate_limited',
    ]);
    await limited.close();
  });
});

describe('the API as a whole', () => {
  let app: TestApp;
  beforeEach(async () => {
    ({ app } = await buildTestApp());
  });
  afterEach(() => app.close());

  it('serves its OpenAPI document, generated from the contracts', async () => {
    const doc = (await app.inject('/api/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/reservations',
        '/api/v1/offices/{officeId}/availability',
        '/api/v1/auth/login',
      ]),
    );
  });

  it('sends security headers and answers unknown paths with a problem', async () => {
    const response = await app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    // Pages may reach the card bridge on the counter PC, and no other host.
    expect(response.headers['content-security-policy']).toContain(
      "connect-src 'self' http://127.0.0.1:47111 http://localhost:47111;",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});
