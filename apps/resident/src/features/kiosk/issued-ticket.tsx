import type { TicketIssued } from '@kakanai/contracts';
import { localized, PageHeading, QrCode } from '@kakanai/ui';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatTime } from '../../app/format-dates.ts';
import { formatPeople, formatWait } from '../../app/format-wait.ts';
import { useServices } from '../catalog/catalog-queries.ts';
import { useCountdown } from './use-idle.ts';

const BACK_TO_START_SECONDS = 20;

/**
 * The number just taken: huge, with where it stands, a QR code to follow it on a phone, a receipt
 * to print, and a countdown back to the start for the next resident.
 */
export function IssuedTicket({
  issued,
  officeName,
  timeZone,
  onDone,
}: {
  issued: TicketIssued;
  officeName: string;
  timeZone: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const left = useCountdown(BACK_TO_START_SECONDS, onDone);
  const services = useServices(issued.ticket.officeId);
  const service = services.data?.services.find((s) => s.id === issued.ticket.serviceId);
  const facts = {
    number: issued.ticket.number,
    service: service ? localized(service.name, i18n.language) : '',
    issuedAt: formatTime(issued.ticket.issuedAt, timeZone),
    slot: issued.ticket.slotStart ? formatTime(issued.ticket.slotStart, timeZone) : undefined,
    ahead: formatPeople(t, issued.position),
    wait: formatWait(t, issued.estimatedWaitMinutes),
  };

  return (
    <div className="kiosk-screen kiosk-ticket">
      <div className="kiosk-ticket-main">
        <PageHeading caption={t('kiosk.ticket.taken')}>
          <span className="kiosk-ticket-label">{t('ticket.numberLabel')}</span>
          <span className="kiosk-ticket-number">{facts.number}</span>
        </PageHeading>
        <p className="kiosk-ticket-service">{facts.service}</p>
        <dl className="kiosk-ticket-facts">
          <div>
            <dt>{t('queue.peopleAhead')}</dt>
            <dd>{facts.ahead}</dd>
          </div>
          <div>
            <dt>{t('queue.estimatedWait')}</dt>
            <dd>{facts.wait}</dd>
          </div>
          <div>
            <dt>{t('ticket.issuedAt')}</dt>
            <dd>{facts.issuedAt}</dd>
          </div>
          {facts.slot ? (
            <div>
              <dt>{t('ticket.booked')}</dt>
              <dd>{facts.slot}</dd>
            </div>
          ) : null}
        </dl>
        <p className="kiosk-ticket-next">{t('kiosk.ticket.whenCalled')}</p>
      </div>
      <div className="kiosk-ticket-qr">
        <QrCode
          value={issued.trackUrl}
          label={t('kiosk.ticket.qrLabel', { number: facts.number })}
          size={220}
        />
        <p>{t('kiosk.ticket.followOnPhone')}</p>
      </div>
      <div className="kiosk-ticket-actions">
        <button type="button" className="kiosk-action" onClick={() => window.print()}>
          <PrinterIcon />
          {t('kiosk.ticket.print')}
        </button>
        <button type="button" className="kiosk-action primary" onClick={onDone}>
          {t('kiosk.ticket.done')}
        </button>
        <p className="kiosk-countdown" role="timer">
          {t('kiosk.ticket.countdown', { count: left })}
        </p>
      </div>
      {createPortal(
        <PrintedTicket
          officeName={officeName}
          trackUrl={issued.trackUrl}
          {...facts}
          // Paper leaves the hall: it says which day it was good for.
          issuedAt={formatInstant(issued.ticket.issuedAt, timeZone, i18n.language)}
        />,
        document.body,
      )}
    </div>
  );
}

/** The receipt for a 58 or 80 mm printer; only the print stylesheet shows it. */
function PrintedTicket({
  officeName,
  trackUrl,
  number,
  service,
  issuedAt,
  slot,
  ahead,
  wait,
}: {
  officeName: string;
  trackUrl: string;
  number: string;
  service: string;
  issuedAt: string;
  slot: string | undefined;
  ahead: string;
  wait: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="print-ticket">
      <p className="print-ticket-office">{officeName}</p>
      <p className="print-ticket-label">{t('ticket.numberLabel')}</p>
      <p className="print-ticket-number">{number}</p>
      <p className="print-ticket-service">{service}</p>
      <dl className="print-ticket-facts">
        <div>
          <dt>{t('ticket.issuedAt')}</dt>
          <dd>{issuedAt}</dd>
        </div>
        {slot ? (
          <div>
            <dt>{t('ticket.booked')}</dt>
            <dd>{slot}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('queue.peopleAhead')}</dt>
          <dd>{ahead}</dd>
        </div>
        <div>
          <dt>{t('queue.estimatedWait')}</dt>
          <dd>{wait}</dd>
        </div>
      </dl>
      <div className="print-ticket-qr">
        <QrCode value={trackUrl} label={t('kiosk.ticket.qrLabel', { number })} size={120} />
      </div>
      <p className="print-ticket-hint">{t('kiosk.ticket.followOnPhone')}</p>
      <p className="print-ticket-hint">{t('kiosk.ticket.whenCalled')}</p>
    </div>
  );
}

function PrinterIcon() {
  return (
    <svg
      aria-hidden="true"
      width="28"
      height="28"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M6 9V3h12v6" />
      <rect x="3" y="9" width="18" height="8" rx="2" />
      <path d="M6 14h12v7H6z" />
    </svg>
  );
}
