import type { StatsQuery } from '@kakanai/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';

/**
 * CSV downloads for the current filters: the figures, and the anonymous ticket rows they were
 * computed from. Plain links: the browser downloads them with the session cookie, and Excel opens
 * them (UTF-8 with a BOM).
 */
export function ExportLinks({ query }: { query: StatsQuery }) {
  const { t } = useTranslation('console', { keyPrefix: 'stats.export' });
  return (
    <div className="export-links">
      <a className="button compact" href={api.statsExportUrl({ ...query, kind: 'figures' })} download>
        <DownloadIcon />
        {t('figures')}
      </a>
      <a className="button compact" href={api.statsExportUrl({ ...query, kind: 'tickets' })} download>
        <DownloadIcon />
        {t('tickets')}
      </a>
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 2v8m0 0L4.5 6.5M8 10l3.5-3.5M2.5 13.5h11"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
