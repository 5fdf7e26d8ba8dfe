import type { Kysely } from 'kysely';

// Frozen once landed. Which text decided each event's type (the type cell, the description,
// the outcome or the uploader's type map) and the words that matched, as JSON (issue #10).
// Null for events stored before it was kept.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('type_basis_json', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('type_basis_json').execute();
}
