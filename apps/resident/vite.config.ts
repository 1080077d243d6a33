import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ at '/'; in development Vite serves the app and forwards the API.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false, ws: true },
    },
  },
});
