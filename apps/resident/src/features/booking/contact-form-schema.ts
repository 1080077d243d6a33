import { ContactFieldsSchema, EmailSchema, PhoneSchema } from '@kakanai/contracts';
import { toKatakana } from '@kakanai/domain';
import { z } from 'zod';

/**
 * The details form: the contracts' own field schemas, with e-mail and phone as text boxes that
 * may stay empty — but not both, as the API requires.
 */
export const ContactFormSchema = z
  .object({
    name: ContactFieldsSchema.shape.name,
    nameKana: ContactFieldsSchema.shape.nameKana,
    email: z
      .string()
      .trim()
      .refine((value) => value === '' || EmailSchema.safeParse(value).success, {
        message: 'invalid_email',
      }),
    phone: z
      .string()
      .trim()
      .refine((value) => value === '' || PhoneSchema.safeParse(value).success, {
        message: 'invalid_phone',
      }),
  })
  .refine((value) => Boolean(value.email || value.phone), {
    message: 'email_or_phone_required',
    path: ['email'],
  });

export type ContactFormValues = z.input<typeof ContactFormSchema>;

export const EMPTY_CONTACT: ContactFormValues = { name: '', nameKana: '', email: '', phone: '' };

/** The form's values as the API takes them: furigana in katakana, empty contact fields left out. */
export function contactForApi(values: ContactFormValues) {
  return {
    name: values.name.trim(),
    nameKana: toKatakana(values.nameKana),
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
    ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
  };
}

type FieldName = keyof ContactFormValues;
// Messages the schemas set themselves; anything else is named by the zod issue code.
const OWN_MESSAGES = new Set(['kana_only', 'invalid_email', 'invalid_phone', 'email_or_phone_required']);

/** The translation key under `details.errors` for a field's error. */
export function contactErrorKey(
  field: FieldName,
  error: { type?: unknown; message?: string | undefined },
): string {
  if (error.message && OWN_MESSAGES.has(error.message)) return error.message;
  if (error.type === 'too_small') return `${field}_required`;
  if (error.type === 'too_big') return `${field}_too_long`;
  return `${field}_invalid`;
}
