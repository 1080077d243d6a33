import {
  type Condition,
  FIELD_TYPES,
  type FieldDefinition,
  type FormDefinition,
  PERSON_FIELDS,
  type SectionDefinition,
} from '@kakanai/domain';
import { z } from 'zod';
import { IdSchema, InstantSchema, LocalizedTextSchema } from './common.ts';

export type { Condition, FieldDefinition, FormDefinition, SectionDefinition };

// A procedure's form is data: sections of fields, conditions that show or require them, and
// validation. The same definition drives the resident's pre-entry form, the counter tablet, the
// server's validation (compiled to zod by packages/domain) and the PDF layout.

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ field: z.string().min(1), equals: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
    z.object({ field: z.string().min(1), in: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
    z.object({ field: z.string().min(1), filled: z.boolean() }).strict(),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

/**
 * Furigana for a Japanese label, shown above it on the counter tablet: the reading of the whole text
 * in hiragana (katakana words too), keeping the punctuation, digits and Latin letters the label has.
 */
export const KanaReadingSchema = z
  .string()
  .max(300)
  .regex(
    /^[\u3041-\u3096ー・、。（）：→0-9A-Za-z. \u3000]+$/,
    "a reading is hiragana, ー, spaces, and the label's own ・、。（）：→ . digits and Latin letters",
  );

export const OptionSchema = z
  .object({ value: z.string().min(1), label: LocalizedTextSchema, labelKana: KanaReadingSchema.optional() })
  .strict();

export const FieldDefinitionSchema: z.ZodType<FieldDefinition> = z.lazy(() =>
  z
    .object({
      id: z
        .string()
        .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'ids are letters, digits and _ , starting with a letter'),
      type: z.enum(FIELD_TYPES),
      label: LocalizedTextSchema,
      labelKana: KanaReadingSchema.optional(),
      help: LocalizedTextSchema.optional(),
      person: z.enum(PERSON_FIELDS).optional(),
      required: z.union([z.boolean(), ConditionSchema]).optional(),
      visibleWhen: ConditionSchema.optional(),
      options: z.array(OptionSchema).min(1).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().int().positive().optional(),
      pattern: z.string().optional(),
      fields: z.array(FieldDefinitionSchema).min(1).optional(),
      minItems: z.number().int().nonnegative().optional(),
      maxItems: z.number().int().positive().optional(),
      span: z.number().int().min(1).max(12).optional(),
    })
    .strict(),
);

export const SectionDefinitionSchema: z.ZodType<SectionDefinition> = z
  .object({
    id: z.string().min(1),
    title: LocalizedTextSchema,
    titleKana: KanaReadingSchema.optional(),
    description: LocalizedTextSchema.optional(),
    visibleWhen: ConditionSchema.optional(),
    fields: z.array(FieldDefinitionSchema).min(1),
  })
  .strict();

export const FormDefinitionSchema: z.ZodType<FormDefinition> = z
  .object({
    version: z.number().int().positive(),
    /** The official form's title, printed at the top of the PDF. */
    title: LocalizedTextSchema,
    titleKana: KanaReadingSchema.optional(),
    /** Addressee line on the PDF, e.g. さくら台市長 様. */
    addressee: LocalizedTextSchema.optional(),
    sections: z.array(SectionDefinitionSchema).min(1),
  })
  .strict();

export const ProcedureSchema = z
  .object({
    id: IdSchema.describe('stable code, e.g. tennyu'),
    /** The service code (juminido, shomei …) that handles it; the same at every office. */
    serviceCode: z.string().min(1),
    name: LocalizedTextSchema,
    purpose: LocalizedTextSchema.describe('what it is for, in plain words'),
    documents: z.array(LocalizedTextSchema),
    fee: z.object({ yen: z.number().int().nonnegative(), note: LocalizedTextSchema.optional() }).strict(),
    onlineAvailable: z.boolean().describe('can be completed fully online (e.g. マイナポータル)'),
    definition: FormDefinitionSchema,
  })
  .strict();
export type Procedure = z.infer<typeof ProcedureSchema>;

export const ProceduresResponseSchema = z.object({ procedures: z.array(ProcedureSchema) });

// The life-event guide (手続きナビ): a few questions, then rules that pick procedures.

export const GuideQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
    text: LocalizedTextSchema,
    help: LocalizedTextSchema.optional(),
    kind: z.enum(['yes_no', 'choice']),
    options: z.array(OptionSchema).optional(),
    visibleWhen: ConditionSchema.optional(),
  })
  .strict();
export type GuideQuestion = z.infer<typeof GuideQuestionSchema>;

export const GuideRuleSchema = z
  .object({
    /** Always, or when the condition over the answers (yes_no answers are 'yes'/'no') holds. */
    when: ConditionSchema.optional(),
    procedures: z.array(z.string().min(1)).min(1),
    note: LocalizedTextSchema.optional(),
  })
  .strict();

export const LifeEventSchema = z
  .object({
    id: z.string().min(1),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    questions: z.array(GuideQuestionSchema),
    rules: z.array(GuideRuleSchema).min(1),
  })
  .strict();
export type LifeEvent = z.infer<typeof LifeEventSchema>;

export const LifeEventsResponseSchema = z.object({ lifeEvents: z.array(LifeEventSchema) });

// Drafts: what a resident pre-enters at home (事前入力).

export const PersonSchema = z.object({
  name: z.string().max(60).optional(),
  nameKana: z.string().max(80).optional(),
  birthDate: z.string().max(10).optional().describe('YYYY-MM-DD'),
  sex: z.enum(['male', 'female', 'unspecified']).optional(),
  postalCode: z.string().max(8).optional(),
  address: z.string().max(200).optional(),
  phone: z.string().max(20).optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** Answers per procedure id: field id → value (strings, numbers, booleans, string lists, or group rows). */
export const AnswersSchema = z.record(z.string(), z.record(z.string(), z.unknown()));
export type Answers = z.infer<typeof AnswersSchema>;

export const DraftBodySchema = z.object({
  procedureIds: z.array(z.string().min(1)).min(1).max(20),
  person: PersonSchema,
  answers: AnswersSchema.default({}),
  lang: z.enum(['ja', 'en']).default('ja'),
  /** Save unfinished work: required fields are checked only when false. */
  partial: z.boolean().default(false),
});
export type DraftBody = z.input<typeof DraftBodySchema>;

export const DraftSchema = z.object({
  code: z.string(),
  procedureIds: z.array(z.string()),
  person: PersonSchema,
  answers: AnswersSchema,
  complete: z.boolean().describe('every required field of every procedure is filled'),
  reservationCode: z.string().optional(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  expiresAt: InstantSchema,
});
export type Draft = z.infer<typeof DraftSchema>;

export const DraftCreatedSchema = z.object({ draft: DraftSchema, token: z.string() });
export const DraftResponseSchema = z.object({ draft: DraftSchema });
export const DraftParamsSchema = z.object({ code: z.string().min(8).max(20) });
export const AttachReservationBodySchema = z.object({
  reservationCode: z.string().min(8).max(20),
  manageToken: z.string(),
});

export const PostalAddressSchema = z.object({
  postalCode: z.string(),
  prefecture: z.string(),
  city: z.string(),
  town: z.string(),
});
export const PostalLookupResponseSchema = z.object({ addresses: z.array(PostalAddressSchema) });
