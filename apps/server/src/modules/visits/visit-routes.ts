import {
  ApplicationExportBodySchema,
  CardRequestBodySchema,
  CardResultBodySchema,
  CurrentVisitResponseSchema,
  FlagBodySchema,
  LoadDraftBodySchema,
  OfficeParamsSchema,
  OpenVisitBodySchema,
  SignBodySchema,
  TabletStateSchema,
  UpdateVisitBodySchema,
  VisitListQuerySchema,
  VisitListResponseSchema,
  VisitParamsSchema,
  VisitResponseSchema,
  VisitVersionBodySchema,
  WindowParamsSchema,
} from '@kakanai/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { DomainError } from '../../domain-error.ts';
import { requireDevice, requireStaff } from '../auth/guards.ts';
import type { VisitService } from './service.ts';

const staffOf = (request: FastifyRequest) => {
  if (!request.staff) throw new DomainError('unauthorized');
  return request.staff;
};
const deviceOf = (request: FastifyRequest) => {
  if (!request.device) throw new DomainError('unauthorized');
  return request.device;
};
const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/** The visit at the window: staff routes (session) and the counter tablet's routes (device token). */
export const visitRoutes: FastifyPluginAsyncZod<{ visits: VisitService }> = async (app, { visits }) => {
  const now = () => app.clock.now();
  const staffOnly = { preHandler: requireStaff() };
  const tabletOnly = { preHandler: requireDevice(['counter-tablet']) };
  const tags = ['visits'];
  const tabletTags = ['counter tablet'];
  /** Answers with the visit, never cached, and wakes the stream for the event the change appended. */
  const answer = async (reply: FastifyReply, visit: ReturnType<VisitService['get']>) => {
    app.stream.notify();
    noStore(reply);
    return { visit };
  };

  app.post(
    '/windows/:windowId/visits',
    {
      ...staffOnly,
      schema: {
        tags,
        summary:
          'Open the visit of the ticket at this window (loading its reservation and pre-entry), or a fresh one',
        params: WindowParamsSchema,
        body: OpenVisitBodySchema,
        response: { 200: VisitResponseSchema, 201: VisitResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(visits.windowOffice(request.params.windowId));
      const { visit, created } = visits.open(request.params.windowId, request.body, staffOf(request), now());
      app.stream.notify();
      return noStore(reply)
        .code(created ? 201 : 200)
        .send({ visit });
    },
  );

  app.get(
    '/windows/:windowId/visit',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'The visit open at this window today, if any',
        params: WindowParamsSchema,
        response: { 200: CurrentVisitResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(visits.windowOffice(request.params.windowId));
      const visit = visits.current(request.params.windowId, staffOf(request), now());
      noStore(reply);
      return visit ? { visit } : {};
    },
  );

  app.get(
    '/visits/:visitId',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'One visit (audited)',
        params: VisitParamsSchema,
        response: { 200: VisitResponseSchema },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return { visit: visits.get(request.params.visitId, staffOf(request), now()) };
    },
  );

  app.put(
    '/visits/:visitId',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'Save the values; a change to what the tablet showed makes a new version',
        params: VisitParamsSchema,
        body: UpdateVisitBodySchema,
        response: { 200: VisitResponseSchema },
      },
    },
    async (request, reply) =>
      answer(reply, visits.update(request.params.visitId, request.body, staffOf(request), now())),
  );

  app.post(
    '/visits/:visitId/draft',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'Load a pre-entry (事前入力) into the visit by the code the resident shows',
        params: VisitParamsSchema,
        body: LoadDraftBodySchema,
        response: { 200: VisitResponseSchema },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        visits.loadDraft(request.params.visitId, request.body.draftCode, staffOf(request), now()),
      ),
  );

  app.post(
    '/visits/:visitId/send',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'Send the forms to the counter tablet for the resident to read and sign',
        params: VisitParamsSchema,
        body: VisitVersionBodySchema,
        response: { 200: VisitResponseSchema },
      },
    },
    async (request, reply) =>
      answer(reply, visits.send(request.params.visitId, request.body.version, staffOf(request), now())),
  );

  app.post(
    '/visits/:visitId/card-request',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'Ask the counter tablet to take the PIN and read the ID card (or withdraw the request)',
        params: VisitParamsSchema,
        body: CardRequestBodySchema,
        response: { 200: VisitResponseSchema },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        visits.requestCard(request.params.visitId, request.body.cancel ?? false, staffOf(request), now()),
      ),
  );

  app.post(
    '/visits/:visitId/accept',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'Accept the signed application (only the signed version, unchanged)',
        params: VisitParamsSchema,
        body: VisitVersionBodySchema,
        response: { 200: VisitResponseSchema },
      },
    },
    async (request, reply) =>
      answer(reply, visits.accept(request.params.visitId, request.body.version, staffOf(request), now())),
  );

  app.get(
    '/visits/:visitId/application.pdf',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: 'The forms as one PDF, with the signature and its hash once signed',
        params: VisitParamsSchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { filename, bytes } = await visits.pdf(request.params.visitId, staffOf(request), now());
      return noStore(reply)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/offices/:officeId/visits',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: "The day's applications at the office",
        params: OfficeParamsSchema,
        querystring: VisitListQuerySchema,
        response: { 200: VisitListResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(request.params.officeId);
      noStore(reply);
      return {
        visits: visits.list(request.params.officeId, request.query.date, staffOf(request), now()),
      };
    },
  );

  app.post(
    '/offices/:officeId/applications/export',
    {
      ...staffOnly,
      schema: {
        tags,
        summary: "The day's accepted applications of one procedure for the back office, as CSV or JSON",
        params: OfficeParamsSchema,
        body: ApplicationExportBodySchema,
        produces: ['text/csv', 'application/json'],
      },
    },
    async (request, reply) => {
      request.assertOffice(request.params.officeId);
      const { filename, content } = visits.exportApplications(
        request.params.officeId,
        request.body,
        staffOf(request),
        now(),
      );
      app.stream.notify();
      return noStore(reply)
        .header(
          'content-type',
          request.body.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        )
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(content);
    },
  );

  app.get(
    '/tablet',
    {
      ...tabletOnly,
      schema: {
        tags: tabletTags,
        summary: "The counter tablet's window and the visit open there",
        response: { 200: TabletStateSchema },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return visits.tabletState(deviceOf(request), now());
    },
  );

  const tabletWrite = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (visitId: string, body: z.infer<B>, request: FastifyRequest) => void | Promise<void>,
    bodyLimit?: number,
  ) =>
    app.post(
      `/tablet/visits/:visitId/${path}`,
      {
        ...tabletOnly,
        ...(bodyLimit ? { bodyLimit } : {}),
        schema: { tags: tabletTags, summary, params: VisitParamsSchema, body },
      },
      async (request, reply) => {
        const { visitId } = request.params as { visitId: string };
        await run(visitId, request.body as z.infer<B>, request);
        app.stream.notify();
        return reply.code(204).send();
      },
    );

  tabletWrite(
    'card',
    'The 基本4情報 read from the ID card through the card bridge, or why there are none',
    CardResultBodySchema,
    (visitId, body, request) => visits.cardResult(deviceOf(request), visitId, body, now()),
  );
  tabletWrite(
    'flags',
    'Values the resident marked as wrong: back to staff',
    FlagBodySchema,
    (visitId, body, request) => visits.flag(deviceOf(request), visitId, body, now()),
  );
  tabletWrite(
    'sign',
    'The resident signs the version they read',
    SignBodySchema,
    (visitId, body, request) => visits.sign(deviceOf(request), visitId, body, now()),
    // A finger signature at the tablet's pixel density: a few hundred kilobytes of PNG at most.
    512 * 1024,
  );
};
