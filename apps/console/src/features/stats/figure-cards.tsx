import type { SummaryResponse } from '@kakanai/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDecimal, formatMinutesValue, formatShare } from './format.ts';

/** The city's goal for the time a resident spends at the counter: half of what it was. */
const HALVING_GOAL = 0.5;
const NONE = '–';

/**
 * The headline numbers for the filters, as cards: how many came and how it ended, how long they
 * waited and were served, the time in the hall against the goal of halving it, the service level
 * against its target, bookings, and how good the wait estimates were. Each card is a term and its
 * value, so a screen reader hears "待ち時間 平均 12分" rather than a lone number.
 */
export function FigureCards({ summary, openDays }: { summary: SummaryResponse; openDays: number }) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'stats.figures' });
  const lang = i18n.language;
  const minutes = (value: number) => t('minutes', { value: formatMinutesValue(value, lang) });
  // Nothing measured is a dash, not a zero: "0 minutes' wait" on a closed day would be a claim.
  const waits = summary.waitMinutes.count > 0;
  const services = summary.serviceMinutes.count > 0;
  const waitFigure = (value: number) => (waits ? minutes(value) : NONE);
  const serviceFigure = (value: number) => (services ? minutes(value) : NONE);
  const people = (value: number) => t('people', { value: formatCount(value, lang) });
  const { serviceLevel, visitMinutes, booked, estimateAccuracy } = summary;
  const meetsTarget = serviceLevel.share >= serviceLevel.targetShare;
  const reduction = visitMinutes.count > 0 ? 1 - visitMinutes.ratioToBaseline : 0;
  const goalProgress = Math.max(0, Math.min(1, reduction / HALVING_GOAL));
  const goalMet = visitMinutes.count > 0 && visitMinutes.ratioToBaseline <= HALVING_GOAL;

  return (
    <dl className="figures">
      <Figure
        term={t('visits')}
        value={formatCount(summary.visits, lang)}
        unit={t('peopleUnit')}
        note={
          openDays > 0 ? t('perDay', { value: formatDecimal(summary.visits / openDays, lang) }) : undefined
        }
      />
      <Figure
        term={t('served')}
        value={formatCount(summary.served, lang)}
        unit={t('peopleUnit')}
        note={
          summary.transfers > 0 ? t('transfers', { value: formatCount(summary.transfers, lang) }) : undefined
        }
      />
      <Figure
        term={t('noShows')}
        value={formatCount(summary.noShows, lang)}
        unit={t('peopleUnit')}
        note={
          summary.visits > 0
            ? t('ofVisits', { share: formatShare(summary.noShows / summary.visits, lang) })
            : undefined
        }
      />

      <div className="figure figure--wide">
        <dt>{t('wait')}</dt>
        <dd>
          <dl className="figure-parts">
            <Part term={t('mean')} value={waitFigure(summary.waitMinutes.mean)} strong />
            <Part term={t('median')} value={waitFigure(summary.waitMinutes.p50)} />
            <Part term={t('p90')} value={waitFigure(summary.waitMinutes.p90)} />
            <Part term={t('max')} value={waitFigure(summary.waitMinutes.max)} />
          </dl>
        </dd>
      </div>

      <div className="figure">
        <dt>{t('service')}</dt>
        <dd>
          <dl className="figure-parts">
            <Part term={t('mean')} value={serviceFigure(summary.serviceMinutes.mean)} strong />
            <Part term={t('median')} value={serviceFigure(summary.serviceMinutes.p50)} />
            <Part term={t('p90')} value={serviceFigure(summary.serviceMinutes.p90)} />
          </dl>
        </dd>
      </div>

      <div className={`figure figure--goal${goalMet ? ' is-met' : ''}`}>
        <dt>{t('visitTime')}</dt>
        <dd>
          <p className="figure__value">
            {visitMinutes.count > 0 ? formatMinutesValue(visitMinutes.mean, lang) : NONE}
            <span className="figure__unit">{t('minutesUnit')}</span>
          </p>
          <p className="figure__note">
            {t('baseline', { value: formatMinutesValue(visitMinutes.baselineMinutes, lang) })}
            {visitMinutes.count > 0 && (
              <>
                {' '}
                {reduction >= 0
                  ? t('shorter', { share: formatShare(reduction, lang) })
                  : t('longer', { share: formatShare(-reduction, lang) })}
              </>
            )}
          </p>
          <Progress
            value={goalProgress}
            label={t('goal')}
            status={
              visitMinutes.count === 0
                ? NONE
                : goalMet
                  ? t('goalMet')
                  : t('goalProgress', { share: formatShare(goalProgress, lang) })
            }
          />
        </dd>
      </div>

      <div className={`figure figure--target${waits ? (meetsTarget ? ' is-met' : ' is-missed') : ''}`}>
        <dt>{t('serviceLevel', { minutes: serviceLevel.targetMinutes })}</dt>
        <dd>
          <p className="figure__value">{waits ? formatShare(serviceLevel.share, lang) : NONE}</p>
          <p className="figure__note">
            {waits && (
              <>
                <TargetBadge met={meetsTarget}>
                  {meetsTarget ? t('targetMet') : t('targetMissed')}
                </TargetBadge>{' '}
              </>
            )}
            {t('target', { share: formatShare(serviceLevel.targetShare, lang) })}
          </p>
        </dd>
      </div>

      <div className="figure">
        <dt>{t('booked')}</dt>
        <dd>
          <dl className="figure-parts">
            <Part
              term={t('bookedShare')}
              value={summary.visits > 0 ? formatShare(booked.share, lang) : NONE}
              strong
            />
            <Part term={t('bookedVisits')} value={people(booked.visits)} />
            <Part
              term={t('bookedNoShowRate')}
              value={booked.visits > 0 ? formatShare(booked.noShowRate, lang) : NONE}
            />
          </dl>
        </dd>
      </div>

      <div className="figure">
        <dt>{t('estimate')}</dt>
        <dd>
          <dl className="figure-parts">
            <Part
              term={t('withinTolerance', { minutes: estimateAccuracy.toleranceMinutes })}
              value={
                estimateAccuracy.count > 0 ? formatShare(estimateAccuracy.shareWithinTolerance, lang) : NONE
              }
              strong
            />
            <Part
              term={t('meanError')}
              value={estimateAccuracy.count > 0 ? minutes(estimateAccuracy.meanAbsoluteErrorMinutes) : NONE}
            />
          </dl>
        </dd>
      </div>
    </dl>
  );
}

function Figure({ term, value, unit, note }: { term: string; value: string; unit?: string; note?: string }) {
  return (
    <div className="figure">
      <dt>{term}</dt>
      <dd>
        <p className="figure__value">
          {value}
          {unit && <span className="figure__unit">{unit}</span>}
        </p>
        {note && <p className="figure__note">{note}</p>}
      </dd>
    </div>
  );
}

function Part({ term, value, strong }: { term: string; value: string; strong?: boolean }) {
  return (
    <div className={`figure-part${strong ? ' figure-part--main' : ''}`}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** A bar towards a goal, with the words that say where it stands; the bar itself is decoration. */
function Progress({ value, label, status }: { value: number; label: string; status: string }) {
  return (
    <div className="goal">
      <p className="goal__text">
        <span className="goal__label">{label}</span> <span className="goal__status">{status}</span>
      </p>
      <span className="goal__bar" aria-hidden="true">
        <span className="goal__fill" style={{ width: `${value * 100}%` }} />
      </span>
    </div>
  );
}

/** ✓ met / ▼ below: the mark and the word carry the meaning, the colour only repeats it. */
export function TargetBadge({ met, children }: { met: boolean; children: ReactNode }) {
  return (
    <span className={`target-badge ${met ? 'target-badge--met' : 'target-badge--missed'}`}>
      <span aria-hidden="true">{met ? '✓' : '▼'}</span>
      {children}
    </span>
  );
}
