import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const appDist = (name: string) => fileURLToPath(new URL(`../../../${name}/dist`, import.meta.url));

/**
 * Serves the built front ends: the resident app at /, the console at /console/. Any other GET
 * that wants HTML gets the app's index.html, so deep links work.
 */
export const staticFilesPlugin = fp(
  async (app: FastifyInstance) => {
    const resident = appDist('resident');
    const console = appDist('console');
    const apps = [
      { prefix: '/console/', root: console },
      { prefix: '/', root: resident },
    ].filter((a) => existsSync(`${a.root}/index.html`));
    for (const [i, { prefix, root }] of apps.entries()) {
      await app.register(fastifyStatic, {
        root,
        prefix,
        decorateReply: i === 0,
        wildcard: false,
        index: 'index.html',
        setHeaders: (res, path) => {
          // Vite fingerprints everything under assets/; the HTML must always be revalidated.
          res.header(
            'cache-control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    }
    app.decorate('spaFallback', (url: string) => {
      if (url.startsWith('/api/')) return undefined;
      return apps.find((a) => url.startsWith(a.prefix) || `${url}/` === a.prefix);
    });
  },
  { name: 'static-files' },
);

declare module 'fastify' {
  interface FastifyInstance {
    spaFallback?: (url: string) => { prefix: string; root: string } | undefined;
  }
}
