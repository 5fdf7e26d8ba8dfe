import fs from 'node:fs';
import path from 'node:path';
import type { AgencyKind } from '../contract/common';
import type { CreateReviewInput } from '../contract/reviews';
import type { Db } from '../db/handle';
import { saveGlossary } from '../anonymise/glossary.service';
import { findReviewByReference } from '../reviews/reviews.repository';
import { addExpectedAgency, listExpectedAgencies } from '../reviews/agencies.service';
import { createReview } from '../reviews/reviews.service';
import { submitChronology, type SubmitResult } from '../submissions/submissions.service';

/**
 * The demo review: the case of the published Child Practice Review CYSUR 2/2020, written as
 * the four agencies would each have sent their chronology (fixtures/demo/README.md).
 */
export const DEMO_REVIEW: CreateReviewInput = {
  reference: 'CYSUR 2/2020 (demo)',
  title: 'Concise Child Practice Review: sudden unexpected death of an infant, Powys (demo data)',
  periodStart: '2018-05-20',
  periodEnd: '2019-05-20',
  jurisdiction: 'wales',
};

export const DEMO_AGENCIES: ReadonlyArray<{
  agency: string;
  agencyKind: AgencyKind;
  file: string;
}> = [
  { agency: 'Dyfed-Powys Police', agencyKind: 'police', file: 'police.csv' },
  { agency: 'Powys Teaching Health Board', agencyKind: 'health', file: 'health-board.json' },
  {
    agency: "Powys Children's Services",
    agencyKind: 'children-services',
    file: 'childrens-services.csv',
  },
  { agency: 'Powys County Council Housing', agencyKind: 'housing', file: 'housing.csv' },
];

/**
 * The agencies the demo review expects a chronology from: the four that sent one, and the
 * ambulance service, which attended on the day of the death (as the published review
 * records) and has not been invited, so the Overview shows what a review still waiting looks
 * like. No due dates or contacts: the demo's dates would be years past by now.
 */
export const DEMO_EXPECTED: ReadonlyArray<{ name: string; kind: AgencyKind }> = [
  ...DEMO_AGENCIES.map(({ agency, agencyKind }) => ({ name: agency, kind: agencyKind })),
  { name: 'Welsh Ambulance Services NHS Trust', kind: 'ambulance' },
];

export const DEMO_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/demo');

/**
 * Creates the demo review (once) and uploads each agency's file through the same service the
 * API uses. Loading it again changes nothing: identical files are recognised.
 */
export async function loadDemoReview(
  db: Db,
): Promise<{ reviewId: string; uploads: Array<{ agency: string } & SubmitResult> }> {
  const existing = await findReviewByReference(db, DEMO_REVIEW.reference);
  const reviewId = existing?.id ?? (await createReview(db, DEMO_REVIEW)).id;
  const listed = new Set((await listExpectedAgencies(db, reviewId)).map((a) => a.name));
  for (const { name, kind } of DEMO_EXPECTED) {
    if (listed.has(name)) continue;
    await addExpectedAgency(db, reviewId, {
      name,
      kind,
      dueDate: null,
      contactName: null,
      contactEmail: null,
    });
  }
  const uploads = [];
  for (const { agency, agencyKind, file } of DEMO_AGENCIES) {
    const result = await submitChronology(db, {
      reviewId,
      agency,
      agencyKind,
      file: {
        bytes: fs.readFileSync(path.join(DEMO_FIXTURES, file)),
        fileName: file,
        mediaType: null,
      },
    });
    uploads.push({ agency, ...result });
  }
  // The demo chronologies name people by role only (Mother, Father, Infant): an empty glossary
  // is the truth, and saving it lets the panel see the records.
  await saveGlossary(db, reviewId, { entries: [] });
  return { reviewId, uploads };
}
