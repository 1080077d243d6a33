import type { PublicStatus, TicketIssued } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatPeople, formatWait } from '../../app/format-wait.ts';
import { useServices } from '../catalog/catalog-queries.ts';
import { KioskBackButton } from './kiosk-back-button.tsx';
import { kioskApi } from './kiosk-device.ts';

/** 予約がない方: each service as a large card with how many wait and for how long; a tap takes a number. */
export function WalkInScreen({
  officeId,
  status,
  onIssued,
  onBack,
}: {
  officeId: string;
  status: PublicStatus | undefined;
  onIssued: (issued: TicketIssued) => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const services = useServices(officeId);
  const take = useMutation({
    mutationFn: (serviceId: string) =>
      kioskApi.takeTicket(officeId, serviceId, i18n.language.startsWith('en') ? 'en' : 'ja'),
    onSuccess: onIssued,
  });
  const loads = new Map(status?.services.map((s) => [s.serviceId, s]));

  return (
    <div className="kiosk-screen kiosk-walk-in">
      <div className="kiosk-screen-head">
        <KioskBackButton onClick={onBack} />
        <PageHeading>{t('kiosk.walkIn.heading')}</PageHeading>
      </div>
      <p className="kiosk-lead">{t('kiosk.walkIn.lead')}</p>
      {take.error ? <ProblemMessage error={take.error} /> : null}
      {services.isPending ? (
        <LoadingState />
      ) : services.error ? (
        <ProblemWithRetry error={services.error} onRetry={() => void services.refetch()} />
      ) : (
        <ul className="kiosk-services">
          {services.data.services.map((service) => {
            const load = loads.get(service.id);
            const detailsId = `service-${service.id}-details`;
            const taking = take.isPending && take.variables === service.id;
            return (
              // The whole card is the button's target (its ::after covers it); the button's name is
              // the service alone, and the rest is its description.
              <li key={service.id} className="kiosk-service">
                <button
                  type="button"
                  className="kiosk-service-name"
                  aria-describedby={detailsId}
                  disabled={take.isPending}
                  onClick={() => take.mutate(service.id)}
                >
                  {localized(service.name, i18n.language)}
                </button>
                <div id={detailsId} className="kiosk-service-details">
                  <p className="kiosk-service-description">{localized(service.description, i18n.language)}</p>
                  {load ? (
                    <p className="kiosk-service-load">
                      <span>
                        <span className="kiosk-service-load-label">{t('queue.waiting')}</span>
                        <strong>{formatPeople(t, load.waiting)}</strong>
                      </span>
                      <span>
                        <span className="kiosk-service-load-label">{t('queue.estimatedWait')}</span>
                        <strong>{formatWait(t, load.estimatedWaitMinutes)}</strong>
                      </span>
                    </p>
                  ) : null}
                  {taking ? <p className="kiosk-service-taking">{t('kiosk.walkIn.taking')}</p> : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
