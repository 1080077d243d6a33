import type { Office, Service } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { formatVisit } from '../../app/format-dates.ts';
import { SummaryList, type SummaryRow } from '../../app/summary-list.tsx';

/** The choices made in earlier steps, each with a link back to change it. */
export function BookingChoices({
  office,
  service,
  slot,
}: {
  office: Office;
  service?: Service | undefined;
  slot?: { start: string; end: string } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const rows: SummaryRow[] = [
    {
      key: 'office',
      label: t('summary.office'),
      value: localized(office.name, i18n.language),
      changeTo: '/book',
    },
  ];
  if (service) {
    rows.push({
      key: 'service',
      label: t('summary.service'),
      value: localized(service.name, i18n.language),
      changeTo: `/book/${office.id}`,
    });
  }
  if (service && slot) {
    rows.push({
      key: 'time',
      label: t('summary.dateTime'),
      value: formatVisit(slot.start, slot.end, office.timeZone, i18n.language),
      changeTo: `/book/${office.id}/${service.id}`,
    });
  }
  return <SummaryList rows={rows} className="summary-list--compact" />;
}
