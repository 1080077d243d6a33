import type { Visit } from '@kakanai/contracts';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../app/office-time.ts';
import { minutesBetween } from '../counter/queue-model.ts';
import { stepIndex, VISIT_STEPS } from './visit-values.ts';

/**
 * Whose visit this is and where it stands: the ticket number, the application's code, the steps
 * draft → awaiting confirmation → signed → accepted, the version, and the time since the
 * resident was called (the time the city wants to halve).
 */
export function VisitHeader({ visit, timeZone, now }: { visit: Visit; timeZone: string; now: number }) {
  const { t } = useTranslation('console', { keyPrefix: 'visit' });
  const current = stepIndex(visit.status);
  // The last step reached is done, not under way: an accepted application is finished.
  const finished = visit.status === 'accepted' || visit.status === 'exported';
  const done = (index: number) => index < current || (finished && index === current);
  const since = visit.times.calledAt ?? visit.times.openedAt;
  const end = visit.times.acceptedAt ? Date.parse(visit.times.acceptedAt) : now;
  return (
    <div className="visit-header">
      <div className="visit-header__who">
        <p className="visit-header__ticket">
          <span className="visit-header__caption">{t('header.ticket')}</span>
          <span className="ticket-number" data-testid="visit-ticket-number">
            {visit.ticketNumber ?? t('header.noTicket')}
          </span>
        </p>
        <h1 className="visit-header__title">
          {t('title')}
          <span className="visit-header__code">
            <span className="visually-hidden">{t('header.code')}</span>
            <span className="code" data-testid="visit-code">
              {visit.code}
            </span>
          </span>
        </h1>
      </div>
      <ol className="visit-steps" aria-label={t('header.steps')} data-testid="visit-status">
        {VISIT_STEPS.map((step, index) => (
          <li
            key={step}
            className={`visit-step${done(index) ? ' visit-step--done' : ''}${index === current ? ' visit-step--current' : ''}`}
            aria-current={index === current ? 'step' : undefined}
            data-status={step}
          >
            <span className="visit-step__mark" aria-hidden="true">
              {done(index) ? '✓' : index + 1}
            </span>
            <span className="visit-step__label">{t(`status.${step}`)}</span>
            {done(index) ? <span className="visually-hidden">{t('header.done')}</span> : null}
          </li>
        ))}
      </ol>
      <dl className="visit-header__facts">
        <div>
          <dt>{t('header.version')}</dt>
          <dd data-testid="visit-version">{t('header.versionValue', { version: visit.version })}</dd>
        </div>
        <div>
          <dt>{visit.times.acceptedAt ? t('header.took') : t('header.elapsed')}</dt>
          <dd>
            {t('header.elapsedValue', {
              count: minutesBetween(since, end),
              time: clockTime(since, timeZone),
            })}
          </dd>
        </div>
        {visit.status === 'exported' ? (
          <div>
            <dt>{t('header.exported')}</dt>
            <dd>{visit.times.exportedAt ? clockTime(visit.times.exportedAt, timeZone) : '✓'}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
