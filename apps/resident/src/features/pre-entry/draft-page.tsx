import { isApiError } from '@kakanai/client';
import type { Draft, Procedure } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api-client.ts';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatInstant, formatVisit } from '../../app/format-dates.ts';
import { pickProcedures, useProcedures } from '../guide/procedure-queries.ts';
import { managePath, tokenFromHash } from '../manage/manage-link.ts';
import { useSavedBookings } from '../manage/my-bookings.ts';
import { AttachToBookingForm } from './attach-to-booking-form.tsx';
import { BookForDraft } from './book-for-draft.tsx';
import { useDraft, useSetDraft } from './draft-query.ts';
import { DraftTicket } from './draft-ticket.tsx';
import { saveDraft, savedDraftToken } from './my-drafts.ts';
import type { DraftPageState } from './pre-entry-review.tsx';
import type { StepPageState } from './pre-entry-step-page.tsx';
import { clearWork, currentWork, workFromDraft } from './pre-entry-work.ts';
import { SavedLinkPanel } from './saved-link-panel.tsx';
import { stepPath } from './steps.ts';
import { unfinishedSteps } from './unfinished-steps.ts';
import './pre-entry.css';

/**
 * `/pre-entry/:code#t=<token>`: the come-back link of a pre-entry. Unfinished, it leads back into
 * the form; finished, it is what the resident shows at the counter (number and QR code), the PDF,
 * and the way to book a visit or attach it to one.
 */
export function DraftPage() {
  const { code = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation('pre-entry');
  const token = tokenFromHash(location.hash) ?? savedDraftToken(code);
  const draft = useDraft(code, token);
  const procedures = useProcedures();

  if (!token || isApiError(draft.error, 'draft_not_found')) return <DraftNotFound />;
  if (draft.isPending || procedures.isPending || draft.error || procedures.error) {
    const error = draft.error ?? procedures.error;
    return (
      <div className="page">
        <PageHeading>{t('draft.title')}</PageHeading>
        {error ? (
          <ProblemWithRetry
            error={error}
            onRetry={() => {
              void draft.refetch();
              void procedures.refetch();
            }}
          />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  }
  const chosen = pickProcedures(procedures.data.procedures, draft.data.draft.procedureIds);
  return (
    <DraftView
      draft={draft.data.draft}
      token={token}
      procedures={chosen}
      banner={(location.state as DraftPageState | null)?.banner}
    />
  );
}

function DraftView({
  draft,
  token,
  procedures,
  banner,
}: {
  draft: Draft;
  token: string;
  procedures: Procedure[];
  banner: DraftPageState['banner'];
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const setDraft = useSetDraft();
  const [justAttached, setJustAttached] = useState(false);
  const savedBookings = useSavedBookings();
  const finished = draft.complete;
  const heading = !finished
    ? t('draft.unfinishedTitle')
    : banner === 'submitted'
      ? t('draft.submittedTitle')
      : t('draft.title');
  useDocumentTitle(heading);

  // Just submitted from this tab: the work that became this draft is done.
  useEffect(() => {
    if (banner === 'submitted' && currentWork()?.code === draft.code) clearWork();
  }, [banner, draft.code]);

  // Remembered on this device whenever it is opened here, so "my pre-entries" shows its state.
  useEffect(() => {
    saveDraft({
      code: draft.code,
      token,
      procedureIds: draft.procedureIds,
      complete: draft.complete,
      expiresAt: draft.expiresAt,
      reservationCode: draft.reservationCode,
    });
  }, [draft, token]);

  const edit = () => {
    workFromDraft(draft, token);
    const [first] = unfinishedSteps(draft, procedures);
    const state: StepPageState = { fix: true };
    navigate(first ? stepPath(first) : stepPath('review'), first ? { state } : undefined);
  };
  const names = procedures.map((p) => localized(p.name, i18n.language));

  if (!finished) {
    return (
      <div className="page pre-entry-page">
        <PageHeading>{heading}</PageHeading>
        <p className="lead">{t('draft.unfinishedLead')}</p>
        <ProcedureNames names={names} />
        <p className="actions">
          <button type="button" className="primary button-large button-wide" onClick={edit}>
            {t('draft.continue')}
          </button>
        </p>
        <SavedLinkPanel code={draft.code} token={token} expiresAt={draft.expiresAt} />
      </div>
    );
  }

  const booking = savedBookings.find((saved) => saved.code === draft.reservationCode);
  const attachedTo = !draft.reservationCode
    ? ''
    : booking
      ? t('draft.attachedToVisit', {
          code: draft.reservationCode,
          visit: formatVisit(booking.start, booking.end, booking.timeZone, i18n.language),
        })
      : t('draft.attachedTo', { code: draft.reservationCode });
  return (
    <div className="page pre-entry-page">
      {banner === 'submitted' ? (
        <div className="confirmation-panel">
          <PageHeading focusKey={heading}>{heading}</PageHeading>
          <p>{t('draft.submittedLead')}</p>
        </div>
      ) : (
        <PageHeading focusKey={heading}>{heading}</PageHeading>
      )}
      <DraftTicket code={draft.code} expiresAt={draft.expiresAt} />
      <ProcedureNames names={names} />

      <section aria-labelledby="draft-pdf-heading">
        <h2 id="draft-pdf-heading">{t('draft.pdfHeading')}</h2>
        <p>{t('draft.pdfBody')}</p>
        <PdfDownload code={draft.code} token={token} />
      </section>

      <section aria-labelledby="draft-booking-heading">
        <h2 id="draft-booking-heading">{t('draft.bookingHeading')}</h2>
        {draft.reservationCode ? (
          <div className="success" role={justAttached ? 'status' : undefined}>
            <p>
              <strong>{justAttached ? t('attach.attachedNow') : attachedTo}</strong>
            </p>
            {justAttached ? <p>{attachedTo}</p> : null}
            {booking ? (
              <p>
                <Link to={managePath(booking.code, booking.token)}>{t('draft.openBooking')}</Link>
              </p>
            ) : null}
          </div>
        ) : (
          <>
            <p>{t('draft.bookingBody')}</p>
            <BookForDraft draft={draft} token={token} procedures={procedures} />
            <details className="attach-details">
              <summary>{t('attach.heading')}</summary>
              <p>{t('attach.lead')}</p>
              <AttachToBookingForm
                draft={draft}
                token={token}
                onAttached={(attached) => {
                  setDraft(token, attached);
                  setJustAttached(true);
                }}
              />
            </details>
          </>
        )}
      </section>

      <section aria-labelledby="draft-edit-heading">
        <h2 id="draft-edit-heading">{t('draft.editHeading')}</h2>
        <p>{t('draft.editBody', { date: formatInstant(draft.updatedAt, 'Asia/Tokyo', i18n.language) })}</p>
        <p className="actions">
          <button type="button" onClick={edit}>
            {t('draft.edit')}
          </button>
        </p>
      </section>
      <SavedLinkPanel code={draft.code} token={token} expiresAt={draft.expiresAt} complete />
    </div>
  );
}

function ProcedureNames({ names }: { names: string[] }) {
  const { t } = useTranslation('pre-entry');
  return (
    <section className="chosen-procedures" aria-labelledby="draft-procedures-heading">
      <h2 id="draft-procedures-heading" className="chosen-procedures-title">
        {t('draft.procedures')}
      </h2>
      <ul>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}

/** Fetched with the token in a header (a link would put it in the URL), then saved as a file. */
function PdfDownload({ code, token }: { code: string; token: string }) {
  const { t } = useTranslation('pre-entry');
  const download = useMutation({
    mutationFn: () => api.draftPdf(code, token),
    onSuccess: (blob) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `kakanai-${code}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file by the next tick; a minute is generous for slow phones.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
  return (
    <>
      <p className="actions">
        <button
          type="button"
          className="primary"
          disabled={download.isPending}
          aria-busy={download.isPending}
          onClick={() => download.mutate()}
        >
          <DownloadIcon />
          {download.isPending ? t('draft.pdfPreparing') : t('draft.pdf')}
        </button>
      </p>
      {download.error ? <ProblemMessage error={download.error} /> : null}
    </>
  );
}

function DownloadIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M12 3v12M7 10l5 5 5-5M5 21h14" />
    </svg>
  );
}

/** Wrong or missing token, or expired: say so, and the way to start again. */
function DraftNotFound() {
  const { t } = useTranslation('pre-entry');
  useDocumentTitle(t('draft.notFoundTitle'));
  return (
    <div className="page">
      <PageHeading>{t('draft.notFoundTitle')}</PageHeading>
      <ProblemMessage error={{ code: 'draft_not_found' }} />
      <p>{t('draft.notFoundBody')}</p>
      <p className="actions">
        <Link className="button primary" to="/pre-entry">
          {t('draft.startAgain')}
        </Link>
      </p>
    </div>
  );
}
