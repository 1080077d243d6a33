import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { type Db, schema } from '@kakanai/db';
import { eq, lt, sql } from 'drizzle-orm';
import { sha256 } from '../../crypto.ts';
import { DomainError } from '../../domain-error.ts';

/** How long a retry with the same key gets the first answer back. */
const KEEP_MS = 24 * 60 * 60 * 1000;

function sealingKey(idempotencyKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', idempotencyKey, 'kakanai/idempotency', 'response', 32));
}

// The stored answer carries the manage token. Encrypting it with a key derived from the
// Idempotency-Key means the table is useless to anyone who doesn't already hold the key.
function seal(idempotencyKey: string, body: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

function unseal(idempotencyKey: string, sealed: string): unknown {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(idempotencyKey), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}

export interface StoredAnswer {
  statusCode: number;
  body: unknown;
}

/** Stores first answers to requests that carry an Idempotency-Key. Use inside the request's transaction. */
export function createIdempotencyStore(db: Db) {
  const { idempotencyRecords } = schema;
  const byKey = db
    .select()
    .from(idempotencyRecords)
    .where(eq(idempotencyRecords.keyHash, sql.placeholder('keyHash')))
    .prepare();

  return {
    /** The first answer for this key, or undefined; refuses the key if it came with a different request. */
    replay(scope: string, key: string, request: unknown, now: Date): StoredAnswer | undefined {
      const record = byKey.get({ keyHash: sha256(`${scope}\n${key}`) });
      if (!record || record.expiresAt.getTime() <= now.getTime()) return undefined;
      if (record.requestHash !== sha256(JSON.stringify(request)))
        throw new DomainError('idempotency_key_reused');
      return { statusCode: record.statusCode, body: unseal(key, record.sealedBody) };
    },

    remember(scope: string, key: string, request: unknown, answer: StoredAnswer, now: Date): void {
      const values = {
        keyHash: sha256(`${scope}\n${key}`),
        requestHash: sha256(JSON.stringify(request)),
        statusCode: answer.statusCode,
        sealedBody: seal(key, answer.body),
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEEP_MS),
      };
      db.insert(idempotencyRecords)
        .values(values)
        .onConflictDoUpdate({ target: idempotencyRecords.keyHash, set: values })
        .run();
    },

    purgeExpired(now: Date): number {
      return db.delete(idempotencyRecords).where(lt(idempotencyRecords.expiresAt, now)).run().changes;
    },
  };
}
