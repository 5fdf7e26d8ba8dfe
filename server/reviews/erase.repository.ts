// Erasing one version of an agency's upload: a file shared by mistake (the wrong family, the
// wrong agency's records), short of deleting the review. The SQL of it, in the order it must
// run; eraseSubmission (reviews.service.ts) runs it in one transaction and then takes the
// erased text out of the file too, as deleting a review does. Here, beside the review's
// deletion, because it reaches into the search indexes, notes, episodes and meetings.
import type { Transaction } from 'kysely';
import { bumpRevision } from '../core/review-rows.repository';
import type { Database } from '../db/schema';
import { removeSubmissionFromSearch } from '../events/search.repository';

/** What an erase removed or changed: counts and ids only, for the audit log. */
export interface ErasedCounts {
  submissionId: string;
  agencyId: string;
  version: number;
  events: number;
  /** Notes on its records: kept, their text too, but no longer tied to a record. */
  notesOrphaned: number;
  /** Episode ends on its records, likewise. */
  episodeEndsOrphaned: number;
  linksRemoved: number;
  /** The version current again for the agency, when the erased one was current. */
  currentAgain: string | null;
}

/**
 * Erases the submission `submissionId` of the review: its events (their raw cells with them),
 * their search entries, its links and its row. Notes and episodes on its records keep their
 * own text but lose the record's: their anchor (the record's id, its source reference and the
 * hash of its content) is cleared, so they are listed as orphaned and nothing of the record
 * stays in them. When it was the agency's current version, the one before it is current again,
 * and the agency's remembered mapping is that version's. Returns null when the review has no
 * such submission (nothing is changed). Call inside the service's transaction.
 */
export async function eraseSubmissionRows(
  trx: Transaction<Database>,
  reviewId: string,
  submissionId: string,
): Promise<ErasedCounts | null> {
  const submission = await trx
    .selectFrom('submissions')
    .select(['id', 'agency_id', 'version', 'superseded_at', 'search_indexed_at'])
    .where('id', '=', submissionId)
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  if (!submission) return null;
  const erased = trx.selectFrom('events').select('id').where('submission_id', '=', submissionId);

  // The search indexes first, while the rows they point at still exist (external content).
  await removeSubmissionFromSearch(trx, submissionId, submission.search_indexed_at !== null);

  const notes = await trx
    .updateTable('annotations')
    .set({ event_id: null, source_ref: null, content_hash: null })
    .where('event_id', 'in', erased)
    .executeTakeFirst();
  const starts = await trx
    .updateTable('episodes')
    .set({ start_event_id: null, start_source_ref: null, start_content_hash: null })
    .where('start_event_id', 'in', erased)
    .executeTakeFirst();
  const ends = await trx
    .updateTable('episodes')
    .set({ end_event_id: null, end_source_ref: null, end_content_hash: null })
    .where('end_event_id', 'in', erased)
    .executeTakeFirst();
  await trx
    .updateTable('meetings')
    .set({ position_event_id: null })
    .where('position_event_id', 'in', erased)
    .execute();
  const links = await trx
    .deleteFrom('event_links')
    .where((eb) => eb.or([eb('event_a', 'in', erased), eb('event_b', 'in', erased)]))
    .executeTakeFirst();
  const events = await trx
    .deleteFrom('events')
    .where('submission_id', '=', submissionId)
    .executeTakeFirst();
  await trx.deleteFrom('submissions').where('id', '=', submissionId).execute();

  let currentAgain: string | null = null;
  if (submission.superseded_at === null) {
    const previous = await trx
      .selectFrom('submissions')
      .select(['id', 'mapping_json', 'type_map_json'])
      .where('agency_id', '=', submission.agency_id)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (previous) {
      await trx
        .updateTable('submissions')
        .set({ superseded_at: null })
        .where('id', '=', previous.id)
        .execute();
      currentAgain = previous.id;
    }
    // The agency's remembered choices came from the erased upload's headers and type words.
    await trx
      .updateTable('agencies')
      .set({
        mapping_json: previous?.mapping_json ?? null,
        type_map_json: previous?.type_map_json ?? null,
      })
      .where('id', '=', submission.agency_id)
      .execute();
  }
  await bumpRevision(trx, reviewId);
  return {
    submissionId,
    agencyId: submission.agency_id,
    version: Number(submission.version),
    events: Number(events.numDeletedRows),
    notesOrphaned: Number(notes.numUpdatedRows),
    episodeEndsOrphaned: Number(starts.numUpdatedRows) + Number(ends.numUpdatedRows),
    linksRemoved: Number(links.numDeletedRows),
    currentAgain,
  };
}
