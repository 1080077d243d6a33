import { localized, PageHeading } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useOffices } from '../catalog/catalog-queries.ts';
import { HomeGuideCard } from '../guide/home-guide-card.tsx';
import { MyBookingsList } from '../manage/my-bookings-list.tsx';

/** What this is, the way in, and the way back to a booking already made. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const offices = useOffices();
  useDocumentTitle('');
  const steps = ['choose', 'time', 'visit'] as const;
  return (
    <div className="page home">
      <section className="hero">
        <PageHeading>{t('home.title')}</PageHeading>
        <p className="lead">{t('home.lead')}</p>
        <p className="actions">
          <Link className="button primary button-large" to="/book">
            {t('home.bookCta')}
            <span aria-hidden="true"> ›</span>
          </Link>
        </p>
        <p className="muted">{t('home.free')}</p>
      </section>

      <HomeGuideCard />

      <MyBookingsList />

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.howHeading')}</h2>
        <ol className="how-steps">
          {steps.map((step) => (
            <li key={step}>
              <h3>{t(`home.how.${step}.title`)}</h3>
              <p>{t(`home.how.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <div className="home-more">
        <section className="home-manage" aria-labelledby="manage-heading">
          <h2 id="manage-heading">{t('home.manageHeading')}</h2>
          <p>{t('home.manageBody')}</p>
          <p>
            <Link to="/reservations">{t('home.manageLink')}</Link>
          </p>
        </section>

        <section aria-labelledby="walk-in-heading">
          <h2 id="walk-in-heading">{t('home.walkInHeading')}</h2>
          <p>{t('home.walkInBody')}</p>
        </section>

        <section className="home-congestion" aria-labelledby="congestion-heading">
          <h2 id="congestion-heading">{t('home.congestionHeading')}</h2>
          <p>{t('home.congestionBody')}</p>
          {offices.data ? (
            <ul className="home-congestion-links">
              {offices.data.offices.map((office) => (
                <li key={office.id}>
                  <Link to={`/offices/${office.id}/status`}>{localized(office.name, i18n.language)}</Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
    </div>
  );
}
