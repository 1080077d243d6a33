export * from './open-database.ts';
export * as schema from './schema.ts';
export { seedDemoCity } from './seed-demo.ts';
