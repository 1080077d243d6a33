import { isApiError } from '@kakanai/client';
import type { Office, TicketView } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatTime } from '../../app/format-dates.ts';
import { formatPeople, formatWait } from '../../app/format-wait.ts';
import { LiveIndicator } from '../../app/live-indicator.tsx';
import type { LiveStatus } from '../../app/use-live-channel.ts';
import { useOffices, useServices } from '../catalog/catalog-queries.ts';
import { useCallAlerts } from './call-alerts.ts';
import { NotifyPanel } from './notify-panel.tsx';
import { useLiveTicket } from './ticket-query.ts';
import { savedTrackToken, saveTrackToken, trackTokenFromHash } from './ticket-token.ts';

/**
 * The resident's number on their own phone, opened from the ticket's QR code:
 * `/tickets/:ticketId#t=<track token>`. Live, so they can wait outside the hall and still be
 * told when and where to go.
 */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  const location = useLocation();
  const { t } = useTranslation();
  const fromLink = trackTokenFromHash(location.hash);
  const token = fromLink ?? savedTrackToken(ticketId);
  const { ticket, live } = useLiveTicket(ticketId, token);

  useEffect(() => {
    if (fromLink) saveTrackToken(ticketId, fromLink);
  }, [ticketId, fromLink]);

  if (!token || isApiError(ticket.error, 'ticket_not_found')) return <TicketNotFound />;
  // A refetch that fails (the phone went offline) keeps showing the last known state; the live
  // indicator says the page is catching up.
  if (!ticket.data) {
    return (
      <div className="page ticket-page">
        <PageHeading>{t('ticket.title')}</PageHeading>
        {ticket.error ? (
          <ProblemWithRetry error={ticket.error} onRetry={() => void ticket.refetch()} />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  }
  return <TicketState view={ticket.data} live={live} />;
}

function TicketState({ view, live }: { view: TicketView; live: LiveStatus }) {
  const { t, i18n } = useTranslation();
  const { ticket } = view;
  const offices = useOffices();
  const services = useServices(ticket.officeId);
  const office = offices.data?.offices.find((o) => o.id === ticket.officeId);
  const service = services.data?.services.find((s) => s.id === ticket.serviceId);
  const serviceName = service ? localized(service.name, i18n.language) : '';
  const windowNumber = ticket.window?.number ?? 0;

  useCallAlerts(view, (v) => ({
    title: t('ticket.called.notificationTitle', { number: v.ticket.number }),
    body: t('ticket.called.goTo', { window: v.ticket.window?.number ?? '' }),
  }));

  const title =
    ticket.status === 'called'
      ? t('ticket.called.documentTitle', { window: windowNumber })
      : t('ticket.documentTitle', { number: ticket.number });
  useDocumentTitle(title);

  return (
    <div className={`page ticket-page ticket-page--${ticket.status}`}>
      {ticket.status === 'called' ? (
        <CalledPanel view={view} />
      ) : ticket.status === 'waiting' || ticket.status === 'serving' ? (
        <section className="ticket-card" aria-labelledby="ticket-heading">
          <PageHeading focusKey={ticket.status}>
            <span id="ticket-heading" className="ticket-card-label">
              {t('ticket.numberLabel')}
            </span>
            <span className="ticket-number">{ticket.number}</span>
          </PageHeading>
          {serviceName ? <p className="ticket-service">{serviceName}</p> : null}
          {ticket.status === 'waiting' ? (
            <>
              <p className="ticket-status ticket-status--waiting">{t('ticket.status.waiting')}</p>
              <dl className="ticket-stats">
                <div>
                  <dt>{t('queue.peopleAhead')}</dt>
                  <dd data-testid="people-ahead">
                    {view.position === 0 ? t('queue.youAreNext') : formatPeople(t, view.position)}
                  </dd>
                </div>
                <div>
                  <dt>{t('queue.estimatedWait')}</dt>
                  <dd>{formatWait(t, view.estimatedWaitMinutes)}</dd>
                </div>
              </dl>
            </>
          ) : (
            <p className="ticket-status ticket-status--serving">
              {t('ticket.status.serving', { window: windowNumber })}
            </p>
          )}
        </section>
      ) : (
        <FinalPanel view={view} />
      )}

      {ticket.status === 'waiting' || ticket.status === 'called' || ticket.status === 'serving' ? (
        <LiveIndicator status={live} />
      ) : null}
      {ticket.status === 'waiting' ? <NotifyPanel /> : null}

      <TicketFacts view={view} office={office} serviceName={serviceName} />

      {ticket.status === 'waiting' ? (
        <section aria-labelledby="while-waiting-heading">
          <h2 id="while-waiting-heading">{t('ticket.whileWaiting.heading')}</h2>
          <p>{t('ticket.whileWaiting.body')}</p>
          <p>
            <Link to={`/offices/${ticket.officeId}/status`}>{t('ticket.congestionLink')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}

/** "It's your turn": the window number as large as the screen allows. */
function CalledPanel({ view }: { view: TicketView }) {
  const { t } = useTranslation();
  const { ticket } = view;
  const windowNumber = ticket.window?.number ?? '';
  return (
    <section className="called-panel" aria-labelledby="called-heading">
      <PageHeading focusKey={`${ticket.calledAt}-${ticket.recalls}`}>
        <span id="called-heading">{t('ticket.called.heading')}</span>
      </PageHeading>
      <p className="called-number">{t('ticket.called.number', { number: ticket.number })}</p>
      {/* The sign-like "7番窓口" / "Window 7"; screen readers hear the sentence below instead. */}
      <p className="called-window" aria-hidden="true">
        {t('ticket.called.windowBefore') ? (
          <span className="called-window-label">{t('ticket.called.windowBefore')}</span>
        ) : null}
        <span className="called-window-number">{windowNumber}</span>
        {t('ticket.called.windowAfter') ? (
          <span className="called-window-label">{t('ticket.called.windowAfter')}</span>
        ) : null}
      </p>
      <p className="called-goto" role="alert">
        {t('ticket.called.goTo', { window: windowNumber })}
      </p>
      {ticket.recalls > 0 ? (
        <p className="called-recall">{t('ticket.called.recall', { count: ticket.recalls + 1 })}</p>
      ) : null}
      <p className="called-note">{t('ticket.called.note')}</p>
    </section>
  );
}

/** Done, missed, or the day ended first: what happened, and what to do now. */
function FinalPanel({ view }: { view: TicketView }) {
  const { t } = useTranslation();
  const status = view.ticket.status as 'done' | 'no_show' | 'not_served';
  return (
    <section className={`final-panel final-panel--${status}`}>
      <PageHeading focusKey={status}>{t(`ticket.final.${status}.heading`)}</PageHeading>
      <p className="final-number">{t('ticket.called.number', { number: view.ticket.number })}</p>
      <p>{t(`ticket.final.${status}.body`)}</p>
      <p className="actions">
        <Link className="button" to="/">
          {t('site.home')}
        </Link>
      </p>
    </section>
  );
}

function TicketFacts({
  view,
  office,
  serviceName,
}: {
  view: TicketView;
  office: Office | undefined;
  serviceName: string;
}) {
  const { t, i18n } = useTranslation();
  const { ticket } = view;
  const timeZone = office?.timeZone ?? 'Asia/Tokyo';
  return (
    <dl className="ticket-facts">
      {ticket.status !== 'waiting' && ticket.status !== 'serving' ? (
        <div>
          <dt>{t('summary.service')}</dt>
          <dd>{serviceName}</dd>
        </div>
      ) : null}
      {office ? (
        <div>
          <dt>{t('summary.office')}</dt>
          <dd>{localized(office.name, i18n.language)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('ticket.issuedAt')}</dt>
        <dd>{formatTime(ticket.issuedAt, timeZone)}</dd>
      </div>
      {ticket.slotStart ? (
        <div>
          <dt>{t('ticket.booked')}</dt>
          <dd>{formatTime(ticket.slotStart, timeZone)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function TicketNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('ticket.notFoundTitle'));
  return (
    <div className="page ticket-page">
      <PageHeading>{t('ticket.notFoundTitle')}</PageHeading>
      <ProblemMessage error={{ code: 'ticket_not_found' }} />
      <p>{t('ticket.notFoundBody')}</p>
    </div>
  );
}
