import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../domain-error.ts';
import {
  type AuthService,
  createAuthService,
  type DeviceKind,
  type StaffPrincipal,
} from '../modules/auth/service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    auth: AuthService;
  }
  interface FastifyRequest {
    /** Set by requireStaff() on the routes that use it. */
    staff: StaffPrincipal | null;
    /** Set by requireDeviceOrStaff() when an enrolled device made the request. */
    device: { id: string; officeId: string; kind: DeviceKind; windowId: string | null } | null;
    /** Throws forbidden unless the signed-in staff member works at this office. */
    assertOffice(officeId: string): void;
  }
}

/** Cookies, the auth service, and what routes need to ask who is calling. */
export const authPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(cookie);
    app.decorate('auth', createAuthService(app.db));
    app.decorateRequest('staff', null);
    app.decorateRequest('device', null);
    app.decorateRequest('assertOffice', function assertOffice(this: FastifyRequest, officeId: string) {
      const staff = this.staff;
      if (!staff) throw new DomainError('unauthorized');
      if (staff.role !== 'admin' && !staff.officeIds.includes(officeId)) throw new DomainError('forbidden');
    });
  },
  { name: 'auth', dependencies: ['context'] },
);
