import type { Procedure, VisitSummary } from '@kakanai/contracts';
import { isLocalDate, type LocalDate } from '@kakanai/domain';
import { localized, ProblemMessage } from '@kakanai/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMyOffices } from '../../app/catalog.ts';
import { clockTime, longDate, todayAt } from '../../app/office-time.ts';
import { PageTitle } from '../../app/page-title.tsx';
import { useServerNow } from '../../app/server-clock.ts';
import { useLiveChannel } from '../../app/use-live-channel.ts';
import { sessionQueryKey } from '../auth/session.ts';
import { LiveIndicator } from '../counter/live-indicator.tsx';
import { useProcedures } from '../visits/queries.ts';
import { ApplicationsExport } from './applications-export.tsx';
import { useVisitList, visitListQueryKey } from './queries.ts';
import './applications.css';

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/**
 * `/applications`: the day's visits at an office — where each stands, whose it is, which
 * procedures — and the hand-off of accepted applications to the back office as CSV or JSON.
 */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'applications' });
  const { t: tCommon } = useTranslation('common');
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const id = useId();
  // The stream's snapshot carries the server's time (the demo runs on another day than the PC):
  // render again once it is known, so "today" is the office's today.
  const [, serverTimeKnown] = useReducer((n: number) => n + 1, 0);
  const offices = useMyOffices();
  const office = offices.mine.find((o) => o.id === search.get('office')) ?? offices.mine[0];
  const timeZone = office?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useServerNow(60_000);
  const today = todayAt(timeZone, new Date(now));
  const dateParam = search.get('date');
  const date: LocalDate = dateParam && isLocalDate(dateParam) ? dateParam : today;

  const live = useLiveChannel({
    channel: office ? `office:${office.id}` : undefined,
    queryKey: visitListQueryKey(office?.id ?? '', date),
    parseSnapshot: () => {
      serverTimeKnown();
      return undefined;
    },
    onRefused: (reason) => {
      if (reason === 'unauthorized') queryClient.setQueryData(sessionQueryKey, null);
    },
  });
  const visits = useVisitList(office?.id, date, live === 'live');
  const procedures = useProcedures();
  const procedureById = useMemo(
    () => new Map<string, Procedure>(procedures.data?.procedures.map((p) => [p.id, p]) ?? []),
    [procedures.data],
  );

  const change = (next: { office?: string; date?: string }) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value) params.set(key, value);
          else params.delete(key);
        }
        return params;
      },
      { replace: true },
    );

  if (offices.isPending) return <p role="status">{tCommon('loading')}</p>;
  if (offices.isError) return <ProblemMessage error={offices.error} />;
  if (!office) return <p className="notice">{t('noOffices')}</p>;

  return (
    <div className="applications-page">
      <PageTitle page={t('title')} />
      <div className="page-head">
        <h1>{t('title')}</h1>
        <LiveIndicator status={live} />
      </div>
      <fieldset className="toolbar">
        <legend className="visually-hidden">{t('filters')}</legend>
        {offices.mine.length > 1 ? (
          <div className="toolbar__field">
            <label htmlFor={`${id}-office`}>{t('office')}</label>
            <select
              id={`${id}-office`}
              value={office.id}
              onChange={(event) => change({ office: event.target.value })}
            >
              {offices.mine.map((o) => (
                <option key={o.id} value={o.id}>
                  {localized(o.name, i18n.language)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="toolbar__field">
          <label htmlFor={`${id}-date`}>{t('date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            required
            onChange={(event) => {
              if (isLocalDate(event.target.value))
                change({ date: event.target.value === today ? undefined : event.target.value });
            }}
          />
        </div>
        {date !== today ? (
          <button type="button" className="compact" onClick={() => change({ date: undefined })}>
            {t('today')}
          </button>
        ) : null}
      </fieldset>

      <div className="applications-layout">
        <section className="applications-list" aria-labelledby="applications-list-title">
          <h2 id="applications-list-title">
            {t('listTitle', { date: longDate(date, i18n.language) })}
            {visits.data ? (
              <span className="applications-count">{t('count', { count: visits.data.length })}</span>
            ) : null}
          </h2>
          {visits.isPending ? (
            <p className="muted" role="status">
              {tCommon('loading')}
            </p>
          ) : visits.isError ? (
            <div>
              <ProblemMessage error={visits.error} />
              <button type="button" onClick={() => void visits.refetch()}>
                {tCommon('retry')}
              </button>
            </div>
          ) : visits.data.length === 0 ? (
            <p className="muted">{t('empty')}</p>
          ) : (
            <VisitTable visits={visits.data} procedureById={procedureById} timeZone={timeZone} />
          )}
        </section>
        <ApplicationsExport
          officeId={office.id}
          date={date}
          procedures={procedures.data?.procedures ?? []}
          visits={visits.data ?? []}
        />
      </div>
    </div>
  );
}

function VisitTable({
  visits,
  procedureById,
  timeZone,
}: {
  visits: VisitSummary[];
  procedureById: Map<string, Procedure>;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'applications' });
  const { t: tVisit } = useTranslation('console', { keyPrefix: 'visit' });
  return (
    <div className="table-scroll">
      <table className="applications-table" data-testid="applications-table">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.ticket')}</th>
            <th scope="col">{t('columns.code')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.procedures')}</th>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.opened')}</th>
            <th scope="col">{t('columns.accepted')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columns.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {visits.map((visit) => (
            <tr key={visit.id}>
              <th scope="row" className="ticket-number">
                {visit.ticketNumber ?? '—'}
              </th>
              <td className="code">{visit.code}</td>
              <td>
                <span className={`visit-status-badge visit-status-badge--${visit.status}`}>
                  {tVisit(`statusShort.${visit.status}`)}
                </span>
              </td>
              <td>
                {visit.procedureIds.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="applications-procedures">
                    {visit.procedureIds.map((pid) => {
                      const procedure = procedureById.get(pid);
                      return <li key={pid}>{procedure ? localized(procedure.name, i18n.language) : pid}</li>;
                    })}
                  </ul>
                )}
              </td>
              <td className="name">{visit.name ?? <span className="muted">{t('noName')}</span>}</td>
              <td className="time">{clockTime(visit.times.openedAt, timeZone)}</td>
              <td className="time">
                {visit.times.acceptedAt ? clockTime(visit.times.acceptedAt, timeZone) : '—'}
              </td>
              <td>
                <Link to={`/visits/${visit.id}`} className="button compact">
                  {t('open')}
                  <span className="visually-hidden">{t('openFor', { code: visit.code })}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
