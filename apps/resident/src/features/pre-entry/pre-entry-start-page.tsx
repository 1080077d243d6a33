import type { Procedure } from '@kakanai/contracts';
import {
  ErrorSummary,
  LoadingState,
  localized,
  PageHeading,
  ProblemMessage,
  ProblemWithRetry,
} from '@kakanai/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatInstant } from '../../app/format-dates.ts';
import { pickProcedures, useProcedures } from '../guide/procedure-queries.ts';
import { draftPath } from './draft-link.ts';
import { forgetDraft, useSavedDrafts } from './my-drafts.ts';
import { startWork, usePreEntryWork } from './pre-entry-work.ts';
import { stepPath } from './steps.ts';
import './pre-entry.css';

/**
 * `/pre-entry`: with `?procedures=tennyu,kokuho_shikaku` (from 手続きナビ) it starts on those;
 * without, it lists this device's pre-entries and lets the resident pick procedures.
 */
export function PreEntryStartPage() {
  const { t } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const procedures = useProcedures();
  const requested = (search.get('procedures') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  // Ids the catalog doesn't know (an old link) are dropped; the rest start the form.
  const known = pickProcedures(procedures.data?.procedures, requested)
    .map((p) => p.id)
    .join(',');
  const starting = known !== '';
  useDocumentTitle(t('start.title'));

  useEffect(() => {
    if (!known) return;
    startWork(known.split(','));
    navigate(stepPath('person'), { replace: true });
  }, [known, navigate]);

  return (
    <div className="page pre-entry-page">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      {procedures.isPending || starting ? (
        <LoadingState />
      ) : procedures.error ? (
        <ProblemWithRetry error={procedures.error} onRetry={() => void procedures.refetch()} />
      ) : (
        <>
          {requested.length > 0 ? <ProblemMessage error={{ code: 'procedure_not_found' }} /> : null}
          <WorkInProgress procedures={procedures.data.procedures} />
          <MyDrafts procedures={procedures.data.procedures} />
          <ProcedurePicker procedures={procedures.data.procedures} />
        </>
      )}
    </div>
  );
}

/** The pre-entry this tab was filling in, unsaved or not: the way back into it. */
function WorkInProgress({ procedures }: { procedures: Procedure[] }) {
  const { t, i18n } = useTranslation('pre-entry');
  const work = usePreEntryWork();
  if (!work) return null;
  const names = pickProcedures(procedures, work.procedureIds).map((p) => localized(p.name, i18n.language));
  return (
    <section className="notice in-progress" aria-labelledby="in-progress-heading">
      <h2 id="in-progress-heading">{t('start.inProgressHeading')}</h2>
      <p>{names.join(t('forms.listSeparator'))}</p>
      <p>
        <Link className="button primary" to={stepPath('person')}>
          {t('start.continue')}
        </Link>
      </p>
    </section>
  );
}

/** Pre-entries saved from this device and not yet expired. */
function MyDrafts({ procedures }: { procedures: Procedure[] }) {
  const { t, i18n } = useTranslation('pre-entry');
  const drafts = useSavedDrafts();
  if (drafts.length === 0) return null;
  return (
    <section className="my-bookings" aria-labelledby="my-drafts-heading">
      <h2 id="my-drafts-heading">{t('start.myDraftsHeading')}</h2>
      <ul className="my-bookings-list">
        {drafts.map((draft) => (
          <li key={draft.code} className="my-booking">
            <div className="my-booking-main">
              <p className="my-booking-time">
                {pickProcedures(procedures, draft.procedureIds)
                  .map((p) => localized(p.name, i18n.language))
                  .join(t('forms.listSeparator'))}
              </p>
              <p className="my-booking-what">
                <span className={draft.complete ? 'status-tag status-tag--booked' : 'status-tag'}>
                  {draft.complete ? t('start.complete') : t('start.unfinished')}
                </span>{' '}
                {draft.reservationCode ? t('start.attached', { code: draft.reservationCode }) : null}
              </p>
              <p className="my-booking-code">
                {t('draft.code')}: <span className="code-text">{draft.code}</span> ·{' '}
                {t('start.until', { date: formatInstant(draft.expiresAt, 'Asia/Tokyo', i18n.language) })}
              </p>
            </div>
            <div className="my-booking-actions">
              <Link className="button" to={draftPath(draft.code, draft.token)}>
                {t('start.open')}
                <span className="visually-hidden"> {draft.code}</span>
              </Link>
              <button type="button" className="link-button" onClick={() => forgetDraft(draft.code)}>
                {t('start.forget')}
                <span className="visually-hidden"> {draft.code}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every procedure that can be pre-entered, to tick; 手続きナビ for those who don't know which. */
function ProcedurePicker({ procedures }: { procedures: Procedure[] }) {
  const { t, i18n } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errorId = 'pick-procedures-error';
  return (
    <section aria-labelledby="pick-heading">
      <h2 id="pick-heading">{t('start.pickHeading')}</h2>
      <p>
        {t('start.pickLead')} <Link to="/guide">{t('start.guideLink')}</Link>
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen.length === 0) {
            setAttempt((n) => n + 1);
            return;
          }
          const ids = procedures.filter((p) => chosen.includes(p.id)).map((p) => p.id);
          navigate(`/pre-entry?${new URLSearchParams({ procedures: ids.join(',') })}`);
        }}
      >
        {attempt > 0 && chosen.length === 0 ? (
          <ErrorSummary
            title={t('forms.errorSummary')}
            errors={[{ fieldId: `pick-${procedures[0]?.id}`, message: t('start.pickError') }]}
            attempt={attempt}
          />
        ) : null}
        <fieldset
          className={
            attempt > 0 && chosen.length === 0 ? 'field choice-field field--error' : 'field choice-field'
          }
          aria-describedby={attempt > 0 && chosen.length === 0 ? errorId : undefined}
        >
          <legend>{t('start.pickLegend')}</legend>
          {attempt > 0 && chosen.length === 0 ? (
            <p id={errorId} className="field-error">
              {t('start.pickError')}
            </p>
          ) : null}
          <div className="choices">
            {procedures.map((procedure) => (
              <label key={procedure.id} className="choice" htmlFor={`pick-${procedure.id}`}>
                <input
                  id={`pick-${procedure.id}`}
                  type="checkbox"
                  checked={chosen.includes(procedure.id)}
                  onChange={(event) =>
                    setChosen((ids) =>
                      event.target.checked ? [...ids, procedure.id] : ids.filter((id) => id !== procedure.id),
                    )
                  }
                />
                <span>
                  {localized(procedure.name, i18n.language)}
                  <span className="choice-detail">{localized(procedure.purpose, i18n.language)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary button-large button-wide">
            {t('start.begin')}
          </button>
        </div>
      </form>
    </section>
  );
}
