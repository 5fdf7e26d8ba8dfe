import type { Kysely } from 'kysely';

// Frozen once landed. A review's kind (child practice review, domestic homicide review, adult
// review) chooses, with its jurisdiction, the rule packs it starts with. Reviews made before
// kinds existed were all child practice reviews.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reviews')
    .addColumn('kind', 'text', (col) => col.notNull().defaultTo('child'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reviews').dropColumn('kind').execute();
}
