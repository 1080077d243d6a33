import { timingSafeEqual } from 'node:crypto';
import type { Role } from '@kakanai/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain-error.ts';
import type { DeviceKind } from './service.ts';

export const SESSION_COOKIE = 'kakanai_session';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Lets signed-in staff through (with one of `roles`, if given). Writes must carry the session's
 * CSRF token in X-CSRF-Token: a cookie alone never authorises a change.
 */
export function requireStaff(roles?: Role[]) {
  return async function staffGuard(request: FastifyRequest, _reply: FastifyReply) {
    const token = request.cookies[SESSION_COOKIE];
    const staff = token ? request.server.auth.session(token, request.server.clock.now()) : undefined;
    if (!staff) throw new DomainError('unauthorized');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const presented = request.headers['x-csrf-token'];
      if (typeof presented !== 'string' || !sameSecret(presented, staff.csrfToken))
        throw new DomainError('csrf_failed');
    }
    if (roles && !roles.includes(staff.role)) throw new DomainError('forbidden');
    request.staff = staff;
  };
}

/** The bearer token of an enrolled device, if the request carries one. */
export function deviceToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(dev_\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Lets through an enrolled device of one of `kinds` bound to the office in the route's
 * `:officeId`, or signed-in staff of that office.
 */
export function requireDeviceOrStaff(kinds: DeviceKind[]) {
  const staffGuard = requireStaff();
  return async function deviceOrStaffGuard(request: FastifyRequest, reply: FastifyReply) {
    const officeId = (request.params as { officeId?: string }).officeId;
    const token = deviceToken(request);
    if (token) {
      const device = request.server.auth.device(token, kinds);
      if (!device) throw new DomainError('unauthorized');
      if (device.officeId !== officeId) throw new DomainError('forbidden');
      request.device = device;
      return;
    }
    await staffGuard(request, reply);
    if (officeId) request.assertOffice(officeId);
  };
}

/** Lets through an enrolled device of one of `kinds` only (the counter tablet's own routes). */
export function requireDevice(kinds: DeviceKind[]) {
  return async function deviceGuard(request: FastifyRequest, _reply: FastifyReply) {
    const token = deviceToken(request);
    const device = token ? request.server.auth.device(token, kinds) : undefined;
    if (!device) throw new DomainError('unauthorized');
    request.device = device;
  };
}
