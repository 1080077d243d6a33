import { type Db, demoCatalogFolder, schema, seedDemoCity } from '@kakanai/db';
import { localDateOf } from '@kakanai/domain';
import type { AuthService } from '../auth/service.ts';
import { createProcedureCatalog, importCatalogFolder } from '../catalog/procedures.ts';

export const DEMO_PASSWORD = 'sakuradai-demo';

export const DEMO_ACCOUNTS = [
  { username: 'staff', displayName: '窓口 花子', role: 'staff', officeIds: ['main', 'kita'] },
  { username: 'manager', displayName: '課長 一郎', role: 'manager', officeIds: ['main', 'kita'] },
  { username: 'admin', displayName: 'システム管理者', role: 'admin', officeIds: ['main', 'kita'] },
] as const;

/**
 * Demo devices get well-known tokens so `pnpm start` can print working kiosk links every time.
 * Real devices are enrolled with `pnpm kakanai device add`, which makes a random token.
 */
export const DEMO_DEVICES = [
  { officeId: 'main', kind: 'kiosk', name: '本庁舎 1階ロビー キオスク', token: 'dev_demo-kiosk-main' },
  { officeId: 'kita', kind: 'kiosk', name: '北支所 キオスク', token: 'dev_demo-kiosk-kita' },
  { officeId: 'main', kind: 'display', name: '本庁舎 1階ロビー 表示板', token: 'dev_demo-display-main' },
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
  for (const device of DEMO_DEVICES) auth.createDevice(device, now);
  importCatalogFolder(createProcedureCatalog(db), demoCatalogFolder, now);
  return true;
}
