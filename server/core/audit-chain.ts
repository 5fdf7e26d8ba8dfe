import { createHash } from 'node:crypto';
import type { AuditLogTable } from '../db/schema';

// Pure (node:crypto only): the audit log's hash chain. Each row's hash covers its own columns
// and the previous row's hash, so changing, removing or reordering any row breaks every hash
// after it. migrations/2026_12_03_1930_chain_audit_log.ts holds a frozen copy of rowHash for
// the rows that existed before the chain: change one and the other must stay the same.

/** The columns a row's hash covers (rowHash lists their order): the table's, less the hash. */
export type ChainedRow = Omit<AuditLogTable, 'id' | 'hash'> & { id: number };

/** What the first row chains to. */
export const GENESIS = '0'.repeat(64);

export function rowHash(previous: string, row: ChainedRow): string {
  const columns = [
    row.id,
    row.at,
    row.user_id,
    row.user_email,
    row.action,
    row.review_id,
    row.target,
    row.detail_json,
    row.ip,
  ];
  return createHash('sha256')
    .update(`${previous}\n${JSON.stringify(columns)}`)
    .digest('hex');
}

export type ChainCheck =
  | { ok: true; rows: number; head: { id: number; hash: string } | null }
  | { ok: false; rows: number; brokenAt: number; reason: string };

/**
 * Walks rows in id order and says where the chain first breaks: a row whose text was changed,
 * a row removed or put in (the next row's hash no longer follows), or a row with no hash.
 */
export class ChainVerifier {
  private previous = GENESIS;
  private rows = 0;
  private lastId: number | null = null;
  private broken: { brokenAt: number; reason: string } | null = null;

  /** Rows must come in id order. False once the chain is broken. */
  add(row: ChainedRow & { hash: string | null }): boolean {
    if (this.broken) return false;
    this.rows++;
    if (!row.hash) {
      this.broken = { brokenAt: row.id, reason: 'the row has no hash' };
    } else if (rowHash(this.previous, row) !== row.hash) {
      this.broken = {
        brokenAt: row.id,
        reason:
          'the row’s hash does not match its contents and the row before it (the row was changed, or one before it was removed or inserted)',
      };
    }
    this.previous = row.hash ?? '';
    this.lastId = row.id;
    return this.broken === null;
  }

  result(): ChainCheck {
    if (this.broken) return { ok: false, rows: this.rows, ...this.broken };
    return {
      ok: true,
      rows: this.rows,
      head: this.lastId === null ? null : { id: this.lastId, hash: this.previous },
    };
  }
}
