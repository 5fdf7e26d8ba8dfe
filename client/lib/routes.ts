export type ReviewPage = 'overview' | 'upload' | 'timeline' | 'rules' | 'duplicates';

export type Route =
  { page: 'reviews' } | { page: ReviewPage; reviewId: string } | { page: 'not-found' };

const REVIEW_PAGES: Record<string, ReviewPage> = {
  '': 'overview',
  upload: 'upload',
  timeline: 'timeline',
  rules: 'rules',
  duplicates: 'duplicates',
};

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { page: 'reviews' };
  if (parts[0] === 'reviews' && parts[1] && parts.length <= 3) {
    const page = REVIEW_PAGES[parts[2] ?? ''];
    if (page) return { page, reviewId: parts[1] };
  }
  return { page: 'not-found' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function reviewPath(reviewId: string, page: ReviewPage = 'overview'): string {
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  return page === 'overview' ? base : `${base}/${page}`;
}
