import { QrCode } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** The reservation code, large, and as a QR code for the kiosk in the hall, with when and what. */
export function ReservationTicket({ code, visit, what }: { code: string; visit: string; what: string }) {
  const { t } = useTranslation();
  return (
    <section className="ticket" aria-labelledby="ticket-code-label">
      <div className="ticket-code">
        <h2 id="ticket-code-label" className="ticket-code-label">
          {t('manage.code')}
        </h2>
        <p className="reservation-code" data-testid="reservation-code">
          {code}
        </p>
        <p className="ticket-visit">
          {visit}
          <span>{what}</span>
        </p>
        <p className="ticket-hint">{t('manage.codeHint')}</p>
      </div>
      <div className="ticket-qr">
        <QrCode value={code} label={t('manage.qrLabel', { code })} size={168} />
      </div>
    </section>
  );
}
