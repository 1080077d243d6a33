import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/login-page.tsx';
import { RequireSession } from '../features/auth/require-session.tsx';
import { ReservationsPage } from '../features/reservations/reservations-page.tsx';
import { ConsoleLayout } from './console-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteError } from './route-error.tsx';

/** The console's screens; the server serves the app at /console/ and falls back to it for deep links. */
export function createConsoleRouter() {
  return createBrowserRouter(
    [
      { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
      {
        element: <RequireSession />,
        errorElement: <RouteError />,
        children: [
          {
            element: <ConsoleLayout />,
            children: [
              { index: true, element: <Navigate to="/reservations" replace /> },
              { path: 'reservations', element: <ReservationsPage />, errorElement: <RouteError /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
    { basename: '/console' },
  );
}
