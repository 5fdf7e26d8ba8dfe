// Erasing one version of an agency's upload: a file shared by mistake (the wrong family, the
// wrong agency's records), short of deleting the review. The SQL of it, in the order it must
// run; eraseSubmission (reviews.service.ts) runs it in one transaction and then takes the
// erased text out of the file too, as deleting a review does. Here, beside the review's
// deletion, because it reaches into the search indexes, notes, episodes, questions and meetings.
import type { Transaction } from 'kysely';
import { freshAnchorIndex } from '../annotations/annotations.service';
import { bumpRevision } from '../core/review-rows.repository';
import type { Database } from '../db/schema';
import { removeSubmissionFromSearch } from '../events/search.repository';

/** A note's or an episode end's anchor, as its row holds it. */
interface Anchored {
  event_id: string | null;
  agency_key: string | null;
  source_ref: string | null;
  content_hash: string | null;
}

/** What an erase removed or changed: counts and ids only, for the audit log. */
export interface ErasedCounts {
  submissionId: string;
  agencyId: string;
  version: number;
  events: number;
  /** Notes on its records found nowhere in what is left: their own text kept, no record's. */
  notesOrphaned: number;
  /** Notes on its records that another version still holds (carried over): they stay on it. */
  notesKept: number;
  /** Episode ends on its records, likewise. */
  episodeEndsOrphaned: number;
  /** Questions on its records found nowhere in what is left: their words and answer kept. */
  questionsOrphaned: number;
  linksRemoved: number;
  /** The version current again for the agency, when the erased one was current. */
  currentAgain: string | null;
}

/**
 * Erases the submission `submissionId` of the review: its events (their raw cells with them),
 * their search entries, its links and its row. Notes and episode ends made on its records are
 * found again among the records left, as after a re-upload: one another version still holds
 * stays on it; the rest keep their own text and lose the record's (its reference and the hash
 * of its content), so they are listed as orphaned. When it was the agency's current version,
 * the one before it is current again, with its mapping remembered for the agency; when it was
 * the agency's only one, the agency goes too. Returns null when the review has no such
 * submission (nothing is changed). Call inside the service's transaction.
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

  // Notes and episode ends on its records, found before the records go: made on one of them,
  // or carried over to one (by the agency's reference or the content) from an earlier version.
  const erasedIds = new Set((await erased.execute()).map((e) => e.id));
  const before = await freshAnchorIndex(trx, reviewId);
  const onErased = (a: Anchored) =>
    (a.event_id !== null && erasedIds.has(a.event_id)) ||
    erasedIds.has(
      before.resolve({
        eventId: a.event_id,
        agencyKey: a.agency_key,
        sourceRef: a.source_ref,
        contentHash: a.content_hash,
      }).eventId ?? '',
    );
  const notes = (
    await trx
      .selectFrom('annotations')
      .select(['id', 'event_id', 'agency_key', 'source_ref', 'content_hash'])
      .where('review_id', '=', reviewId)
      .execute()
  ).filter(onErased);
  const episodes = await trx
    .selectFrom('episodes')
    .selectAll()
    .where('review_id', '=', reviewId)
    .execute();
  const ends = episodes.flatMap((e) =>
    [
      {
        end: 'start' as const,
        id: e.id,
        event_id: e.start_event_id,
        agency_key: e.start_agency_key,
        source_ref: e.start_source_ref,
        content_hash: e.start_content_hash,
      },
      {
        end: 'end' as const,
        id: e.id,
        event_id: e.end_event_id,
        agency_key: e.end_agency_key,
        source_ref: e.end_source_ref,
        content_hash: e.end_content_hash,
      },
    ].filter(onErased),
  );
  // Questions on its records, likewise (a question holds on to its record as a note does).
  const questions = (
    await trx
      .selectFrom('questions')
      .select(['id', 'event_id', 'agency_key', 'source_ref', 'content_hash'])
      .where('review_id', '=', reviewId)
      .where('on_record', '=', 1)
      .execute()
  ).filter(onErased);
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
      // The agency's remembered choices came from the erased upload's headers and type words.
      await trx
        .updateTable('agencies')
        .set({ mapping_json: previous.mapping_json, type_map_json: previous.type_map_json })
        .where('id', '=', submission.agency_id)
        .execute();
    } else {
      // Its only version: the agency goes too (its name was typed with the wrong upload), and
      // the review no longer counts it among those that sent a chronology.
      await trx.deleteFrom('agencies').where('id', '=', submission.agency_id).execute();
    }
  }

  // Each of those notes is found again among the records left, as after a re-upload: one the
  // agency's other versions still hold (carried over, or an identical record) stays on it; the
  // rest keep their own words and nothing of the record (orphaned).
  const index = await freshAnchorIndex(trx, reviewId);
  const left = (anchor: Anchored) => {
    const found = index.resolve({
      eventId: null,
      agencyKey: anchor.agency_key,
      sourceRef: anchor.source_ref,
      contentHash: anchor.content_hash,
    });
    // Identical to a record left: the hash says nothing of the erased one. Its reference on a
    // record that reads differently: the reference stays (the flag "source changed" with it),
    // the hash of the erased text goes. Found nowhere: both go.
    return {
      source_ref: found.status === 'orphaned' ? null : anchor.source_ref,
      content_hash: found.status === 'attached' ? anchor.content_hash : null,
      orphaned: found.status === 'orphaned',
    };
  };
  let notesOrphaned = 0;
  for (const note of notes) {
    const { orphaned, ...anchor } = left(note);
    if (orphaned) notesOrphaned += 1;
    await trx
      .updateTable('annotations')
      .set({ event_id: null, ...anchor })
      .where('id', '=', note.id)
      .execute();
  }
  let episodeEndsOrphaned = 0;
  for (const end of ends) {
    const { orphaned, source_ref, content_hash } = left(end);
    if (orphaned) episodeEndsOrphaned += 1;
    const update =
      end.end === 'start'
        ? { start_event_id: null, start_source_ref: source_ref, start_content_hash: content_hash }
        : { end_event_id: null, end_source_ref: source_ref, end_content_hash: content_hash };
    await trx.updateTable('episodes').set(update).where('id', '=', end.id).execute();
  }

  let questionsOrphaned = 0;
  for (const question of questions) {
    const { orphaned, ...anchor } = left(question);
    if (orphaned) questionsOrphaned += 1;
    await trx
      .updateTable('questions')
      .set({ event_id: null, ...anchor })
      .where('id', '=', question.id)
      .execute();
  }
  // An answer by the erased version keeps its words and time; the version it named is gone.
  // One that was that version and nothing else is no answer any more: the question is open
  // again, for the agency to answer anew (answers are otherwise final).
  await trx
    .updateTable('questions')
    .set({ answer_submission_id: null, answered_at: null, answered_by: null })
    .where('answer_submission_id', '=', submissionId)
    .where('answer_text', 'is', null)
    .execute();
  await trx
    .updateTable('questions')
    .set({ answer_submission_id: null })
    .where('answer_submission_id', '=', submissionId)
    .execute();

  await bumpRevision(trx, reviewId);
  return {
    submissionId,
    agencyId: submission.agency_id,
    version: Number(submission.version),
    events: Number(events.numDeletedRows),
    notesOrphaned,
    notesKept: notes.length - notesOrphaned,
    episodeEndsOrphaned,
    questionsOrphaned,
    linksRemoved: Number(links.numDeletedRows),
    currentAgain,
  };
}
