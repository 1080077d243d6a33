import type { Db } from '@kakanai/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    clock: Clock;
    config: Config;
  }
}

/** What every module needs from the outside world, injected so tests can replace the clock and database. */
export const contextPlugin = fp(
  async (app: FastifyInstance, options: { db: Db; clock: Clock; config: Config }) => {
    app.decorate('db', options.db);
    app.decorate('clock', options.clock);
    app.decorate('config', options.config);
  },
  { name: 'context' },
);
