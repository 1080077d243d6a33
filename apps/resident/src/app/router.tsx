import { createBrowserRouter } from 'react-router';
import { DateStep } from '../features/booking/date-step.tsx';
import { DetailsStep } from '../features/booking/details-step.tsx';
import { OfficeStep } from '../features/booking/office-step.tsx';
import { ReviewStep } from '../features/booking/review-step.tsx';
import { ServiceStep } from '../features/booking/service-step.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { LookupPage } from '../features/manage/lookup-page.tsx';
import { ManagePage } from '../features/manage/manage-page.tsx';
import { ReschedulePage } from '../features/manage/reschedule-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';
import { SiteLayout } from './site-layout.tsx';

/**
 * Every screen has its own URL, so the browser's back button, reloads and links from the city's
 * website all land where the resident expects. Office and service are in the path; the chosen
 * time and the typed details live in the booking draft.
 */
export function createRouter() {
  return createBrowserRouter([
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
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
