import { findMembersOfReview, normaliseEmail } from '../auth/accounts.service';
import type {
  ExpectedAgencyDto,
  ExpectedAgencyInput,
  ExpectedStatus,
  InvitationState,
} from '../contract/agencies';
import type { AgencyKind } from '../contract/common';
import type { Db } from '../db/handle';
import { newId } from '../db/ids';
import type { InvitationTable } from '../db/schema';
import { AppError } from '../errors';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import { headerKey } from '../shared/phrases';
import {
  deleteExpectedAgency,
  findExpectedAgencies,
  findExpectedAgency,
  findExpectedAgencyByKey,
  insertExpectedAgency,
  updateExpectedAgency,
} from '../submissions/expected-agencies.repository';
import { findAgencyByKey } from '../submissions/submissions.repository';
import { findInvitationsOfReview, revokeOpenInvitations } from './invitations.repository';
import { invitationDto, invitationState } from './invitations.service';

// The agencies a review expects a chronology from, and where each stands (issue #16). The
// one-time links inviting their contacts are invitations.service.ts.

/**
 * Where an agency stands: its chronology is in; else its last upload was refused; else someone
 * can upload for it or is asked to (an open link, or a submitter now in the review, by a link
 * or added by hand); else not invited (no link, or only revoked or expired ones, or a used one
 * whose member has since been removed or disabled: nobody can upload, so invite again).
 */
export function expectedStatus(facts: {
  submitted: boolean;
  refused: boolean;
  invitation: InvitationState | null;
  submitters: number;
}): ExpectedStatus {
  if (facts.submitted) return 'submitted';
  if (facts.refused) return 'refused';
  if (facts.invitation === 'open' || facts.submitters > 0) return 'invited';
  return 'not-invited';
}

/** The review's expected agencies with where each stands, by name. */
export async function listExpectedAgencies(db: Db, reviewId: string): Promise<ExpectedAgencyDto[]> {
  const now = new Date().toISOString();
  const [rows, invitations, members] = await Promise.all([
    findExpectedAgencies(db, reviewId),
    findInvitationsOfReview(db, reviewId),
    findMembersOfReview(db, reviewId),
  ]);
  const latest = new Map<string, InvitationTable>();
  for (const i of invitations)
    if (!latest.has(i.expected_agency_id)) latest.set(i.expected_agency_id, i);
  const submitters = new Map<string, number>();
  for (const m of members) {
    if (m.role === 'submitter' && m.agency_key && m.disabled_at === null)
      submitters.set(m.agency_key, (submitters.get(m.agency_key) ?? 0) + 1);
  }
  return rows.map((row) => {
    const invitation = latest.get(row.id) ?? null;
    const submittersNow = submitters.get(row.name_key) ?? 0;
    const submitted =
      row.current_version === null || row.current_at === null
        ? null
        : {
            version: Number(row.current_version),
            at: row.current_at,
            firstAt: String(row.first_at ?? row.current_at),
          };
    // A refusal before the current version was stored is history, not where the agency stands.
    const refused =
      row.upload_refused_at !== null && (!submitted || row.upload_refused_at > submitted.at);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind as AgencyKind,
      dueDate: row.due_date,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      status: expectedStatus({
        submitted: submitted !== null,
        refused,
        invitation: invitation ? invitationState(invitation, now) : null,
        submitters: submittersNow,
      }),
      submitted,
      submitters: submittersNow,
      uploadRefusedAt: row.upload_refused_at,
      invitation: invitation ? invitationDto(invitation, now) : null,
    };
  });
}

function cleanInput(input: ExpectedAgencyInput) {
  const name = cleanName(input.name, 'body/name', NAME_LIMITS.agency);
  const nameKey = headerKey(name);
  if (!nameKey) throw new AppError('BAD_REQUEST', 'body/name: give the agency’s name in words.');
  const contactName = input.contactName
    ? cleanName(input.contactName, 'body/contactName', NAME_LIMITS.displayName) || null
    : null;
  const contactEmail = input.contactEmail ? normaliseEmail(input.contactEmail) : null;
  return {
    name,
    name_key: nameKey,
    kind: input.kind,
    due_date: input.dueDate,
    contact_name: contactName,
    contact_email: contactEmail,
  };
}

const nameTaken = (name: string) =>
  new AppError('CONFLICT', `body/name: the review already expects ${name}.`);

/** Adds an agency the review expects; 409 when one of the same name is there. */
export async function addExpectedAgency(
  db: Db,
  reviewId: string,
  input: ExpectedAgencyInput,
): Promise<string> {
  const row = cleanInput(input);
  const same = await findExpectedAgencyByKey(db, reviewId, row.name_key);
  if (same) throw nameTaken(same.name);
  const id = newId();
  await insertExpectedAgency(db, {
    ...row,
    id,
    review_id: reviewId,
    upload_refused_at: null,
    created_at: new Date().toISOString(),
  });
  return id;
}

/**
 * Changes an expected agency. Its name may change only while nobody has joined by its link:
 * a submitter's membership and the agency's uploads are matched to it by the name.
 */
export async function changeExpectedAgency(
  db: Db,
  reviewId: string,
  id: string,
  input: ExpectedAgencyInput,
): Promise<{ emailChanged: boolean }> {
  const before = await findExpectedAgency(db, reviewId, id);
  if (!before) throw new AppError('NOT_FOUND', 'The review does not expect that agency.');
  const row = cleanInput(input);
  if (row.name_key !== before.name_key) {
    const same = await findExpectedAgencyByKey(db, reviewId, row.name_key);
    if (same) throw nameTaken(same.name);
    // Uploads, submitters (by a link or by hand, enabled or not) and links used all hold the
    // old name.
    const [uploaded, invitations, members] = await Promise.all([
      findAgencyByKey(db, reviewId, before.name_key),
      findInvitationsOfReview(db, reviewId),
      findMembersOfReview(db, reviewId),
    ]);
    const joined = invitations.some((i) => i.expected_agency_id === id && i.accepted_at);
    const member = members.some((m) => m.role === 'submitter' && m.agency_key === before.name_key);
    if (uploaded || joined || member) {
      throw new AppError(
        'CONFLICT',
        `body/name: ${before.name} has a submitter or uploads under that name, so it stays; add the agency again under the new name instead.`,
      );
    }
  }
  // A link is for the email it was sent to: when the contact's email changes, open links to the
  // old one stop working, in the same write, or a link to a mistyped address would live on.
  const emailChanged = row.contact_email !== before.contact_email;
  await db.transaction().execute(async (trx) => {
    await updateExpectedAgency(trx, reviewId, id, row);
    if (emailChanged) await revokeOpenInvitations(trx, id, new Date().toISOString());
  });
  return { emailChanged };
}

export async function removeExpectedAgency(db: Db, reviewId: string, id: string): Promise<void> {
  if (!(await deleteExpectedAgency(db, reviewId, id))) {
    throw new AppError('NOT_FOUND', 'The review does not expect that agency.');
  }
}
