import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface SummaryRow {
  key: string;
  label: string;
  value: ReactNode;
  /** Where to change this answer; no link when it can't be changed here. */
  changeTo?: string | undefined;
}

/** Label–value pairs, each with an optional "変更" link (GOV.UK's summary list). */
export function SummaryList({ rows, className }: { rows: SummaryRow[]; className?: string }) {
  const { t } = useTranslation();
  return (
    <dl className={className ? `summary-list ${className}` : 'summary-list'}>
      {rows.map((row) => (
        <div key={row.key} className="summary-row">
          <dt>{row.label}</dt>
          <dd className="summary-value">{row.value}</dd>
          {row.changeTo ? (
            <dd className="summary-change">
              <Link to={row.changeTo}>
                {t('summary.change')}
                <span className="visually-hidden">{t('summary.changeWhat', { what: row.label })}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
