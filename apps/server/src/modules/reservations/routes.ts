import {
  CalendarQuerySchema,
  CreateReservationBodySchema,
  IdempotencyHeadersSchema,
  OfficeParamsSchema,
  RescheduleBodySchema,
  ReservationCodeParamsSchema,
  ReservationCreatedSchema,
  ReservationDetailSchema,
  ReservationIdParamsSchema,
  StaffCancelBodySchema,
  StaffDayQuerySchema,
  StaffDayResponseSchema,
  StaffReservationSchema,
} from '@kakanai/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain-error.ts';
import { requireStaff } from '../auth/guards.ts';
import type { ReservationService } from './service.ts';

const BearerHeadersSchema = z.object({ authorization: z.string().optional() });

/** The manage token travels as a bearer token; a missing one is the same as a wrong one. */
function manageToken(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new DomainError('reservation_not_found');
  return match[1];
}

export const reservationRoutes: FastifyPluginAsyncZod<{ reservations: ReservationService }> = async (
  app,
  { reservations },
) => {
  const limits = app.config.rateLimits;
  const lookupLimit = { rateLimit: { max: limits.lookupsPerMinute, timeWindow: '1 minute' } };

  app.post(
    '/reservations',
    {
      config: { rateLimit: { max: limits.bookingsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['reservations'],
        summary: 'Book a slot',
        headers: IdempotencyHeadersSchema,
        body: CreateReservationBodySchema,
        response: { 200: ReservationCreatedSchema, 201: ReservationCreatedSchema },
      },
    },
    async (request, reply) => {
      const answer = reservations.create(request.body, request.headers['idempotency-key'], app.clock.now());
      return reply.code(answer.statusCode as 200 | 201).send(answer.body);
    },
  );

  app.get(
    '/reservations/:code',
    {
      config: lookupLimit,
      schema: {
        tags: ['reservations'],
        summary: 'The booking, for the resident holding its manage token',
        params: ReservationCodeParamsSchema,
        headers: BearerHeadersSchema,
        response: { 200: ReservationDetailSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return reservations.get(request.params.code, manageToken(request));
    },
  );

  app.post(
    '/reservations/:code/cancel',
    {
      config: lookupLimit,
      schema: {
        tags: ['reservations'],
        summary: 'Cancel the booking',
        params: ReservationCodeParamsSchema,
        headers: BearerHeadersSchema,
        response: { 200: ReservationDetailSchema },
      },
    },
    async (request) =>
      reservations.cancelByResident(request.params.code, manageToken(request), app.clock.now()),
  );

  app.post(
    '/reservations/:code/reschedule',
    {
      config: lookupLimit,
      schema: {
        tags: ['reservations'],
        summary: 'Move the booking to another slot of the same service, atomically',
        params: ReservationCodeParamsSchema,
        headers: BearerHeadersSchema,
        body: RescheduleBodySchema,
        response: { 200: ReservationDetailSchema },
      },
    },
    async (request) =>
      reservations.reschedule(request.params.code, manageToken(request), request.body.start, app.clock.now()),
  );

  app.get(
    '/reservations/:code/calendar.ics',
    {
      config: lookupLimit,
      schema: {
        tags: ['reservations'],
        summary: 'The booking as an iCalendar event',
        params: ReservationCodeParamsSchema,
        querystring: CalendarQuerySchema,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const file = reservations.calendar(request.params.code, request.query.token, app.clock.now());
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.get(
    '/offices/:officeId/reservations',
    {
      preHandler: requireStaff(),
      schema: {
        tags: ['staff'],
        summary: "The office's bookings for one day, slot by slot",
        params: OfficeParamsSchema,
        querystring: StaffDayQuerySchema,
        response: { 200: StaffDayResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(request.params.officeId);
      reply.header('cache-control', 'no-store');
      return reservations.staffDay(
        request.params.officeId,
        request.query.date,
        request.staff!.id,
        app.clock.now(),
      );
    },
  );

  app.post(
    '/offices/:officeId/reservations/:reservationId/cancel',
    {
      preHandler: requireStaff(),
      schema: {
        tags: ['staff'],
        summary: 'Cancel a booking for the office, with a reason the resident will see',
        params: OfficeParamsSchema.extend(ReservationIdParamsSchema.shape),
        body: StaffCancelBodySchema,
        response: { 200: StaffReservationSchema },
      },
    },
    async (request) => {
      request.assertOffice(request.params.officeId);
      return reservations.cancelByOffice(
        request.params.officeId,
        request.params.reservationId,
        request.body.reason,
        request.staff!.id,
        app.clock.now(),
      );
    },
  );
};
