import { z } from 'zod';
import { IdSchema, InstantSchema, LanguageSchema, LocalDateSchema, LocalizedTextSchema } from './common.ts';

export const TicketStatusSchema = z.enum(['waiting', 'called', 'serving', 'done', 'no_show', 'not_served']);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

export const TicketSourceSchema = z.enum(['walk_in', 'reservation']);

export const WindowRefSchema = z.object({
  id: IdSchema,
  number: z.number().int(),
  name: LocalizedTextSchema,
});
export type WindowRef = z.infer<typeof WindowRefSchema>;

/** A ticket as anyone may see it: a number, never a name. */
export const TicketSchema = z.object({
  id: z.string(),
  officeId: IdSchema,
  businessDay: LocalDateSchema,
  number: z.string().describe('A001: the service prefix and the day’s sequence'),
  serviceId: IdSchema,
  source: TicketSourceSchema,
  status: TicketStatusSchema,
  issuedAt: InstantSchema,
  queuedAt: InstantSchema.describe('when it joined the current service’s queue'),
  calledAt: InstantSchema.optional(),
  recalls: z.number().int(),
  window: WindowRefSchema.optional(),
  slotStart: InstantSchema.optional().describe('check-ins: the booked slot'),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const IssueTicketBodySchema = z.object({ serviceId: IdSchema, lang: LanguageSchema.default('ja') });
export type IssueTicketBody = z.input<typeof IssueTicketBodySchema>;

export const CheckInBodySchema = z.object({
  reservationCode: z.string().min(8).max(20),
  lang: LanguageSchema.optional(),
});
export type CheckInBody = z.input<typeof CheckInBodySchema>;

export const TicketViewSchema = z.object({
  ticket: TicketSchema,
  position: z.number().int().describe('people ahead in the call order; 0 = next'),
  estimatedWaitMinutes: z.number().int(),
});
export type TicketView = z.infer<typeof TicketViewSchema>;

export const TicketIssuedSchema = TicketViewSchema.extend({
  trackToken: z.string().describe('shown once: the key to follow this ticket'),
  trackUrl: z.string().describe('the page the ticket’s QR code opens'),
});
export type TicketIssued = z.infer<typeof TicketIssuedSchema>;

export const TicketParamsSchema = z.object({ ticketId: z.string().min(1).max(64) });
export const TicketTokenQuerySchema = z.object({ token: z.string().min(16).max(200) });
export const WindowParamsSchema = z.object({ windowId: IdSchema });

export const TransferBodySchema = z.object({ serviceId: IdSchema });
export const WindowStatusBodySchema = z.object({ status: z.enum(['open', 'paused', 'closed']) });

export const WindowStateSchema = WindowRefSchema.extend({
  status: z.enum(['open', 'paused', 'closed']),
  serviceIds: z.array(IdSchema),
  current: TicketSchema.optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const QueueSnapshotSchema = z.object({
  officeId: IdSchema,
  businessDay: LocalDateSchema,
  windows: z.array(WindowStateSchema),
  waiting: z.array(TicketSchema).describe('every waiting ticket, in call order per service'),
  active: z.array(TicketSchema).describe('called or being served'),
  served: z.number().int().describe('tickets completed today'),
});
export type QueueSnapshot = z.infer<typeof QueueSnapshotSchema>;

export const CallSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  serviceId: IdSchema,
  window: WindowRefSchema,
  calledAt: InstantSchema,
});
export type Call = z.infer<typeof CallSchema>;

export const ServiceLoadSchema = z.object({
  serviceId: IdSchema,
  name: LocalizedTextSchema,
  ticketPrefix: z.string(),
  waiting: z.number().int(),
  openWindows: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
});
export type ServiceLoad = z.infer<typeof ServiceLoadSchema>;

/** What the lobby display and the congestion page show: numbers and counts, no personal data. */
export const PublicStatusSchema = z.object({
  officeId: IdSchema,
  officeName: LocalizedTextSchema,
  businessDay: LocalDateSchema,
  open: z.boolean().describe('the office is open now'),
  calling: z.array(CallSchema).describe('tickets now called or at a window, newest first'),
  recent: z.array(CallSchema).describe('the last calls of the day, newest first'),
  services: z.array(ServiceLoadSchema),
});
export type PublicStatus = z.infer<typeof PublicStatusSchema>;

export const StreamQuerySchema = z.object({
  channel: z.string().regex(/^(public|office|ticket|window):[\w-]+$/),
  since: z.coerce.number().int().nonnegative().optional(),
  token: z.string().max(200).optional(),
});

/** One message on the stream: an event from the log, or a snapshot of the channel’s state. */
export const StreamMessageSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: InstantSchema,
  data: z.record(z.string(), z.unknown()),
});
export type StreamMessage = z.infer<typeof StreamMessageSchema>;
