import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MeetingBanner } from './features/walkthrough/components/meeting/meeting-banner';
import { ErrorNote, Loading } from './shared/ui';
import { useResource } from './shared/hooks/use-resource';
import { api, refreshSession, type ReviewDto, type SessionDto } from './shared/api/api';
import { formatDay } from './shared/lib/dates';
import { abilities, pageAllowed, PAGE_TITLES, roleLabel, reviewTabs } from './shared/lib/roles';
import { parseRoute, reviewPath, type ReviewPage } from './shared/lib/routes';
import { endSession, resetSession, useSession } from './shared/lib/session';
import { clearViewModes, setViewMode, useViewMode } from './shared/lib/view-mode';
import { AnnexPrintPage } from './features/walkthrough/pages/annex-print-page';
import { AccountPage } from './features/accounts/pages/account-page';
import { AdminUsersPage } from './features/accounts/pages/admin-users-page';
import { AdminAuditPage, ReviewAuditPage } from './features/review/pages/audit-page';
import { DuplicatesPage } from './features/review/pages/duplicates-page';
import { MembersPage } from './features/review/pages/members-page';
import { NotesPage } from './features/walkthrough/pages/notes-page';
import { PeoplePage } from './features/walkthrough/pages/people-page';
import { PresentPage } from './features/walkthrough/pages/present-page';
import { ReviewOverviewPage } from './features/review/pages/review-overview-page';
import { ReviewsPage } from './features/review/pages/reviews-page';
import { RulesPage } from './features/review/pages/rules-page';
import { SetupPage } from './features/accounts/pages/setup-page';
import { SignInPage } from './features/accounts/pages/sign-in-page';
import { TimelinePage } from './features/timeline/pages/timeline-page';
import { UploadPage } from './features/upload/pages/upload-page';
import { navigate, useLocation } from './shared/router';

/**
 * Every page but first-run setup needs a session. Without one (on arrival, or when any call
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

function Shell({
  children,
  session,
  review,
  inReview = false,
}: {
  children: ComponentChildren;
  session?: SessionDto;
  review?: ReviewDto;
  /** A review's page whose review is still loading: no role to show yet. */
  inReview?: boolean;
}) {
  return (
    <div class="app">
      <header class="topbar">
        <a class="brand" href="/">
          Tapestry
        </a>
        {review ? (
          <span class="topbar-review">
            <span class="topbar-ref">{review.reference}</span>
            <span class="topbar-period">
              {formatDay(review.periodStart)} – {formatDay(review.periodEnd)}
            </span>
          </span>
        ) : null}
        <span class="topbar-spacer" />
        {review && session && abilities(review, session.user.isAdmin).namedView ? (
          <ViewToggle reviewId={review.id} />
        ) : null}
        {session ? <UserMenu session={session} review={review} inReview={inReview} /> : null}
        <a class="topbar-link" href="/docs" target="_blank" rel="noreferrer">
          API
        </a>
      </header>
      {children}
    </div>
  );
}

/**
 * A reviewer's switch between role labels (the default) and people's names, for this review and
 * this browser tab. Every page of the review asks the API in the chosen view; the server records
 * each switch to names in the audit log.
 */
function ViewToggle({ reviewId }: { reviewId: string }) {
  const mode = useViewMode(reviewId, true);
  const named = mode === 'named';
  return (
    <span class="view-toggle">
      {named ? (
        <span class="topbar-named" role="status">
          Names shown
        </span>
      ) : null}
      <button
        type="button"
        class="topbar-button"
        aria-pressed={named}
        data-testid="view-toggle"
        title={
          named
            ? 'Show people by their role labels again (Mother, Father…)'
            : 'Show people’s names instead of their role labels (recorded in the audit log)'
        }
        onClick={() => setViewMode(reviewId, named ? 'anonymised' : 'named')}
      >
        {named ? 'Show role labels' : 'Show names'}
      </button>
    </span>
  );
}

function UserMenu({
  session,
  review,
  inReview,
}: {
  session: SessionDto;
  review?: ReviewDto;
  inReview: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const { user } = session;
  const role = review
    ? roleLabel(review, user.isAdmin)
    : user.isAdmin && !inReview
      ? 'Administrator'
      : null;

  async function signOut() {
    setBusy(true);
    try {
      await api.signOut();
    } catch {
      // Signed out on this page either way; a session the server still holds ends on its own.
    }
    navigate('/');
    clearViewModes();
    endSession('signed-out');
  }

  return (
    <>
      {user.isAdmin ? (
        <nav class="topbar-admin" aria-label="Administration">
          <a class="topbar-link" href="/admin/users">
            Users
          </a>
          <a class="topbar-link" href="/admin/audit">
            Audit log
          </a>
        </nav>
      ) : null}
      <span class="topbar-user" data-testid="topbar-user">
        <a class="topbar-name" href="/account" title={`${user.email}: your account`}>
          {user.displayName}
        </a>
        {role ? <span class="topbar-role">{role}</span> : null}
      </span>
      <button type="button" class="topbar-button" disabled={busy} onClick={() => void signOut()}>
        Sign out
      </button>
    </>
  );
}

function ReviewShell({
  session,
  reviewId,
  page,
  search,
}: {
  session: SessionDto;
  reviewId: string;
  page: ReviewPage;
  search: string;
}) {
  const [review, reload] = useResource(() => api.getReview(reviewId), [reviewId]);
  const isAdmin = session.user.isAdmin;
  const tabs = review.data ? reviewTabs(abilities(review.data, isAdmin)) : [];
  useEffect(() => {
    const tab = tabs.find((t) => t.page === page)?.label ?? PAGE_TITLES[page] ?? '';
    document.title = review.data ? `${tab} · ${review.data.reference} · Tapestry` : 'Tapestry';
  }, [review.data, page]);
  if (review.status !== 'ready') {
    return (
      <Shell session={session} inReview>
        <main class="page">
          {review.status === 'loading' ? (
            <Loading />
          ) : (
            <ErrorNote error={review.error} title="This review could not be opened." />
          )}
        </main>
      </Shell>
    );
  }
  const can = abilities(review.data, isAdmin);
  const allowed = pageAllowed(page, can);
  // Presentation mode and the annex's print view fill the window: no top bar, no tabs.
  if (allowed && page === 'present') {
    return <PresentPage review={review.data} session={session} can={can} search={search} />;
  }
  if (allowed && page === 'annex-print') {
    return <AnnexPrintPage review={review.data} search={search} />;
  }
  // A change to the user's own membership changes what they may see: ask again.
  const membersChanged = () => {
    reload();
    void refreshSession();
  };
  return (
    <Shell session={session} review={review.data}>
      <nav class="tabs" aria-label="Review">
        {tabs.map((tab) => (
          <a
            key={tab.page}
            href={reviewPath(reviewId, tab.page)}
            class={tab.page === page ? 'tab tab-current' : 'tab'}
            aria-current={tab.page === page ? 'page' : undefined}
          >
            {tab.label}
          </a>
        ))}
      </nav>
      {can.present ? <MeetingBanner reviewId={reviewId} userId={session.user.id} /> : null}
      {!allowed ? <NotForRole review={review.data} isAdmin={isAdmin} /> : null}
      {allowed && page === 'overview' ? (
        <ReviewOverviewPage review={review.data} can={can} />
      ) : null}
      {allowed && page === 'upload' ? <UploadPage review={review.data} onStored={reload} /> : null}
      {allowed && page === 'timeline' ? (
        <TimelinePage review={review.data} can={can} search={search} />
      ) : null}
      {allowed && page === 'notes' ? <NotesPage review={review.data} can={can} /> : null}
      {allowed && page === 'people' ? <PeoplePage review={review.data} /> : null}
      {allowed && page === 'rules' ? <RulesPage review={review.data} can={can} /> : null}
      {allowed && page === 'duplicates' ? <DuplicatesPage review={review.data} /> : null}
      {allowed && page === 'audit' ? <ReviewAuditPage review={review.data} /> : null}
      {allowed && page === 'members' ? (
        <MembersPage review={review.data} session={session} onChanged={membersChanged} />
      ) : null}
    </Shell>
  );
}

function NotForRole({ review, isAdmin }: { review: ReviewDto; isAdmin: boolean }) {
  return (
    <main class="page page-narrow">
      <h1>Not part of your role</h1>
      <p class="empty">
        You are in this review as: {roleLabel(review, isAdmin)}. This page is not part of that role.{' '}
        <a href={reviewPath(review.id)}>Back to the overview</a>.
      </p>
    </main>
  );
}
