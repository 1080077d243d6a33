import { timingSafeEqual } from 'node:crypto';
import type { Role } from '@kakanai/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain-error.ts';

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
