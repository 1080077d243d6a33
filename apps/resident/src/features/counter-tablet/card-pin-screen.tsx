import type { CardResultBody } from '@kakanai/contracts';
import { PageHeading, ProblemWithRetry } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdle } from '../kiosk/use-idle.ts';
import { type CardFailure, readCard } from './card-bridge.ts';
import { isPinComplete, triesWarning } from './pin-entry.ts';
import { PinPad } from './pin-pad.tsx';
import { tabletApi } from './tablet-device.ts';

const PIN_IDLE_MS = 60_000;

type Attempt =
  | { state: 'typing' }
  | { state: 'reading' }
  | { state: 'wrong'; triesLeft: number | undefined }
  | { state: 'format' }
  /** The outcome is on its way to the server, or there; staff take it from here. */
  | { state: 'done'; outcome: 'read' | CardFailure };

/**
 * Staff asked for the resident's マイナンバーカード: the resident types its 4-digit PIN here, and
 * the tablet reads the card through the bridge on the counter PC. The PIN goes only to the
 * bridge, is cleared from the screen's state the moment it is sent, and is never stored.
 */
export function CardPinScreen({ visitId, bridgeUrl }: { visitId: string; bridgeUrl: string }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [attempt, setAttempt] = useState<Attempt>({ state: 'typing' });
  // Digits typed by someone who then walked away are not left for the next person to see count.
  useIdle(pin ? PIN_IDLE_MS : undefined, () => setPin(''));
  const report = useMutation({
    mutationFn: (body: CardResultBody) => tabletApi.tabletCardResult(visitId, body),
  });
  const finish = (body: CardResultBody) => {
    setAttempt({ state: 'done', outcome: 'person' in body ? 'read' : body.failed });
    report.mutate(body);
  };

  const submit = () => {
    if (!isPinComplete(pin) || attempt.state === 'reading') return;
    const typed = pin;
    setPin('');
    setAttempt({ state: 'reading' });
    void readCard(bridgeUrl, typed).then((reading) => {
      if (reading.outcome === 'read') finish({ person: reading.person });
      else if (reading.outcome === 'pin_wrong') setAttempt({ state: 'wrong', triesLeft: reading.triesLeft });
      else if (reading.outcome === 'pin_format') setAttempt({ state: 'format' });
      else finish({ failed: reading.failure });
    });
  };

  if (attempt.state === 'done') {
    const read = attempt.outcome === 'read';
    return (
      <div className="tablet-screen tablet-message">
        <PageHeading>
          {t(read ? 'counterTablet.card.readHeading' : 'counterTablet.card.failedHeading')}
        </PageHeading>
        <p className="tablet-lead">
          {read ? t('counterTablet.card.readBody') : t(`counterTablet.card.failure.${attempt.outcome}`)}
        </p>
        {read ? null : <p className="tablet-lead">{t('counterTablet.card.staffWillHelp')}</p>}
        {report.error ? (
          <ProblemWithRetry error={report.error} onRetry={() => report.mutate(report.variables!)} />
        ) : null}
      </div>
    );
  }

  const warning = attempt.state === 'wrong' ? triesWarning(attempt.triesLeft) : 'none';
  return (
    <div className="tablet-screen tablet-card">
      <div className="tablet-card-text">
        <PageHeading>{t('counterTablet.card.heading')}</PageHeading>
        <p className="tablet-lead">{t('counterTablet.card.lead')}</p>
        <p className="tablet-card-pin-kind">{t('counterTablet.card.pinKind')}</p>
        <p className="tablet-card-hint">{t('counterTablet.card.placeCard')}</p>
        {attempt.state === 'wrong' ? (
          <div
            className={`tablet-card-problem${warning === 'last' ? ' tablet-card-problem--last' : ''}`}
            role="alert"
          >
            <p className="tablet-card-problem-main">
              {attempt.triesLeft === undefined
                ? t('counterTablet.card.wrongPin')
                : t('counterTablet.card.wrongPinTries', { count: attempt.triesLeft })}
            </p>
            {warning === 'last' ? (
              <p className="tablet-card-problem-detail">{t('counterTablet.card.lastTryWarning')}</p>
            ) : null}
          </div>
        ) : attempt.state === 'format' ? (
          <p className="tablet-card-problem" role="alert">
            {t('counterTablet.card.pinFormat')}
          </p>
        ) : null}
        <button
          type="button"
          className="tablet-decline"
          disabled={attempt.state === 'reading'}
          onClick={() => {
            setPin('');
            finish({ failed: 'declined' });
          }}
        >
          {t('counterTablet.card.decline')}
        </button>
      </div>
      <PinPad pin={pin} onChange={setPin} onSubmit={submit} pending={attempt.state === 'reading'} />
    </div>
  );
}
