import type { TimelineEvent } from '../../../server/contract/feed';
import type { EventFacets, FacetValue } from '../api/api-types';

/**
 * The filters a reviewer sets on the merged timeline. They live in the page URL under the very
 * names GET /api/reviews/:id/events takes (agency, agencyKind, type, subject, theme, from, to, q,
 * flagged, annotated, childSeen), so a link reopens the same view and `toServerQuery` can hand
 * them to the server unchanged (the walk-through and the annex do); the timeline applies them to
 * its loaded events with `matchesFilters` when it filters in the browser.
 *
 * The search text `q` is never matched here: it searches the records' free text (description,
 * outcome, analysis, team, practitioner…), which the timeline's feed does not carry, and the
 * server's search matches it as the viewer reads it (redacted for the panel). A filter with `q`
 * always goes to the server (features/timeline/lib/filter-mode.ts); the functions below ignore it.
 */
export interface EventFilters {
  agency: string[];
  agencyKind: string[];
  /** Vocabulary codes, or prefixes ending in '.' ("contact." = every contact type). */
  type: string[];
  subject: string[];
  /** Themes of the review's notes: events with a note, or inside an episode, carrying one. */
  theme: string[];
  /** ISO dates; an event matches when its possible interval overlaps [from, to]. */
  from: string | null;
  to: string | null;
  q: string;
  flagged: boolean;
  /** Key events only: a note on it, or an episode starting or ending there. */
  annotated: boolean;
  childSeen: boolean | null;
}

export const NO_FILTERS: EventFilters = {
  agency: [],
  agencyKind: [],
  type: [],
  subject: [],
  theme: [],
  from: null,
  to: null,
  q: '',
  flagged: false,
  annotated: false,
  childSeen: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(params: URLSearchParams): EventFilters {
  const list = (name: string) => [...new Set(params.getAll(name).filter((v) => v !== ''))];
  const date = (name: string) => {
    const value = params.get(name);
    return value && ISO_DATE.test(value) ? value : null;
  };
  const childSeen = params.get('childSeen');
  return {
    agency: list('agency'),
    agencyKind: list('agencyKind'),
    type: list('type'),
    subject: list('subject'),
    theme: list('theme'),
    from: date('from'),
    to: date('to'),
    q: params.get('q')?.trim() ?? '',
    flagged: params.get('flagged') === 'true',
    annotated: params.get('annotated') === 'true',
    childSeen: childSeen === 'true' ? true : childSeen === 'false' ? false : null,
  };
}

/** The filters as query parameters, in a fixed order and without defaults, so URLs are stable. */
export function filtersToParams(filters: EventFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['agency', 'agencyKind', 'type', 'subject', 'theme'] as const) {
    for (const value of filters[name]) params.append(name, value);
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.flagged) params.set('flagged', 'true');
  if (filters.annotated) params.set('annotated', 'true');
  if (filters.childSeen !== null) params.set('childSeen', String(filters.childSeen));
  return params;
}

/** The query for GET /api/reviews/:id/events when the server does the filtering. */
export const toServerQuery = filtersToParams;

export const FILTER_PARAM_NAMES = [
  'agency',
  'agencyKind',
  'type',
  'subject',
  'theme',
  'from',
  'to',
  'q',
  'flagged',
  'annotated',
  'childSeen',
] as const;

export function hasFilters(filters: EventFilters): boolean {
  return filtersToParams(filters).size > 0;
}

export function typeMatches(code: string, wanted: readonly string[]): boolean {
  return wanted.some((w) => (w.endsWith('.') ? code.startsWith(w) : code === w));
}

type Dimension = 'agency' | 'type' | 'subject' | 'other';

/** Whether the filters ask about the review's notes (theme, key events only). */
export function usesNotes(filters: Pick<EventFilters, 'theme' | 'annotated'>): boolean {
  return filters.theme.length > 0 || filters.annotated;
}

/** Whether the event passes the agency filter (one of the three counted dimensions). */
function inAgency(event: TimelineEvent, filters: EventFilters): boolean {
  return filters.agency.length === 0 || filters.agency.includes(event.agency);
}

function inType(event: TimelineEvent, filters: EventFilters): boolean {
  return filters.type.length === 0 || typeMatches(event.type, filters.type);
}

function inSubject(event: TimelineEvent, filters: EventFilters): boolean {
  return filters.subject.length === 0 || event.subjects.some((s) => filters.subject.includes(s));
}

/** Whether the event passes every filter that is not a counted dimension. */
function inOthers(
  event: TimelineEvent,
  filters: EventFilters,
  flaggedIds: ReadonlySet<string> | null,
  notedIds: ReadonlySet<string> | null,
): boolean {
  if (filters.agencyKind.length > 0 && !filters.agencyKind.includes(event.agencyKind)) return false;
  const latest = event.endDate?.latest ?? event.date.latest;
  if (filters.from && latest < filters.from) return false;
  if (filters.to && event.date.earliest > filters.to) return false;
  if (filters.childSeen !== null && event.childSeen !== filters.childSeen) return false;
  if (filters.flagged && !(flaggedIds?.has(event.id) ?? false)) return false;
  if (usesNotes(filters) && !(notedIds?.has(event.id) ?? false)) return false;
  return true;
}

function matchesExcept(
  event: TimelineEvent,
  filters: EventFilters,
  flaggedIds: ReadonlySet<string> | null,
  notedIds: ReadonlySet<string> | null,
  skip: Dimension | null,
): boolean {
  return (
    (skip === 'agency' || inAgency(event, filters)) &&
    (skip === 'type' || inType(event, filters)) &&
    (skip === 'subject' || inSubject(event, filters)) &&
    inOthers(event, filters, flaggedIds, notedIds)
  );
}

/**
 * @param flaggedIds events that a gap flag starts or ends at; null while the gap engine is not
 * available, in which case "flagged only" matches nothing rather than everything.
 * @param notedIds the events the theme and "key events only" filters keep (shared/lib/notes.ts
 * `notedEventIds`, worked out for these filters); null while the notes are not loaded, in
 * which case those filters match nothing.
 */
export function matchesFilters(
  event: TimelineEvent,
  filters: EventFilters,
  flaggedIds: ReadonlySet<string> | null = null,
  notedIds: ReadonlySet<string> | null = null,
): boolean {
  return matchesExcept(event, filters, flaggedIds, notedIds, null);
}

export function applyFilters<E extends TimelineEvent>(
  events: readonly E[],
  filters: EventFilters,
  flaggedIds: ReadonlySet<string> | null = null,
  notedIds: ReadonlySet<string> | null = null,
): E[] {
  return events.filter((e) => matchesExcept(e, filters, flaggedIds, notedIds, null));
}

/**
 * Counts for the filter lists, shaped like the server's coming `facets`. Each dimension is
 * counted with every other filter applied but not its own, so choosing one agency still shows
 * how many events the others would add.
 */
export function computeFacets(
  events: readonly TimelineEvent[],
  filters: EventFilters,
  flaggedIds: ReadonlySet<string> | null = null,
  notedIds: ReadonlySet<string> | null = null,
): EventFacets {
  // One pass: each filter is asked once per event, and an event counts in a dimension when it
  // passes every filter but that dimension's own (at 50,000 events, three passes asking every
  // filter three times took about 20 ms of the page's first draw: docs/benchmarks.md,
  // "2026-12-07").
  const agency = new Map<string, number>();
  const type = new Map<string, number>();
  const subject = new Map<string, number>();
  const add = (counts: Map<string, number>, key: string) =>
    counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const event of events) {
    if (!inOthers(event, filters, flaggedIds, notedIds)) continue;
    const a = inAgency(event, filters);
    const t = inType(event, filters);
    const s = inSubject(event, filters);
    if (t && s) add(agency, event.agency);
    if (a && s) add(type, event.type);
    if (a && t) for (const who of event.subjects) add(subject, who);
  }
  const listed = (counts: Map<string, number>): FacetValue[] =>
    [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((x, y) => y.count - x.count || x.value.localeCompare(y.value, 'en-GB'));
  return { agency: listed(agency), type: listed(type), subject: listed(subject) };
}
