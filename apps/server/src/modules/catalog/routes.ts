import {
  AvailabilityQuerySchema,
  AvailabilityResponseSchema,
  OfficeParamsSchema,
  OfficesResponseSchema,
  ServicesResponseSchema,
} from '@kakanai/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CatalogService } from './service.ts';

export const catalogRoutes: FastifyPluginAsyncZod<{ catalog: CatalogService }> = async (app, { catalog }) => {
  app.get(
    '/offices',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Offices residents can visit',
        response: { 200: OfficesResponseSchema },
      },
    },
    async () => ({ offices: catalog.listOffices() }),
  );

  app.get(
    '/offices/:officeId/services',
    {
      schema: {
        tags: ['catalog'],
        summary: "An office's services, what each is for and what to bring",
        params: OfficeParamsSchema,
        response: { 200: ServicesResponseSchema },
      },
    },
    async (request) => ({ services: catalog.listServices(request.params.officeId) }),
  );

  app.get(
    '/offices/:officeId/availability',
    {
      config: { rateLimit: { max: app.config.rateLimits.lookupsPerMinute * 4, timeWindow: '1 minute' } },
      schema: {
        tags: ['reservations'],
        summary: 'Bookable slots with seats left, and which days are closed and why',
        params: OfficeParamsSchema,
        querystring: AvailabilityQuerySchema,
        response: { 200: AvailabilityResponseSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return catalog.availability(request.params.officeId, request.query, app.clock.now());
    },
  );
};
