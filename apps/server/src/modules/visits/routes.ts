import {
  AttachReservationBodySchema,
  DraftBodySchema,
  DraftCreatedSchema,
  DraftParamsSchema,
  DraftResponseSchema,
} from '@kakanai/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain-error.ts';
import type { DraftService } from './drafts.ts';

const BearerHeadersSchema = z.object({ authorization: z.string().optional() });

function draftToken(request: FastifyRequest): string {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new DomainError('draft_not_found');
  return match[1];
}

export const draftRoutes: FastifyPluginAsyncZod<{ drafts: DraftService }> = async (app, { drafts }) => {
  const limits = app.config.rateLimits;
  const lookupLimit = { rateLimit: { max: limits.lookupsPerMinute, timeWindow: '1 minute' } };
  const now = () => app.clock.now();

  app.post(
    '/drafts',
    {
      config: { rateLimit: { max: limits.bookingsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['drafts'],
        summary: 'Pre-enter application data (事前入力); returns the draft code and its token',
        body: DraftBodySchema,
        response: { 201: DraftCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(drafts.create(request.body, now())),
  );

  app.get(
    '/drafts/:code',
    {
      config: lookupLimit,
      schema: {
        tags: ['drafts'],
        summary: 'The draft, for the holder of its token',
        params: DraftParamsSchema,
        headers: BearerHeadersSchema,
        response: { 200: DraftResponseSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { draft: drafts.get(request.params.code, draftToken(request), now()) };
    },
  );

  app.put(
    '/drafts/:code',
    {
      config: lookupLimit,
      schema: {
        tags: ['drafts'],
        summary: 'Save changes to the draft',
        params: DraftParamsSchema,
        headers: BearerHeadersSchema,
        body: DraftBodySchema,
        response: { 200: DraftResponseSchema },
      },
    },
    async (request) => ({
      draft: drafts.update(request.params.code, draftToken(request), request.body, now()),
    }),
  );

  app.post(
    '/drafts/:code/reservation',
    {
      config: lookupLimit,
      schema: {
        tags: ['drafts'],
        summary: 'Attach the draft to a reservation (proven by its manage token)',
        params: DraftParamsSchema,
        headers: BearerHeadersSchema,
        body: AttachReservationBodySchema,
        response: { 200: DraftResponseSchema },
      },
    },
    async (request) => ({
      draft: drafts.attachReservation(
        request.params.code,
        draftToken(request),
        request.body.reservationCode,
        request.body.manageToken,
        now(),
      ),
    }),
  );

  app.get(
    '/drafts/:code/application.pdf',
    {
      config: lookupLimit,
      schema: {
        tags: ['drafts'],
        summary: 'Every procedure of the draft as one PDF',
        params: DraftParamsSchema,
        headers: BearerHeadersSchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { filename, bytes } = await drafts.pdf(request.params.code, draftToken(request), now());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes));
    },
  );
};
