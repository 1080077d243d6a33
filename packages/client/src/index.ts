export * from './api-client.ts';
export * from './api-error.ts';
