import type { AgencyKind } from '../contract/common';
import type {
  EventDto,
  EventListQueryInput,
  FacetsDto,
  FuzzyDateDto,
  TypeBasisDto,
} from '../contract/events';
import type { TimelineEvent } from '../contract/feed';
import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { requireReview } from '../core/require-review';
import { headerKey } from '../shared/phrases';
import { glossaryKeyOf, isIdentity } from '../anonymise/glossary.service';
import { IDENTITY, type Redactor } from '../anonymise/redact';
import { type EventFilter, searchQuery } from './event-filter';
import {
  countCurrentEvents,
  findDistinctSubjects,
  findFacetSources,
  findCurrentEvents,
  findEventWithSource,
  type EventRow,
  type FeedRow,
} from './events.repository';
import { indexForSearch, indexRedactedForSearch } from './search.repository';

/** The query's filters that the records answer alone: server/timeline adds flags and notes. */
export type EventRecordsQuery = Omit<EventListQueryInput, 'flagged' | 'theme' | 'annotated'>;

/**
 * The current events under the query's filters, as written (the route gives them through
 * eventListAsSeen). `agencyScope` (a submitter's agency) limits it to that agency's events,
 * whatever the query asks for. `redact` is what the filters and facets match: the text as the
 * viewer reads it. `onlyIds` keeps only those events (the timeline's flagged and notes
 * filters); an empty list keeps none.
 */
export async function listEvents(
  db: Db,
  reviewId: string,
  query: EventRecordsQuery,
  options: { agencyScope?: string | null; redact?: Redactor; onlyIds?: string[] } = {},
): Promise<{ events: EventDto[]; total: number; facets?: FacetsDto }> {
  const agencyScope = options.agencyScope ?? null;
  const redact = options.redact ?? IDENTITY;
  await requireReview(db, reviewId);
  const filter = {
    ...(await filterFrom(db, reviewId, query, redact, options.onlyIds)),
    scopeAgencyKey: agencyScope,
  };
  const page = { limit: query.limit ?? 10_000, offset: query.offset ?? 0 };
  const [rows, total, facets] = await Promise.all([
    findCurrentEvents(db, reviewId, filter, page),
    countCurrentEvents(db, reviewId, filter),
    query.facets === false ? undefined : facetsFor(db, reviewId, filter, redact),
  ]);
  const events = rows.map(toEventDto);
  return { events, total, ...(facets ? { facets } : {}) };
}

/**
 * The query string as a repository filter: names to keys, words to a safe search query. In
 * the anonymised view every filter matches the text as the viewer reads it: search runs on the
 * redacted index, and a person or theme is matched after redaction, so "Mother" finds the
 * records naming her, while a name (in any spelling, or a prefix of one) finds only what it
 * would find in text that never held it. Nothing is refused for being a name: a refusal
 * would say "yes, that is a name here".
 */
export async function filterFrom(
  db: Db,
  reviewId: string,
  query: EventRecordsQuery,
  redact: Redactor,
  onlyIds: string[] | undefined,
): Promise<EventFilter> {
  const anonymised = !isIdentity(redact);
  const filter: EventFilter = {
    agencyKeys: query.agency?.map(headerKey),
    agencyKinds: query.agencyKind,
    types: query.type,
    subjects: query.subject,
    from: query.from,
    to: query.to,
    childSeen: query.childSeen,
    ids: query.id ? (onlyIds ?? query.id).filter((id) => query.id!.includes(id)) : onlyIds,
  };
  let matchesNothing = false;
  if (anonymised && query.subject?.length) {
    const wanted = new Set(query.subject.map((s) => s.toLowerCase()));
    const written = await findDistinctSubjects(db, reviewId);
    filter.subjects = written.filter((s) => wanted.has(redact(s).toLowerCase()));
    matchesNothing = filter.subjects.length === 0;
  }
  if (query.q) {
    filter.search = searchQuery(query.q);
    const key = glossaryKeyOf(redact);
    if (filter.search && key) {
      await indexRedactedForSearch(db, reviewId, redact, key);
      filter.searchIndex = 'redacted';
    } else if (filter.search) {
      await indexForSearch(db, reviewId);
    }
  }
  return matchesNothing ? { ...filter, ids: [] } : filter;
}

export async function facetsFor(
  db: Db,
  reviewId: string,
  filter: EventFilter,
  redact: Redactor,
): Promise<FacetsDto> {
  const sources = await findFacetSources(db, reviewId, filter);
  const people = new Map<string, number>();
  for (const json of sources.subjects) {
    // Counted once per event, after redaction: "Jane" and "Ms Smith" are one "Mother".
    for (const person of new Set((JSON.parse(json) as string[]).map(redact)))
      people.set(person, (people.get(person) ?? 0) + 1);
  }
  const byCount = (list: Array<{ value: string; count: number | string }>) =>
    list
      .map((f) => ({ value: f.value, count: Number(f.count) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    agency: byCount(sources.agency),
    agencyKind: byCount(sources.agencyKind),
    type: byCount(sources.type),
    subject: byCount([...people].map(([value, count]) => ({ value, count }))),
  };
}

/** One event with its provenance, as written: the route gives it through eventDetailAsSeen. */
export async function getEvent(
  db: Db,
  reviewId: string,
  eventId: string,
  options: { agencyScope?: string | null } = {},
) {
  const agencyScope = options.agencyScope ?? null;
  const row = await findEventWithSource(db, reviewId, eventId);
  // Another agency's event is, to a submitter, no event at all.
  if (!row || (agencyScope && row.name_key !== agencyScope))
    throw new AppError('NOT_FOUND', 'No event with that id in this review.');
  return {
    ...toEventDto(row),
    raw: rawCells(JSON.parse(row.headers_json) as string[], JSON.parse(row.cells_json) as string[]),
    typeBasis: typeBasisOf(row.type_basis_json),
    fileName: row.file_name,
    version: row.version,
  };
}

export function toEventDto(row: EventRow): EventDto {
  return {
    ...drawnFieldsOf(row),
    submissionId: row.submission_id,
    row: row.row_number,
    team: row.team,
    practitioner: row.practitioner,
    description: row.description,
    outcome: row.outcome,
    analysis: row.analysis,
    sourceRef: row.source_ref,
  };
}

/** What the timeline draws of an event (the feed's fields but its label), from its row. */
export function drawnFieldsOf(
  row: Omit<FeedRow, 'label'>,
  parseSubjects: (json: string) => string[] = (json) => JSON.parse(json) as string[],
): Omit<TimelineEvent, 'label'> {
  return {
    id: row.id,
    agency: row.agency_name,
    agencyKind: row.agency_kind as AgencyKind,
    date: {
      text: row.date_text,
      earliest: row.date_earliest,
      latest: row.date_latest,
      precision: row.date_precision as FuzzyDateDto['precision'],
      uncertain: row.date_uncertain === 1,
    },
    time: row.time,
    endDate:
      row.end_date_text && row.end_date_earliest && row.end_date_latest
        ? {
            text: row.end_date_text,
            earliest: row.end_date_earliest,
            latest: row.end_date_latest,
            precision: row.end_date_precision as FuzzyDateDto['precision'],
            uncertain: row.end_date_uncertain === 1,
          }
        : null,
    endTime: row.end_time,
    type: row.type,
    typeText: row.type_text,
    subjects: parseSubjects(row.subjects_json),
    childSeen: fromFlag(row.child_seen),
    seenAlone: fromFlag(row.seen_alone),
  };
}

/** The words come from the agency's text: eventDetailAsSeen redacts them as the text is. */
function typeBasisOf(json: string | null): TypeBasisDto | null {
  if (json === null) return null;
  const basis = JSON.parse(json) as TypeBasisDto;
  return { from: basis.from, words: basis.words };
}

export function fromFlag(value: number | null): boolean | null {
  return value === null ? null : value === 1;
}

/** Every non-empty cell keyed by its header; fromEntries keeps a "__proto__" header as data. */
function rawCells(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    cells.flatMap((value, i) => (value ? [[headers[i] || `Column ${i + 1}`, value]] : [])),
  );
}
