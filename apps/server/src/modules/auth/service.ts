import { randomUUID } from 'node:crypto';
import type { Role, StaffUser } from '@kakanai/contracts';
import { type Db, schema, writeTransaction } from '@kakanai/db';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { hashToken, newToken } from '../../crypto.ts';
import { DomainError } from '../../domain-error.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

const { staffUsers, staffOffices, sessions, devices, offices } = schema;

/** A working day and then some; staff sign in again the next morning. */
const SESSION_MS = 12 * 60 * 60 * 1000;

export interface StaffPrincipal extends StaffUser {
  csrfToken: string;
}

export type DeviceKind = 'kiosk' | 'counter-tablet' | 'display';

export function createAuthService(db: Db) {
  const sessionByHash = db
    .select({ session: sessions, user: staffUsers })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare();
  const officesOfUser = db
    .select({ officeId: staffOffices.officeId })
    .from(staffOffices)
    .innerJoin(offices, eq(offices.id, staffOffices.officeId))
    .where(eq(staffOffices.userId, sql.placeholder('userId')))
    .orderBy(asc(offices.sortOrder))
    .prepare();
  const deviceByHash = db
    .select()
    .from(devices)
    .where(eq(devices.tokenHash, sql.placeholder('tokenHash')))
    .prepare();

  // Verifying against a real hash when the user doesn't exist keeps the answer time the same,
  // so response times don't reveal which usernames exist.
  const dummyHash = hashPassword(newToken());

  function principal(user: typeof staffUsers.$inferSelect, csrfToken: string): StaffPrincipal {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      officeIds: officesOfUser.all({ userId: user.id }).map((o) => o.officeId),
      csrfToken,
    };
  }

  return {
    async login(
      username: string,
      password: string,
      now: Date,
    ): Promise<{ token: string; staff: StaffPrincipal }> {
      const user = db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || !ok || user.disabledAt) throw new DomainError('invalid_credentials');
      const token = newToken();
      const csrfToken = newToken();
      writeTransaction(db, (tx) => {
        tx.delete(sessions).where(lt(sessions.expiresAt, now)).run();
        tx.insert(sessions)
          .values({
            tokenHash: hashToken(token),
            userId: user.id,
            csrfToken,
            createdAt: now,
            expiresAt: new Date(now.getTime() + SESSION_MS),
          })
          .run();
      });
      return { token, staff: principal(user, csrfToken) };
    },

    /** The signed-in staff member behind a session cookie, if the session is live. */
    session(token: string, now: Date): StaffPrincipal | undefined {
      const row = sessionByHash.get({ tokenHash: hashToken(token), now: now.getTime() });
      if (!row || row.user.disabledAt) return undefined;
      return principal(row.user, row.session.csrfToken);
    },

    logout(token: string): void {
      db.delete(sessions)
        .where(eq(sessions.tokenHash, hashToken(token)))
        .run();
    },

    /** An enrolled device presenting its bearer token, if it is one of the kinds asked for. */
    device(token: string, kinds: DeviceKind[]) {
      const row = deviceByHash.get({ tokenHash: hashToken(token) });
      if (!row || row.revokedAt || !kinds.includes(row.kind)) return undefined;
      return { id: row.id, officeId: row.officeId, kind: row.kind, windowId: row.windowId };
    },

    async createUser(
      input: { username: string; displayName?: string; role: Role; officeIds: string[]; password: string },
      now: Date,
    ) {
      if (input.password.length < 10) throw new Error('A password needs at least 10 characters.');
      const passwordHash = await hashPassword(input.password);
      const id = randomUUID();
      writeTransaction(db, (tx) => {
        tx.insert(staffUsers)
          .values({
            id,
            username: input.username,
            displayName: input.displayName ?? input.username,
            passwordHash,
            role: input.role,
            createdAt: now,
          })
          .run();
        if (input.officeIds.length > 0) {
          tx.insert(staffOffices)
            .values(input.officeIds.map((officeId) => ({ userId: id, officeId })))
            .run();
        }
      });
      return id;
    },

    /** Enrols a device and returns its token, which is shown this once and stored only hashed. */
    createDevice(
      input: {
        officeId: string;
        kind: DeviceKind;
        name: string;
        windowId?: string | undefined;
        token?: string;
      },
      now: Date,
    ) {
      const token = input.token ?? `dev_${newToken()}`;
      const id = randomUUID();
      db.insert(devices)
        .values({
          id,
          officeId: input.officeId,
          kind: input.kind,
          name: input.name,
          windowId: input.windowId ?? null,
          tokenHash: hashToken(token),
          createdAt: now,
        })
        .run();
      return { id, token };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
