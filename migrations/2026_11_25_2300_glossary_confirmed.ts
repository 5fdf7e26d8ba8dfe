import type { Kysely } from 'kysely';

// Frozen once landed. When a reviewer last saved the people glossary: until then the panel is
// shown no records, since with no glossary nothing would be anonymised (issue #6).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reviews').addColumn('glossary_confirmed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reviews').dropColumn('glossary_confirmed_at').execute();
}
