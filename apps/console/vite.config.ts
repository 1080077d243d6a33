import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ at /console/; in development, Vite serves the app and passes the API
// (and, later, the WebSocket stream) through to a server started with `pnpm start`.
export default defineConfig({
  plugins: [react()],
  base: '/console/',
  build: {
    outDir: 'dist',
    // The vendor chunk is React, React Router, TanStack Query, i18next and zod (the contracts parse
    // every answer): about 160 kB gzipped, loaded once on a staff PC and then cached.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Libraries change less often than the console: a separate chunk stays cached across releases.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
      treeshake: {
        // Our packages ship TypeScript source without a package.json `sideEffects` flag, so the
        // bundler keeps every module they import. Importing them does nothing (STYLE.md), so unused
        // ones can go: the console uses a few date helpers of @kakanai/domain, not its holiday table.
        moduleSideEffects: [
          { test: /\/packages\/(domain|contracts|client|ui)\/src\/.*\.tsx?$/, sideEffects: false },
        ],
      },
    },
  },
  server: {
    // The resident app's dev server takes 5173.
    port: 5174,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
