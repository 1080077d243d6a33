import type { Office, PublicStatus } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemWithRetry } from '@kakanai/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { formatTime } from '../../app/format-dates.ts';
import { formatPeople, formatWait } from '../../app/format-wait.ts';
import { LiveIndicator } from '../../app/live-indicator.tsx';
import { onServerClock } from '../../app/server-clock.ts';
import { useOffices } from '../catalog/catalog-queries.ts';
import { useLivePublicStatus } from './public-status.ts';

/** 混雑状況: how many wait for each service, how long, and which numbers are being called now. */
export function CongestionPage() {
  const { officeId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  const { status, live } = useLivePublicStatus(officeId);
  const office = offices.data?.offices.find((o) => o.id === officeId);
  const officeName = status.data
    ? localized(status.data.officeName, i18n.language)
    : office
      ? localized(office.name, i18n.language)
      : '';
  useDocumentTitle(officeName ? t('congestion.titleFor', { office: officeName }) : t('congestion.title'));

  return (
    <div className="page page--wide congestion">
      <BackLink to="/" />
      <PageHeading caption={officeName || undefined}>{t('congestion.title')}</PageHeading>
      {status.data ? (
        <CongestionView
          status={status.data}
          office={office}
          updatedAt={onServerClock(status.dataUpdatedAt)}
          live={<LiveIndicator status={live} />}
        />
      ) : status.error ? (
        <ProblemWithRetry error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <LoadingState />
      )}
      <OtherOffices current={officeId} offices={offices.data?.offices ?? []} />
    </div>
  );
}

function CongestionView({
  status,
  office,
  updatedAt,
  live,
}: {
  status: PublicStatus;
  office: Office | undefined;
  updatedAt: number;
  live: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const timeZone = office?.timeZone ?? 'Asia/Tokyo';
  return (
    <>
      <div className="congestion-meta">
        <p className={`open-state open-state--${status.open ? 'open' : 'closed'}`}>
          {status.open ? t('congestion.openNow') : t('congestion.closedNow')}
        </p>
        {live}
        <p className="congestion-updated">
          {t('congestion.updatedAt', { time: formatTime(new Date(updatedAt).toISOString(), timeZone) })}
        </p>
      </div>
      {status.open ? null : (
        <p className="notice">
          {t('congestion.closedBody')}
          {office ? (
            <>
              <br />
              {t('congestion.hours', { hours: localized(office.hoursSummary, i18n.language) })}
            </>
          ) : null}
        </p>
      )}

      <div className="congestion-layout">
        <section className="calling-panel" aria-labelledby="calling-heading">
          <h2 id="calling-heading">{t('congestion.callingHeading')}</h2>
          {status.calling.length === 0 ? (
            <p className="muted">{t('congestion.noneCalling')}</p>
          ) : (
            <ul className="calling-list">
              {status.calling.map((call) => (
                <li key={call.ticketId} className="calling-item">
                  <span className="calling-number">{call.number}</span>
                  <span className="calling-window">
                    {t('queue.windowName', { number: call.window.number })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="loads-panel" aria-labelledby="loads-heading">
          <h2 id="loads-heading">{t('congestion.servicesHeading')}</h2>
          <ul className="load-list">
            {status.services.map((service) => {
              const busy = service.waiting >= 10 ? 'busy' : service.waiting >= 4 ? 'some' : 'quiet';
              return (
                <li key={service.serviceId} className={`load-card load-card--${busy}`}>
                  <h3 className="load-card-title">{localized(service.name, i18n.language)}</h3>
                  <dl className="load-facts">
                    <div>
                      <dt>{t('queue.waiting')}</dt>
                      <dd>{formatPeople(t, service.waiting)}</dd>
                    </div>
                    <div>
                      <dt>{t('queue.estimatedWait')}</dt>
                      <dd>{formatWait(t, service.estimatedWaitMinutes)}</dd>
                    </div>
                    <div>
                      <dt>{t('congestion.openWindows')}</dt>
                      <dd>
                        {service.openWindows > 0
                          ? t('congestion.windowCount', { count: service.openWindows })
                          : t('congestion.noWindow')}
                      </dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ul>
          <p className="muted congestion-note">{t('congestion.note')}</p>
        </section>
      </div>

      <p className="actions">
        <Link className="button primary" to={`/book/${status.officeId}`}>
          {t('congestion.book')}
        </Link>
      </p>
    </>
  );
}

/** The other offices' congestion, one tap away. */
function OtherOffices({ current, offices }: { current: string; offices: Office[] }) {
  const { t, i18n } = useTranslation();
  const others = offices.filter((o) => o.id !== current);
  if (others.length === 0) return null;
  return (
    <nav className="other-offices" aria-labelledby="other-offices-heading">
      <h2 id="other-offices-heading">{t('congestion.otherOffices')}</h2>
      <ul>
        {others.map((office) => (
          <li key={office.id}>
            <Link to={`/offices/${office.id}/status`}>{localized(office.name, i18n.language)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
