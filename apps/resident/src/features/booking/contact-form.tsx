import { zodResolver } from '@hookform/resolvers/zod';
import { toKatakana } from '@kakanai/domain';
import { ErrorSummary, TextField } from '@kakanai/ui';
import { useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContactFormSchema, type ContactFormValues, contactErrorKey } from './contact-form-schema.ts';

const FIELDS = ['name', 'nameKana', 'email', 'phone'] as const;
const fieldId = (field: (typeof FIELDS)[number]) => `contact-${field}`;

/** Name, furigana, and e-mail and/or phone; validated as the resident leaves each field. */
export function ContactForm({
  defaultValues,
  onSubmit,
}: {
  defaultValues: ContactFormValues;
  onSubmit: (values: ContactFormValues) => void;
}) {
  const { t } = useTranslation();
  const [failedAttempts, setFailedAttempts] = useState(0);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<ContactFormValues>({
    resolver: zodResolver(ContactFormSchema),
    defaultValues,
    mode: 'onTouched',
    shouldFocusError: false,
  });

  const message = (field: (typeof FIELDS)[number]) => {
    const error = errors[field];
    return error ? t(`details.errors.${contactErrorKey(field, error)}`) : undefined;
  };
  const summary = FIELDS.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: fieldId(field), message: text }] : [];
  });

  const kana = register('nameKana');
  return (
    <form
      noValidate
      className="contact-form"
      onSubmit={handleSubmit(onSubmit, (_invalid: FieldErrors<ContactFormValues>) =>
        setFailedAttempts((n) => n + 1),
      )}
    >
      {failedAttempts > 0 && summary.length > 0 ? (
        <ErrorSummary title={t('details.errorSummary')} errors={summary} attempt={failedAttempts} />
      ) : null}
      <TextField
        id={fieldId('name')}
        label={t('details.name')}
        badge={t('details.required')}
        hint={t('details.nameHint')}
        error={message('name')}
        autoComplete="name"
        {...register('name')}
      />
      <TextField
        id={fieldId('nameKana')}
        label={t('details.nameKana')}
        badge={t('details.required')}
        hint={t('details.nameKanaHint')}
        error={message('nameKana')}
        lang="ja"
        {...kana}
        onBlur={(event) => {
          // Phones type furigana in hiragana; turn it into the katakana the form asks for.
          const katakana = toKatakana(event.target.value);
          if (katakana !== event.target.value) setValue('nameKana', katakana, { shouldDirty: true });
          return kana.onBlur(event);
        }}
      />
      <fieldset className="fieldset" aria-describedby="contact-hint">
        <legend className="fieldset-legend">{t('details.contactLegend')}</legend>
        <p id="contact-hint" className="field-hint fieldset-hint">
          {t('details.contactHint')}
        </p>
        <TextField
          id={fieldId('email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          label={t('details.email')}
          hint={t('details.emailHint')}
          error={message('email')}
          {...register('email')}
        />
        <TextField
          id={fieldId('phone')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          label={t('details.phone')}
          hint={t('details.phoneHint')}
          error={message('phone')}
          {...register('phone')}
        />
      </fieldset>
      <p className="privacy-note muted">{t('details.privacy')}</p>
      <div className="actions">
        <button type="submit" className="primary button-wide">
          {t('details.submit')}
        </button>
      </div>
    </form>
  );
}
