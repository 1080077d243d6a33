import {
  ForecastQuerySchema,
  ForecastResponseSchema,
  ProcedureStatsResponseSchema,
  StaffingQuerySchema,
  StaffingResponseSchema,
  StatsExportQuerySchema,
  StatsQuerySchema,
  SummaryResponseSchema,
} from '@kakanai/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../auth/guards.ts';
import type { StatsService } from './service.ts';

export const statsRoutes: FastifyPluginAsyncZod<{ stats: StatsService }> = async (app, { stats }) => {
  const managers = { preHandler: requireStaff(['manager', 'admin']) };

  app.get(
    '/stats/summary',
    {
      ...managers,
      schema: {
        tags: ['stats'],
        summary: 'Visits, waiting and service times, service level and breakdowns for a range of days',
        querystring: StatsQuerySchema,
        response: { 200: SummaryResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(request.query.officeId);
      reply.header('cache-control', 'no-store');
      return stats.summary(request.query);
    },
  );

  app.get(
    '/stats/procedures',
    {
      ...managers,
      schema: {
        tags: ['stats'],
        summary:
          'Time per procedure: accepted applications and minutes from the call to acceptance, split into its steps; an application with several procedures counts in each',
        querystring: StatsQuerySchema,
        response: { 200: ProcedureStatsResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(request.query.officeId);
      reply.header('cache-control', 'no-store');
      return stats.procedures(request.query);
    },
  );

  app.get(
    '/stats/forecast',
    {
      ...managers,
      schema: {
        tags: ['stats'],
        summary: "A day's expected arrivals by hour and the windows needed to meet the service level",
        querystring: ForecastQuerySchema,
        response: { 200: ForecastResponseSchema },
      },
    },
    async (request, reply) => {
      request.assertOffice(request.query.officeId);
      reply.header('cache-control', 'no-store');
      return stats.forecast(request.query);
    },
  );

  app.get(
    '/stats/staffing',
    {
      ...managers,
      schema: {
        tags: ['stats'],
        summary: 'What-if: the fewest windows for an hour of arrivals to meet a service level (Erlang C)',
        querystring: StaffingQuerySchema,
        response: { 200: StaffingResponseSchema },
      },
    },
    async (request) => stats.staffing(request.query),
  );

  app.get(
    '/stats/export.csv',
    {
      ...managers,
      schema: {
        tags: ['stats'],
        summary: 'The figures, or the anonymous ticket rows, as CSV (UTF-8 with BOM) for Excel',
        querystring: StatsExportQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      request.assertOffice(request.query.officeId);
      const file = stats.exportCsv(request.query, request.staff!.id, app.clock.now());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
