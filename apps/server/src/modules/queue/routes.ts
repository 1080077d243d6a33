import {
  CheckInBodySchema,
  IssueTicketBodySchema,
  OfficeParamsSchema,
  PublicStatusSchema,
  QueueSnapshotSchema,
  TicketIssuedSchema,
  TicketParamsSchema,
  TicketTokenQuerySchema,
  TicketViewSchema,
  TransferBodySchema,
  WindowParamsSchema,
  WindowRefSchema,
  WindowStatusBodySchema,
} from '@kakanai/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireDeviceOrStaff, requireStaff } from '../auth/guards.ts';
import type { QueueService } from './service.ts';

export const queueRoutes: FastifyPluginAsyncZod<{ queue: QueueService }> = async (app, { queue }) => {
  const now = () => app.clock.now();
  const staffOnly = { preHandler: requireStaff() };
  const kioskOrStaff = { preHandler: requireDeviceOrStaff(['kiosk']) };
  const lookupLimit = { rateLimit: { max: app.config.rateLimits.lookupsPerMinute, timeWindow: '1 minute' } };

  app.post(
    '/offices/:officeId/tickets',
    {
      ...kioskOrStaff,
      schema: {
        tags: ['queue'],
        summary: 'Take a walk-in number (kiosk device or staff)',
        params: OfficeParamsSchema,
        body: IssueTicketBodySchema,
        response: { 201: TicketIssuedSchema },
      },
    },
    async (request, reply) => {
      const issued = queue.issueWalkIn(
        request.params.officeId,
        request.body.serviceId,
        request.body.lang ?? 'ja',
        now(),
      );
      app.stream.notify();
      return reply.code(201).send(issued);
    },
  );

  app.post(
    '/offices/:officeId/check-ins',
    {
      ...kioskOrStaff,
      config: lookupLimit,
      schema: {
        tags: ['queue'],
        summary: 'Check in a reservation and get its number (kiosk device or staff)',
        params: OfficeParamsSchema,
        body: CheckInBodySchema,
        response: { 201: TicketIssuedSchema },
      },
    },
    async (request, reply) => {
      const issued = queue.checkIn(
        request.params.officeId,
        request.body.reservationCode,
        request.body.lang,
        now(),
      );
      app.stream.notify();
      return reply.code(201).send(issued);
    },
  );

  app.get(
    '/tickets/:ticketId',
    {
      // Phones in the hall share the building's Wi-Fi address, so the budget is per ticket, not per
      // address; the token itself (256 bits) is what keeps strangers out.
      config: {
        rateLimit: {
          max: app.config.rateLimits.lookupsPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request: { params: unknown }) =>
            `ticket:${(request.params as { ticketId: string }).ticketId}`,
        },
      },
      schema: {
        tags: ['queue'],
        summary: "The resident's ticket: position, estimated wait, the window when called",
        params: TicketParamsSchema,
        querystring: TicketTokenQuerySchema,
        response: { 200: TicketViewSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return queue.ticket(request.params.ticketId, request.query.token, now());
    },
  );

  app.get(
    '/offices/:officeId/queue',
    {
      ...staffOnly,
      schema: {
        tags: ['queue'],
        summary: "The console's snapshot: windows, waiting tickets in call order, active tickets",
        params: OfficeParamsSchema,
        response: { 200: QueueSnapshotSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(request.params.officeId);
      reply.header('cache-control', 'no-store');
      return queue.snapshot(request.params.officeId, now());
    },
  );

  app.get(
    '/offices/:officeId/public-status',
    {
      schema: {
        tags: ['queue'],
        summary: 'Numbers being called, waiting counts and estimated waits; no personal data',
        params: OfficeParamsSchema,
        response: { 200: PublicStatusSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return queue.publicStatus(request.params.officeId, now());
    },
  );

  app.post(
    '/windows/:windowId/call-next',
    {
      ...staffOnly,
      schema: {
        tags: ['queue'],
        summary: 'Call the next ticket for this window',
        params: WindowParamsSchema,
        response: { 200: TicketViewSchema, 204: z.undefined() },
      },
    },
    async (request, reply) => {
      const called = queue.callNext(request.params.windowId, request.staff!, now());
      app.stream.notify();
      return called ? called : reply.code(204).send();
    },
  );

  app.post(
    '/windows/:windowId/status',
    {
      ...staffOnly,
      schema: {
        tags: ['queue'],
        summary: 'Open, pause or close a window',
        params: WindowParamsSchema,
        body: WindowStatusBodySchema,
        response: { 200: WindowRefSchema.extend(WindowStatusBodySchema.shape) },
      },
    },
    async (request) => {
      const window = queue.setWindowStatus(
        request.params.windowId,
        request.body.status,
        request.staff!,
        now(),
      );
      app.stream.notify();
      return window;
    },
  );

  const actions = {
    recall: queue.recall,
    start: queue.start,
    complete: queue.complete,
    'no-show': queue.noShow,
  } as const;
  for (const [action, run] of Object.entries(actions)) {
    app.post(
      `/tickets/:ticketId/${action}`,
      {
        ...staffOnly,
        schema: {
          tags: ['queue'],
          summary: `${action[0]!.toUpperCase()}${action.slice(1).replace('-', ' ')} the ticket`,
          params: TicketParamsSchema,
          response: { 200: TicketViewSchema },
        },
      },
      async (request) => {
        const result = run(request.params.ticketId, request.staff!, now());
        app.stream.notify();
        return result;
      },
    );
  }

  app.post(
    '/tickets/:ticketId/transfer',
    {
      ...staffOnly,
      schema: {
        tags: ['queue'],
        summary: 'Send the ticket to another service with the same number (ワンストップ)',
        params: TicketParamsSchema,
        body: TransferBodySchema,
        response: { 200: TicketViewSchema },
      },
    },
    async (request) => {
      const result = queue.transfer(request.params.ticketId, request.body.serviceId, request.staff!, now());
      app.stream.notify();
      return result;
    },
  );
};
