import { zodResolver } from '@hookform/resolvers/zod';
import type { FormDefinition, Values } from '@kakanai/domain';
import { type ReactNode, useEffect, useState } from 'react';
import { FormProvider, get, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorSummary } from '../error-summary.tsx';
import { localized } from '../i18n.ts';
import { type AnswerPath, answerErrorMessage, fieldDomId } from './answer-errors.ts';
import { FieldRenderer, FormRenderProvider } from './field-renderer.tsx';
import { type AnswerValues, flattenShown, type ShownField, shownSections } from './form-model.ts';
import type { PostalCodeLookup } from './postal-code-field.tsx';
import './forms.css';

type AnswersSchema = z.ZodType<Record<string, unknown>>;

/** An error the server found in this form's answers, its path relative to the form. */
export interface AnswerIssue {
  path: AnswerPath;
  message: string;
}

/**
 * A form rendered from its definition: conditions applied as the resident answers, checked with
 * the domain's compiled schema (the one the server uses), an error summary on a failed submit.
 *
 * `onSubmit` gets the schema's output: hidden answers dropped, values normalized. `onSave`
 * ("save and continue later") gets the output of the partial schema, which only checks formats.
 */
export function AnswersForm({
  idPrefix,
  definition,
  schema,
  partialSchema,
  person,
  defaultValues,
  autoComplete,
  lookupPostalCode,
  issues,
  validateOnMount = false,
  submitLabel,
  saveLabel,
  saving = false,
  onSubmit,
  onSave,
  onValuesChange,
  children,
}: {
  idPrefix: string;
  definition: FormDefinition;
  schema: AnswersSchema;
  partialSchema: AnswersSchema;
  person?: Values | undefined;
  defaultValues: AnswerValues;
  autoComplete?: Partial<Record<string, string>>;
  /** The app's postal-code look-up, which fills the address after a postal code. */
  lookupPostalCode?: PostalCodeLookup | undefined;
  /** Errors the server answered with; shown as if the form had found them. */
  issues?: AnswerIssue[] | undefined;
  /** Show what is missing at once (the resident came here from the review to fix it). */
  validateOnMount?: boolean;
  submitLabel: string;
  saveLabel: string;
  saving?: boolean;
  onSubmit: (values: AnswerValues) => void;
  onSave: (values: AnswerValues) => void;
  /** Every change, as typed: the caller keeps it so nothing is lost on the way back. */
  onValuesChange?: (values: AnswerValues) => void;
  /** Below the buttons: the saved link, a problem. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const [attempt, setAttempt] = useState(0);
  const methods = useForm<AnswerValues>({
    // The compiled schema takes any record (visibility depends on the input), so its input type is unknown.
    resolver: zodResolver(schema as z.ZodType<AnswerValues, AnswerValues>),
    defaultValues,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { handleSubmit, setError, clearErrors, getValues, trigger, formState } = methods;
  const values = useWatch({ control: methods.control }) as AnswerValues;

  useEffect(() => {
    if (!onValuesChange) return;
    const subscription = methods.watch((next) => onValuesChange(next as AnswerValues));
    return () => subscription.unsubscribe();
  }, [methods, onValuesChange]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount
  useEffect(() => {
    if (validateOnMount) void trigger().then((valid) => valid || setAttempt((n) => n + 1));
  }, []);

  useEffect(() => {
    if (!issues?.length) return;
    for (const issue of issues) setError(issue.path.join('.'), { type: 'server', message: issue.message });
    setAttempt((n) => n + 1);
  }, [issues, setError]);

  const sections = shownSections(definition, values, person, i18n.language);
  const shown = flattenShown(sections, values, t, i18n.language);
  const summary = errorsInOrder(shown, formState.errors, idPrefix, t);

  const save = () => {
    const parsed = partialSchema.safeParse(getValues());
    clearErrors();
    if (parsed.success) {
      onSave(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      setError(issue.path.map(String).join('.'), { type: 'partial', message: issue.message });
    }
    setAttempt((n) => n + 1);
  };

  return (
    <FormProvider {...methods}>
      <FormRenderProvider value={{ idPrefix, person, autoComplete, lookupPostalCode }}>
        <form
          noValidate
          className="answers-form"
          onSubmit={handleSubmit(onSubmit, () => setAttempt((n) => n + 1))}
        >
          {attempt > 0 && summary.length > 0 ? (
            <ErrorSummary title={t('forms.errorSummary')} errors={summary} attempt={attempt} />
          ) : null}
          {sections.map(({ section, fields }) => (
            <section key={section.id} className="form-section" aria-labelledby={`${idPrefix}-${section.id}`}>
              {sections.length > 1 || definition.sections.length > 1 ? (
                <h2 id={`${idPrefix}-${section.id}`} className="form-section-title">
                  {localized(section.title, i18n.language)}
                </h2>
              ) : (
                <h2 id={`${idPrefix}-${section.id}`} className="visually-hidden">
                  {localized(section.title, i18n.language)}
                </h2>
              )}
              {section.description ? (
                <p className="form-section-description">{localized(section.description, i18n.language)}</p>
              ) : null}
              {fields.map((field) => (
                <FieldRenderer
                  key={field.field.id}
                  shown={field}
                  addressPath={addressAfter(field, sections)}
                  legendHidden={fields.length === 1 && field.field.label.ja === section.title.ja}
                />
              ))}
            </section>
          ))}
          <div className="form-actions">
            <button type="submit" className="primary button-large">
              {submitLabel}
            </button>
            <button type="button" onClick={save} disabled={saving} aria-busy={saving}>
              {saving ? t('save.saving') : saveLabel}
            </button>
          </div>
          {children}
        </form>
      </FormRenderProvider>
    </FormProvider>
  );
}

/** Where a postal code's look-up writes: the next address field the form shows after it. */
function addressAfter(field: ShownField, sections: { fields: ShownField[] }[]): AnswerPath | undefined {
  if (field.field.type !== 'postal_code') return undefined;
  const all = sections.flatMap((section) => section.fields);
  return all.slice(all.indexOf(field) + 1).find((next) => next.field.type === 'address' && !next.field.person)
    ?.path;
}

/** The summary's entries: each shown field with an error, in the order the form shows them. */
function errorsInOrder(
  shown: ShownField[],
  errors: Record<string, unknown>,
  idPrefix: string,
  t: ReturnType<typeof useTranslation<'pre-entry'>>['t'],
): { fieldId: string; message: string }[] {
  return shown.flatMap(({ field, path, label }) => {
    const error = get(errors, path.join('.')) as
      | { message?: string; root?: { message?: string } }
      | undefined;
    const code = error?.message ?? (field.type === 'group' ? error?.root?.message : undefined);
    const message = answerErrorMessage(t, code, field, label);
    return message ? [{ fieldId: fieldDomId(idPrefix, path), message }] : [];
  });
}
