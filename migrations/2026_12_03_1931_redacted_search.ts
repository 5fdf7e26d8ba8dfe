import { type Kysely, sql } from 'kysely';
import { byDialect } from '../server/db/dialect';

// Frozen once landed. A second full-text index, over the text as the anonymised view shows it
// (names replaced by role labels), so a panel member's search can only find what they can
// read: a name is not in this index, so no spelling, prefix or lookalike of it can match
// (issue #11). Contentless: it keeps only the tokens, and rows leave it by rowid.
// redacted_search_submissions records which glossary each submission's rows were indexed
// under: when the glossary changes, they are indexed again on the next search.

export async function up(db: Kysely<any>): Promise<void> {
  // SQLite: a contentless FTS5 table keyed by the events' rowids. PostgreSQL: a table of one
  // tsvector per event, with a GIN index; rows leave it with their event (cascade).
  const statements = byDialect(db, {
    sqlite: () => [
      sql`create virtual table events_search_redacted using fts5(
    description, outcome, type_text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  )`,
    ],
    postgres: () => [
      sql`create table events_search_redacted (
    event_id text primary key references events (id) on delete cascade,
    review_id text not null,
    document tsvector not null
  )`,
      sql`create index events_search_redacted_document on events_search_redacted using gin (document)`,
      sql`create index events_search_redacted_review on events_search_redacted (review_id)`,
    ],
  });
  for (const statement of statements) await statement.execute(db);
  await db.schema
    .createTable('redacted_search_submissions')
    .addColumn('submission_id', 'text', (c) =>
      c.primaryKey().references('submissions.id').onDelete('cascade'),
    )
    .addColumn('glossary_key', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('redacted_search_submissions').execute();
  await sql`drop table events_search_redacted`.execute(db);
}
