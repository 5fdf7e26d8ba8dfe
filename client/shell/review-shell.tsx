import { useEffect } from 'preact/hooks';
import { MeetingBanner } from '../features/walkthrough/components/meeting/meeting-banner';
import { ErrorNote, Loading } from '../shared/ui';
import { useResource } from '../shared/hooks/use-resource';
import { api, refreshSession, type ReviewDto, type SessionDto } from '../shared/api/api';
import { abilities, pageAllowed, PAGE_TITLES, roleLabel, reviewTabs } from '../shared/lib/roles';
import { reviewPath, type ReviewPage } from '../shared/lib/routes';
import { AnnexPrintPage } from '../features/walkthrough/pages/annex-print-page';
import { ReviewAuditPage } from '../features/review/pages/audit-page';
import { DuplicatesPage } from '../features/review/pages/duplicates-page';
import { MembersPage } from '../features/review/pages/members-page';
import { NotesPage } from '../features/walkthrough/pages/notes-page';
import { PeoplePage } from '../features/walkthrough/pages/people-page';
import { PresentPage } from '../features/walkthrough/pages/present-page';
import { QuestionsPage } from '../features/review/pages/questions-page';
import { ReviewOverviewPage } from '../features/review/pages/review-overview-page';
import { RulesPage } from '../features/review/pages/rules-page';
import { TimelinePage } from '../features/timeline/pages/timeline-page';
import { UploadPage } from '../features/upload/pages/upload-page';
import { Shell } from './shell';

/**
 * A review's pages: it loads the review, then shows its tabs and the page asked for, if the
 * user's role in the review includes it.
 */
export function ReviewShell({
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
        <ReviewOverviewPage review={review.data} can={can} onReviewChanged={reload} />
      ) : null}
      {allowed && page === 'upload' ? <UploadPage review={review.data} onStored={reload} /> : null}
      {allowed && page === 'timeline' ? (
        <TimelinePage review={review.data} can={can} search={search} />
      ) : null}
      {allowed && page === 'notes' ? <NotesPage review={review.data} can={can} /> : null}
      {allowed && page === 'questions' ? <QuestionsPage review={review.data} can={can} /> : null}
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
