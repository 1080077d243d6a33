import type { Service, Ticket } from '@kakanai/contracts';
import { localized, ProblemMessage } from '@kakanai/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../app/office-time.ts';
import { minutesBetween, wasTransferred } from './queue-model.ts';
import { ShortcutKeys } from './shortcut-keys.tsx';
import { SHORTCUTS, type ShortcutName } from './use-counter-shortcuts.ts';

export type CounterCommand = ShortcutName | 'noShow';

/** What the last command did (`message`), or why it failed (`error`, an API problem). */
export interface CounterFeedback {
  message?: string;
  error?: unknown;
}

interface CurrentTicketProps {
  ticket: Ticket | undefined;
  service: Service | undefined;
  /** Tickets waiting for this window. */
  waitingCount: number;
  windowOpen: boolean;
  timeZone: string;
  now: number;
  busy: boolean;
  /** What can be done now; the buttons stay where they are and the others are disabled. */
  allowed: ReadonlySet<CounterCommand>;
  onCommand: (command: CounterCommand) => void;
  /** The outcome of the last command, under the buttons. */
  feedback: CounterFeedback;
  /** Start or continue the application (the visit screen) for this number. */
  visitAction?: ReactNode;
}

/** The number at this window in large type, what staff need to know about it, and the actions. */
export function CurrentTicket({
  ticket,
  service,
  waitingCount,
  windowOpen,
  timeZone,
  now,
  busy,
  allowed,
  onCommand,
  feedback,
  visitAction,
}: CurrentTicketProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'counter' });
  // The step staff most likely take next is the filled button.
  const primary: CounterCommand = !ticket ? 'callNext' : ticket.status === 'called' ? 'start' : 'complete';

  const button = (command: CounterCommand, label: string, extra = '') => {
    const shortcut = command === 'noShow' ? undefined : command;
    return (
      <button
        type="button"
        className={`counter-action${command === primary ? ' primary' : ''}${extra}`}
        disabled={busy || !allowed.has(command)}
        aria-keyshortcuts={shortcut ? SHORTCUTS[shortcut].aria : undefined}
        onClick={() => onCommand(command)}
      >
        <span>{label}</span>
        {shortcut && <ShortcutKeys name={shortcut} />}
      </button>
    );
  };

  return (
    <section
      className={`current-ticket${ticket ? ` current-ticket--${ticket.status}` : ''}`}
      aria-labelledby="current-ticket-title"
    >
      <div className="current-ticket__head">
        <h2 id="current-ticket-title">{t('current.title')}</h2>
        {ticket && (
          <span className={`ticket-state ticket-state--${ticket.status}`}>
            {t(`current.status.${ticket.status}`)}
          </span>
        )}
      </div>

      {ticket ? (
        <div className="current-ticket__body">
          <p className="current-ticket__number ticket-number">{ticket.number}</p>
          <div className="current-ticket__about">
            <p className="current-ticket__service">
              {service ? localized(service.name, i18n.language) : ticket.serviceId}
            </p>
            <dl className="current-ticket__facts">
              <div>
                <dt>{t('current.kind')}</dt>
                <dd>
                  {ticket.source === 'reservation' && ticket.slotStart ? (
                    <span className="kind kind--reserved">
                      {t('current.reserved', { time: clockTime(ticket.slotStart, timeZone) })}
                    </span>
                  ) : (
                    <span className="kind kind--walk-in">{t('current.walkIn')}</span>
                  )}
                  {wasTransferred(ticket) && (
                    <span className="kind kind--transferred">{t('current.transferred')}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('current.waited')}</dt>
                <dd>
                  {t('minutes', {
                    count: minutesBetween(ticket.queuedAt, ticket.calledAt ?? now),
                  })}
                </dd>
              </div>
              {ticket.calledAt && (
                <div>
                  <dt>{t('current.calledAt')}</dt>
                  <dd>
                    {t('current.calledAgo', {
                      time: clockTime(ticket.calledAt, timeZone),
                      count: minutesBetween(ticket.calledAt, now),
                    })}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('current.recalls')}</dt>
                <dd className="current-ticket__recalls">
                  {t('current.recallCount', { count: ticket.recalls })}
                </dd>
              </div>
            </dl>
          </div>
        </div>
      ) : (
        <div className="current-ticket__empty">
          <p className="current-ticket__none">{t('current.none')}</p>
          <p className="muted">
            {!windowOpen
              ? t('current.openFirst')
              : waitingCount > 0
                ? t('current.waitingCount', { count: waitingCount })
                : t('current.nobodyWaiting')}
          </p>
        </div>
      )}

      {visitAction}

      <fieldset className="counter-actions">
        <legend className="visually-hidden">{t('actions.label')}</legend>
        <div className="counter-actions__main">
          {button('callNext', t('actions.callNext'))}
          {button('recall', t('actions.recall'))}
          {button('start', t('actions.start'))}
          {button('complete', t('actions.complete'))}
          {button('completeAndCallNext', t('actions.completeAndCallNext'))}
        </div>
        <div className="counter-actions__more">
          {button('transfer', t('actions.transfer'))}
          {button('noShow', t('actions.noShow'), ' danger')}
        </div>
      </fieldset>
      <div className="counter-feedback">
        <ProblemMessage error={feedback.error} />
        {/* Always in the page, so screen readers announce each new message. */}
        <p role="status" className="counter-feedback__message">
          {feedback.message}
        </p>
      </div>
    </section>
  );
}
