export type ReviewPage =
  | 'overview'
  | 'upload'
  | 'timeline'
  | 'notes'
  | 'questions'
  | 'people'
  | 'present'
  | 'annex-print'
  | 'rules'
  | 'duplicates'
  | 'audit'
  | 'members';

export type Route =
  | { page: 'reviews' }
  | { page: 'setup' }
  | { page: 'invite' }
  | { page: 'account' }
  | { page: 'admin-users' }
  | { page: 'admin-audit' }
  | { page: ReviewPage; reviewId: string }
  | { page: 'not-found' };

const REVIEW_PAGES: Record<string, ReviewPage> = {
  '': 'overview',
  upload: 'upload',
  timeline: 'timeline',
  notes: 'notes',
  questions: 'questions',
  people: 'people',
  present: 'present',
  'annex/print': 'annex-print',
  rules: 'rules',
  duplicates: 'duplicates',
  audit: 'audit',
  members: 'members',
};

const PLAIN_PAGES: Record<string, Route> = {
  setup: { page: 'setup' },
  invite: { page: 'invite' },
  account: { page: 'account' },
  'admin/users': { page: 'admin-users' },
  'admin/audit': { page: 'admin-audit' },
};

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { page: 'reviews' };
  if (parts[0] === 'reviews' && parts[1] && parts.length <= 4) {
    const page = REVIEW_PAGES[parts.slice(2).join('/')];
    if (page) return { page, reviewId: parts[1] };
  }
  return PLAIN_PAGES[parts.join('/')] ?? { page: 'not-found' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const PAGE_PATHS: Record<ReviewPage, string> = Object.fromEntries(
  Object.entries(REVIEW_PAGES).map(([path, page]) => [page, path]),
) as Record<ReviewPage, string>;

/** A review's page: `/reviews/<id>`, `/reviews/<id>/timeline`, `/reviews/<id>/annex/print`… */
export function reviewPath(reviewId: string, page: ReviewPage = 'overview', search = ''): string {
  const base = `/reviews/${encodeURIComponent(reviewId)}`;
  const path = page === 'overview' ? base : `${base}/${PAGE_PATHS[page]}`;
  const query = search.replace(/^\?/, '');
  return query ? `${path}?${query}` : path;
}

/**
 * The one-time token of a first-run link (`/setup#token=…`) or an invitation
 * (`/invite#token=…`). It travels in the fragment, which the browser never sends to the server
 * or in a Referer, and the page posts it in a JSON body.
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() ? token.trim() : null;
}
