import type { Db, DbOrTx } from '../db/handle';
import { inWriteTransaction } from '../db/sqlite-driver';
import { ChainVerifier, GENESIS, rowHash, type ChainCheck, type ChainedRow } from './audit-chain';
import type { AuditOnce } from './audit-throttle';
import {
  deleteAuditMarksBefore,
  findAuditEntries,
  findAuditMarkUntil,
  findAuditPage,
  findLastAuditRow,
  insertAuditRow,
  setAuditMark,
} from './audit.repository';

/**
 * What the audit log records. Every action is named here, so the log's vocabulary is one
 * list a data protection officer can read. No entry ever carries case content: ids, role
 * names and counts only — never a person's name, a description or a search term.
 */
export const AUDIT_ACTIONS = [
  'auth.signed-in',
  'auth.sign-in-failed',
  'auth.signed-out',
  'auth.setup',
  'access.denied',
  'user.created',
  'user.changed',
  'review.created',
  'review.deleted',
  'member.added',
  'member.changed',
  'member.removed',
  'agency.expected',
  'agency.changed',
  'agency.removed',
  'invitation.issued',
  'invitation.revoked',
  'invitation.accepted',
  'invitation.refused',
  'submission.uploaded',
  'submission.rejected',
  'submission.erased',
  'timeline.viewed',
  'record.viewed',
  'glossary.viewed',
  'meeting.joined',
  'rule.created',
  'rule.changed',
  'rule.deleted',
  'link.created',
  'link.deleted',
  'annotation.created',
  'annotation.changed',
  'annotation.deleted',
  'question.asked',
  'question.answered',
  'question.withdrawn',
  'glossary.changed',
  'named-view.opened',
  'export.downloaded',
  'meeting.started',
  'meeting.ended',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  userId?: string | null;
  userEmail?: string | null;
  reviewId?: string | null;
  /** The id of what was acted on (a submission, rule, user…). */
  target?: string | null;
  /** Counts, role names, formats: never free text from an upload. */
  detail?: Record<string, string | number | boolean | null>;
  ip?: string | null;
}

/**
 * Appends a row, chained to the one before it (audit-chain.ts). The last row is read and the
 * new one written in one IMMEDIATE transaction, which takes SQLite's write lock before the
 * read: so the chain stays one line, and another connection (a second process, a worker) that
 * writes at the same time waits its turn under the busy timeout instead of failing on a stale
 * read. On PostgreSQL every transaction takes the write lock first (server/db/postgres.ts),
 * which does the same. Inside a caller's transaction, that transaction is used as it is.
 *
 * With `once` (an AuditThrottle said due), the row is written only if no instance wrote this
 * action for the key within the interval: the key's mark is read and set in this same
 * transaction, so two instances on one database record it once (issue #14).
 */
export async function recordAudit(db: DbOrTx, entry: AuditEntry, once?: AuditOnce): Promise<void> {
  const append = async (trx: DbOrTx) => {
    const now = Date.now();
    if (once) {
      // A space, not NUL, between them: PostgreSQL's text refuses NUL.
      const key = `${entry.action} ${once.key}`;
      if (((await findAuditMarkUntil(trx, key)) ?? 0) > now) return;
      await deleteAuditMarksBefore(trx, now);
      await setAuditMark(trx, key, now + once.intervalMs);
    }
    const last = await findLastAuditRow(trx);
    const row: ChainedRow = {
      id: (last?.id ?? 0) + 1,
      at: new Date(now).toISOString(),
      user_id: entry.userId ?? null,
      user_email: entry.userEmail ?? null,
      action: entry.action,
      review_id: entry.reviewId ?? null,
      target: entry.target ?? null,
      detail_json: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
    };
    await insertAuditRow(trx, { ...row, hash: rowHash(last?.hash ?? GENESIS, row) });
  };
  if (db.isTransaction) {
    await append(db);
    return;
  }
  await inWriteTransaction(db, append);
}

/** Checks the whole chain, oldest row first, a page at a time. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const rows = await findAuditPage(db, after, 5000);
    if (rows.length === 0) break;
    for (const row of rows) if (!verifier.add(row)) return verifier.result();
    after = rows[rows.length - 1]!.id;
  }
  return verifier.result();
}

export interface AuditQuery {
  reviewId?: string;
  /** Entries with an id below this one (the previous page's last id). */
  before?: number;
  limit: number;
}

export async function listAudit(db: Db, query: AuditQuery) {
  const rows = await findAuditEntries(db, query);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    userEmail: r.user_email,
    action: r.action,
    reviewId: r.review_id,
    target: r.target,
    detail: r.detail_json ? (JSON.parse(r.detail_json) as Record<string, unknown>) : null,
    ip: r.ip,
  }));
}
