import { PageHeading } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { LookupForm } from './lookup-form.tsx';
import { MyBookingsList } from './my-bookings-list.tsx';

/** `/reservations`: find a booking again, by its manage link or from this device's list. */
export function LookupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lookup.title'));
  return (
    <div className="page">
      <BackLink to="/" />
      <PageHeading>{t('lookup.title')}</PageHeading>
      <p className="lead">{t('lookup.lead')}</p>
      <MyBookingsList />
      <h2>{t('lookup.formHeading')}</h2>
      <LookupForm />
      <details className="help-details">
        <summary>{t('lookup.lostLinkSummary')}</summary>
        <p>{t('lookup.lostLinkBody')}</p>
      </details>
    </div>
  );
}
