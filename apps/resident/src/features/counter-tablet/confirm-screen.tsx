import { isApiError } from '@kakanai/client';
import type { Procedure } from '@kakanai/contracts';
import { localized, PageHeading, ProblemMessage } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type TabletVisit, tabletApi } from './tablet-device.ts';

// Staff changed the visit after it reached the tablet: what was signed is no longer what they hold.
const CHANGED_MEANWHILE = ['visit_not_awaiting_confirmation', 'visit_version_conflict'];

/** 確認: the signature beside the forms' titles, and the one button that applies. */
export function ConfirmScreen({
  visit,
  procedures,
  signature,
  onBack,
  onSigned,
  onChangedMeanwhile,
}: {
  visit: TabletVisit;
  procedures: Procedure[];
  /** The signature as a PNG data URL. */
  signature: string;
  onBack: () => void;
  onSigned: () => void;
  onChangedMeanwhile: () => void;
}) {
  const { t, i18n } = useTranslation();
  const sign = useMutation({
    mutationFn: () => tabletApi.tabletSign(visit.id, { version: visit.version, signature }),
    onSuccess: onSigned,
    onError: (error) => {
      if (isApiError(error, ...CHANGED_MEANWHILE)) onChangedMeanwhile();
    },
  });
  return (
    <div className="tablet-screen tablet-confirm">
      <PageHeading>{t('counterTablet.confirm.heading')}</PageHeading>
      <p className="tablet-lead">{t('counterTablet.confirm.lead')}</p>
      <ul className="tablet-confirm-forms">
        {procedures.map((procedure) => (
          <li key={procedure.id}>{localized(procedure.definition.title, i18n.language)}</li>
        ))}
      </ul>
      <figure className="tablet-confirm-signature">
        <img src={signature} alt={t('counterTablet.confirm.signatureAlt')} data-testid="signature-image" />
        <figcaption>{t('counterTablet.confirm.signatureCaption')}</figcaption>
      </figure>
      {sign.error && !isApiError(sign.error, ...CHANGED_MEANWHILE) ? (
        <ProblemMessage error={sign.error} />
      ) : null}
      <div className="tablet-action-bar tablet-action-bar--split">
        <button type="button" className="tablet-action" disabled={sign.isPending} onClick={onBack}>
          {t('counterTablet.confirm.resign')}
        </button>
        <button
          type="button"
          className="tablet-action primary"
          disabled={sign.isPending || sign.isSuccess}
          onClick={() => sign.mutate()}
        >
          {sign.isPending ? t('counterTablet.confirm.sending') : t('counterTablet.confirm.submit')}
        </button>
      </div>
    </div>
  );
}
