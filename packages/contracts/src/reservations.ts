import { isJapanesePhone, isKatakanaName, isPlausibleEmail } from '@kakanai/domain';
import { z } from 'zod';
import { IdSchema, InstantSchema, LanguageSchema } from './common.ts';

/** 'K7Q2-9MXD'; lower case, spaces and a missing hyphen are forgiven by the server. */
export const ReservationCodeSchema = z.string().min(8).max(20);

export const ReservationStatusSchema = z.enum(['booked', 'cancelled']);
export type ReservationStatus = z.infer<typeof ReservationStatusSchema>;

export const PersonNameSchema = z.string().trim().min(1).max(60);

/** Furigana in katakana; hiragana and half-width katakana are accepted and converted. */
export const NameKanaSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine(isKatakanaName, { message: 'kana_only' });

export const EmailSchema = z.string().trim().max(254).refine(isPlausibleEmail, { message: 'invalid_email' });
export const PhoneSchema = z.string().trim().max(20).refine(isJapanesePhone, { message: 'invalid_phone' });

export const ContactFieldsSchema = z.object({
  name: PersonNameSchema,
  nameKana: NameKanaSchema,
  email: EmailSchema.optional(),
  phone: PhoneSchema.optional(),
  lang: LanguageSchema.default('ja'),
});

const needsContact = (value: { email?: string | undefined; phone?: string | undefined }) =>
  Boolean(value.email || value.phone);

export const CreateReservationBodySchema = ContactFieldsSchema.extend({
  officeId: IdSchema,
  serviceId: IdSchema,
  start: InstantSchema,
}).refine(needsContact, { message: 'email_or_phone_required', path: ['email'] });
export type CreateReservationBody = z.input<typeof CreateReservationBodySchema>;

export const ReservationSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: ReservationStatusSchema,
  officeId: IdSchema,
  serviceId: IdSchema,
  start: InstantSchema,
  end: InstantSchema,
});
export type Reservation = z.infer<typeof ReservationSchema>;

export const ReservationCreatedSchema = z.object({
  reservation: ReservationSchema,
  manageToken: z.string().describe('shown once; keep it: it is the only key to this booking'),
});
export type ReservationCreated = z.infer<typeof ReservationCreatedSchema>;

/** What the resident sees on the manage page: their own booking, with their own details. */
export const ReservationDetailSchema = z.object({
  reservation: ReservationSchema.extend({
    name: z.string(),
    nameKana: z.string(),
    email: z.string().optional(),
    phone: z.string().optional(),
    lang: LanguageSchema,
    createdAt: InstantSchema,
    cancelledAt: InstantSchema.optional(),
    cancelledBy: z.enum(['resident', 'office']).optional(),
    cancelReason: z.string().optional(),
  }),
});
export type ReservationDetail = z.infer<typeof ReservationDetailSchema>;

export const ReservationCodeParamsSchema = z.object({ code: ReservationCodeSchema });

export const RescheduleBodySchema = z.object({ start: InstantSchema });
export type RescheduleBody = z.infer<typeof RescheduleBodySchema>;

export const CalendarQuerySchema = z.object({ token: z.string().min(16).max(200) });

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(200)
    .optional()
    .describe('retrying with the same key returns the first answer'),
});
