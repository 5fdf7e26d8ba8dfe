import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../access/access';
import { findMembership, findUserByEmail } from '../auth/accounts.service';
import { insertUser, upsertMembership } from '../auth/accounts.repository';
import { passwordProblem } from '../auth/password';
import type {
  InvitationDto,
  InvitationIssuedDto,
  InvitationLookupDto,
  InvitationState,
} from '../contract/agencies';
import type { Db } from '../db/handle';
import { newId } from '../db/ids';
import type { InvitationTable } from '../db/schema';
import { AppError } from '../errors';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import {
  findExpectedAgency,
  lockExpectedAgency,
} from '../submissions/expected-agencies.repository';
import {
  claimInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  revokeInvitation as revokeInvitationRow,
} from './invitations.repository';

// The one-time links that make an expected agency's contact its submitter (issue #16). A link
// is a bearer secret: 32 random bytes, shown once, stored as its SHA-256, used once, and dead
// after `invitationDays` or when revoked.

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function invitationState(row: InvitationTable, now: string): InvitationState {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'open';
}

export function invitationDto(row: InvitationTable, now: string): InvitationDto {
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
    dueDate: row.due_date,
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
 * `newAccount` (its password hashed by `hashPassword` once every check has passed). The link
 * is claimed in the same transaction, so
 * it makes one member at most, however many requests race with it.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  viewer: Viewer | null,
  newAccount: { displayName: string; password: string } | null,
  hashPassword: (password: string) => Promise<string>,
): Promise<Accepted> {
  const invitation = await openInvitation(db, token);
  // What was sent is checked first (400), then what it asks of the stored state (409).
  const displayName = newAccount
    ? cleanName(newAccount.displayName, 'body/displayName', NAME_LIMITS.displayName)
    : '';
  if (newAccount && !displayName) {
    throw new AppError('BAD_REQUEST', 'body/displayName: give your name.');
  }
  const weak = newAccount ? passwordProblem(newAccount.password) : null;
  if (weak) throw new AppError('BAD_REQUEST', `password: ${weak}`);
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
  // Hashed only now, every check passed: hashing is slow on purpose, and only the holder of a
  // live link who may use it can make the server do it.
  const passwordHash = newAccount ? await hashPassword(newAccount.password) : '';
  const now = new Date().toISOString();
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
          passwordHash,
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
