import { type Kysely, sql, type Transaction } from 'kysely';
import type { Redactor } from '../anonymise/redact';
import type { Database } from '../db/schema';

const BATCH = 200;

/**
 * Puts the review's current events in the redacted index (events_search_redacted) as the
 * anonymised view shows them, for every current submission not yet indexed under this
 * glossary (`key`). A submission indexed under an earlier glossary has its rows taken out
 * first. In one transaction, so two searches at once cannot index a submission twice.
 */
export async function indexRedactedForSearch(
  db: Kysely<Database>,
  reviewId: string,
  redact: Redactor,
  key: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('submissions as s')
      .leftJoin('redacted_search_submissions as r', 'r.submission_id', 's.id')
      .select(['s.id', 'r.glossary_key'])
      .where('s.review_id', '=', reviewId)
      .where('s.superseded_at', 'is', null)
      .where((eb) => eb.or([eb('r.glossary_key', 'is', null), eb('r.glossary_key', '!=', key)]))
      .execute();
    for (const submission of pending) {
      if (submission.glossary_key !== null) {
        await sql`delete from events_search_redacted where rowid in
          (select rowid from events where submission_id = ${submission.id})`.execute(trx);
      }
      const rows = await trx
        .selectFrom('events')
        .select([sql<number>`rowid`.as('rowid'), 'description', 'outcome', 'type_text'])
        .where('submission_id', '=', submission.id)
        .execute();
      for (let i = 0; i < rows.length; i += BATCH) {
        const values = rows
          .slice(i, i + BATCH)
          .map(
            (r) =>
              sql`(${r.rowid}, ${orNull(r.description, redact)}, ${orNull(r.outcome, redact)}, ${orNull(r.type_text, redact)})`,
          );
        await sql`insert into events_search_redacted (rowid, description, outcome, type_text)
          values ${sql.join(values)}`.execute(trx);
      }
      await trx
        .insertInto('redacted_search_submissions')
        .values({ submission_id: submission.id, glossary_key: key })
        .onConflict((oc) => oc.column('submission_id').doUpdateSet({ glossary_key: key }))
        .execute();
    }
  });
}

/** Takes a review's events out of the redacted index: part of deleting the review. */
export async function removeReviewFromRedactedSearch(
  db: Kysely<Database> | Transaction<Database>,
  reviewId: string,
): Promise<void> {
  await sql`delete from events_search_redacted where rowid in
    (select rowid from events where review_id = ${reviewId})`.execute(db);
}

const orNull = (text: string | null, redact: Redactor) => (text === null ? null : redact(text));
