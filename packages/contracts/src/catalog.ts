import { z } from 'zod';
import { IdSchema, InstantSchema, LocalDateSchema, LocalizedTextSchema } from './common.ts';

export const OpeningPeriodSchema = z.object({ opens: z.string(), closes: z.string() });

export const OfficeSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  address: LocalizedTextSchema,
  phone: z.string(),
  timeZone: z.string(),
  hoursSummary: LocalizedTextSchema.describe('opening hours in words, for people'),
});
export type Office = z.infer<typeof OfficeSchema>;

export const OfficesResponseSchema = z.object({ offices: z.array(OfficeSchema) });
export type OfficesResponse = z.infer<typeof OfficesResponseSchema>;

export const OfficeParamsSchema = z.object({ officeId: IdSchema });

export const ServiceSchema = z.object({
  id: IdSchema,
  officeId: IdSchema,
  code: z.string(),
  ticketPrefix: z.string().length(1),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  documents: z.array(LocalizedTextSchema).describe('what to bring'),
  bookable: z.boolean(),
  slotMinutes: z.number().int().positive(),
  capacityPerSlot: z.number().int().positive(),
  horizonDays: z.number().int().nonnegative(),
  minNoticeMinutes: z.number().int().nonnegative(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const ServicesResponseSchema = z.object({ services: z.array(ServiceSchema) });
export type ServicesResponse = z.infer<typeof ServicesResponseSchema>;

/** At most this many days per availability request: two calendar months and a bit. */
export const MAX_AVAILABILITY_DAYS = 62;

export const AvailabilityQuerySchema = z.object({
  serviceId: IdSchema,
  from: LocalDateSchema,
  to: LocalDateSchema,
});
export type AvailabilityQuery = z.infer<typeof AvailabilityQuerySchema>;

export const SlotSchema = z.object({
  start: InstantSchema,
  end: InstantSchema,
  capacity: z.number().int(),
  remaining: z.number().int(),
});
export type Slot = z.infer<typeof SlotSchema>;

export const DaySchema = z.object({
  date: LocalDateSchema,
  open: z.boolean(),
  reason: z.enum(['holiday', 'year_end', 'office_closure', 'not_a_business_day']).optional(),
  note: LocalizedTextSchema.optional().describe('the holiday or closure, in words'),
});
export type Day = z.infer<typeof DaySchema>;

export const AvailabilityResponseSchema = z.object({
  timeZone: z.string(),
  days: z.array(DaySchema),
  slots: z.array(SlotSchema),
});
export type AvailabilityResponse = z.infer<typeof AvailabilityResponseSchema>;
