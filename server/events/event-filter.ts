import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

export interface EventFilter {
  /** A submitter's own agency: applied on top of every other filter, never widened. */
  scopeAgencyKey?: string | null;
  agencyKeys?: string[];
  agencyKinds?: string[];
  types?: string[];
  subjects?: string[];
  from?: string;
  to?: string;
  /** An FTS5 query built by `searchQuery`, never the user's raw text. */
  search?: string;
  /**
   * Which index `search` runs on: the text as written, or as the anonymised view shows it
   * (names replaced by labels: a name cannot match there, because it is not there).
   */
  searchIndex?: 'as-written' | 'redacted';
  childSeen?: boolean;
  ids?: string[];
}

type EventsScope = ExpressionBuilder<
  Database & { e: Database['events']; s: Database['submissions']; a: Database['agencies'] },
  'e' | 's' | 'a'
>;

/** LIKE patterns treat % and _ as wildcards; a subject or a type may contain either. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filter as one WHERE expression, shared by the list, the count and the facets. */
export function filterExpression(filter: EventFilter) {
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
              ? sql<boolean>`e.type like ${`${escapeLike(t)}%`} escape '\\'`
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
          filter.subjects.map(
            (s) =>
              sql<boolean>`e.subjects_json like ${`%${escapeLike(JSON.stringify(s))}%`} escape '\\'`,
          ),
        ),
      );
    }
    if (filter.from) all.push(eb('e.date_latest', '>=', filter.from));
    if (filter.to) all.push(eb('e.date_earliest', '<=', filter.to));
    if (filter.childSeen !== undefined) all.push(eb('e.child_seen', '=', filter.childSeen ? 1 : 0));
    if (filter.ids)
      all.push(filter.ids.length ? eb('e.id', 'in', filter.ids) : sql<boolean>`0 = 1`);
    if (filter.search) {
      // SQLite FTS5; the PostgreSQL step swaps this for a tsvector match.
      all.push(
        filter.searchIndex === 'redacted'
          ? sql<boolean>`e.rowid in (select rowid from events_search_redacted where events_search_redacted match ${filter.search})`
          : sql<boolean>`e.rowid in (select rowid from events_search where events_search match ${filter.search})`,
      );
    }
    return eb.and(all);
  };
}

/**
 * Turns what a reviewer types into a safe FTS5 query: each word must appear (as a prefix, so
 * "strat" finds "strategy"); quotes keep FTS syntax such as NEAR or * out of their hands.
 */
export function searchQuery(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * Adds to the search index every current submission of the review not yet in it. Search is
 * built on first use rather than at upload: most uploads are never searched before the next
 * version replaces them.
 */
export async function indexForSearch(db: Kysely<Database>, reviewId: string): Promise<void> {
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
