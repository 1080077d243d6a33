import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['packages/domain/src/**/*.test.ts'],
          // A server in Tokyo and a laptop in Honolulu must compute the same slots.
          env: { TZ: 'Pacific/Honolulu' },
        },
      },
      {
        test: {
          name: 'packages',
          include: ['packages/{contracts,client,ui}/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'apps',
          include: ['apps/{console,resident}/src/**/*.test.ts', 'apps/card-bridge/src/**/*.test.ts'],
          env: { TZ: 'Pacific/Honolulu' },
        },
      },
      {
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts', 'db/src/**/*.test.ts'],
          env: { TZ: 'America/New_York' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
