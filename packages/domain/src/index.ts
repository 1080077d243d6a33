export * from './calendar.ts';
export * from './contact.ts';
export * from './holidays.ts';
export * from './kana.ts';
export * from './opening-hours.ts';
export * from './reservation-code.ts';
export * from './slots.ts';
