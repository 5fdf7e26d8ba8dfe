import { type Kysely, sql } from 'kysely';

// Frozen once landed. The panel walk-through (issue #6): annotations and key practice
// episodes anchored to agencies' records, the people glossary, meetings, and the protective
// marking printed on exports.

/** Where a note is attached: an agency's record, found again after a re-upload by its source
 * reference or, failing that, by its content. `event_id` is the record it was made on. */
function anchorColumns(prefix: string) {
  return [
    [`${prefix}event_id`, 'text'],
    [`${prefix}agency_key`, 'text'],
    [`${prefix}source_ref`, 'text'],
    [`${prefix}content_hash`, 'text'],
  ] as const;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reviews')
    .addColumn('marking', 'text', (c) => c.notNull().defaultTo('OFFICIAL-SENSITIVE'))
    .execute();

  let annotations = db.schema
    .createTable('annotations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('key-event', 'missed-opportunity', 'good-practice', 'learning-point')`),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('themes_json', 'text', (c) => c.notNull().defaultTo('[]'));
  for (const [name, type] of anchorColumns('')) annotations = annotations.addColumn(name, type);
  await annotations
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annotations_review').on('annotations').column('review_id').execute();

  let episodes = db.schema
    .createTable('episodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text', (c) =>
      c.notNull().check(sql`assessment in ('good', 'problematic')`),
    )
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('factors_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('themes_json', 'text', (c) => c.notNull().defaultTo('[]'));
  for (const [name, type] of [...anchorColumns('start_'), ...anchorColumns('end_')]) {
    episodes = episodes.addColumn(name, type);
  }
  await episodes
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('episodes_review').on('episodes').column('review_id').execute();

  await db.schema
    .createTable('glossary_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('names_json', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('glossary_entries_label', ['review_id', 'label'])
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('chair_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // The walk-through's filter, as the events list's query string.
    .addColumn('filter', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position_event_id', 'text')
    .addColumn('position_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('meetings_review').on('meetings').column('review_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meetings').execute();
  await db.schema.dropTable('glossary_entries').execute();
  await db.schema.dropTable('episodes').execute();
  await db.schema.dropTable('annotations').execute();
  await db.schema.alterTable('reviews').dropColumn('marking').execute();
}
