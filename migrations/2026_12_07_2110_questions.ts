import type { Kysely } from 'kysely';

// Frozen once landed. Questions on records (issue #16): a reviewer asks an agency about one of
// its records, or about its whole chronology; the agency's submitter answers in words or with a
// new version of the upload. The question holds on to its record as a note does (event id,
// then the agency's source reference, then the record's content), so it follows the record into
// the new version; all three are null for a question on the whole chronology.
//
// agency_key is the agencies' and memberships' name_key form: it is what scopes a submitter to
// their agency, and it outlives the agency's row (erasing its only version removes that).
// answer_submission_id is not a foreign key: erasing that version clears it, and the answer's
// own words and time stay (server/reviews/erase.repository.ts). Text columns and ISO times, so
// the same statements run on SQLite and PostgreSQL.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('agency_key', 'text', (c) => c.notNull())
    // 1 on a record, 0 on the whole chronology: a question whose record was erased from
    // every version loses all three anchor columns, and must still read as on a record.
    .addColumn('on_record', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addColumn('source_ref', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text')
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answer_submission_id', 'text')
    .execute();
  await db.schema
    .createIndex('questions_review_agency')
    .on('questions')
    .columns(['review_id', 'agency_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('questions').execute();
}
