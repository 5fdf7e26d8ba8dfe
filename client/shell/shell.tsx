import type { ComponentChildren } from 'preact';
import type { ReviewDto, SessionDto } from '../shared/api/api';
import { formatDay } from '../shared/lib/dates';
import { abilities } from '../shared/lib/roles';
import { setViewMode, useViewMode } from '../shared/lib/view-mode';
import { UserMenu } from './user-menu';

/** The top bar above every page but presentation mode and the print view. */
export function Shell({
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
