import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { caseInsensitiveLike, dialectOf } from '../db/dialect';
import type { Database } from '../db/schema';
import type { EventFilter } from './event-filter';
import { searchMatch } from './search.repository';

type EventsDb = Database & {
  e: Database['events'];
  s: Database['submissions'];
  a: Database['agencies'];
};
type EventsScope = ExpressionBuilder<EventsDb, 'e' | 's' | 'a'>;

/**
 * The merged order: earliest date, time (untimed first), agency, then the agency's own row
 * order. The list and the feed both sort so, and the web app relies on it being the same.
 */
function inMergedOrder<O>(query: SelectQueryBuilder<EventsDb, 'e' | 's' | 'a', O>) {
  return query
    .orderBy('e.date_earliest')
    .orderBy(sql`coalesce(e.time, '')`)
    .orderBy('a.name')
    .orderBy('e.seq');
}

/** LIKE patterns treat % and _ as wildcards; a subject or a type may contain either. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filter as one WHERE expression, shared by the list, the count and the facets. */
function filterExpression(db: Kysely<Database>, filter: EventFilter) {
  return (eb: EventsScope) => {
    const all = [];
    if (filter.scopeAgencyKey) all.push(eb('a.name_key', '=', filter.scopeAgencyKey));
    if (filter.agencyKeys?.length) all.push(eb('a.name_key', 'in', filter.agencyKeys));
    if (filter.agencyKinds?.length) all.push(eb('a.kind', 'in', filter.agencyKinds));
    if (filter.types?.length) {
      all.push(
        eb.or(
          filter.types.map((t) =>
            t.endsWith('.')
              ? caseInsensitiveLike(db, 'e.type', `${escapeLike(t)}%`)
              : eb('e.type', '=', t),
          ),
        ),
      );
    }
    if (filter.subjects?.length) {
      // Subjects are stored as a JSON array of strings: look for the JSON-encoded name, quotes
      // included, so "Mother" does not match "Grandmother".
      all.push(
        eb.or(
          filter.subjects.map((s) =>
            caseInsensitiveLike(db, 'e.subjects_json', `%${escapeLike(JSON.stringify(s))}%`),
          ),
        ),
      );
    }
    if (filter.from) all.push(eb('e.date_latest', '>=', filter.from));
    if (filter.to) all.push(eb('e.date_earliest', '<=', filter.to));
    if (filter.childSeen !== undefined) all.push(eb('e.child_seen', '=', filter.childSeen ? 1 : 0));
    if (filter.ids)
      all.push(filter.ids.length ? eb('e.id', 'in', filter.ids) : sql<boolean>`0 = 1`);
    if (filter.search) all.push(searchMatch(db, filter.searchIndex ?? 'as-written', filter.search));
    return eb.and(all);
  };
}

function currentEvents(db: Kysely<Database>, reviewId: string, filter: EventFilter = {}) {
  return db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .where(ofReview(db, reviewId, filter))
    .where('s.superseded_at', 'is', null);
}

/**
 * The review's condition. Asked for a list of ids (the table's rows in view, an event opened),
 * SQLite, which has no statistics here (nothing runs ANALYZE), took the review's index and
 * read every event of the review to find the fifty asked for: 22 ms at 50,000 events, for the
 * rows and again for their count, while the page waited for its table. Told the review's
 * condition is nearly always true (`likely`), it looks the ids up by key: about 1 ms
 * (docs/benchmarks.md, "2026-12-07"). PostgreSQL keeps statistics and needs no hint.
 */
function ofReview(db: Kysely<Database>, reviewId: string, filter: EventFilter) {
  return (eb: ExpressionBuilder<EventsDb, 'e'>) =>
    filter.ids?.length && dialectOf(db) === 'sqlite'
      ? sql<boolean>`likely(${eb.ref('e.review_id')} = ${reviewId})`
      : eb('e.review_id', '=', reviewId);
}

/** What the timeline feed reads of an event (and the label, from its description). */
const FEED_COLUMNS = [
  'e.id',
  'e.date_text',
  'e.date_earliest',
  'e.date_latest',
  'e.date_precision',
  'e.date_uncertain',
  'e.time',
  'e.end_date_text',
  'e.end_date_earliest',
  'e.end_date_latest',
  'e.end_date_precision',
  'e.end_date_uncertain',
  'e.end_time',
  'e.type',
  'e.type_text',
  'e.subjects_json',
  'e.child_seen',
  'e.seen_alone',
  'a.name as agency_name',
  'a.kind as agency_kind',
] as const;

const EVENT_COLUMNS = [
  ...FEED_COLUMNS,
  'e.submission_id',
  'e.row_number',
  'e.team',
  'e.practitioner',
  'e.description',
  'e.outcome',
  'e.analysis',
  'e.source_ref',
] as const;

/** The merged list's columns and order, built once per database: it is the same every call. */
function mergedListBase(db: Kysely<Database>) {
  return db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(EVENT_COLUMNS)
    .$call(inMergedOrder);
}

// Kysely's builders are immutable, so one base serves every request; parsing 28 column names
// and the ordering took more time than the filters added to it.
const mergedListBases = new WeakMap<Kysely<Database>, ReturnType<typeof mergedListBase>>();

export function currentEventsQuery(
  db: Kysely<Database>,
  reviewId: string,
  filter: EventFilter,
  page: { limit: number; offset: number },
) {
  let base = mergedListBases.get(db);
  if (!base) mergedListBases.set(db, (base = mergedListBase(db)));
  return base
    .where(ofReview(db, reviewId, filter))
    .where('s.superseded_at', 'is', null)
    .where(filterExpression(db, filter))
    .limit(page.limit)
    .offset(page.offset);
}

export async function findCurrentEvents(
  db: Kysely<Database>,
  reviewId: string,
  filter: EventFilter,
  page: { limit: number; offset: number },
) {
  return currentEventsQuery(db, reviewId, filter, page).execute();
}

export type EventRow = Awaited<ReturnType<typeof findCurrentEvents>>[number];

/**
 * How much of a description the feed reads for its label (LABEL_LENGTH, 120, is sent). The
 * label is cut after redaction, so a name at character 120 is replaced whole before the cut;
 * 200 leaves a name of up to 80 characters room to be read whole. (A name that crosses
 * character 200 is handled by the service: see feedLabelSource.)
 */
export const FEED_LABEL_READ = 200;

/**
 * The timeline feed's columns (no description, outcome, analysis or raw cells: at 100,000
 * events they are most of what the full list reads) for every event the filter keeps, in the
 * merged list's order. The label is the description's first FEED_LABEL_READ + 1 characters
 * (the one past the read says the description was longer); without `labels`, none is read.
 */
export function currentFeedQuery(
  db: Kysely<Database>,
  reviewId: string,
  filter: EventFilter,
  labels = true,
) {
  return currentEvents(db, reviewId)
    .select(FEED_COLUMNS)
    .select(
      labels
        ? sql<string | null>`substr(e.description, 1, ${sql.lit(FEED_LABEL_READ + 1)})`.as('label')
        : sql<string | null>`null`.as('label'),
    )
    .where(filterExpression(db, filter))
    .$call(inMergedOrder);
}

export async function findFeedRows(
  db: Kysely<Database>,
  reviewId: string,
  filter: EventFilter,
  labels = true,
) {
  return currentFeedQuery(db, reviewId, filter, labels).execute();
}

export type FeedRow = Awaited<ReturnType<typeof findFeedRows>>[number];

/** Whole descriptions of some events: labels whose cut prefix could not be redacted safely. */
export async function findDescriptions(db: Kysely<Database>, reviewId: string, ids: string[]) {
  const rows: Array<{ id: string; description: string | null }> = [];
  // In chunks: SQLite takes at most 32,766 parameters in one statement.
  for (let i = 0; i < ids.length; i += 10_000) {
    rows.push(
      ...(await db
        .selectFrom('events')
        .select(['id', 'description'])
        .where('review_id', '=', reviewId)
        .where('id', 'in', ids.slice(i, i + 10_000))
        .execute()),
    );
  }
  return rows;
}

export async function countCurrentEvents(
  db: Kysely<Database>,
  reviewId: string,
  filter: EventFilter = {},
): Promise<number> {
  const row = await currentEvents(db, reviewId, filter)
    .where(filterExpression(db, filter))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Counts by agency, agency kind and type under the filter, and every matching event's people. */
export async function findFacetSources(
  db: Kysely<Database>,
  reviewId: string,
  filter: EventFilter,
) {
  const filtered = () => currentEvents(db, reviewId).where(filterExpression(db, filter));
  const [agency, agencyKind, type, subjects] = await Promise.all([
    filtered()
      .select(['a.name as value', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('a.name')
      .execute(),
    filtered()
      .select(['a.kind as value', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('a.kind')
      .execute(),
    filtered()
      .select(['e.type as value', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('e.type')
      .execute(),
    filtered().select('e.subjects_json').where('e.subjects_json', '!=', '[]').execute(),
  ]);
  return { agency, agencyKind, type, subjects: subjects.map((r) => r.subjects_json) };
}

export async function findEventWithSource(db: Kysely<Database>, reviewId: string, id: string) {
  return db
    .selectFrom('events as e')
    .innerJoin('submissions as s', 's.id', 'e.submission_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(EVENT_COLUMNS)
    .select([
      'e.cells_json',
      'e.type_basis_json',
      's.headers_json',
      's.file_name',
      's.version',
      'a.name_key',
    ])
    .where('e.review_id', '=', reviewId)
    .where('e.id', '=', id)
    .executeTakeFirst();
}

/** The fields the gap engine and duplicate finder need, for every current event. */
export async function findEventsForAnalysis(db: Kysely<Database>, reviewId: string) {
  return currentEvents(db, reviewId)
    .select([
      'e.id',
      'e.seq',
      'e.date_earliest',
      'e.date_latest',
      'e.date_precision',
      'e.date_uncertain',
      'e.time',
      'e.type',
      'e.type_text',
      'e.subjects_json',
      'e.child_seen',
      'e.description',
      'e.outcome',
      'a.name as agency_name',
      'a.kind as agency_kind',
    ])
    .execute();
}

/** Every distinct person named in the review's current events, as written. */
export async function findDistinctSubjects(
  db: Kysely<Database>,
  reviewId: string,
): Promise<string[]> {
  // The JSON array's elements as rows: SQLite's json_each, PostgreSQL's jsonb_array_elements_text.
  const elements =
    dialectOf(db) === 'postgres'
      ? sql`jsonb_array_elements_text(e.subjects_json::jsonb) j(value)`
      : sql`json_each(e.subjects_json) j`;
  const rows = await sql<{ subject: string }>`select distinct j.value as subject
    from events e join submissions s on s.id = e.submission_id, ${elements}
    where e.review_id = ${reviewId} and s.superseded_at is null`.execute(db);
  return rows.rows.map((r) => r.subject);
}

/** What the week totals count of each event the filter keeps (any order: they are summed). */
export async function findWeekRows(db: Kysely<Database>, reviewId: string, filter: EventFilter) {
  return currentEvents(db, reviewId)
    .select(['a.name as agency', 'e.type', 'e.child_seen', 'e.date_earliest', 'e.date_latest'])
    .where(filterExpression(db, filter))
    .execute();
}

/**
 * The span and agencies of every event a viewer may see (their scope, no other filter): the
 * week totals run over it, and have a row for each agency, so that the strip keeps its shape
 * while filters change.
 */
export async function findCoverage(
  db: Kysely<Database>,
  reviewId: string,
  scopeAgencyKey: string | null,
) {
  const scoped = () =>
    currentEvents(db, reviewId).$if(scopeAgencyKey !== null, (q) =>
      q.where('a.name_key', '=', scopeAgencyKey!),
    );
  const [span, agencies] = await Promise.all([
    scoped()
      .select((eb) => [
        eb.fn.min('e.date_earliest').as('from'),
        eb.fn.max(eb.fn.coalesce('e.end_date_latest', 'e.date_latest')).as('to'),
      ])
      .executeTakeFirst(),
    scoped().select(['a.name', 'a.kind']).distinct().execute(),
  ]);
  return { from: span?.from ?? null, to: span?.to ?? null, agencies };
}
