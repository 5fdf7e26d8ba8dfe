import type { Kysely } from 'kysely';

// Frozen once landed. The agencies a review expects a chronology from, and the one-time links
// that invite each agency's contact to join as its submitter (issue #16). Both go with their
// review (ON DELETE CASCADE), as every other row of a review does.

export async function up(db: Kysely<any>): Promise<void> {
  // An agency expected to submit: its name as the reviewer typed it, and that name's key
  // (headerKey, as agencies.name_key and memberships.agency_key hold it), which is how an upload
  // and a submitter's membership are matched to it. The agency row itself (agencies) appears
  // with the first upload, as before; this row may stand for months before that.
  await db.schema
    .createTable('expected_agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // A day (yyyy-mm-dd), or null when none was set.
    .addColumn('due_date', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    // When an upload for this agency was last refused (the file could not be stored), so the
    // overview can say "refused" rather than "invited" while the agency is stuck.
    .addColumn('upload_refused_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('expected_agencies_review_name', ['review_id', 'name_key'])
    .execute();

  // A one-time link to join a review as one agency's submitter. The token itself is never
  // stored: only its SHA-256, so a copy of the database holds no usable link. Used once
  // (accepted_at), revoked, or past expires_at, it is refused.
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('expected_agency_id', 'text', (c) =>
      c.notNull().references('expected_agencies.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('invitations_agency')
    .on('invitations')
    .column('expected_agency_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('invitations').execute();
  await db.schema.dropTable('expected_agencies').execute();
}
