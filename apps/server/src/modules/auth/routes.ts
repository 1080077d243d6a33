import { DeviceResponseSchema, LoginBodySchema, SessionResponseSchema } from '@kakanai/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain-error.ts';
import { deviceToken, requireStaff, SESSION_COOKIE } from './guards.ts';
import type { StaffPrincipal } from './service.ts';

function toSession({ csrfToken, ...user }: StaffPrincipal) {
  return { user, csrfToken };
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: app.config.rateLimits.loginsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Staff sign-in; sets the session cookie',
        body: LoginBodySchema,
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const { token, staff } = await app.auth.login(
        request.body.username,
        request.body.password,
        app.clock.now(),
      );
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: 12 * 60 * 60 });
      return toSession(staff);
    },
  );

  app.get(
    '/auth/me',
    {
      preHandler: requireStaff(),
      schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: SessionResponseSchema } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return toSession(request.staff!);
    },
  );

  app.post(
    '/auth/logout',
    {
      preHandler: requireStaff(),
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.undefined() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) app.auth.logout(token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send();
    },
  );
};

export const deviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/devices/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The enrolled device presenting its bearer token: its office and kind',
        response: { 200: DeviceResponseSchema },
      },
    },
    async (request) => {
      const token = deviceToken(request);
      const device = token ? app.auth.device(token, ['kiosk', 'counter-tablet', 'display']) : undefined;
      if (!device) throw new DomainError('unauthorized');
      return {
        device: {
          id: device.id,
          officeId: device.officeId,
          kind: device.kind,
          ...(device.windowId ? { windowId: device.windowId } : {}),
        },
      };
    },
  );
};
