import type { EventMatch, ExpectMatch, RuleDocument } from '../contract/rules';
import { newId } from '../db/ids';
import type { Db, DbOrTx } from '../db/handle';
import type { ReviewRuleTable } from '../db/schema';
import { AppError } from '../errors';
import { type Jurisdiction, type ReviewKind, rulePack } from './packs';
import { EVENT_TYPES } from '../ingest/vocabulary';
import { requireReview } from '../core/require-review';
import { bumpRevision } from '../core/review-rows.repository';
import {
  deleteRule,
  findRule,
  findRules,
  insertRules,
  nextRulePosition,
  updateRule,
} from './rules.repository';

export interface RuleView extends RuleDocument {
  enabled: boolean;
  position: number;
  updatedAt: string;
}

/**
 * Copies the packs of the review's jurisdiction and kind into a new review: from then on the
 * review owns its rules.
 */
export async function seedRules(
  db: DbOrTx,
  reviewId: string,
  jurisdiction: Jurisdiction,
  kind: ReviewKind = 'child',
): Promise<void> {
  const now = new Date().toISOString();
  await insertRules(
    db,
    rulePack(jurisdiction, kind).map((rule, position) => toRow(reviewId, rule, position, now)),
  );
}

export async function listRules(db: Db, reviewId: string): Promise<RuleView[]> {
  await requireReview(db, reviewId);
  return (await findRules(db, reviewId)).map(toView);
}

/** The enabled rules, as the gap engine reads them. */
export async function activeRules(db: Db, reviewId: string): Promise<RuleDocument[]> {
  return (await findRules(db, reviewId)).map(toView).filter((r) => r.enabled);
}

/**
 * The stored id of a rule (review_rules.id), or null: what the audit log names a rule by. The
 * rule's own id is a reviewer's words ("custom.jane"), and the log holds no case content.
 */
export async function ruleRowId(db: Db, reviewId: string, ruleKey: string): Promise<string | null> {
  return (await findRule(db, reviewId, ruleKey))?.id ?? null;
}

export async function addRule(db: Db, reviewId: string, rule: RuleDocument): Promise<RuleView> {
  await requireReview(db, reviewId);
  checkMeaning(rule);
  return db.transaction().execute(async (trx) => {
    if (await findRule(trx, reviewId, rule.id)) {
      throw new AppError(
        'CONFLICT',
        `This review already has a rule "${rule.id}"; choose another id or edit that rule.`,
      );
    }
    const row = toRow(
      reviewId,
      rule,
      await nextRulePosition(trx, reviewId),
      new Date().toISOString(),
    );
    await insertRules(trx, [row]);
    await bumpRevision(trx, reviewId);
    return toView(row);
  });
}

export async function replaceRule(
  db: Db,
  reviewId: string,
  ruleId: string,
  rule: RuleDocument,
): Promise<RuleView> {
  await requireReview(db, reviewId);
  if (rule.id !== ruleId) {
    throw new AppError(
      'BAD_REQUEST',
      `id: the body's id "${rule.id}" differs from the rule in the address "${ruleId}".`,
    );
  }
  checkMeaning(rule);
  return db.transaction().execute(async (trx) => {
    const existing = await findRule(trx, reviewId, ruleId);
    if (!existing) throw new AppError('NOT_FOUND', `This review has no rule "${ruleId}".`);
    const change = {
      document_json: JSON.stringify(withEnabled(rule)),
      updated_at: new Date().toISOString(),
    };
    await updateRule(trx, existing.id, change);
    await bumpRevision(trx, reviewId);
    return toView({ ...existing, ...change });
  });
}

export async function removeRule(db: Db, reviewId: string, ruleId: string): Promise<void> {
  await requireReview(db, reviewId);
  await db.transaction().execute(async (trx) => {
    const existing = await findRule(trx, reviewId, ruleId);
    if (!existing) throw new AppError('NOT_FOUND', `This review has no rule "${ruleId}".`);
    await deleteRule(trx, existing.id);
    await bumpRevision(trx, reviewId);
  });
}

const CODES = EVENT_TYPES.map((t) => t.code);

/**
 * What the schema cannot say: every type names a code or a prefix of one, and each kind has
 * the parts it needs. Messages name the field, as schema errors do.
 */
function checkMeaning(rule: RuleDocument): void {
  if (rule.kind === 'follow-up' && !rule.trigger) {
    throw new AppError('BAD_REQUEST', 'trigger: a follow-up rule needs a trigger.');
  }
  const lists: Array<[string, readonly string[] | undefined]> = [];
  const describedAt = (field: string, match: EventMatch | ExpectMatch | undefined) => {
    lists.push([`${field}.types`, match?.types]);
    match?.or?.forEach((alternative, i) =>
      lists.push([`${field}.or[${i}].types`, alternative.types]),
    );
  };
  describedAt('trigger', rule.trigger);
  describedAt('expect', rule.expect);
  describedAt('while.from', rule.while?.from);
  describedAt('while.until', rule.while?.until);
  for (const [field, types] of lists) {
    types?.forEach((type, i) => {
      const known = type.endsWith('.')
        ? CODES.some((c) => c.startsWith(type))
        : CODES.includes(type);
      if (!known) {
        throw new AppError(
          'BAD_REQUEST',
          `${field}[${i}]: "${type}" is not an event type code or prefix (e.g. "referral.sent", "contact.").`,
        );
      }
    });
  }
}

function withEnabled(rule: RuleDocument): RuleDocument {
  return { ...rule, enabled: rule.enabled ?? true };
}

function toRow(
  reviewId: string,
  rule: RuleDocument,
  position: number,
  now: string,
): ReviewRuleTable {
  return {
    id: newId(),
    review_id: reviewId,
    rule_key: rule.id,
    position,
    document_json: JSON.stringify(withEnabled(rule)),
    created_at: now,
    updated_at: now,
  };
}

function toView(row: ReviewRuleTable): RuleView {
  const document = JSON.parse(row.document_json) as RuleDocument;
  return {
    ...document,
    enabled: document.enabled ?? true,
    position: row.position,
    updatedAt: row.updated_at,
  };
}
