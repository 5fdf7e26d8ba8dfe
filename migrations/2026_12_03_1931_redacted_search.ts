import { type Kysely, sql } from 'kysely';

// Frozen once landed. A second full-text index, over the text as the anonymised view shows it
// (names replaced by role labels), so a panel member's search can only find what they can
// read: a name is not in this index, so no spelling, prefix or lookalike of it can match
// (issue #11). Contentless: it keeps only the tokens, and rows leave it by rowid.
// redacted_search_submissions records which glossary each submission's rows were indexed
// under: when the glossary changes, they are indexed again on the next search.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create virtual table events_search_redacted using fts5(
    description, outcome, type_text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
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
