import { createBrowserRouter } from 'react-router';
import { DateStep } from '../features/booking/date-step.tsx';
import { DetailsStep } from '../features/booking/details-step.tsx';
import { OfficeStep } from '../features/booking/office-step.tsx';
import { ReviewStep } from '../features/booking/review-step.tsx';
import { ServiceStep } from '../features/booking/service-step.tsx';
import { CongestionPage } from '../features/congestion/congestion-page.tsx';
import { CounterTabletPage } from '../features/counter-tablet/counter-tablet-page.tsx';
import { GuidePage } from '../features/guide/guide-page.tsx';
import { LifeEventPage } from '../features/guide/life-event-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { KioskPage } from '../features/kiosk/kiosk-page.tsx';
import { LookupPage } from '../features/manage/lookup-page.tsx';
import { ManagePage } from '../features/manage/manage-page.tsx';
import { ReschedulePage } from '../features/manage/reschedule-page.tsx';
import { DraftPage } from '../features/pre-entry/draft-page.tsx';
import { PreEntryStartPage } from '../features/pre-entry/pre-entry-start-page.tsx';
import { PreEntryStepPage } from '../features/pre-entry/pre-entry-step-page.tsx';
import { TicketPage } from '../features/ticket/ticket-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';
import { SiteLayout } from './site-layout.tsx';

/**
 * Every screen has its own URL, so the browser's back button, reloads and links from the city's
 * website all land where the resident expects. Office and service are in the path; the chosen
 * time and the typed details live in the booking draft. The hall's screens: the kiosk
 * (`/kiosk`), the counter tablet (`/counter-tablet`), the resident's ticket on their phone
 * (`/tickets/:id#t=…`) and the congestion page.
 */
export function createRouter() {
  return createBrowserRouter([
    // The hall's tablets have a frame of their own: no site header, no links away.
    { path: 'kiosk', element: <KioskPage />, errorElement: <RouteError /> },
    { path: 'counter-tablet', element: <CounterTabletPage />, errorElement: <RouteError /> },
    {
      element: <SiteLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'book', element: <OfficeStep /> },
        { path: 'book/:officeId', element: <ServiceStep /> },
        { path: 'book/:officeId/:serviceId', element: <DateStep /> },
        { path: 'book/:officeId/:serviceId/details', element: <DetailsStep /> },
        { path: 'book/:officeId/:serviceId/review', element: <ReviewStep /> },
        { path: 'reservations', element: <LookupPage /> },
        { path: 'reservations/:code', element: <ManagePage /> },
        { path: 'reservations/:code/reschedule', element: <ReschedulePage /> },
        { path: 'tickets/:ticketId', element: <TicketPage /> },
        { path: 'offices/:officeId/status', element: <CongestionPage /> },
        { path: 'guide', element: <GuidePage /> },
        { path: 'guide/:eventId', element: <LifeEventPage /> },
        { path: 'pre-entry', element: <PreEntryStartPage /> },
        { path: 'pre-entry/form/:step', element: <PreEntryStepPage /> },
        { path: 'pre-entry/:code', element: <DraftPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
