export * from './open-database.ts';
export * as schema from './schema.ts';
export { seedDemoCity } from './seed-demo.ts';

import { fileURLToPath } from 'node:url';

/** The demo city's procedures and life-event guide, as JSON (see catalog/README.md). */
export const demoCatalogFolder = fileURLToPath(new URL('../catalog', import.meta.url));
