import { PageHeading, ProblemMessage } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

// When the booking can't be checked in today, a number without it is the way on; when the code
// was mistyped, typing it again is.
const WALK_IN_FIRST = new Set([
  'check_in_too_early',
  'check_in_too_late',
  'reservation_not_active',
  'check_in_wrong_office',
]);
// The API's words assume a resident at home with their manage link; at the kiosk a few read better.
const KIOSK_WORDING = new Set(['reservation_not_found', 'already_checked_in']);
const NOTHING_TO_RETRY = new Set(['already_checked_in', 'office_not_open']);

function codeOf(error: unknown): string {
  return typeof error === 'object' && error && 'code' in error ? String(error.code) : 'internal_error';
}

/** Why the check-in didn't work, in words, and the buttons that lead on from here. */
export function CheckInProblem({
  error,
  onWalkIn,
  onRetry,
  onHome,
}: {
  error: unknown;
  onWalkIn: () => void;
  onRetry: () => void;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const code = codeOf(error);
  const walkInFirst = WALK_IN_FIRST.has(code);
  const canWalkIn = code !== 'office_not_open' && code !== 'already_checked_in';
  const canRetry = !NOTHING_TO_RETRY.has(code);
  const walkIn = (
    <button type="button" className={`kiosk-action${walkInFirst ? ' primary' : ''}`} onClick={onWalkIn}>
      {t('kiosk.problem.takeNumber')}
    </button>
  );
  const retry = (
    <button type="button" className={`kiosk-action${walkInFirst ? '' : ' primary'}`} onClick={onRetry}>
      {t('kiosk.problem.typeAgain')}
    </button>
  );
  return (
    <div className="kiosk-screen kiosk-problem">
      <div className="kiosk-problem-card">
        <PageHeading>{t('kiosk.problem.heading')}</PageHeading>
        <div className="kiosk-problem-message">
          {KIOSK_WORDING.has(code) ? (
            <p role="alert" className="problem">
              {t(`kiosk.problem.codes.${code}`)}
            </p>
          ) : (
            <ProblemMessage error={error} />
          )}
        </div>
        {walkInFirst ? <p className="kiosk-lead">{t('kiosk.problem.walkInOffer')}</p> : null}
        <div className="kiosk-actions kiosk-actions--stacked">
          {walkInFirst ? walkIn : null}
          {canRetry ? retry : null}
          {!walkInFirst && canWalkIn ? walkIn : null}
          <button type="button" className="kiosk-action" onClick={onHome}>
            {t('kiosk.backToStart')}
          </button>
        </div>
      </div>
      <p className="kiosk-help">{t('kiosk.askStaff')}</p>
    </div>
  );
}
