import { ProblemWithRetry } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../app/api-client.ts';
import { draftPath } from './draft-link.ts';
import { saveDraft, useSavedDrafts } from './my-drafts.ts';
import './pre-entry.css';

/** What the booking flow hands the confirmation page when the booking was made for a pre-entry. */
export interface PreEntryHandOff {
  preEntry?: { code: string; token: string };
}

/**
 * On a booking's page: attaches the pre-entry the booking was made for (once, as the confirmation
 * opens), or names the pre-entries this device knows are attached to it.
 */
export function PreEntryAttachment({
  reservationCode,
  manageToken,
}: {
  reservationCode: string;
  manageToken: string;
}) {
  const { t } = useTranslation('pre-entry');
  const location = useLocation();
  const handOff = (location.state as PreEntryHandOff | null)?.preEntry;
  const saved = useSavedDrafts().filter((draft) => draft.reservationCode === reservationCode);
  const attach = useMutation({
    mutationFn: ({ code, token }: { code: string; token: string }) =>
      api.attachDraftToReservation(code, token, reservationCode, manageToken),
    onSuccess: ({ draft }, { token }) =>
      saveDraft({
        code: draft.code,
        token,
        procedureIds: draft.procedureIds,
        complete: draft.complete,
        expiresAt: draft.expiresAt,
        reservationCode: draft.reservationCode,
      }),
  });
  // Once per hand-off: StrictMode's second effect run and re-renders must not attach twice.
  const started = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!handOff || started.current === handOff.code) return;
    started.current = handOff.code;
    attach.mutate(handOff);
  }, [handOff, attach]);

  if (handOff && !attach.isSuccess) {
    if (attach.error) {
      return (
        <div className="pre-entry-attachment">
          <ProblemWithRetry error={attach.error} onRetry={() => attach.mutate(handOff)} />
        </div>
      );
    }
    return (
      <p className="pre-entry-attachment muted" role="status">
        {t('attach.attaching')}
      </p>
    );
  }
  const attached = attach.data
    ? [{ code: attach.data.draft.code, token: attach.variables?.token ?? '' }]
    : saved.map((draft) => ({ code: draft.code, token: draft.token }));
  if (attached.length === 0) return null;
  return (
    <div className="success pre-entry-attachment" role="status">
      <p>
        <strong>{attach.isSuccess ? t('attach.attachedNow') : t('attach.attachedAlready')}</strong>
      </p>
      {attached.map((draft) => (
        <p key={draft.code}>
          <Link to={draftPath(draft.code, draft.token)}>{t('attach.openDraft', { code: draft.code })}</Link>
        </p>
      ))}
    </div>
  );
}
