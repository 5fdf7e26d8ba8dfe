import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/access';
import type { GlossaryInput, ViewMode } from '../contract/walkthrough';
import type { EventDto } from '../contract/events';
import type { Database } from '../db/schema';
import { newId } from '../db/ids';
import { AppError } from '../errors';
import { buildRedactor, glossaryProblems, redactFields, type Redactor } from './redact';

export async function getGlossary(
  db: Kysely<Database>,
  reviewId: string,
): Promise<Array<{ label: string; names: string[] }>> {
  const rows = await db
    .selectFrom('glossary_entries')
    .select(['label', 'names_json'])
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ label: r.label, names: JSON.parse(r.names_json) as string[] }));
}

/** Replaces the review's glossary as a whole: it is edited and read as one list. */
export async function saveGlossary(
  db: Kysely<Database>,
  reviewId: string,
  input: GlossaryInput,
): Promise<Array<{ label: string; names: string[] }>> {
  const entries = input.entries.map((e) => ({
    label: e.label.trim(),
    names: [...new Set(e.names.map((n) => n.trim()).filter(Boolean))],
  }));
  const problems = glossaryProblems(entries);
  const labels = new Set<string>();
  for (const e of entries) {
    if (labels.has(e.label.toLowerCase())) problems.push(`The label "${e.label}" is used twice.`);
    labels.add(e.label.toLowerCase());
  }
  if (problems.length > 0) throw new AppError('BAD_REQUEST', `body/entries: ${problems.join(' ')}`);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('glossary_entries').where('review_id', '=', reviewId).execute();
    if (entries.length === 0) return;
    await trx
      .insertInto('glossary_entries')
      .values(
        entries.map((e, position) => ({
          id: newId(),
          review_id: reviewId,
          label: e.label,
          names_json: JSON.stringify(e.names),
          position,
        })),
      )
      .execute();
  });
  return getGlossary(db, reviewId);
}

/**
 * Which view a request gets. Panel members always get role labels; a reviewer gets labels
 * unless they ask for names (which is audited); a submitter reads their own agency's records,
 * which they wrote, as written.
 */
export function viewModeFor(viewer: Viewer | null, requested: ViewMode | undefined): ViewMode {
  const role = viewer?.membership?.role;
  if (role === 'submitter') return 'named';
  if (role === 'reviewer' || (!role && viewer?.isAdmin)) return requested ?? 'anonymised';
  if (requested === 'named') {
    throw new AppError('FORBIDDEN', 'Only the review’s reviewers may see the named view.');
  }
  return 'anonymised';
}

const IDENTITY: Redactor = (text) => text;

export async function redactorFor(
  db: Kysely<Database>,
  reviewId: string,
  mode: ViewMode,
): Promise<Redactor> {
  if (mode === 'named') return IDENTITY;
  const entries = await getGlossary(db, reviewId);
  return entries.length === 0 ? IDENTITY : buildRedactor(entries);
}

export function isIdentity(redact: Redactor): boolean {
  return redact === IDENTITY;
}

const EVENT_TEXT_FIELDS = [
  'description',
  'outcome',
  'analysis',
  'typeText',
  'practitioner',
  'team',
  'subjects',
  'sourceRef',
] as const;

export function redactEvent<T extends EventDto>(event: T, redact: Redactor): T {
  if (isIdentity(redact)) return event;
  return redactFields(
    event,
    EVENT_TEXT_FIELDS as unknown as Parameters<typeof redactFields<T>>[1],
    redact,
  );
}

/** Every value of a record of strings (an event's raw cells). */
export function redactRecord(
  record: Record<string, string>,
  redact: Redactor,
): Record<string, string> {
  if (isIdentity(redact)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, redact(v)]));
}

/**
 * The names a label stands for, so a filter on "Mother" in the anonymised view finds the
 * records that name her. Labels that are not in the glossary stand for themselves.
 */
export async function expandLabels(
  db: Kysely<Database>,
  reviewId: string,
  values: string[],
): Promise<string[]> {
  const entries = await getGlossary(db, reviewId);
  const byLabel = new Map(entries.map((e) => [e.label.toLowerCase(), e.names]));
  return [...new Set(values.flatMap((v) => [v, ...(byLabel.get(v.toLowerCase()) ?? [])]))];
}

/** Every string inside a JSON-shaped value (a rule document), keys left alone. */
export function redactDeep<T>(value: T, redact: Redactor): T {
  if (isIdentity(redact)) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item)]));
    }
    return v;
  };
  return walk(value) as T;
}
