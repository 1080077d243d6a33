import type { Problem, ProblemCode } from '@kakanai/contracts';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../domain-error.ts';

const STATUS: Record<ProblemCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  range_too_long: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  office_not_found: 404,
  service_not_found: 404,
  reservation_not_found: 404,
  ticket_not_found: 404,
  procedure_not_found: 404,
  draft_not_found: 404,
  visit_not_found: 404,
  visit_purged: 410,
  window_not_found: 404,
  slot_full: 409,
  slot_unavailable: 409,
  reservation_not_active: 409,
  reservation_same_slot: 409,
  contact_limit_reached: 409,
  already_checked_in: 409,
  ticket_not_active: 409,
  window_not_open: 409,
  window_busy: 409,
  visit_version_conflict: 409,
  visit_not_editable: 409,
  visit_not_awaiting_confirmation: 409,
  visit_not_signed: 409,
  card_not_requested: 409,
  device_not_bound: 409,
  office_not_open: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  service_not_bookable: 422,
  slot_in_past: 422,
  slot_too_soon: 422,
  slot_beyond_horizon: 422,
  office_closed: 422,
  slot_off_grid: 422,
  idempotency_key_reused: 422,
  check_in_too_early: 422,
  check_in_too_late: 422,
  check_in_wrong_office: 422,
  transfer_same_service: 422,
  visit_incomplete: 422,
  signature_invalid: 422,
  rate_limited: 429,
  internal_error: 500,
};

// Titles are for developers reading the API; residents see the client's translation of `code`.
const TITLES: Partial<Record<ProblemCode, string>> = {
  validation_failed: 'The request has fields to fix',
  malformed_json: 'The body is not valid JSON',
  slot_full: 'That slot has no seats left',
  rate_limited: 'Too many requests; wait a minute and try again',
  internal_error: 'Something went wrong on our side',
};

export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  detail?: string,
  extra?: Partial<Problem>,
) {
  const status = STATUS[code];
  const problem: Problem = {
    type: `https://kakanai.example/problems/${code}`,
    title: TITLES[code] ?? code.replaceAll('_', ' '),
    status,
    code,
    ...(detail ? { detail } : {}),
    ...extra,
  };
  return reply.code(status).type('application/problem+json').send(problem);
}

function fastifyErrorCode(error: FastifyError): ProblemCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformed_json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'unsupported_media_type';
  }
  if (error.statusCode === 429) return 'rate_limited';
  if (error instanceof SyntaxError && error.statusCode === 400) return 'malformed_json';
  return undefined;
}

/** One place turns every failure into application/problem+json with a stable code. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof DomainError) {
        const detail = error.message !== error.code ? error.message : undefined;
        return sendProblem(reply, error.code, detail, error.errors ? { errors: error.errors } : undefined);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors = error.validation.map((issue) => ({
          path: [error.validationContext, ...String(issue.instancePath).split('/').filter(Boolean)].join('.'),
          message: issue.message ?? 'invalid',
        }));
        return sendProblem(reply, 'validation_failed', undefined, { errors });
      }
      const code = fastifyErrorCode(error);
      if (code) return sendProblem(reply, code);
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return sendProblem(reply, 'validation_failed', error.message);
      }
      // Only the request id and the error: bodies and headers carry residents' personal data.
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, 'internal_error');
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const spa =
        request.method === 'GET' && request.headers.accept?.includes('text/html')
          ? app.spaFallback?.(path)
          : undefined;
      if (spa) return reply.header('cache-control', 'no-cache').sendFile('index.html', spa.root);
      return sendProblem(reply, 'not_found', `${request.method} ${path}`);
    });
  },
  { name: 'errors' },
);
