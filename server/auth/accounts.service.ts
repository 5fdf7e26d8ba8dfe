import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import {
  deleteSessionsOf,
  findAllUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  type UserChanges,
  type UserRow,
} from './accounts.repository';

// Accounts, sessions and memberships as the routes and the auth plugin use them. The reads and
// the session and membership writes that need no more than one repository call are passed
// through as the repository has them, so that routes import this service and never a repository.
export {
  countUsers,
  createSession,
  deleteExpiredSessions,
  deleteMembership,
  deleteSession,
  findLiveSession,
  findLiveSessionById,
  findMembership,
  findMembershipsOfUser,
  findMembersOfReview,
  findUserByEmail,
  findUserById,
  insertFirstAdmin,
  normaliseEmail,
  touchSession,
  upsertMembership,
  type UserRow,
} from './accounts.repository';

/** Every account, by display name (admin). */
export async function listUsers(db: Db): Promise<UserRow[]> {
  return findAllUsers(db);
}

/**
 * Creates an account whose password is already hashed; 409 when the email has one. The display
 * name is cleaned after that check, so a taken email is reported as such whatever the name.
 */
export async function createUser(
  db: Db,
  user: { email: string; displayName: string; passwordHash: string; isAdmin: boolean },
): Promise<UserRow> {
  if (await findUserByEmail(db, user.email)) {
    throw new AppError('CONFLICT', 'An account with that email exists.');
  }
  const id = await insertUser(db, {
    ...user,
    displayName: cleanName(user.displayName, 'body/displayName', NAME_LIMITS.displayName),
  });
  return (await findUserById(db, id))!;
}

/**
 * Renames, makes or unmakes admin, disables or re-enables an account, or sets its password
 * (already hashed). Taking away the last enabled administrator is refused with a 409.
 */
export async function changeUser(db: Db, user: UserRow, changes: UserChanges): Promise<UserRow> {
  const losesAdmin =
    user.is_admin === 1 && (changes.isAdmin === false || changes.disabled === true);
  const changed = await db.transaction().execute(async (trx) => {
    // The last-admin rule is checked by the write itself, not before it (see updateUser).
    const updated = await updateUser(
      trx,
      user.id,
      {
        ...changes,
        ...(changes.displayName !== undefined
          ? {
              displayName: cleanName(
                changes.displayName,
                'body/displayName',
                NAME_LIMITS.displayName,
              ),
            }
          : {}),
      },
      { keepAnAdmin: losesAdmin },
    );
    // A disabled account or a reset password ends every session of that user at once.
    if (updated && (changes.disabled === true || changes.passwordHash)) {
      await deleteSessionsOf(trx, user.id);
    }
    return updated;
  });
  if (!changed) {
    throw new AppError('CONFLICT', 'This is the last administrator: make another one first.');
  }
  return (await findUserById(db, user.id))!;
}

/**
 * Sets a user's new password (already hashed, the current one checked by the caller) and ends
 * every session they have, the one making the change included: the caller signs it in again.
 */
export async function changeOwnPassword(
  db: Db,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await updateUser(db, userId, { passwordHash }, { keepAnAdmin: false });
  await deleteSessionsOf(db, userId);
}

/**
 * A demo account with this password (already hashed): created on the first run; on a later one
 * given the new password and enabled again. Returns the account's id.
 */
export async function ensureDemoAccount(
  db: Db,
  account: { email: string; displayName: string; isAdmin: boolean },
  passwordHash: string,
): Promise<string> {
  const existing = await findUserByEmail(db, account.email);
  if (!existing) return insertUser(db, { ...account, passwordHash });
  await updateUser(db, existing.id, { passwordHash, disabled: false }, { keepAnAdmin: false });
  return existing.id;
}
