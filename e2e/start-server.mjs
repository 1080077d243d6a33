// Starts the real server on a fresh demo database for the browser tests.
import { rmSync } from 'node:fs';
import { register } from 'tsx/esm/api';

const path = process.env.DATABASE_PATH ?? 'e2e/.tmp/e2e.sqlite';
for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
register();
await import('../apps/server/src/main.ts');
