import { type Db, demoCatalogFolder, schema, seedDemoCity } from '@kakanai/db';
import { localDateOf } from '@kakanai/domain';
import type { AuthService, DeviceKind } from '../auth/service.ts';
import { createProcedureCatalog, importCatalogFolder } from '../catalog/procedures.ts';
import { createCatalogService } from '../catalog/service.ts';
import { type SimulateResult, simulateHistory } from '../stats/simulator.ts';

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
interface DemoDevice {
  officeId: string;
  kind: DeviceKind;
  name: string;
  windowId?: string;
  token: string;
}

export const DEMO_DEVICES: readonly DemoDevice[] = [
  { officeId: 'main', kind: 'kiosk', name: '本庁舎 1階ロビー キオスク', token: 'dev_demo-kiosk-main' },
  { officeId: 'kita', kind: 'kiosk', name: '北支所 キオスク', token: 'dev_demo-kiosk-kita' },
  { officeId: 'main', kind: 'display', name: '本庁舎 1階ロビー 表示板', token: 'dev_demo-display-main' },
  // A counter tablet at every demo window, facing the resident: dev_demo-tablet-main-w4 is at 本庁舎 4番窓口.
  ...(
    [
      ['main', 8],
      ['kita', 2],
    ] as const
  ).flatMap(([officeId, windows]) =>
    Array.from(
      { length: windows },
      (_, i): DemoDevice => ({
        officeId,
        kind: 'counter-tablet',
        name: `${officeId === 'main' ? '本庁舎' : '北支所'} ${i + 1}番窓口 カウンタータブレット`,
        windowId: `${officeId}-w${i + 1}`,
        token: `dev_demo-tablet-${officeId}-w${i + 1}`,
      }),
    ),
  ),
];

export function isEmpty(db: Db): boolean {
  return db.select({ id: schema.offices.id }).from(schema.offices).limit(1).all().length === 0;
}

/** Days of simulated counter history the demo starts with: a season of trends, and the forecast's 16 weeks. */
export const DEMO_HISTORY_DAYS = 120;

/**
 * Fills the demo city with simulated counter history up to yesterday, so the manager dashboard
 * has something to show on first start: what the demo's ten windows serve, about two hundred
 * visits a day across both offices, some 16,000 in all; `pnpm kakanai simulate` makes more.
 */
export function seedDemoHistory(db: Db, now: Date, days = DEMO_HISTORY_DAYS): SimulateResult {
  return simulateHistory(db, createCatalogService(db), { days, now, seed: 1 });
}

/**
 * Seeds さくら台市 and its demo staff accounts into an empty database, and with `history` its
 * simulated past (tests leave it out unless they need it). Returns false if it wasn't empty.
 */
export async function seedDemo(
  db: Db,
  auth: AuthService,
  now: Date,
  options: { history?: boolean } = {},
): Promise<boolean> {
  if (!isEmpty(db)) return false;
  seedDemoCity(db, localDateOf(now, 'Asia/Tokyo'));
  for (const account of DEMO_ACCOUNTS) {
    await auth.createUser({ ...account, officeIds: [...account.officeIds], password: DEMO_PASSWORD }, now);
  }
  for (const device of DEMO_DEVICES) auth.createDevice(device, now);
  importCatalogFolder(createProcedureCatalog(db), demoCatalogFolder, now);
  if (options.history) seedDemoHistory(db, now);
  return true;
}
