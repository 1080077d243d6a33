import type { Visit } from '@kakanai/contracts';
import { ProblemMessage } from '@kakanai/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../app/office-time.ts';
import { bridgeOrigin, DEFAULT_BRIDGE_URL, useBridgeStatus, useBridgeUrl } from './card-bridge.ts';
import type { useVisitActions } from './queries.ts';

/**
 * The ID card (マイナンバーカード): staff ask the counter tablet to show its PIN pad, the resident
 * types the PIN there, and the card's 基本4情報 fill the person block. Below, how the last reading
 * went, and the card bridge's own status.
 */
export function CardPanel({
  visit,
  timeZone,
  editable,
  cardRequest,
}: {
  visit: Visit;
  timeZone: string;
  editable: boolean;
  cardRequest: ReturnType<typeof useVisitActions>['cardRequest'];
}) {
  const { t } = useTranslation('console', { keyPrefix: 'visit.card' });
  const { requested, result, resultAt } = visit.card;
  return (
    <section className="visit-panel card-panel" aria-labelledby="card-panel-title" data-testid="card-panel">
      <h2 id="card-panel-title" className="visit-panel__title">
        {t('title')}
      </h2>
      {requested ? (
        <div className="card-waiting">
          <p role="status" className="card-outcome card-outcome--waiting">
            <span className="spinner" aria-hidden="true" />
            {t('waiting')}
          </p>
          <button
            type="button"
            className="compact"
            disabled={cardRequest.isPending}
            onClick={() => cardRequest.mutate(true)}
          >
            {t('cancel')}
          </button>
        </div>
      ) : (
        <>
          <button
            type="button"
            className={result === 'read' ? 'card-ask' : 'card-ask primary'}
            disabled={!editable || cardRequest.isPending}
            aria-busy={cardRequest.isPending}
            onClick={() => cardRequest.mutate(false)}
          >
            {result ? t('askAgain') : t('ask')}
          </button>
          <div role="status">
            {result ? (
              <p className={`card-outcome card-outcome--${result === 'read' ? 'read' : 'failed'}`}>
                <strong>
                  {t(`result.${result}`, { time: resultAt ? clockTime(resultAt, timeZone) : '' })}
                </strong>
                {result !== 'read' ? <span className="card-outcome__next">{t(`next.${result}`)}</span> : null}
              </p>
            ) : (
              <p className="muted card-outcome">{t('lead')}</p>
            )}
          </div>
        </>
      )}
      <ProblemMessage error={cardRequest.error} />
      <BridgeStatusLine />
    </section>
  );
}

/** How the card bridge on this PC is: reader, card, PIN tries; and where it answers (a setting). */
function BridgeStatusLine() {
  const { t } = useTranslation('console', { keyPrefix: 'visit.card.bridge' });
  const [url, setUrl] = useBridgeUrl();
  const status = useBridgeStatus(url);
  const [editing, setEditing] = useState(url);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();

  let line: string;
  let tone: 'ok' | 'warn' | 'down';
  if (status.isPending) {
    line = t('checking');
    tone = 'warn';
  } else if (status.isError || !status.data) {
    line = t('notRunning');
    tone = 'down';
  } else if (status.data.reader === 'none') {
    line = t('noReader');
    tone = 'down';
  } else {
    const reader = t(`reader.${status.data.reader}`);
    const card = status.data.card
      ? status.data.pinTriesLeft !== undefined
        ? t('cardWithTries', { count: status.data.pinTriesLeft })
        : t('card')
      : t('noCard');
    line = t('line', { reader, card });
    tone = status.data.card && status.data.pinTriesLeft !== 0 ? 'ok' : 'warn';
  }

  return (
    <div className="bridge-status">
      <p className={`bridge-status__line bridge-status__line--${tone}`} data-testid="card-bridge-status">
        <span className="bridge-status__dot" aria-hidden="true" />
        <span>
          <span className="visually-hidden">{t('label')}</span>
          {line}
        </span>
      </p>
      <details className="bridge-settings">
        <summary>{t('settings')}</summary>
        <form
          className="bridge-settings__form"
          onSubmit={(event) => {
            event.preventDefault();
            const origin = bridgeOrigin(editing);
            setInvalid(!origin);
            if (origin) {
              setUrl(origin);
              setEditing(origin);
            }
          }}
        >
          <label htmlFor={inputId}>{t('url')}</label>
          <p id={`${inputId}-hint`} className="field-hint">
            {t('urlHint', { url: DEFAULT_BRIDGE_URL })}
          </p>
          {invalid ? (
            <p id={`${inputId}-error`} className="field-error">
              {t('urlInvalid')}
            </p>
          ) : null}
          <div className="bridge-settings__row">
            <input
              id={inputId}
              type="url"
              inputMode="url"
              spellCheck={false}
              value={editing}
              aria-invalid={invalid || undefined}
              aria-describedby={`${inputId}-hint${invalid ? ` ${inputId}-error` : ''}`}
              onChange={(event) => setEditing(event.target.value)}
            />
            <button type="submit" className="compact">
              {t('save')}
            </button>
          </div>
        </form>
      </details>
    </div>
  );
}
