import { z } from 'zod';
import { IdSchema, InstantSchema, LanguageSchema, LocalDateSchema } from './common.ts';
import { AnswersSchema, PersonSchema } from './procedures.ts';

// A visit is one resident's application at the window (書かない窓口): staff fill it from the ID
// card, the pre-entered draft or the reservation, the counter tablet shows it to the resident to
// read, flag and sign, and staff accept it. Status moves
//   draft → awaiting_confirmation (sent to the tablet) → signed → accepted → exported;
// any change after sending makes a new version, back in draft, which must be sent and signed again.

export const VisitStatusSchema = z.enum(['draft', 'awaiting_confirmation', 'signed', 'accepted', 'exported']);
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

/** Where a value came from, shown next to it on the console. */
export const FieldSourceSchema = z.enum(['card', 'draft', 'reservation', 'staff']);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

/**
 * A value's path: `person.<field>` or `answers.<procedureId>.<fieldId>` (a group row's field is
 * `answers.<procedureId>.<groupId>.<row>.<fieldId>`).
 */
export const FieldPathSchema = z
  .string()
  .max(200)
  .regex(/^(person\.[a-zA-Z]+|answers\.[a-z0-9_-]+\.[a-zA-Z][a-zA-Z0-9_]*(\.\d+\.[a-zA-Z][a-zA-Z0-9_]*)?)$/);

export const VisitFlagSchema = z.object({
  id: z.number().int(),
  path: FieldPathSchema,
  /** The version the resident was reading when they flagged it. */
  version: z.number().int(),
  createdAt: InstantSchema,
  resolvedAt: InstantSchema.optional(),
});
export type VisitFlag = z.infer<typeof VisitFlagSchema>;

export const VisitSignatureSchema = z.object({
  version: z.number().int(),
  signedAt: InstantSchema,
  /** SHA-256 (hex) of exactly what was signed: the version's procedures, form versions, person and answers. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const VisitTimesSchema = z.object({
  openedAt: InstantSchema,
  /** When the ticket was called to the window (the resident's time at the window starts here). */
  calledAt: InstantSchema.optional(),
  sentAt: InstantSchema.optional(),
  signedAt: InstantSchema.optional(),
  acceptedAt: InstantSchema.optional(),
  exportedAt: InstantSchema.optional(),
});

export const CARD_FAILURES = [
  'declined',
  'pin_blocked',
  'no_card',
  'not_a_my_number_card',
  'reader_unavailable',
  'read_failed',
] as const;
export const CardOutcomeSchema = z.enum(['read', ...CARD_FAILURES]);
export type CardOutcome = z.infer<typeof CardOutcomeSchema>;

export const VisitSchema = z.object({
  id: z.string(),
  /** The application's reference, printed on the PDF and quoted in the back office. */
  code: z.string(),
  officeId: IdSchema,
  windowId: IdSchema.optional(),
  ticketId: z.string().optional(),
  ticketNumber: z.string().optional(),
  draftCode: z.string().optional(),
  reservationCode: z.string().optional(),
  lang: LanguageSchema.describe('the resident’s language, for the tablet'),
  status: VisitStatusSchema,
  version: z.number().int().positive(),
  procedureIds: z.array(z.string()),
  person: PersonSchema,
  answers: AnswersSchema,
  /** Source per value path; values without an entry were typed by staff. */
  sources: z.record(z.string(), FieldSourceSchema),
  /** Every required field of every procedure is filled: the visit can be sent. */
  complete: z.boolean(),
  flags: z.array(VisitFlagSchema).describe('values the resident marked as wrong, newest first'),
  signature: VisitSignatureSchema.optional().describe('the signature of the current version, if any'),
  card: z.object({
    /** Staff asked the tablet to read the ID card; cleared when the tablet answers. */
    requested: z.boolean(),
    /** How the last reading went: `read`, or why there is no data. */
    result: CardOutcomeSchema.optional(),
    resultAt: InstantSchema.optional(),
  }),
  times: VisitTimesSchema,
});
export type Visit = z.infer<typeof VisitSchema>;

export const VisitResponseSchema = z.object({ visit: VisitSchema });
export const VisitParamsSchema = z.object({ visitId: z.string().min(1).max(64) });

/** Open a visit at a window: for the ticket being served there, with a draft or reservation to load. */
export const OpenVisitBodySchema = z.object({
  ticketId: z.string().min(1).max(64).optional(),
  /** The pre-entry code the resident shows (typed or scanned from its QR). */
  draftCode: z.string().min(8).max(20).optional(),
  reservationCode: z.string().min(8).max(20).optional(),
  procedureIds: z.array(z.string().min(1)).max(20).default([]),
});
export type OpenVisitBody = z.input<typeof OpenVisitBodySchema>;

/**
 * Staff save the visit. Values that changed become source `staff`; the others keep theirs. A
 * change to what the resident already saw on the tablet makes a new version.
 */
export const UpdateVisitBodySchema = z.object({
  /** The version staff edited; a save on an older one is refused (visit_version_conflict). */
  version: z.number().int().positive(),
  procedureIds: z.array(z.string().min(1)).max(20),
  person: PersonSchema,
  answers: AnswersSchema.default({}),
});
export type UpdateVisitBody = z.input<typeof UpdateVisitBodySchema>;

/** Send or accept: the version staff are looking at, so what goes is what they saw. */
export const VisitVersionBodySchema = z.object({ version: z.number().int().positive() });

/** Load what the resident pre-entered (事前入力) into an open visit, by the code they show. */
export const LoadDraftBodySchema = z.object({ draftCode: z.string().min(8).max(20) });

/** The 基本4情報 the tablet read from the card (never the My Number). */
export const CardPersonSchema = z.object({
  name: z.string().min(1).max(60),
  address: z.string().min(1).max(200),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sex: z.enum(['male', 'female', 'unspecified']),
});
export type CardPerson = z.infer<typeof CardPersonSchema>;

/** What the tablet got from the card bridge: the data, or why there is none. */
export const CardResultBodySchema = z.union([
  z.object({ person: CardPersonSchema }).strict(),
  z.object({ failed: z.enum(CARD_FAILURES) }).strict(),
]);
export type CardResultBody = z.infer<typeof CardResultBodySchema>;

/** Staff ask the tablet to read the card, or withdraw the request. */
export const CardRequestBodySchema = z.object({ cancel: z.boolean().default(false) });

/** The resident sends back the values they marked as wrong on the version they read. */
export const FlagBodySchema = z.object({
  version: z.number().int().positive(),
  paths: z.array(FieldPathSchema).min(1).max(50),
});
export type FlagBody = z.infer<typeof FlagBodySchema>;

export const SignBodySchema = z.object({
  version: z.number().int().positive(),
  /** The signature drawn on the tablet, as a PNG data URL. */
  signature: z
    .string()
    .max(400_000)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/),
});
export type SignBody = z.infer<typeof SignBodySchema>;

/** What the counter tablet shows: the visit sent to its window, if any. */
export const TabletStateSchema = z.object({
  window: z.object({
    id: IdSchema,
    number: z.number().int(),
    name: z.object({ ja: z.string(), en: z.string() }),
  }),
  visit: VisitSchema.omit({ sources: true, draftCode: true, reservationCode: true })
    .optional()
    .describe('values stay empty until staff first send the forms'),
});

export const CurrentVisitResponseSchema = z.object({ visit: VisitSchema.optional() });
export type TabletState = z.infer<typeof TabletStateSchema>;

/** A line of the day's applications list on the console. */
export const VisitSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  windowId: IdSchema.optional(),
  ticketNumber: z.string().optional(),
  status: VisitStatusSchema,
  procedureIds: z.array(z.string()),
  name: z.string().optional(),
  times: VisitTimesSchema,
});
export type VisitSummary = z.infer<typeof VisitSummarySchema>;

export const VisitListQuerySchema = z.object({ date: LocalDateSchema });
export const VisitListResponseSchema = z.object({ visits: z.array(VisitSummarySchema) });

/** Hand-off to the back office: the day's accepted applications of one procedure. */
export const ApplicationExportBodySchema = z.object({
  date: LocalDateSchema,
  procedureId: z.string().min(1).max(64),
  format: z.enum(['csv', 'json']),
});
export type ApplicationExportBody = z.infer<typeof ApplicationExportBodySchema>;

/** One application in the JSON export; the CSV has the same data under stable column names. */
export const ExportedApplicationSchema = z.object({
  code: z.string(),
  officeId: IdSchema,
  procedureId: z.string(),
  formVersion: z.number().int(),
  version: z.number().int(),
  person: PersonSchema,
  answers: z.record(z.string(), z.unknown()),
  signatureHash: z.string(),
  ticketNumber: z.string().optional(),
  times: VisitTimesSchema,
});
export type ExportedApplication = z.infer<typeof ExportedApplicationSchema>;

/** The JSON export's file. */
export const ApplicationExportSchema = z.object({
  officeId: IdSchema,
  date: LocalDateSchema,
  procedureId: z.string(),
  applications: z.array(ExportedApplicationSchema),
});
export type ApplicationExport = z.infer<typeof ApplicationExportSchema>;
