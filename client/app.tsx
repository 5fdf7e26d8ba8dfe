import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { ErrorNote, Loading } from './components/ui';
import { useResource } from './hooks/use-resource';
import { api, type ReviewDto } from './lib/api';
import { formatDay } from './lib/dates';
import { parseRoute, reviewPath, type ReviewPage } from './lib/routes';
import { DuplicatesPage } from './pages/duplicates-page';
import { ReviewOverviewPage } from './pages/review-overview-page';
import { ReviewsPage } from './pages/reviews-page';
import { RulesPage } from './pages/rules-page';
import { TimelinePage } from './pages/timeline-page';
import { UploadPage } from './pages/upload-page';
import { useLocation } from './router';

export function App() {
  const location = useLocation();
  const route = parseRoute(location.pathname);
  if (route.page === 'reviews') {
    return (
      <Shell>
        <ReviewsPage />
      </Shell>
    );
  }
  if (route.page === 'not-found') {
    return (
      <Shell>
        <main class="page">
          <h1>Page not found</h1>
          <p>
            <a href="/">Back to the reviews</a>
          </p>
        </main>
      </Shell>
    );
  }
  return <ReviewShell reviewId={route.reviewId} page={route.page} search={location.search} />;
}

function Shell({ children, review }: { children: ComponentChildren; review?: ReviewDto }) {
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
        <a class="topbar-link" href="/docs" target="_blank" rel="noreferrer">
          API
        </a>
      </header>
      {children}
    </div>
  );
}

const TABS: { page: ReviewPage; label: string }[] = [
  { page: 'overview', label: 'Overview' },
  { page: 'upload', label: 'Upload' },
  { page: 'timeline', label: 'Timeline' },
  { page: 'duplicates', label: 'Duplicates' },
  { page: 'rules', label: 'Gap rules' },
];

function ReviewShell({
  reviewId,
  page,
  search,
}: {
  reviewId: string;
  page: ReviewPage;
  search: string;
}) {
  const [review, reload] = useResource(() => api.getReview(reviewId), [reviewId]);
  useEffect(() => {
    const tab = TABS.find((t) => t.page === page)?.label ?? '';
    document.title = review.data ? `${tab} · ${review.data.reference} · Tapestry` : 'Tapestry';
  }, [review.data, page]);
  if (review.status !== 'ready') {
    return (
      <Shell>
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
  return (
    <Shell review={review.data}>
      <nav class="tabs" aria-label="Review">
        {TABS.map((tab) => (
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
      {page === 'overview' ? <ReviewOverviewPage review={review.data} /> : null}
      {page === 'upload' ? <UploadPage review={review.data} onStored={reload} /> : null}
      {page === 'timeline' ? <TimelinePage review={review.data} search={search} /> : null}
      {page === 'rules' ? <RulesPage review={review.data} /> : null}
      {page === 'duplicates' ? <DuplicatesPage review={review.data} /> : null}
    </Shell>
  );
}
