import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../access/access';
import {
  findMembersOfReview,
  findMembership,
  findUserByEmail,
  normaliseEmail,
} from '../auth/accounts.service';
import { insertUser, upsertMembership } from '../auth/accounts.repository';
import type {
  ExpectedAgencyDto,
  ExpectedAgencyInput,
  ExpectedStatus,
  InvitationDto,
  InvitationIssuedDto,
  InvitationLookupDto,
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
  lockExpectedAgency,
  updateExpectedAgency,
} from '../submissions/expected-agencies.repository';
import { findAgencyByKey } from '../submissions/submissions.repository';
import {
  claimInvitation,
  findInvitationByTokenHash,
  findInvitationsOfReview,
  insertInvitation,
  revokeInvitation as revokeInvitationRow,
  revokeOpenInvitations,
} from './invitations.repository';

// The agencies a review expects a chronology from, and the one-time links that make an
// agency's contact its submitter (issue #16). A link is a bearer secret: 32 random bytes,
// shown once, stored as its SHA-256, used once, and dead after `invitationDays` or when revoked.

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function invitationState(row: InvitationTable, now: string): InvitationState {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'open';
}

function invitationDto(row: InvitationTable, now: string): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    state: invitationState(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

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
        submitters: submitters.get(row.name_key) ?? 0,
      }),
      submitted,
      submitters: submitters.get(row.name_key) ?? 0,
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
): Promise<{ linksRevoked: boolean }> {
  const before = await findExpectedAgency(db, reviewId, id);
  if (!before) throw new AppError('NOT_FOUND', 'The review does not expect that agency.');
  const row = cleanInput(input);
  if (row.name_key !== before.name_key) {
    const same = await findExpectedAgencyByKey(db, reviewId, row.name_key);
    if (same) throw nameTaken(same.name);
    // Uploads, submitters (by a link or by hand) and links used all hold the old name.
    const [agency] = (await listExpectedAgencies(db, reviewId)).filter((a) => a.id === id);
    const invitations = await findInvitationsOfReview(db, reviewId);
    const joined = invitations.some((i) => i.expected_agency_id === id && i.accepted_at);
    const uploaded = (await findAgencyByKey(db, reviewId, before.name_key)) !== undefined;
    if (uploaded || joined || (agency?.submitters ?? 0) > 0) {
      throw new AppError(
        'CONFLICT',
        `body/name: ${before.name} has a submitter or uploads under that name, so it stays; add the agency again under the new name instead.`,
      );
    }
  }
  // A link is for the email it was sent to: when the contact's email changes, open links to the
  // old one stop working, in the same write, or a link to a mistyped address would live on.
  const linksRevoked = row.contact_email !== before.contact_email;
  await db.transaction().execute(async (trx) => {
    await updateExpectedAgency(trx, reviewId, id, row);
    if (linksRevoked) await revokeOpenInvitations(trx, id, new Date().toISOString());
  });
  return { linksRevoked };
}

export async function removeExpectedAgency(db: Db, reviewId: string, id: string): Promise<void> {
  if (!(await deleteExpectedAgency(db, reviewId, id))) {
    throw new AppError('NOT_FOUND', 'The review does not expect that agency.');
  }
}

/**
 * A new one-time link for an agency's contact, valid for `days`; any open earlier link is
 * revoked. The token is in the answer only: it is not stored and cannot be shown again.
 */
export async function issueInvitation(
  db: Db,
  reviewId: string,
  expectedAgencyId: string,
  options: { createdBy: string; days: number },
): Promise<InvitationIssuedDto> {
  const agency = await findExpectedAgency(db, reviewId, expectedAgencyId);
  if (!agency) throw new AppError('NOT_FOUND', 'The review does not expect that agency.');
  if (!agency.contact_email) {
    throw new AppError(
      'BAD_REQUEST',
      `Add the email of ${agency.name}’s contact first: the link makes an account with it.`,
    );
  }
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const row: InvitationTable = {
    id: newId(),
    review_id: reviewId,
    expected_agency_id: expectedAgencyId,
    email: agency.contact_email,
    token_hash: hashToken(token),
    created_by: options.createdBy,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + options.days * 86_400_000).toISOString(),
    accepted_at: null,
    accepted_by: null,
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await lockExpectedAgency(trx, expectedAgencyId);
    await insertInvitation(trx, row);
  });
  return {
    invitation: invitationDto(row, row.created_at),
    token,
    path: `/invite#token=${token}`,
  };
}

export async function revokeInvitation(
  db: Db,
  where: { reviewId: string; expectedAgencyId: string; invitationId: string },
): Promise<void> {
  if (!(await revokeInvitationRow(db, where, new Date().toISOString()))) {
    throw new AppError(
      'NOT_FOUND',
      'No open link with that id: it was used, revoked or never made.',
    );
  }
}

/** The open link with this token; 404 for a token never issued, 410 for one no longer open. */
async function openInvitation(db: Db, token: string) {
  const row = await findInvitationByTokenHash(db, hashToken(token));
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      'This invitation link is not valid. Ask the reviewer for a new one.',
    );
  const state = invitationState(row, new Date().toISOString());
  if (state !== 'open') {
    const why = { accepted: 'has been used', revoked: 'was withdrawn', expired: 'has expired' }[
      state
    ];
    throw new AppError('GONE', `This invitation link ${why}. Ask the reviewer for a new one.`);
  }
  return row;
}

/** What the holder of a link is told before accepting: the review's reference, not its title. */
export async function lookUpInvitation(db: Db, token: string): Promise<InvitationLookupDto> {
  const row = await openInvitation(db, token);
  return {
    reviewReference: row.reference,
    agencyName: row.agency_name,
    email: row.email,
    expiresAt: row.expires_at,
    hasAccount: (await findUserByEmail(db, row.email)) !== undefined,
  };
}

export interface Accepted {
  userId: string;
  /** The account's email: the invitation's. */
  email: string;
  reviewId: string;
  invitationId: string;
  expectedAgencyId: string;
  newAccount: boolean;
}

/**
 * Uses a link: the signed-in account with the invitation's email joins as the agency's
 * submitter, or, with no session and no account of that email, a new account is made with
 * `newAccount` (its password already hashed). The link is claimed in the same transaction, so
 * it makes one member at most, however many requests race with it.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  viewer: Viewer | null,
  newAccount: { displayName: string; passwordHash: string } | null,
): Promise<Accepted> {
  const invitation = await openInvitation(db, token);
  const existing = await findUserByEmail(db, invitation.email);
  if (viewer && viewer.email !== invitation.email) {
    throw new AppError(
      'CONFLICT',
      `This link is for ${invitation.email}, and you are signed in as ${viewer.email}. Sign out, then open the link again.`,
    );
  }
  if (!viewer && existing?.disabled_at) {
    throw new AppError(
      'CONFLICT',
      `The account with ${invitation.email} is disabled: ask the review's administrator to enable it, then open the link again.`,
    );
  }
  if (!viewer && existing) {
    throw new AppError(
      'CONFLICT',
      `An account with ${invitation.email} exists: sign in with it, then open the link again.`,
    );
  }
  if (!viewer && !newAccount) {
    throw new AppError(
      'BAD_REQUEST',
      'body/password: choose a name and a password for your account.',
    );
  }
  if (viewer) {
    const member = await findMembership(db, invitation.review_id, viewer.userId);
    if (member && !(member.role === 'submitter' && member.agency_key === invitation.agency_key)) {
      throw new AppError(
        'CONFLICT',
        `You are already in this review as its ${member.role}${member.agency_name ? ` for ${member.agency_name}` : ''}; an administrator can change your role.`,
      );
    }
  }
  const now = new Date().toISOString();
  const displayName = newAccount
    ? cleanName(newAccount.displayName, 'body/displayName', NAME_LIMITS.displayName)
    : '';
  return db.transaction().execute(async (trx) => {
    // The link is claimed first: of two requests racing with it, the second stops here, before
    // it tries to make a second account with the same email.
    const userId = viewer ? viewer.userId : newId();
    if (!(await claimInvitation(trx, invitation.id, userId, now))) {
      throw new AppError(
        'GONE',
        'This invitation link has just been used. Ask the reviewer for a new one.',
      );
    }
    if (!viewer) {
      await insertUser(
        trx,
        {
          email: invitation.email,
          displayName,
          passwordHash: newAccount!.passwordHash,
          isAdmin: false,
        },
        userId,
      );
    }
    await upsertMembership(trx, {
      reviewId: invitation.review_id,
      userId,
      role: 'submitter',
      agencyName: invitation.agency_name,
      agencyKey: invitation.agency_key,
    });
    return {
      userId,
      email: invitation.email,
      reviewId: invitation.review_id,
      invitationId: invitation.id,
      expectedAgencyId: invitation.expected_agency_id,
      newAccount: !viewer,
    };
  });
}
