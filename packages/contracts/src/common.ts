import { z } from 'zod';

/** Text shown to people, in every language the product speaks. Japanese first. */
export const LocalizedTextSchema = z.object({ ja: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const LanguageSchema = z.enum(['ja', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** A calendar date in the office's time zone. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .describe('YYYY-MM-DD in the office time zone');

/** An instant written as ISO 8601 with its offset, e.g. 2026-12-01T09:15:00+09:00. */
export const InstantSchema = z.iso.datetime({ offset: true }).describe('ISO 8601 with offset');

export const IdSchema = z.string().min(1).max(64);

/** RFC 9457 problem details, with a stable code the client translates. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('which fields to fix, for validation_failed'),
});
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * Every problem code the API answers with. Clients translate these; they never show `title` or
 * `detail` to residents.
 */
export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'office_not_found',
  'service_not_found',
  'service_not_bookable',
  'range_too_long',
  'slot_full',
  'slot_unavailable',
  'slot_in_past',
  'slot_too_soon',
  'slot_beyond_horizon',
  'office_closed',
  'slot_off_grid',
  'reservation_not_found',
  'reservation_not_active',
  'reservation_same_slot',
  'contact_limit_reached',
  'idempotency_key_reused',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'office_not_open',
  'check_in_too_early',
  'check_in_too_late',
  'check_in_wrong_office',
  'already_checked_in',
  'ticket_not_found',
  'ticket_not_active',
  'window_not_found',
  'window_not_open',
  'window_busy',
  'transfer_same_service',
  'procedure_not_found',
  'draft_not_found',
  'visit_not_found',
  'visit_purged',
  'visit_version_conflict',
  'visit_not_editable',
  'visit_incomplete',
  'visit_not_awaiting_confirmation',
  'visit_not_signed',
  'signature_invalid',
  'card_not_requested',
  'device_not_bound',
  'internal_error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const HealthResponseSchema = z.object({ status: z.literal('ok') });
