import { type Db, schema, seedDemoCity } from '@kakanai/db';
import { localDateOf } from '@kakanai/domain';
import type { AuthService } from '../auth/service.ts';

export const DEMO_PASSWORD = 'sakuradai-demo';

export const DEMO_ACCOUNTS = [
  { username: 'staff', displayName: '窓口 花子', role: 'staff', officeIds: ['main', 'kita'] },
  { username: 'manager', displayName: '課長 一郎', role: 'manager', officeIds: ['main', 'kita'] },
  { username: 'admin', displayName: 'システム管理者', role: 'admin', officeIds: ['main', 'kita'] },
] as const;

export function isEmpty(db: Db): boolean {
  return db.select({ id: schema.offices.id }).from(schema.offices).limit(1).all().length === 0;
}

/** Seeds さくら台市 and its demo staff accounts into an empty database. Returns false if it wasn't empty. */
export async function seedDemo(db: Db, auth: AuthService, now: Date): Promise<boolean> {
  if (!isEmpty(db)) return false;
  seedDemoCity(db, localDateOf(now, 'Asia/Tokyo'));
  for (const account of DEMO_ACCOUNTS) {
    await auth.createUser({ ...account, officeIds: [...account.officeIds], password: DEMO_PASSWORD }, now);
  }
  return true;
}
