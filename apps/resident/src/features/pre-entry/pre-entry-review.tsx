import type { Procedure } from '@kakanai/contracts';
import { personFieldsUsed } from '@kakanai/domain';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { formatAnswer, isAnswered, personDefinition, shownSections } from '@kakanai/ui/forms';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { SummaryList, type SummaryRow } from '../../app/summary-list.tsx';
import { pickProcedures, useProcedures } from '../guide/procedure-queries.ts';
import { draftPath } from './draft-link.ts';
import type { StepPageState } from './pre-entry-step-page.tsx';
import type { PreEntryWork } from './pre-entry-work.ts';
import { useSaveDraft, validationIssues } from './save-draft.ts';
import { previousStep, stepCaption, stepName, stepPath } from './steps.ts';
import { unfinishedSteps } from './unfinished-steps.ts';
import './pre-entry.css';

/** Set by the review for the draft page it sends the resident to. */
export interface DraftPageState {
  banner?: 'submitted';
}

/** The last step: every answer, per procedure, with a way back to change it; then send. */
export function PreEntryReview({ work }: { work: PreEntryWork }) {
  const { t, i18n } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const procedures = useProcedures();
  const save = useSaveDraft();
  const [attempt, setAttempt] = useState(0);
  useDocumentTitle(t('review.title'));

  const caption = stepCaption(t, work.procedureIds, 'review');
  const back = stepPath(previousStep(work.procedureIds, 'review') ?? 'person');
  if (procedures.isPending || procedures.error) {
    return (
      <div className="page">
        <BackLink to={back} />
        <PageHeading caption={caption}>{t('review.title')}</PageHeading>
        {procedures.error ? (
          <ProblemWithRetry error={procedures.error} onRetry={() => void procedures.refetch()} />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  }

  const chosen = pickProcedures(procedures.data.procedures, work.procedureIds);
  const nameOf = (id: string) => {
    const procedure = chosen.find((p) => p.id === id);
    return procedure ? localized(procedure.name, i18n.language) : undefined;
  };
  const problems = unfinishedSteps(work, chosen);
  for (const issue of validationIssues(save.error)) {
    if (!problems.some((step) => stepPath(step) === stepPath(issue.step))) problems.push(issue.step);
  }

  const submit = () => {
    if (problems.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(
      { partial: false },
      {
        // The draft page clears this tab's work once it shows the result: clearing it here would
        // re-render this page without it, and its redirect would win over this navigation.
        onSuccess: ({ draft, token }) => {
          const state: DraftPageState = { banner: 'submitted' };
          navigate(draftPath(draft.code, token), { state });
        },
        onError: () => setAttempt((n) => n + 1),
      },
    );
  };

  return (
    <div className="page pre-entry-page">
      <BackLink to={back} />
      <PageHeading caption={caption}>{t('review.title')}</PageHeading>
      {attempt > 0 && problems.length > 0 ? (
        <StepProblems
          attempt={attempt}
          steps={problems.map((step) => ({ path: stepPath(step), name: stepName(t, step, nameOf) }))}
        />
      ) : null}
      <p className="lead">{t('review.lead')}</p>

      <PersonReview work={work} chosen={chosen} />
      {chosen.map((procedure) => (
        <ProcedureReview key={procedure.id} work={work} procedure={procedure} />
      ))}

      <div className="confirm-box">
        <p>{t('review.notYet')}</p>
        {save.error && validationIssues(save.error).length === 0 ? (
          <ProblemMessage error={save.error} />
        ) : null}
        <button
          type="button"
          className="primary button-wide button-large"
          disabled={save.isPending}
          aria-busy={save.isPending}
          onClick={submit}
        >
          {save.isPending ? t('review.submitting') : t('review.submit')}
        </button>
      </div>
    </div>
  );
}

/** "Not finished yet": a link to each step to fix, announced and focused on a failed send. */
function StepProblems({ attempt, steps }: { attempt: number; steps: { path: string; name: string }[] }) {
  const { t } = useTranslation('pre-entry');
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the trigger, not a value read inside
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="step-problems-title">
      <h2 id="step-problems-title" className="error-summary-title">
        {t('review.problemsTitle')}
      </h2>
      <p>{t('review.problemsBody')}</p>
      <ul>
        {steps.map((step) => (
          <li key={step.path}>
            <Link to={step.path} state={{ fix: true } satisfies StepPageState}>
              {t('review.fixStep', { step: step.name })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PersonReview({ work, chosen }: { work: PreEntryWork; chosen: Procedure[] }) {
  const { t, i18n } = useTranslation('pre-entry');
  const used = personFieldsUsed(chosen.map((p) => p.definition));
  if (used.length === 0) return null;
  const definition = personDefinition(used, i18n);
  const rows: SummaryRow[] = definition.sections[0]!.fields.map((field) => {
    const value = work.person[field.id];
    return {
      key: field.id,
      label: localized(field.label, i18n.language),
      value: isAnswered(value) ? (
        formatAnswer(field, value, t, i18n.language)
      ) : (
        <span className="muted">{t('review.notGiven')}</span>
      ),
      changeTo: stepPath('person'),
    };
  });
  return (
    <section aria-labelledby="review-person">
      <h2 id="review-person">{t('person.title')}</h2>
      <SummaryList rows={rows} />
    </section>
  );
}

function ProcedureReview({ work, procedure }: { work: PreEntryWork; procedure: Procedure }) {
  const { t, i18n } = useTranslation('pre-entry');
  const answers = work.answers[procedure.id] ?? {};
  const changeTo = stepPath({ procedureId: procedure.id });
  // Per section, as the form has them: "住所" means little without "新しい住所" above it.
  const sections = shownSections(procedure.definition, answers, work.person, i18n.language)
    .map(({ section, fields }) => ({
      section,
      rows: fields
        // Person fields were shown once, above.
        .filter(({ field, required }) => !field.person && (required || isAnswered(answers[field.id])))
        .map(
          ({ field, label }): SummaryRow => ({
            key: field.id,
            label,
            value: isAnswered(answers[field.id]) ? (
              formatAnswer(field, answers[field.id], t, i18n.language)
            ) : (
              <span className="muted">{t('review.notGiven')}</span>
            ),
            changeTo,
          }),
        ),
    }))
    .filter(({ rows }) => rows.length > 0);
  const headingId = `review-${procedure.id}`;
  return (
    <section className="review-procedure" aria-labelledby={headingId}>
      <h2 id={headingId}>{localized(procedure.name, i18n.language)}</h2>
      {sections.length > 0 ? (
        sections.map(({ section, rows }) => (
          <div key={section.id} className="review-section">
            {sections.length > 1 &&
            !(rows.length === 1 && rows[0]?.label === localized(section.title, i18n.language)) ? (
              <h3>{localized(section.title, i18n.language)}</h3>
            ) : null}
            <SummaryList rows={rows} />
          </div>
        ))
      ) : (
        <p className="muted">
          {t('review.nothingToAsk')} <Link to={changeTo}>{t('review.open')}</Link>
        </p>
      )}
    </section>
  );
}
