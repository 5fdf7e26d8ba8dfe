import type { Kysely } from 'kysely';

// Frozen once landed: a later change is a new migration. Dialect-neutral on purpose (text ids,
// ISO dates as text, booleans as 0/1 integers) so the same migration runs on PostgreSQL.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Lower-case letters and digits only, so "Dyfed-Powys Police" and "dyfed powys police"
    // are one agency however the data officer types it.
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mapping_json', 'text')
    .addColumn('type_map_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agencies_review_name_key', ['review_id', 'name_key'])
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (c) =>
      c.notNull().references('agencies.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text')
    .addColumn('delimiter', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull())
    // The file's headers, once: each event keeps only its own cells, in this order.
    .addColumn('headers_json', 'text', (c) => c.notNull())
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('type_map_json', 'text', (c) => c.notNull())
    .addColumn('warnings_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .addUniqueConstraint('submissions_agency_version', ['agency_id', 'version'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('submission_id', 'text', (c) =>
      c.notNull().references('submissions.id').onDelete('cascade'),
    )
    .addColumn('agency_id', 'text', (c) =>
      c.notNull().references('agencies.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('date_text', 'text', (c) => c.notNull())
    .addColumn('date_earliest', 'text', (c) => c.notNull())
    .addColumn('date_latest', 'text', (c) => c.notNull())
    .addColumn('date_precision', 'text', (c) => c.notNull())
    .addColumn('date_uncertain', 'integer', (c) => c.notNull())
    .addColumn('time', 'text')
    .addColumn('end_date_text', 'text')
    .addColumn('end_date_earliest', 'text')
    .addColumn('end_date_latest', 'text')
    .addColumn('end_date_precision', 'text')
    .addColumn('end_date_uncertain', 'integer')
    .addColumn('end_time', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('type_text', 'text')
    .addColumn('team', 'text')
    .addColumn('practitioner', 'text')
    .addColumn('subjects_json', 'text', (c) => c.notNull())
    .addColumn('child_seen', 'integer')
    .addColumn('seen_alone', 'integer')
    .addColumn('description', 'text')
    .addColumn('outcome', 'text')
    .addColumn('analysis', 'text')
    .addColumn('source_ref', 'text')
    .addColumn('cells_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('events_submission').on('events').column('submission_id').execute();
  await db.schema
    .createIndex('events_review_date')
    .on('events')
    .columns(['review_id', 'date_earliest'])
    .execute();
  await db.schema
    .createIndex('submissions_review')
    .on('submissions')
    .columns(['review_id', 'agency_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'submissions', 'agencies', 'reviews']) {
    await db.schema.dropTable(table).execute();
  }
}
