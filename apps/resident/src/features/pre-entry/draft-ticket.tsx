import { QrCode } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/format-dates.ts';

/** The pre-entry's number, large, and as a QR code for the counter, with how long it is kept. */
export function DraftTicket({ code, expiresAt }: { code: string; expiresAt: string }) {
  const { t, i18n } = useTranslation('pre-entry');
  return (
    <section className="ticket draft-ticket" aria-labelledby="draft-code-label">
      <div className="ticket-code">
        <h2 id="draft-code-label" className="ticket-code-label">
          {t('draft.code')}
        </h2>
        <p className="reservation-code" data-testid="draft-code">
          {code}
        </p>
        <p className="ticket-visit">
          {t('draft.validUntil', { date: formatInstant(expiresAt, 'Asia/Tokyo', i18n.language) })}
        </p>
        <p className="ticket-hint">{t('draft.codeHint')}</p>
      </div>
      <div className="ticket-qr">
        <QrCode value={code} label={t('draft.qrLabel', { code })} size={168} />
      </div>
    </section>
  );
}
