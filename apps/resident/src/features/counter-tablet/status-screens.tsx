import type { CardOutcome } from '@kakanai/contracts';
import { PageHeading } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { useCountdown } from '../kiosk/use-idle.ts';

/**
 * Between residents, or while staff prepare the forms: a welcome and the window's name, and
 * nothing of anyone's data.
 */
export function WelcomeScreen({
  windowName,
  preparing,
  card,
}: {
  windowName: string | undefined;
  /** Staff are preparing a visit that hasn't been sent yet. */
  preparing: boolean;
  /** How the card reading went, when it just happened. */
  card?: CardOutcome | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="tablet-screen tablet-welcome">
      <PageHeading caption={windowName}>
        {preparing ? t('counterTablet.welcome.preparing') : t('counterTablet.welcome.heading')}
      </PageHeading>
      <p className="tablet-lead">
        {preparing ? t('counterTablet.welcome.preparingBody') : t('counterTablet.welcome.body')}
      </p>
      {preparing && card ? (
        <p
          className={`tablet-card-outcome${card === 'read' ? ' tablet-card-outcome--read' : ''}`}
          role="status"
        >
          {card === 'read'
            ? t('counterTablet.card.readBody')
            : card === 'declined'
              ? t('counterTablet.card.declinedBody')
              : t('counterTablet.card.notRead')}
        </p>
      ) : null}
    </div>
  );
}

/** The resident asked for corrections, or staff took the forms back: they are on it. */
export function CorrectingScreen({ flaggedLabels }: { flaggedLabels: string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="tablet-screen tablet-message">
      <PageHeading>{t('counterTablet.correcting.heading')}</PageHeading>
      <p className="tablet-lead">{t('counterTablet.correcting.body')}</p>
      {flaggedLabels.length > 0 ? (
        <div className="tablet-flagged">
          <h2>{t('counterTablet.correcting.flaggedHeading')}</h2>
          <ul lang={i18n.language}>
            {flaggedLabels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function SignedScreen() {
  const { t } = useTranslation();
  return (
    <div className="tablet-screen tablet-message tablet-message--done">
      <PageHeading>{t('counterTablet.signed.heading')}</PageHeading>
      <p className="tablet-lead">{t('counterTablet.signed.body')}</p>
    </div>
  );
}

const ACCEPTED_SECONDS = 10;

/** 受付が完了しました, for a few seconds; then the welcome for whoever comes next. */
export function AcceptedScreen({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const left = useCountdown(ACCEPTED_SECONDS, onDone);
  return (
    <div className="tablet-screen tablet-message tablet-message--done">
      <PageHeading>{t('counterTablet.accepted.heading')}</PageHeading>
      <p className="tablet-lead">{t('counterTablet.accepted.body')}</p>
      <p className="tablet-countdown" role="timer">
        {t('counterTablet.accepted.countdown', { count: left })}
      </p>
    </div>
  );
}
