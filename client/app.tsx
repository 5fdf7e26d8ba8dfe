import { useEffect } from 'preact/hooks';
import { ErrorNote, Loading } from './shared/ui';
import { refreshSession } from './shared/api/api';
import { parseRoute } from './shared/lib/routes';
import { resetSession, useSession } from './shared/lib/session';
import { AccountPage } from './features/accounts/pages/account-page';
import { AdminUsersPage } from './features/accounts/pages/admin-users-page';
import { AdminAuditPage } from './features/review/pages/audit-page';
import { ReviewsPage } from './features/review/pages/reviews-page';
import { SetupPage } from './features/accounts/pages/setup-page';
import { InvitationPage } from './features/accounts/pages/invitation-page';
import { SignInPage } from './features/accounts/pages/sign-in-page';
import { useLocation } from './shared/router';
import { Shell } from './shell/shell';
import { ReviewShell } from './shell/review-shell';

/**
 * Every page but first-run setup and an invitation link needs a session. Without one (on arrival, or when any call
 * comes back 401) the sign-in page stands in for the page asked for, at the same URL: signing
 * in shows that page again.
 */
export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname);
  const auth = useSession();
  useEffect(() => {
    if (auth.status === 'unknown') void refreshSession();
  }, [auth.status]);

  if (route.page === 'setup') {
    return (
      <Shell>
        <SetupPage />
      </Shell>
    );
  }
  if (route.page === 'invite') {
    // Open to someone with no account yet: the page itself says what the link allows.
    return (
      <Shell session={auth.status === 'signed-in' ? auth.session : undefined}>
        <InvitationPage />
      </Shell>
    );
  }
  if (auth.status === 'unknown') {
    return (
      <Shell>
        <main class="page">
          <Loading />
        </main>
      </Shell>
    );
  }
  if (auth.status === 'error') {
    return (
      <Shell>
        <main class="page page-narrow">
          <ErrorNote error={auth.error} title="Tapestry could not reach its server." />
          <button type="button" class="button" onClick={resetSession}>
            Try again
          </button>
        </main>
      </Shell>
    );
  }
  if (auth.status === 'signed-out') {
    return (
      <Shell>
        <SignInPage reason={auth.reason} />
      </Shell>
    );
  }

  const session = auth.session;
  if (route.page === 'reviews' || route.page === 'account' || route.page === 'not-found') {
    return (
      <Shell session={session}>
        {route.page === 'reviews' ? <ReviewsPage session={session} /> : null}
        {route.page === 'account' ? <AccountPage session={session} /> : null}
        {route.page === 'not-found' ? <NotFound /> : null}
      </Shell>
    );
  }
  if (route.page === 'admin-users' || route.page === 'admin-audit') {
    return (
      <Shell session={session}>
        {!session.user.isAdmin ? (
          <main class="page page-narrow">
            <h1>For administrators</h1>
            <p class="empty">
              Only an administrator manages accounts and reads the whole audit log.
            </p>
          </main>
        ) : route.page === 'admin-users' ? (
          <AdminUsersPage session={session} />
        ) : (
          <AdminAuditPage />
        )}
      </Shell>
    );
  }
  return (
    <ReviewShell
      session={session}
      reviewId={route.reviewId}
      page={route.page}
      search={location.search}
    />
  );
}

function NotFound() {
  return (
    <main class="page">
      <h1>Page not found</h1>
      <p>
        <a href="/">Back to the reviews</a>
      </p>
    </main>
  );
}
