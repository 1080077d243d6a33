import type { TicketIssued } from '@kakanai/contracts';
import { PageHeading } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeKeypad, formatTypedCode } from './code-keypad.tsx';
import { KioskBackButton } from './kiosk-back-button.tsx';
import { kioskApi } from './kiosk-device.ts';
import { QrScanner, useQrScanSupport } from './qr-scanner.tsx';

/** 予約がある方: hold the booking's QR code to the camera, or type its code. */
export function CheckInScreen({
  officeId,
  initialCode = '',
  onIssued,
  onProblem,
  onBack,
}: {
  officeId: string;
  /** The code typed before, back from a problem to be corrected. */
  initialCode?: string;
  onIssued: (issued: TicketIssued) => void;
  onProblem: (error: unknown, typed: string) => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const canScan = useQrScanSupport();
  const [typed, setTyped] = useState(initialCode);
  const checkIn = useMutation({
    mutationFn: (code: string) =>
      kioskApi.checkIn(officeId, code, i18n.language.startsWith('en') ? 'en' : 'ja'),
    onSuccess: onIssued,
    onError: (error, code) => onProblem(error, code.replace('-', '')),
  });
  const submit = (code: string) => {
    if (!checkIn.isPending) checkIn.mutate(code);
  };

  return (
    <div className="kiosk-screen kiosk-check-in">
      <div className="kiosk-screen-head">
        <KioskBackButton onClick={onBack} />
        <PageHeading>{t('kiosk.checkIn.heading')}</PageHeading>
      </div>
      <p className="kiosk-lead">
        {canScan ? t('kiosk.checkIn.leadWithCamera') : t('kiosk.checkIn.leadKeypad')}
      </p>
      <div className={`check-in-methods${canScan ? ' check-in-methods--camera' : ''}`}>
        {canScan ? (
          <QrScanner
            paused={checkIn.isPending}
            onCode={(code) => {
              setTyped(code.replace('-', ''));
              submit(code);
            }}
          />
        ) : null}
        <CodeKeypad
          value={typed}
          onChange={setTyped}
          pending={checkIn.isPending}
          onSubmit={() => submit(formatTypedCode(typed))}
        />
      </div>
    </div>
  );
}
