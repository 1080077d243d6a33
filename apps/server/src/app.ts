import websocket from '@fastify/websocket';
import { HealthResponseSchema } from '@kakanai/contracts';
import type { Db } from '@kakanai/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { authRoutes, deviceRoutes } from './modules/auth/routes.ts';
import { procedureRoutes } from './modules/catalog/procedure-routes.ts';
import { createProcedureCatalog } from './modules/catalog/procedures.ts';
import { catalogRoutes } from './modules/catalog/routes.ts';
import { createCatalogService } from './modules/catalog/service.ts';
import { queueRoutes } from './modules/queue/routes.ts';
import { createQueueService } from './modules/queue/service.ts';
import { reservationRoutes } from './modules/reservations/routes.ts';
import { createReservationService } from './modules/reservations/service.ts';
import { statsRoutes } from './modules/stats/routes.ts';
import { createStatsService } from './modules/stats/service.ts';
import { streamRoutes } from './modules/stream/routes.ts';
import { createDraftService } from './modules/visits/drafts.ts';
import { draftRoutes } from './modules/visits/routes.ts';
import { createVisitService } from './modules/visits/service.ts';
import { visitRoutes } from './modules/visits/visit-routes.ts';
import { authPlugin } from './plugins/auth.ts';
import { contextPlugin } from './plugins/context.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { securityPlugin } from './plugins/security.ts';
import { staticFilesPlugin } from './plugins/static-files.ts';
import { streamPlugin } from './plugins/stream.ts';

export interface BuildAppOptions {
  db: Db;
  clock: Clock;
  config: Config;
}

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    // Never bodies, headers or query strings: they carry names, phone numbers and tokens.
    serializers: {
      req: (request) => ({ id: request.id, method: request.method, url: request.url.split('?')[0] }),
      res: (reply) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** Builds the whole server from its parts; `main.ts` listens, tests `inject`. */
export async function buildApp(options: BuildAppOptions) {
  const app = Fastify({
    logger: loggerOptions(options.config),
    bodyLimit: 64 * 1024,
    trustProxy: options.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');

  await app.register(contextPlugin, { db: options.db, clock: options.clock, config: options.config });
  await app.register(staticFilesPlugin);
  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(authPlugin);
  await app.register(openapiPlugin);
  await app.register(websocket);
  await app.register(streamPlugin);

  const catalog = createCatalogService(options.db);
  const reservations = createReservationService({ db: options.db, catalog, config: options.config });
  const queue = createQueueService({ db: options.db, catalog, config: options.config });
  const procedures = createProcedureCatalog(options.db);
  const drafts = createDraftService({ db: options.db, procedures, catalog, config: options.config });
  const stats = createStatsService({ db: options.db, catalog, config: options.config });
  const visits = createVisitService({ db: options.db, procedures, catalog, config: options.config });
  app.decorate('drafts', drafts);
  app.decorate('visits', visits);
  app.decorate('queue', queue);
  app.decorate('stats', stats);

  // Every minute: the business-day rollover (close what is left waiting after closing time, and
  // yesterday's tickets), the statistics rollup of days so closed, and the removal of expired
  // drafts' and old visits' personal data.
  let rollover: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    queue.closeStaleTickets(options.clock.now());
    stats.rollUpClosedDays(options.clock.now(), true);
    drafts.purgeExpired(options.clock.now());
    visits.purgePersonalData(options.clock.now());
    rollover = setInterval(() => {
      const now = options.clock.now();
      if (queue.closeStaleTickets(now) > 0) app.stream.pump();
      stats.rollUpClosedDays(now);
      drafts.purgeExpired(now);
      visits.purgePersonalData(now);
    }, 60_000);
    rollover.unref();
  });
  app.addHook('onClose', async () => clearInterval(rollover));

  await app.register(
    async (api) => {
      api.get(
        '/health',
        { schema: { tags: ['catalog'], summary: 'Liveness', response: { 200: HealthResponseSchema } } },
        async () => ({ status: 'ok' as const }),
      );
      await api.register(catalogRoutes, { catalog });
      await api.register(reservationRoutes, { reservations });
      await api.register(authRoutes);
      await api.register(deviceRoutes);
      await api.register(queueRoutes, { queue });
      await api.register(streamRoutes, { queue, catalog, visits });
      await api.register(procedureRoutes, { procedures });
      await api.register(draftRoutes, { drafts });
      await api.register(visitRoutes, { visits });
      await api.register(statsRoutes, { stats });
    },
    { prefix: '/api/v1' },
  );
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The queue's use cases, for the rollover timer and tests. */
    queue: ReturnType<typeof createQueueService>;
    drafts: ReturnType<typeof createDraftService>;
    visits: ReturnType<typeof createVisitService>;
    /** Statistics, for the rollup timer and tests. */
    stats: ReturnType<typeof createStatsService>;
  }
}
