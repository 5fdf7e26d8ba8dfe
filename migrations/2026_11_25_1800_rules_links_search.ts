import { type Kysely, sql } from 'kysely';
import { byDialect } from '../server/db/dialect';

// Frozen once landed. Gap rules and links between events, plus the full-text index.

export async function up(db: Kysely<any>): Promise<void> {
  // Bumped by every change that can change a review's gaps: uploads, rules, links.
  await db.schema
    .alterTable('reviews')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('review_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    // The rule's own id inside the review ("wales.marf-acknowledged"), as the API names it.
    .addColumn('rule_key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('review_rules_key', ['review_id', 'rule_key'])
    .execute();

  await db.schema
    .createTable('event_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('event_a', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('event_b', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('event_links_pair', ['review_id', 'event_a', 'event_b'])
    .execute();

  // Search is built lazily, per submission, the first time a review is searched: indexing
  // at upload time would double the cost of a large upload that may never be searched.
  await db.schema.alterTable('submissions').addColumn('search_indexed_at', 'text').execute();

  // SQLite: an FTS5 index over the events table's own rows (external content, keyed by rowid),
  // filled lazily per submission (search.repository.ts). PostgreSQL: a text search
  // configuration that folds accents as FTS5's remove_diacritics does (the unaccent extension,
  // trusted: the database's owner may create it), and a GIN index on the tsvector of the same
  // three columns, kept by PostgreSQL itself; the expression must be exactly the one
  // search.repository.ts matches on (EVENT_TSVECTOR there).
  const statements = byDialect(db, {
    sqlite: () => [
      sql`create virtual table events_search using fts5(
    description, outcome, type_text,
    content = 'events', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
  )`,
    ],
    postgres: () => [
      sql`create extension if not exists unaccent`,
      sql`create text search configuration tapestry_search (copy = simple)`,
      sql`alter text search configuration tapestry_search
    alter mapping for word, hword, hword_part with unaccent, simple`,
      sql`create index events_search on events using gin (to_tsvector('tapestry_search'::regconfig,
    coalesce(description, '') || ' ' || coalesce(outcome, '') || ' ' || coalesce(type_text, '')))`,
    ],
  });
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const statements = byDialect(db, {
    sqlite: () => [sql`drop table events_search`],
    postgres: () => [
      sql`drop index events_search`,
      sql`drop text search configuration tapestry_search`,
    ],
  });
  for (const statement of statements) await statement.execute(db);
  await db.schema.alterTable('submissions').dropColumn('search_indexed_at').execute();
  await db.schema.dropTable('event_links').execute();
  await db.schema.dropTable('review_rules').execute();
  await db.schema.alterTable('reviews').dropColumn('revision').execute();
}
