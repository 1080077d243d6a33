import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document, generated from the zod contracts on the routes, and a viewer at /api/docs. */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Kakanai API',
          description: '書かない窓口: reservations, the hall queue, procedures and applications.',
          version: '1.0.0',
        },
        servers: [{ url: app.config.publicBaseUrl }],
        tags: [
          { name: 'catalog', description: 'Offices and services' },
          { name: 'reservations', description: 'Booking a window slot' },
          { name: 'auth', description: 'Staff sign-in' },
          { name: 'staff', description: 'Counter staff' },
          { name: 'queue', description: 'Tickets, check-in, calling at the windows, public status' },
          { name: 'stream', description: 'Live events over WebSocket' },
          {
            name: 'procedures',
            description: 'Procedures and their forms, the life-event guide, postal codes',
          },
          { name: 'drafts', description: "Residents' pre-entry (事前入力) and the application PDF" },
          { name: 'stats', description: 'Statistics, forecast and staffing for managers' },
        ],
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  },
  { name: 'openapi', dependencies: ['context'] },
);
