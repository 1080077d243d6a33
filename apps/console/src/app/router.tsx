import { createBrowserRouter, Navigate } from 'react-router';
import { ApplicationsPage } from '../features/applications/applications-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { RequireSession } from '../features/auth/require-session.tsx';
import { CounterPage } from '../features/counter/counter-page.tsx';
import { LobbyDisplayPage } from '../features/display/lobby-display-page.tsx';
import { ReservationsPage } from '../features/reservations/reservations-page.tsx';
import { StatsPage } from '../features/stats/stats-page.tsx';
import { VisitPage } from '../features/visits/visit-page.tsx';
import { ConsoleLayout } from './console-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';

/** The console's screens; the server serves the app at /console/ and falls back to it for deep links. */
export function createConsoleRouter() {
  return createBrowserRouter(
    [
      { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
      // The lobby TV shows public data only: no sign-in, nothing from a session.
      { path: '/display/:officeId', element: <LobbyDisplayPage />, errorElement: <RouteError /> },
      {
        element: <RequireSession />,
        errorElement: <RouteError />,
        children: [
          {
            element: <ConsoleLayout />,
            children: [
              { index: true, element: <Navigate to="/reservations" replace /> },
              { path: 'counter', element: <CounterPage />, errorElement: <RouteError /> },
              { path: 'visits/:visitId', element: <VisitPage />, errorElement: <RouteError /> },
              { path: 'applications', element: <ApplicationsPage />, errorElement: <RouteError /> },
              { path: 'reservations', element: <ReservationsPage />, errorElement: <RouteError /> },
              { path: 'stats', element: <StatsPage />, errorElement: <RouteError /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
    { basename: '/console' },
  );
}
