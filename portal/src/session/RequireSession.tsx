import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Loading';
import { useSession } from './SessionProvider';

/** Where to send someone who must log in first; `next` brings them back to this very place. */
export function loginPath(next: string, reason?: 'expired'): string {
  const params = new URLSearchParams({ next });
  if (reason) params.set('reason', reason);
  return `/login?${params.toString()}`;
}

/**
 * Pages for signed-in people. Without a session: to the login page, which returns here after.
 * A restricted session (password expired or to be changed): to the password change first.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status, session } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  if (status === 'loading') return <Loading />;
  if (status !== 'active' || !session) {
    return <Navigate to={loginPath(here, status === 'expired' ? 'expired' : undefined)} replace />;
  }
  if (session.restricted && location.pathname !== '/account/change-password') {
    return (
      <Navigate to={`/account/change-password?${new URLSearchParams({ next: here })}`} replace />
    );
  }
  return <>{children}</>;
}
