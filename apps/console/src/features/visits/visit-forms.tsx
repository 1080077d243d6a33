import type { Procedure, Visit, VisitFlag } from '@kakanai/contracts';
import { ErrorSummary, localized } from '@kakanai/ui';
import {
  type AnswerPath,
  answerErrorMessage,
  type FieldAnnotation,
  FieldRenderer,
  FormRenderProvider,
  fieldDomId,
  flattenShown,
  personDefinition,
  type ShownField,
  type ShownSection,
  shownSections,
} from '@kakanai/ui/forms';
import type { TFunction } from 'i18next';
import { type ReactNode, useCallback, useMemo } from 'react';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { clockTime } from '../../app/office-time.ts';
import {
  openFlags,
  personFieldsShown,
  type ValueIssue,
  type VisitValues,
  valueSource,
} from './visit-values.ts';

/** The DOM ids of the visit's fields start with this: `visit-person-name`, `visit-answers-juminhyo-copies`. */
export const VISIT_ID_PREFIX = 'visit';

/** A block of the screen: the person, or one procedure; its sections with paths from the form's root. */
interface Block {
  key: string;
  title: string;
  procedure?: Procedure;
  sections: ShownSection[];
  /** Every shown field in reading order, group rows included: for the error summary and flag list. */
  flat: ShownField[];
}

/**
 * The forms as staff fill them: the person once, then each chosen procedure's own fields (its
 * person fields are the person block's). Each value shows where it came from, and the ones the
 * resident asked to correct are marked. One react-hook-form holds it all, named by value path.
 */
export function VisitForms({
  visit,
  procedures,
  editable,
  timeZone,
  issues,
  attempt,
  onRemoveProcedure,
}: {
  visit: Visit;
  /** The chosen procedures, in order. */
  procedures: readonly Procedure[];
  editable: boolean;
  timeZone: string;
  /** What the last save or send found wrong. */
  issues: readonly ValueIssue[];
  /** Bumped on each failed save or send, so the summary takes focus again. */
  attempt: number;
  /** Absent when the procedures can't change any more (accepted). */
  onRemoveProcedure: ((procedureId: string) => void) | undefined;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'visit' });
  const { t: tForms } = useTranslation('pre-entry');
  const { control } = useFormContext<VisitValues>();
  const values = useWatch({ control }) as VisitValues;
  const { dirtyFields } = useFormState({ control });
  const person = values.person ?? {};
  const language = i18n.language;

  const blocks = useMemo(
    () => visitBlocks(procedures, values, tForms, i18n, t('person.title')),
    [procedures, values, tForms, i18n, t],
  );
  const flags = useMemo(() => openFlags(visit.flags), [visit.flags]);
  const labelOf = useMemo(() => {
    const byPath = new Map<string, { shown: ShownField; block: Block }>();
    for (const block of blocks)
      for (const shown of block.flat) byPath.set(shown.path.join('.'), { shown, block });
    return byPath;
  }, [blocks]);

  const annotate = useCallback(
    (path: AnswerPath): FieldAnnotation | undefined => {
      const name = path.join('.');
      const source = valueSource(visit.sources, name, get(values, name), Boolean(get(dirtyFields, name)));
      const flag = flags.get(name);
      if (!source && !flag) return undefined;
      return {
        tag: source ? (
          <span className={`source-tag source-tag--${source}`} data-source={source}>
            <span className="visually-hidden">{t('source.label')}</span>
            {t(`source.${source}`)}
          </span>
        ) : undefined,
        note: flag ? (
          <span className="flag-note" data-testid="flag-note">
            {t('flags.note', { time: clockTime(flag.createdAt, timeZone) })}
          </span>
        ) : undefined,
        tone: flag ? 'flagged' : undefined,
      };
    },
    [visit.sources, values, dirtyFields, flags, t, timeZone],
  );

  const summary = issues.map((issue) => {
    const found = labelOf.get(issue.path);
    const label = found ? `${found.block.title}：${found.shown.label}` : issue.path;
    const message = found
      ? (answerErrorMessage(tForms, issue.message, found.shown.field, label) ?? issue.message)
      : t('issues.elsewhere', { path: issue.path });
    return { fieldId: fieldDomId(VISIT_ID_PREFIX, issue.path.split('.')), message };
  });

  return (
    <FormRenderProvider
      value={{ idPrefix: VISIT_ID_PREFIX, person, lookupPostalCode: api.lookupPostalCode, annotate }}
    >
      {attempt > 0 && summary.length > 0 ? (
        <ErrorSummary title={t('issues.title')} errors={summary} attempt={attempt} />
      ) : null}
      <FlagsNotice flags={[...flags.values()]} labelOf={labelOf} timeZone={timeZone} />
      <fieldset className="visit-forms" disabled={!editable}>
        <legend className="visually-hidden">{t('forms.legend')}</legend>
        {blocks.map((block) => (
          <section
            key={block.key}
            className="visit-block"
            aria-labelledby={`block-${block.key}`}
            data-testid={`visit-block-${block.key}`}
          >
            <header className="visit-block__head">
              <h2 id={`block-${block.key}`}>{block.title}</h2>
              {block.procedure ? (
                <p className="visit-block__form-title muted">
                  {localized(block.procedure.definition.title, language)}
                </p>
              ) : null}
              {block.procedure && onRemoveProcedure ? (
                <button
                  type="button"
                  className="link-button visit-block__remove"
                  onClick={() => onRemoveProcedure(block.procedure!.id)}
                >
                  {t('forms.remove', { name: block.title })}
                </button>
              ) : null}
            </header>
            {block.sections.length === 0 ? <p className="muted">{t('forms.nothingElse')}</p> : null}
            {block.sections.map(({ section, fields }) => (
              <div key={section.id} className="visit-section">
                {block.sections.length > 1 ? (
                  <h3 className="visit-section__title">{localized(section.title, language)}</h3>
                ) : null}
                <div className="visit-fields">
                  {fields.map((shown) => (
                    <div
                      key={shown.field.id}
                      className={
                        shown.field.type === 'group' || shown.field.type === 'radio' || wide(shown)
                          ? 'visit-field visit-field--wide'
                          : 'visit-field'
                      }
                    >
                      <FieldRenderer shown={shown} addressPath={addressAfter(shown, block.sections)} />
                    </div>
                  ))}
                </div>
              </div>
            ))}
          </section>
        ))}
      </fieldset>
    </FormRenderProvider>
  );
}

/** Text that needs the room: addresses and long free text take the row. */
function wide(shown: ShownField): boolean {
  return shown.field.type === 'address' || (shown.field.type === 'checkbox' && Boolean(shown.field.options));
}

/** The person block and one block per procedure, each with paths from the form's root. */
function visitBlocks(
  procedures: readonly Procedure[],
  values: VisitValues,
  tForms: TFunction<'pre-entry'>,
  i18n: Parameters<typeof personDefinition>[1],
  personTitle: string,
): Block[] {
  const language = i18n.language;
  const person = values.person ?? {};
  const { fields, required } = personFieldsShown(procedures, person);
  const definition = personDefinition(fields, i18n);
  for (const section of definition.sections) {
    section.fields = section.fields.map((field) => ({
      ...field,
      required: required.includes(field.id as (typeof required)[number]),
    }));
  }
  const personSections = prefixed(shownSections(definition, person, undefined, language), ['person']);
  const blocks: Block[] = [
    {
      key: 'person',
      title: personTitle,
      sections: personSections,
      flat: prefixedFlat(definition, person, undefined, ['person'], tForms, language),
    },
  ];
  for (const procedure of procedures) {
    const answers = values.answers?.[procedure.id] ?? {};
    const sections = prefixed(shownSections(procedure.definition, answers, person, language), [
      'answers',
      procedure.id,
    ])
      // The person block shows the person's fields once.
      .map((section) => ({ ...section, fields: section.fields.filter((shown) => !shown.field.person) }))
      .filter((section) => section.fields.length > 0);
    blocks.push({
      key: procedure.id,
      title: localized(procedure.name, language),
      procedure,
      sections,
      flat: prefixedFlat(procedure.definition, answers, person, ['answers', procedure.id], tForms, language),
    });
  }
  return blocks;
}

function prefixed(sections: ShownSection[], prefix: AnswerPath): ShownSection[] {
  return sections.map(({ section, fields }) => ({
    section,
    fields: fields.map((shown) => ({ ...shown, path: [...prefix, ...shown.path] })),
  }));
}

function prefixedFlat(
  definition: Parameters<typeof shownSections>[0],
  values: Record<string, unknown>,
  person: Record<string, unknown> | undefined,
  prefix: AnswerPath,
  tForms: TFunction<'pre-entry'>,
  language: string,
): ShownField[] {
  const sections = shownSections(definition, values, person, language);
  return flattenShown(sections, values, tForms, language).map((shown) => ({
    ...shown,
    path: [...prefix, ...shown.path],
  }));
}

/** Where a postal code's look-up writes: the next address field of the block (not a person field). */
function addressAfter(field: ShownField, sections: ShownSection[]): AnswerPath | undefined {
  if (field.field.type !== 'postal_code') return undefined;
  const all = sections.flatMap((section) => section.fields);
  return all.slice(all.indexOf(field) + 1).find((next) => next.field.type === 'address' && !next.field.person)
    ?.path;
}

/** The resident's correction requests still open: how many, and a link to each value. */
function FlagsNotice({
  flags,
  labelOf,
  timeZone,
}: {
  flags: VisitFlag[];
  labelOf: Map<string, { shown: ShownField; block: Block }>;
  timeZone: string;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'visit.flags' });
  if (flags.length === 0) return null;
  return (
    <section className="flags-notice" aria-labelledby="flags-notice-title" data-testid="flags-notice">
      <h2 id="flags-notice-title">{t('title', { count: flags.length })}</h2>
      <p>{t('lead')}</p>
      <ul>
        {flags.map((flag) => {
          const found = labelOf.get(flag.path);
          const fieldId = fieldDomId(VISIT_ID_PREFIX, flag.path.split('.'));
          const name: ReactNode = found ? `${found.block.title}：${found.shown.label}` : flag.path;
          return (
            <li key={flag.id}>
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId)?.focus();
                }}
              >
                {name}
              </a>{' '}
              <span className="muted">{t('at', { time: clockTime(flag.createdAt, timeZone) })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
