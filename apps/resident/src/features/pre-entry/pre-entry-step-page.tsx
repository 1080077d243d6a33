import type { Procedure } from '@kakanai/contracts';
import { compileAnswersSchema, compilePersonSchema, personFieldsUsed } from '@kakanai/domain';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import {
  AnswersForm,
  type AnswerValues,
  emptyRow,
  offersAddMe,
  PERSON_AUTOCOMPLETE,
  personDefinition,
  rowFromPerson,
} from '@kakanai/ui/forms';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api-client.ts';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { pickProcedures, useProcedures } from '../guide/procedure-queries.ts';
import { PreEntryReview } from './pre-entry-review.tsx';
import { type PreEntryWork, updateAnswers, updatePerson, usePreEntryWork } from './pre-entry-work.ts';
import { type SavedResult, useSaveDraft, validationIssues } from './save-draft.ts';
import { SavedLinkPanel } from './saved-link-panel.tsx';
import { nextStep, type PreEntryStep, previousStep, stepCaption, stepName, stepPath } from './steps.ts';
import './pre-entry.css';

/** Sent with a link from the review: show what is missing as soon as the form opens. */
export interface StepPageState {
  fix?: boolean;
}

/** `/pre-entry/form/:step`: the person once, each procedure's form, then the review. */
export function PreEntryStepPage() {
  const { step = 'person' } = useParams();
  const work = usePreEntryWork();
  const procedures = useProcedures();
  const { t } = useTranslation('pre-entry');

  if (!work) return <Navigate to="/pre-entry" replace />;
  if (step === 'review') return <PreEntryReview work={work} />;
  if (procedures.isPending || procedures.error) {
    return (
      <div className="page">
        <PageHeading>{t('steps.loadingTitle')}</PageHeading>
        {procedures.error ? (
          <ProblemWithRetry error={procedures.error} onRetry={() => void procedures.refetch()} />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  }
  const chosen = pickProcedures(procedures.data.procedures, work.procedureIds);
  if (chosen.length === 0) return <Navigate to="/pre-entry" replace />;
  if (step === 'person') return <PersonStep work={work} chosen={chosen} />;
  const procedure = chosen.find((p) => p.id === step);
  if (!procedure) return <Navigate to={stepPath('person')} replace />;
  // A key per step: the same page component stays mounted from one procedure to the next.
  return <ProcedureStep key={procedure.id} work={work} procedure={procedure} />;
}

function PersonStep({ work, chosen }: { work: PreEntryWork; chosen: Procedure[] }) {
  const { t, i18n } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveDraft();
  const used = personFieldsUsed(chosen.map((p) => p.definition));
  const usedKey = used.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: usedKey stands for used
  const forms = useMemo(
    () => ({
      definition: personDefinition(used, i18n),
      schema: compilePersonSchema({ required: used }),
      partialSchema: compilePersonSchema({ partial: true, required: used }),
    }),
    [usedKey, i18n],
  );
  const issues = useMemo(
    () => validationIssues(save.error).filter((issue) => issue.step === 'person'),
    [save.error],
  );
  useDocumentTitle(t('person.title'));
  const step: PreEntryStep = 'person';
  return (
    <div className="page pre-entry-page">
      <BackLink to="/pre-entry" />
      <PageHeading caption={stepCaption(t, work.procedureIds, step)}>{t('person.title')}</PageHeading>
      <p className="lead">{t('person.lead')}</p>
      <div className="chosen-procedures">
        <h2 className="chosen-procedures-title">{t('person.chosenHeading')}</h2>
        <ul>
          {chosen.map((procedure) => (
            <li key={procedure.id}>{localized(procedure.name, i18n.language)}</li>
          ))}
        </ul>
      </div>
      <AnswersForm
        idPrefix="pe-person"
        lookupPostalCode={api.lookupPostalCode}
        definition={forms.definition}
        schema={forms.schema}
        partialSchema={forms.partialSchema}
        defaultValues={work.person}
        autoComplete={PERSON_AUTOCOMPLETE}
        issues={issues}
        validateOnMount={(location.state as StepPageState | null)?.fix === true}
        submitLabel={t('steps.next')}
        saveLabel={t('save.button')}
        saving={save.isPending}
        onValuesChange={(values) => updatePerson(values, { quiet: true })}
        onSubmit={(person) => {
          updatePerson(person);
          navigate(stepPath(nextStep(work.procedureIds, step)));
        }}
        onSave={(person) => {
          updatePerson(person);
          save.mutate({ partial: true });
        }}
      >
        <SaveOutcome save={save} step={step} />
      </AnswersForm>
    </div>
  );
}

function ProcedureStep({ work, procedure }: { work: PreEntryWork; procedure: Procedure }) {
  const { t, i18n } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveDraft();
  const step: PreEntryStep = { procedureId: procedure.id };
  const person = work.person;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the person is fixed while this step is open
  const forms = useMemo(
    () => ({
      schema: compileAnswersSchema(procedure.definition, { person }),
      partialSchema: compileAnswersSchema(procedure.definition, { partial: true, person }),
    }),
    [procedure],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first answers only, as useForm reads them
  const defaultValues = useMemo(
    () => work.answers[procedure.id] ?? initialAnswers(procedure, person),
    [procedure.id],
  );
  const issues = useMemo(
    () =>
      validationIssues(save.error).filter(
        (issue) => typeof issue.step === 'object' && issue.step.procedureId === procedure.id,
      ),
    [save.error, procedure.id],
  );
  const name = localized(procedure.name, i18n.language);
  useDocumentTitle(name);
  const next = nextStep(work.procedureIds, step);
  const previous = previousStep(work.procedureIds, step) ?? 'person';
  return (
    <div className="page pre-entry-page">
      <BackLink to={stepPath(previous)} />
      <PageHeading caption={stepCaption(t, work.procedureIds, step)}>{name}</PageHeading>
      <p className="lead">{localized(procedure.purpose, i18n.language)}</p>
      <p className="form-title muted">
        {t('steps.formTitle', { title: localized(procedure.definition.title, i18n.language) })}
      </p>
      <AnswersForm
        idPrefix={`pe-${procedure.id}`}
        lookupPostalCode={api.lookupPostalCode}
        definition={procedure.definition}
        schema={forms.schema}
        partialSchema={forms.partialSchema}
        person={person}
        defaultValues={defaultValues}
        issues={issues}
        validateOnMount={(location.state as StepPageState | null)?.fix === true}
        submitLabel={next === 'review' ? t('steps.toReview') : t('steps.next')}
        saveLabel={t('save.button')}
        saving={save.isPending}
        onValuesChange={(values) => updateAnswers(procedure.id, values, { quiet: true })}
        onSubmit={(answers) => {
          updateAnswers(procedure.id, answers);
          navigate(stepPath(next));
        }}
        onSave={(answers) => {
          updateAnswers(procedure.id, answers);
          save.mutate({ partial: true });
        }}
      >
        <SaveOutcome save={save} step={step} />
      </AnswersForm>
    </div>
  );
}

/**
 * The first answers of a form: a group that needs rows starts with empty ones, unless "add me"
 * can fill the first from the person data.
 */
function initialAnswers(procedure: Procedure, person: Record<string, unknown>): AnswerValues {
  const answers: AnswerValues = {};
  for (const section of procedure.definition.sections) {
    for (const field of section.fields) {
      if (field.type !== 'group' || !field.minItems) continue;
      const fromPerson = offersAddMe(field) && Object.keys(rowFromPerson(field, person)).length > 0;
      answers[field.id] = fromPerson ? [] : Array.from({ length: field.minItems }, () => emptyRow(field));
    }
  }
  return answers;
}

/** After "save and continue later": the link to come back with, or why it didn't save. */
function SaveOutcome({
  save,
  step,
}: {
  save: { data?: SavedResult | undefined; error: unknown; isSuccess: boolean };
  step: PreEntryStep;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const procedures = useProcedures();
  if (save.isSuccess && save.data) {
    return (
      <SavedLinkPanel
        code={save.data.draft.code}
        token={save.data.token}
        expiresAt={save.data.draft.expiresAt}
        justSaved
      />
    );
  }
  if (!save.error) return null;
  const issues = validationIssues(save.error);
  const here = stepPath(step);
  // Problems in this form are marked on its fields; problems in other steps get a link each.
  const elsewhere = [...new Map(issues.map((issue) => [stepPath(issue.step), issue.step])).entries()].filter(
    ([path]) => path !== here,
  );
  if (issues.length > 0 && elsewhere.length === 0) return null;
  const nameOf = (id: string) => {
    const procedure = procedures.data?.procedures.find((p) => p.id === id);
    return procedure ? localized(procedure.name, i18n.language) : undefined;
  };
  return (
    <div className="save-problem">
      <ProblemMessage error={save.error} />
      {elsewhere.length > 0 ? (
        <ul>
          {elsewhere.map(([path, other]) => (
            <li key={path}>
              <Link to={path} state={{ fix: true } satisfies StepPageState}>
                {t('save.fixStep', { step: stepName(t, other, nameOf) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
