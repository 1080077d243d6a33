import { isApiError } from '@kakanai/client';
import type { Procedure, UpdateVisitBody, Visit } from '@kakanai/contracts';
import { ProblemMessage } from '@kakanai/ui';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import type { useVisitActions } from './queries.ts';
import { VisitForms } from './visit-forms.tsx';
import {
  checkForSave,
  sameProcedures,
  type ValueIssue,
  type VisitValues,
  visitValues,
} from './visit-values.ts';

type Actions = ReturnType<typeof useVisitActions>;

/**
 * The visit's forms and what staff do with them: save, send to the tablet, accept, print. The
 * form keeps what staff typed while the visit changes underneath (a card read, a loaded draft, a
 * flag from the tablet): those values update, the ones staff changed stay until they save.
 */
export function VisitEditor({
  visit,
  catalog,
  procedureIds,
  onProcedureIds,
  editable,
  timeZone,
  actions,
}: {
  visit: Visit;
  catalog: readonly Procedure[];
  procedureIds: string[];
  onProcedureIds: (ids: string[]) => void;
  editable: boolean;
  timeZone: string;
  actions: Actions;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'visit' });
  const methods = useForm<VisitValues>({ defaultValues: visitValues(visit) });
  const { reset, getValues, setError, clearErrors, formState } = methods;
  const [issues, setIssues] = useState<ValueIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState('');
  const shown = useRef(visit);
  // What the last action did is old news once the visit moves on (the resident signed, flagged).
  const [outcomeStatus, setOutcomeStatus] = useState(visit.status);
  if (outcomeStatus !== visit.status) {
    setOutcomeStatus(visit.status);
    setOutcome('');
  }

  // The server's visit changed (the tablet, a card read, a draft, another screen): take its values
  // for everything staff haven't changed here.
  useEffect(() => {
    if (shown.current === visit) return;
    shown.current = visit;
    reset(visitValues(visit), { keepDirtyValues: true, keepErrors: true });
  }, [visit, reset]);

  // A value with an error is being fixed: the error goes as it changes.
  useEffect(() => {
    const subscription = methods.watch((_, { name }) => {
      if (name) clearErrors(name);
    });
    return () => subscription.unsubscribe();
  }, [methods, clearErrors]);

  const chosen = procedureIds.flatMap((id) => catalog.find((p) => p.id === id) ?? []);
  const unsaved = formState.isDirty || !sameProcedures(procedureIds, visit.procedureIds);
  const busy = actions.save.isPending || actions.send.isPending || actions.accept.isPending;

  const showIssues = (found: readonly ValueIssue[]) => {
    clearErrors();
    for (const issue of found) setError(issue.path as never, { type: 'server', message: issue.message });
    setIssues([...found]);
    setAttempt((n) => n + 1);
  };
  const failed = (error: unknown) => {
    if (isApiError(error, 'validation_failed', 'visit_incomplete')) showIssues(error.problem?.errors ?? []);
  };
  /** The saved visit is what the form shows now; nothing is unsaved. */
  const settled = (saved: Visit) => {
    shown.current = saved;
    setOutcomeStatus(saved.status);
    reset(visitValues(saved));
    setIssues([]);
  };

  /** The body of a save of what is on screen, or undefined (and the issues shown) when a value is malformed. */
  const saveBody = (): UpdateVisitBody | undefined => {
    const checked = checkForSave(chosen, getValues());
    if (!checked.ok) {
      showIssues(checked.issues);
      return undefined;
    }
    return { version: visit.version, ...checked.save };
  };

  const save = () => {
    if (busy || !editable) return;
    setOutcome('');
    const body = saveBody();
    if (!body) return;
    actions.save.mutate(body, {
      onSuccess: (saved) => {
        settled(saved);
        setOutcome(
          saved.status === 'draft' && visit.status !== 'draft'
            ? t('outcome.savedNewVersion')
            : t('outcome.saved'),
        );
      },
      onError: failed,
    });
  };

  const send = () => {
    if (busy || !editable) return;
    setOutcome('');
    let body: UpdateVisitBody | undefined;
    if (unsaved) {
      body = saveBody();
      if (!body) return;
    }
    actions.send.mutate(
      { unsaved: body, version: visit.version },
      {
        onSuccess: (sent) => {
          settled(sent);
          setOutcome(t('outcome.sent'));
        },
        onError: failed,
      },
    );
  };

  const accept = () => {
    if (busy) return;
    setOutcome('');
    actions.accept.mutate(visit.version, {
      onSuccess: (accepted) => {
        setOutcomeStatus(accepted.status);
        setOutcome(t('outcome.accepted'));
      },
    });
  };

  // Ctrl+S (⌘S) saves, as in every editor staff know; the browser's "save page" is never wanted here.
  const onSaveKey = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onSaveKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const error = actions.save.error ?? actions.send.error ?? actions.accept.error;
  const lastError = busy ? undefined : error;
  const status = visit.status;
  const canSend = editable && chosen.length > 0 && (unsaved || status === 'draft');
  const canAccept = status === 'signed' && !unsaved;
  const signedPdf = status === 'signed' || status === 'accepted' || status === 'exported';

  return (
    <FormProvider {...methods}>
      <form
        className="visit-main"
        aria-labelledby="visit-forms-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id="visit-forms-title" className="visually-hidden">
          {t('forms.title')}
        </h2>
        <StatusNotice visit={visit} unsaved={unsaved} />
        {chosen.length === 0 ? <p className="notice">{t('forms.chooseFirst')}</p> : null}
        <VisitForms
          visit={visit}
          procedures={chosen}
          editable={editable}
          timeZone={timeZone}
          issues={issues}
          attempt={attempt}
          onRemoveProcedure={
            editable ? (id) => onProcedureIds(procedureIds.filter((p) => p !== id)) : undefined
          }
        />
        <div className="visit-actions" data-testid="visit-actions">
          <div className="visit-actions__buttons">
            {editable ? (
              <>
                <button
                  type="submit"
                  disabled={busy || !unsaved}
                  aria-busy={actions.save.isPending}
                  aria-keyshortcuts="Control+S"
                >
                  {actions.save.isPending ? t('actions.saving') : t('actions.save')}
                  <span className="keys" aria-hidden="true">
                    <kbd>Ctrl+S</kbd>
                  </span>
                </button>
                <button
                  type="button"
                  className={canAccept ? '' : 'primary'}
                  disabled={busy || !canSend}
                  aria-busy={actions.send.isPending}
                  onClick={send}
                >
                  {actions.send.isPending
                    ? t('actions.sending')
                    : status === 'draft' || unsaved
                      ? t('actions.send')
                      : t('actions.sendAgain')}
                </button>
              </>
            ) : null}
            {status === 'signed' ? (
              <button
                type="button"
                className="primary"
                disabled={busy || !canAccept}
                aria-busy={actions.accept.isPending}
                onClick={accept}
              >
                {t('actions.accept')}
              </button>
            ) : null}
            {signedPdf ? (
              <a
                className={`button${status === 'signed' ? '' : ' primary'}`}
                href={api.visitPdfUrl(visit.id)}
                target="_blank"
                rel="noopener"
                data-testid="visit-pdf"
              >
                {t('actions.pdf')}
                <span className="visually-hidden">{t('actions.newTab')}</span>
              </a>
            ) : null}
            {!editable ? (
              <Link className="button" to="/counter">
                {t('backToCounter')}
              </Link>
            ) : null}
          </div>
          <div className="visit-actions__outcome">
            <p role="status" className="visit-actions__message">
              {unsaved && !busy ? t('outcome.unsaved') : outcome}
            </p>
            {lastError ? (
              <>
                <ProblemMessage error={lastError} />
                {isApiError(lastError, 'visit_version_conflict') ? (
                  <p className="muted">{t('outcome.conflict')}</p>
                ) : null}
              </>
            ) : null}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}

/** Where the visit stands, in a sentence: what the tablet shows, what staff do next. */
function StatusNotice({ visit, unsaved }: { visit: Visit; unsaved: boolean }) {
  const { t } = useTranslation('console', { keyPrefix: 'visit.notice' });
  const key =
    visit.status === 'draft'
      ? visit.complete
        ? 'draftComplete'
        : 'draft'
      : visit.status === 'awaiting_confirmation'
        ? unsaved
          ? 'awaitingChanged'
          : 'awaiting'
        : visit.status === 'signed'
          ? unsaved
            ? 'signedChanged'
            : 'signed'
          : visit.status;
  return (
    <p className={`visit-notice visit-notice--${visit.status}`} data-testid="visit-notice">
      {t(key)}
    </p>
  );
}
