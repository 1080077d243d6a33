import {
  LifeEventsResponseSchema,
  PostalLookupResponseSchema,
  ProceduresResponseSchema,
} from '@kakanai/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProcedureCatalog } from './procedures.ts';

export const procedureRoutes: FastifyPluginAsyncZod<{ procedures: ProcedureCatalog }> = async (
  app,
  { procedures },
) => {
  app.get(
    '/procedures',
    {
      schema: {
        tags: ['procedures'],
        summary: 'The procedure catalog, each with its form definition',
        response: { 200: ProceduresResponseSchema },
      },
    },
    async () => ({ procedures: procedures.list() }),
  );

  app.get(
    '/life-events',
    {
      schema: {
        tags: ['procedures'],
        summary: "The life-event guide's events, questions and rules (手続きナビ)",
        response: { 200: LifeEventsResponseSchema },
      },
    },
    async () => ({ lifeEvents: procedures.lifeEvents() }),
  );

  app.get(
    '/postal-codes/:code',
    {
      config: { rateLimit: { max: app.config.rateLimits.lookupsPerMinute * 4, timeWindow: '1 minute' } },
      schema: {
        tags: ['procedures'],
        summary: 'Addresses for a postal code, from offline data',
        params: z.object({ code: z.string().min(7).max(12) }),
        response: { 200: PostalLookupResponseSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { addresses: procedures.postalLookup(request.params.code) };
    },
  );
};
