import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  /** A file path, or ':memory:' for tests. */
  path: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Opens the SQLite database with the settings Kakanai relies on:
 * - WAL, so readers (availability, the stream) never wait for the writer;
 * - synchronous=FULL: every commit is fsynced before it returns. better-sqlite3 leaves WAL at
 *   NORMAL, which can lose the last commits on a power cut; a resident holding a reservation code
 *   must be able to trust that the booking exists, so we pay the fsync on each write;
 * - foreign keys on, and a busy timeout so a second process (the CLI) waits instead of failing.
 */
export function openDatabase(options: OpenDatabaseOptions): Db {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const sqlite = new Database(options.path);
  if (options.path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  if (options.migrate ?? true) migrate(db, { migrationsFolder });
  return db;
}

/**
 * Runs `work` in a transaction that takes the write lock up front (BEGIN IMMEDIATE). A deferred
 * transaction that reads and then writes can fail with SQLITE_BUSY at once when another connection
 * wrote in between; taking the lock first makes it wait for busy_timeout instead. `work` must be
 * synchronous: better-sqlite3 commits when the callback returns.
 */
export function writeTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.transaction(
    (tx) => {
      const result = work(tx as unknown as Db);
      if (result instanceof Promise) throw new Error('writeTransaction work must be synchronous');
      return result;
    },
    { behavior: 'immediate' },
  );
}

export function closeDatabase(db: Db): void {
  db.$client.close();
}
