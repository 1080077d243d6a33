export * from './catalog.ts';
export * from './common.ts';
export * from './procedures.ts';
export * from './queue.ts';
export * from './reservations.ts';
export * from './staff.ts';
export * from './stats.ts';
export * from './visits.ts';
