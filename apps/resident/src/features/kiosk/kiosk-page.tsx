import { isApiError } from '@kakanai/client';
import type { TicketIssued } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemWithRetry } from '@kakanai/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useOffices } from '../catalog/catalog-queries.ts';
import { useLivePublicStatus } from '../congestion/public-status.ts';
import { CheckInProblem } from './check-in-problem.tsx';
import { CheckInScreen } from './check-in-screen.tsx';
import { IssuedTicket } from './issued-ticket.tsx';
import { KioskChrome } from './kiosk-chrome.tsx';
import { useKioskDevice, useKioskToken } from './kiosk-device.ts';
import { KioskHome } from './kiosk-home.tsx';
import { useIdle } from './use-idle.ts';
import { WalkInScreen } from './walk-in-screen.tsx';

type Screen =
  | { name: 'home' }
  | { name: 'walk-in' }
  | { name: 'check-in'; typed?: string }
  | { name: 'problem'; error: unknown; typed: string }
  | { name: 'ticket'; issued: TicketIssued };

// Someone who walks away mid-way leaves the next resident a fresh start.
const IDLE_MS = 60_000;
const DEFAULT_LANGUAGE = 'ja';
const FALLBACK_ZONE = 'Asia/Tokyo';

/** `/kiosk`: the enrolled tablet in the hall. Check in a booking, or take a number. */
export function KioskPage() {
  const { t } = useTranslation();
  const token = useKioskToken();
  const device = useKioskDevice(token);
  useDocumentTitle(t('kiosk.title'));

  const notEnrolled =
    !token ||
    isApiError(device.error, 'unauthorized') ||
    (device.data !== undefined && device.data.device.kind !== 'kiosk');
  if (notEnrolled) {
    return (
      <KioskChrome timeZone={FALLBACK_ZONE}>
        <div className="kiosk-screen kiosk-not-enrolled">
          <PageHeading>{t('kiosk.notEnrolled.heading')}</PageHeading>
          <p className="kiosk-lead">{t(token ? 'kiosk.notEnrolled.invalid' : 'kiosk.notEnrolled.body')}</p>
          <p>{t('kiosk.notEnrolled.staff')}</p>
        </div>
      </KioskChrome>
    );
  }
  if (!device.data) {
    return (
      <KioskChrome timeZone={FALLBACK_ZONE}>
        <div className="kiosk-screen">
          {device.error ? (
            <ProblemWithRetry error={device.error} onRetry={() => void device.refetch()} />
          ) : (
            <LoadingState />
          )}
        </div>
      </KioskChrome>
    );
  }
  return <Kiosk officeId={device.data.device.officeId} />;
}

function Kiosk({ officeId }: { officeId: string }) {
  const { i18n } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const offices = useOffices();
  const { status } = useLivePublicStatus(officeId);
  const office = offices.data?.offices.find((o) => o.id === officeId);
  const officeName = status.data?.officeName ?? office?.name;
  const timeZone = office?.timeZone ?? FALLBACK_ZONE;

  // The end of one resident's turn: back to the start, in Japanese, for whoever comes next.
  const startOver = () => {
    setScreen({ name: 'home' });
    if (i18n.language !== DEFAULT_LANGUAGE) void i18n.changeLanguage(DEFAULT_LANGUAGE);
  };
  useIdle(screen.name === 'home' || screen.name === 'ticket' ? undefined : IDLE_MS, startOver);
  const issued = (ticket: TicketIssued) => setScreen({ name: 'ticket', issued: ticket });

  return (
    <KioskChrome
      officeName={officeName ? localized(officeName, i18n.language) : undefined}
      timeZone={timeZone}
    >
      {screen.name === 'home' ? (
        <KioskHome
          open={status.data?.open}
          office={office}
          onCheckIn={() => setScreen({ name: 'check-in' })}
          onWalkIn={() => setScreen({ name: 'walk-in' })}
        />
      ) : screen.name === 'walk-in' ? (
        <WalkInScreen
          officeId={officeId}
          status={status.data}
          onIssued={issued}
          onBack={() => setScreen({ name: 'home' })}
        />
      ) : screen.name === 'check-in' ? (
        <CheckInScreen
          officeId={officeId}
          initialCode={screen.typed}
          onIssued={issued}
          onProblem={(error, typed) => setScreen({ name: 'problem', error, typed })}
          onBack={() => setScreen({ name: 'home' })}
        />
      ) : screen.name === 'problem' ? (
        <CheckInProblem
          error={screen.error}
          onWalkIn={() => setScreen({ name: 'walk-in' })}
          onRetry={() => setScreen({ name: 'check-in', typed: screen.typed })}
          onHome={startOver}
        />
      ) : (
        <IssuedTicket
          issued={screen.issued}
          officeName={officeName ? localized(officeName, i18n.language) : ''}
          timeZone={timeZone}
          onDone={startOver}
        />
      )}
    </KioskChrome>
  );
}
