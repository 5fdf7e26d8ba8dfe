import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

// The sign-in throttle's failures (sign-in-throttle.ts decides when to read and write them).

type Db = Kysely<Database> | Transaction<Database>;

/** The newest `limit` failure times of one key after `since` (ms), newest first. */
export async function findRecentFailureTimes(
  db: Db,
  key: string,
  since: number,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select('at_ms')
    .where('key', '=', key)
    .where('at_ms', '>', since)
    .orderBy('at_ms', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => Number(r.at_ms));
}

export async function insertFailures(
  db: Db,
  attemptId: string,
  keys: readonly string[],
  at: number,
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values(keys.map((key) => ({ attempt_id: attemptId, key, at_ms: at })))
    .execute();
}

/** Takes one attempt back from every key it was counted under. */
export async function deleteAttemptFailures(
  db: Db,
  attemptId: string,
  keys: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where('attempt_id', '=', attemptId)
    .where('key', 'in', keys)
    .execute();
}

export async function deleteFailuresOfKey(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

/** Failures at or before `before` (ms): out of every window, so they count for nothing. */
export async function deleteFailuresBefore(db: Db, before: number): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('at_ms', '<=', before).execute();
}
