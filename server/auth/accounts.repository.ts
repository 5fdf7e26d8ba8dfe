import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, MemberRole, UserTable } from '../db/schema';
import { newId } from '../db/ids';

type Db = Kysely<Database> | Transaction<Database>;

/** An account as stored: what the users API maps to its DTO. */
export type UserRow = Selectable<UserTable>;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The id a session is stored under: the token's hash, never the token itself. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every account, by display name. */
export async function findAllUsers(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('display_name').execute();
}

export async function insertUser(
  db: Db,
  user: { email: string; displayName: string; passwordHash: string; isAdmin: boolean },
  id: string = newId(),
) {
  await db
    .insertInto('users')
    .values({
      id,
      email: normaliseEmail(user.email),
      display_name: user.displayName.trim(),
      password_hash: user.passwordHash,
      is_admin: user.isAdmin ? 1 : 0,
      created_at: new Date().toISOString(),
      disabled_at: null,
    })
    .execute();
  return id;
}

/**
 * Creates the first administrator, only while there is no account at all: one statement, so
 * of two requests (or two server processes) racing with the setup link only one can land.
 * Returns the new id, or null when an account already exists.
 */
export async function insertFirstAdmin(
  db: Db,
  user: { email: string; displayName: string; passwordHash: string },
): Promise<string | null> {
  const id = newId();
  // In a transaction: on PostgreSQL that takes the write lock (server/db/postgres.ts), without
  // which two instances' statements could both see no account and both insert one.
  const result = await db.transaction().execute((trx) =>
    sql`insert into users
      (id, email, display_name, password_hash, is_admin, created_at, disabled_at)
    select ${id}, ${normaliseEmail(user.email)}, ${user.displayName.trim()},
      ${user.passwordHash}, 1, ${new Date().toISOString()}, null
    where not exists (select 1 from users)`.execute(trx),
  );
  return Number(result.numAffectedRows ?? 0) === 1 ? id : null;
}

export interface UserChanges {
  displayName?: string;
  isAdmin?: boolean;
  disabled?: boolean;
  passwordHash?: string;
}

/**
 * Changes an account. With `keepAnAdmin`, the change is made only if another enabled admin
 * remains: the count is part of the UPDATE itself, so two admins demoting each other at once
 * cannot both pass a check made before either wrote (SQLite runs one write at a time, and a
 * writer whose snapshot went stale is refused rather than let through). False when refused.
 */
export async function updateUser(
  db: Db,
  userId: string,
  changes: UserChanges,
  options: { keepAnAdmin: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({
      ...(changes.displayName !== undefined ? { display_name: changes.displayName.trim() } : {}),
      ...(changes.isAdmin !== undefined ? { is_admin: changes.isAdmin ? 1 : 0 } : {}),
      ...(changes.disabled !== undefined
        ? { disabled_at: changes.disabled ? new Date().toISOString() : null }
        : {}),
      ...(changes.passwordHash ? { password_hash: changes.passwordHash } : {}),
    })
    .where('id', '=', userId)
    .$if(options.keepAnAdmin, (q) =>
      q.where(
        (eb) =>
          eb
            .selectFrom('users as other')
            .select((o) => o.fn.countAll<number>().as('n'))
            .where('other.is_admin', '=', 1)
            .where('other.disabled_at', 'is', null)
            .where('other.id', '!=', userId),
        '>=',
        1,
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Starts a session; returns the cookie's token (shown once) and the CSRF token. */
export async function createSession(db: Db, userId: string, hours: number) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + hours * 3_600_000).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

/** A live session and its (enabled) user, or undefined: expired, idle or disabled is none. */
export async function findLiveSession(db: Db, token: string, idleMinutes: number) {
  return findLiveSessionById(db, sessionIdOf(token), idleMinutes);
}

/** The same check by the session's stored id: for a long-lived stream re-checking its user. */
export async function findLiveSessionById(db: Db, sessionId: string, idleMinutes: number) {
  const now = new Date();
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      's.last_seen_at',
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'u.is_admin',
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now.toISOString())
    .where('s.last_seen_at', '>', new Date(now.getTime() - idleMinutes * 60_000).toISOString())
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date().toISOString() })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOf(db: Db, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date().toISOString()).execute();
}

export async function findMembership(db: Db, reviewId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['role', 'agency_key', 'agency_name'])
    .where('review_id', '=', reviewId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function findMembershipsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['review_id', 'role', 'agency_name', 'agency_key'])
    .where('user_id', '=', userId)
    .execute();
}

export async function findMembersOfReview(db: Db, reviewId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'm.user_id',
      'u.email',
      'u.display_name',
      'u.disabled_at',
      'm.role',
      'm.agency_name',
      'm.agency_key',
      'm.created_at',
    ])
    .where('m.review_id', '=', reviewId)
    .orderBy('m.role')
    .orderBy('u.display_name')
    .execute();
}

export async function upsertMembership(
  db: Db,
  m: {
    reviewId: string;
    userId: string;
    role: MemberRole;
    agencyName: string | null;
    agencyKey: string | null;
  },
) {
  await db
    .insertInto('memberships')
    .values({
      id: newId(),
      review_id: m.reviewId,
      user_id: m.userId,
      role: m.role,
      agency_name: m.agencyName,
      agency_key: m.agencyKey,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) =>
      oc.columns(['review_id', 'user_id']).doUpdateSet({
        role: m.role,
        agency_name: m.agencyName,
        agency_key: m.agencyKey,
      }),
    )
    .execute();
}

export async function deleteMembership(db: Db, reviewId: string, userId: string) {
  const result = await db
    .deleteFrom('memberships')
    .where('review_id', '=', reviewId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
