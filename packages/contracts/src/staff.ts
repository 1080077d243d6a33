import { z } from 'zod';
import { IdSchema, InstantSchema, LocalDateSchema } from './common.ts';
import { ReservationStatusSchema } from './reservations.ts';

export const RoleSchema = z.enum(['staff', 'manager', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const StaffUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  officeIds: z.array(IdSchema),
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

export const SessionResponseSchema = z.object({
  user: StaffUserSchema,
  csrfToken: z.string().describe('send back as X-CSRF-Token on every cookie-authenticated write'),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const StaffDayQuerySchema = z.object({
  date: LocalDateSchema,
  serviceId: IdSchema.optional(),
});

export const StaffReservationSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: ReservationStatusSchema,
  serviceId: IdSchema,
  start: InstantSchema,
  end: InstantSchema,
  name: z.string(),
  nameKana: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  cancelledBy: z.enum(['resident', 'office']).optional(),
  cancelReason: z.string().optional(),
});
export type StaffReservation = z.infer<typeof StaffReservationSchema>;

export const StaffSlotSchema = z.object({
  serviceId: IdSchema,
  start: InstantSchema,
  end: InstantSchema,
  capacity: z.number().int(),
  booked: z.number().int(),
  reservations: z.array(StaffReservationSchema).describe('active and cancelled, by booking time'),
});
export type StaffSlot = z.infer<typeof StaffSlotSchema>;

export const StaffDayResponseSchema = z.object({
  officeId: IdSchema,
  date: LocalDateSchema,
  open: z.boolean(),
  slots: z.array(StaffSlotSchema),
});
export type StaffDayResponse = z.infer<typeof StaffDayResponseSchema>;

export const StaffCancelBodySchema = z.object({
  reason: z.string().trim().min(1).max(500).describe('shown to the resident on their manage page'),
});
export type StaffCancelBody = z.infer<typeof StaffCancelBodySchema>;

export const ReservationIdParamsSchema = z.object({ reservationId: z.string().min(1).max(64) });

export const DeviceSchema = z.object({
  id: z.string(),
  officeId: IdSchema,
  kind: z.enum(['kiosk', 'counter-tablet', 'display']),
  windowId: IdSchema.optional(),
});
export type Device = z.infer<typeof DeviceSchema>;

export const DeviceResponseSchema = z.object({ device: DeviceSchema });
