import { ProblemMessage } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { StaffUserContext, useSession } from './session.ts';

/** Lets the screens below through only with a live session; otherwise, to sign-in and back. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <p className="page-status" role="status">
        {t('login.checkingSession')}
      </p>
    );
  }
  if (session.isError) {
    return (
      <div className="page-status">
        <ProblemMessage error={session.error} />
        <button type="button" onClick={() => void session.refetch()}>
          {t('common:retry')}
        </button>
      </div>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?${new URLSearchParams({ next })}`} replace />;
  }
  return (
    <StaffUserContext value={session.data}>
      <Outlet />
    </StaffUserContext>
  );
}
