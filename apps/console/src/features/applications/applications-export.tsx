import type { Procedure, VisitSummary } from '@kakanai/contracts';
import { isLocalDate } from '@kakanai/domain';
import { localized, ProblemMessage } from '@kakanai/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExportApplications } from './queries.ts';

/**
 * The hand-off to the back office: one procedure's accepted applications of one day, as CSV
 * (stable column names) or JSON. The server marks them exported; the list shows it.
 */
export function ApplicationsExport({
  officeId,
  date: listDate,
  procedures,
  visits,
}: {
  officeId: string;
  /** The list's day, the export's default. */
  date: string;
  procedures: readonly Procedure[];
  visits: readonly VisitSummary[];
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'applications.export' });
  const id = useId();
  const exporting = useExportApplications(officeId);
  // Procedures with accepted applications on the list's day first: those are what there is to
  // export. An export includes the ones exported before, so a lost file can be made again.
  const count = (procedureId: string, statuses: readonly string[]) =>
    visits.filter((v) => v.procedureIds.includes(procedureId) && statuses.includes(v.status)).length;
  const ready = (procedureId: string) => count(procedureId, ['accepted', 'exported']);
  const fresh = (procedureId: string) => count(procedureId, ['accepted']);
  const withWork = procedures.filter((p) => ready(p.id) > 0);
  const [procedureId, setProcedureId] = useState('');
  const [date, setDate] = useState<string>();
  const chosenDate = date ?? listDate;
  const chosen = procedureId || (withWork.find((p) => fresh(p.id) > 0) ?? withWork[0])?.id || '';
  const [done, setDone] = useState<string>();

  const run = (format: 'csv' | 'json') => {
    if (!chosen) return;
    setDone(undefined);
    exporting.mutate(
      { procedureId: chosen, date: chosenDate, format },
      {
        onSuccess: () => {
          const procedure = procedures.find((p) => p.id === chosen);
          setDone(
            t('done', {
              format: format.toUpperCase(),
              name: procedure ? localized(procedure.name, i18n.language) : chosen,
              date: chosenDate,
            }),
          );
        },
      },
    );
  };

  return (
    <section className="applications-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-procedure`}>{t('procedure')}</label>
        <select
          id={`${id}-procedure`}
          value={chosen}
          onChange={(event) => setProcedureId(event.target.value)}
        >
          <option value="" disabled>
            {t('chooseProcedure')}
          </option>
          {withWork.length > 0 ? (
            <optgroup label={t('withAccepted')}>
              {withWork.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('procedureOption', {
                    name: localized(p.name, i18n.language),
                    count: ready(p.id),
                    fresh: fresh(p.id),
                  })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t('allProcedures')}>
            {procedures
              .filter((p) => !withWork.includes(p))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {localized(p.name, i18n.language)}
                </option>
              ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={chosenDate}
          required
          onChange={(event) => {
            if (isLocalDate(event.target.value)) setDate(event.target.value);
          }}
        />
      </div>
      <div className="applications-export__buttons">
        <button
          type="button"
          className="primary"
          disabled={!chosen || exporting.isPending}
          aria-busy={exporting.isPending}
          onClick={() => run('csv')}
        >
          {t('csv')}
        </button>
        <button
          type="button"
          disabled={!chosen || exporting.isPending}
          aria-busy={exporting.isPending}
          onClick={() => run('json')}
        >
          {t('json')}
        </button>
      </div>
      <p role="status" className="applications-export__done">
        {done}
      </p>
      <ProblemMessage error={exporting.error} />
    </section>
  );
}
