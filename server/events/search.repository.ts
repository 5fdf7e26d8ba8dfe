import { type Kysely, sql, type Transaction } from 'kysely';
import type { Redactor } from '../anonymise/redact';
import { dialectOf } from '../db/dialect';
import type { Database } from '../db/schema';

// Both full-text indexes of event text: events_search (as written) and events_search_redacted
// (as the anonymised view shows it). SQLite: FTS5 tables, filled here. PostgreSQL: the
// as-written index is a GIN index on the events' own tsvector (EVENT_TSVECTOR), which
// PostgreSQL keeps current by itself, so only the redacted one is filled here (issue #14).
// Both use the tapestry_search configuration (the 'simple' one, accents folded: migration
// 2026_11_25_1800), so words match as FTS5's unicode61 remove_diacritics tokens do.

/**
 * PostgreSQL: the tsvector the events_search index is built on, exactly as the migration
 * (2026_11_25_1800) wrote it: a query uses the index only when its expression is the same.
 */
export const EVENT_TSVECTOR = sql`to_tsvector('tapestry_search'::regconfig,
    coalesce(e.description, '') || ' ' || coalesce(e.outcome, '') || ' ' || coalesce(e.type_text, ''))`;

/**
 * PostgreSQL: the tsquery with the meaning of an FTS5 query built by searchQuery()
 * ("word"* "other"*): every word must appear, each as a prefix.
 */
export function tsQuery(ftsQuery: string) {
  const words = [...ftsQuery.matchAll(/"([^"]*)"\*/g)].map((m) => m[1]!.replace(/'/g, "''"));
  return sql`to_tsquery('tapestry_search'::regconfig, ${words.map((w) => `'${w}':*`).join(' & ')})`;
}

/** A match on the search index `index`, for the events list's WHERE (alias `e`). */
export function searchMatch(db: Kysely<Database>, index: 'as-written' | 'redacted', query: string) {
  if (dialectOf(db) === 'postgres') {
    return index === 'redacted'
      ? sql<boolean>`e.id in (select event_id from events_search_redacted where document @@ ${tsQuery(query)})`
      : sql<boolean>`${EVENT_TSVECTOR} @@ ${tsQuery(query)}`;
  }
  return index === 'redacted'
    ? sql<boolean>`e.rowid in (select rowid from events_search_redacted where events_search_redacted match ${query})`
    : sql<boolean>`e.rowid in (select rowid from events_search where events_search match ${query})`;
}

const BATCH = 200;

/**
 * Adds to the search index every current submission of the review not yet in it. Search is
 * built on first use rather than at upload: most uploads are never searched before the next
 * version replaces them.
 */
export async function indexForSearch(db: Kysely<Database>, reviewId: string): Promise<void> {
  // PostgreSQL's index is on the events' own columns: always current.
  if (dialectOf(db) === 'postgres') return;
  // Usually everything is indexed already: a read, then, and no write lock for a search (a
  // transaction takes the lock, and waits for it while another process holds it).
  if ((await unindexedSubmissions(db, reviewId)).length === 0) return;
  // Read again inside the transaction, so two searches at once cannot index one twice.
  await db.transaction().execute(async (trx) => {
    const pending = await unindexedSubmissions(trx, reviewId);
    for (const { id } of pending) {
      await sql`insert into events_search (rowid, description, outcome, type_text)
        select rowid, description, outcome, type_text from events where submission_id = ${id}`.execute(
        trx,
      );
      await trx
        .updateTable('submissions')
        .set({ search_indexed_at: new Date().toISOString() })
        .where('id', '=', id)
        .execute();
    }
  });
}

function unindexedSubmissions(db: Kysely<Database>, reviewId: string) {
  return db
    .selectFrom('submissions')
    .select('id')
    .where('review_id', '=', reviewId)
    .where('superseded_at', 'is', null)
    .where('search_indexed_at', 'is', null)
    .execute();
}

/**
 * Takes a review's indexed events out of the as-written index: part of deleting the review.
 * The index is external content, so this must run while the event rows still exist.
 */
export async function removeReviewFromSearch(
  db: Kysely<Database> | Transaction<Database>,
  reviewId: string,
): Promise<void> {
  // PostgreSQL: the index goes with the rows themselves.
  if (dialectOf(db) === 'postgres') return;
  await sql`insert into events_search(events_search, rowid, description, outcome, type_text)
      select 'delete', e.rowid, e.description, e.outcome, e.type_text
      from events e join submissions s on s.id = e.submission_id
      where s.review_id = ${reviewId} and s.search_indexed_at is not null`.execute(db);
}

/**
 * Takes one submission's events out of both indexes: part of erasing it. The SQLite indexes are
 * external content, so this must run while the event rows still exist; `indexed` says whether
 * the as-written index holds them (search_indexed_at).
 */
export async function removeSubmissionFromSearch(
  db: Kysely<Database> | Transaction<Database>,
  submissionId: string,
  indexed: boolean,
): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // The as-written index is on the events' own columns and goes with them.
    await sql`delete from events_search_redacted where event_id in
      (select id from events where submission_id = ${submissionId})`.execute(db);
  } else {
    if (indexed) {
      await sql`insert into events_search(events_search, rowid, description, outcome, type_text)
        select 'delete', rowid, description, outcome, type_text
        from events where submission_id = ${submissionId}`.execute(db);
    }
    await sql`delete from events_search_redacted where rowid in
      (select rowid from events where submission_id = ${submissionId})`.execute(db);
  }
  await db
    .deleteFrom('redacted_search_submissions')
    .where('submission_id', '=', submissionId)
    .execute();
}

/**
 * Puts the review's current events in the redacted index (events_search_redacted) as the
 * anonymised view shows them, for every current submission not yet indexed under this
 * glossary (`key`). A submission indexed under an earlier glossary has its rows taken out
 * first. In one transaction, so two searches at once cannot index a submission twice.
 */
export async function indexRedactedForSearch(
  db: Kysely<Database>,
  reviewId: string,
  redact: Redactor,
  key: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('submissions as s')
      .leftJoin('redacted_search_submissions as r', 'r.submission_id', 's.id')
      .select(['s.id', 'r.glossary_key'])
      .where('s.review_id', '=', reviewId)
      .where('s.superseded_at', 'is', null)
      .where((eb) => eb.or([eb('r.glossary_key', 'is', null), eb('r.glossary_key', '!=', key)]))
      .execute();
    for (const submission of pending) {
      if (dialectOf(trx) === 'postgres') {
        await indexRedactedPostgres(trx, reviewId, submission.id, redact);
      } else {
        await indexRedactedSqlite(trx, submission, redact);
      }
      await trx
        .insertInto('redacted_search_submissions')
        .values({ submission_id: submission.id, glossary_key: key })
        .onConflict((oc) => oc.column('submission_id').doUpdateSet({ glossary_key: key }))
        .execute();
    }
  });
}

/** SQLite: the submission's rows, redacted, into the contentless FTS5 table by rowid. */
async function indexRedactedSqlite(
  trx: Transaction<Database>,
  submission: { id: string; glossary_key: string | null },
  redact: Redactor,
): Promise<void> {
  if (submission.glossary_key !== null) {
    await sql`delete from events_search_redacted where rowid in
      (select rowid from events where submission_id = ${submission.id})`.execute(trx);
  }
  const rows = await trx
    .selectFrom('events')
    .select([sql<number>`rowid`.as('rowid'), 'description', 'outcome', 'type_text'])
    .where('submission_id', '=', submission.id)
    .execute();
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows
      .slice(i, i + BATCH)
      .map(
        (r) =>
          sql`(${r.rowid}, ${orNull(r.description, redact)}, ${orNull(r.outcome, redact)}, ${orNull(r.type_text, redact)})`,
      );
    await sql`insert into events_search_redacted (rowid, description, outcome, type_text)
      values ${sql.join(values)}`.execute(trx);
  }
}

/**
 * PostgreSQL: one tsvector per event of the redacted text, replacing any made under an earlier
 * glossary. The words are joined as EVENT_TSVECTOR joins the columns.
 */
async function indexRedactedPostgres(
  trx: Transaction<Database>,
  reviewId: string,
  submissionId: string,
  redact: Redactor,
): Promise<void> {
  await sql`delete from events_search_redacted where event_id in
    (select id from events where submission_id = ${submissionId})`.execute(trx);
  const rows = await trx
    .selectFrom('events')
    .select(['id', 'description', 'outcome', 'type_text'])
    .where('submission_id', '=', submissionId)
    .execute();
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((r) => {
      const text = [r.description, r.outcome, r.type_text].map((t) => orNull(t, redact) ?? '');
      return sql`(${r.id}, ${reviewId}, to_tsvector('tapestry_search'::regconfig, ${text.join(' ')}))`;
    });
    await sql`insert into events_search_redacted (event_id, review_id, document)
      values ${sql.join(values)}`.execute(trx);
  }
}

/** Takes a review's events out of the redacted index: part of deleting the review. */
export async function removeReviewFromRedactedSearch(
  db: Kysely<Database> | Transaction<Database>,
  reviewId: string,
): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`delete from events_search_redacted where review_id = ${reviewId}`.execute(db);
    return;
  }
  await sql`delete from events_search_redacted where rowid in
    (select rowid from events where review_id = ${reviewId})`.execute(db);
}

const orNull = (text: string | null, redact: Redactor) => (text === null ? null : redact(text));

/**
 * Merges each index's segments into one, dropping the old segments that still held the words
 * of rows taken out (after a review's deletion).
 */
export async function optimizeSearch(db: Kysely<Database>): Promise<void> {
  // PostgreSQL: autovacuum reclaims the deleted rows' index entries; nothing to merge.
  if (dialectOf(db) === 'postgres') return;
  await sql`insert into events_search(events_search) values('optimize')`.execute(db);
  await sql`insert into events_search_redacted(events_search_redacted) values('optimize')`.execute(
    db,
  );
}
