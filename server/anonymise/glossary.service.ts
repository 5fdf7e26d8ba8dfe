import { createHash } from 'node:crypto';
import { mayDo, type Viewer } from '../access/access';
import type { GlossaryInput, ViewMode } from '../contract/walkthrough';
import type { Db } from '../db/handle';
import { AppError } from '../errors';
import { ReviewCache } from '../core/review-cache';
import { buildRedactor, glossaryProblems, IDENTITY, type Redactor } from './redact';
import {
  findGlossaryConfirmedAt,
  findGlossaryEntries,
  replaceGlossary,
} from './glossary.repository';

export async function getGlossary(
  db: Db,
  reviewId: string,
): Promise<Array<{ label: string; names: string[] }>> {
  const rows = await findGlossaryEntries(db, reviewId);
  return rows.map((r) => ({ label: r.label, names: JSON.parse(r.names_json) as string[] }));
}

/** Replaces the review's glossary as a whole: it is edited and read as one list. */
export async function saveGlossary(
  db: Db,
  reviewId: string,
  input: GlossaryInput,
): Promise<Array<{ label: string; names: string[] }>> {
  const entries = input.entries.map((e) => ({
    label: e.label.trim(),
    names: [...new Set(e.names.map((n) => n.trim()).filter(Boolean))],
  }));
  const problems = glossaryProblems(entries);
  const nameCount = entries.reduce((n, e) => n + e.names.length, 0);
  if (nameCount > MAX_GLOSSARY_NAMES) {
    problems.push(
      `The glossary lists ${nameCount} names; it may list at most ${MAX_GLOSSARY_NAMES}.`,
    );
  }
  if (problems.length === 0) {
    // Compile it now, so a glossary that cannot be used is refused here rather than breaking
    // every panel member's view later.
    try {
      buildRedactor(entries);
    } catch (error) {
      problems.push(`The glossary cannot be compiled (${(error as Error).name}).`);
    }
  }
  const labels = new Set<string>();
  for (const e of entries) {
    if (labels.has(e.label.toLowerCase())) problems.push(`The label "${e.label}" is used twice.`);
    labels.add(e.label.toLowerCase());
  }
  if (problems.length > 0) throw new AppError('BAD_REQUEST', `body/entries: ${problems.join(' ')}`);
  await db.transaction().execute((trx) => replaceGlossary(trx, reviewId, entries));
  return getGlossary(db, reviewId);
}

/**
 * Which view a request gets. Panel members always get role labels; a reviewer gets labels
 * unless they ask for names (which is audited); a submitter reads their own agency's records,
 * which they wrote, as written. An admin outside the review reaches no route with records.
 */
export function viewModeFor(viewer: Viewer | null, requested: ViewMode | undefined): ViewMode {
  const role = viewer?.membership?.role;
  if (role === 'submitter') return 'named';
  // Who may choose: the table's namedView (server/contract/access.ts).
  if (mayDo('namedView', viewer?.membership, viewer?.isAdmin ?? false)) {
    return requested ?? 'anonymised';
  }
  if (requested === 'named') {
    throw new AppError('FORBIDDEN', 'Only the review’s reviewers may see the named view.');
  }
  return 'anonymised';
}

/** Enough for every person and alias in the largest review; keeps the pattern small. */
export const MAX_GLOSSARY_NAMES = 1000;

/**
 * Compiled redactors by review, kept while the review's glossary is unchanged: saving a
 * glossary does not bump the review's revision, so the glossary as JSON is the revision an
 * entry is checked against. 100 reviews: a redactor is one pattern of at most
 * MAX_GLOSSARY_NAMES names, small beside a gap list or an anchor index.
 */
const compiled = new ReviewCache<Redactor, string>(100);
/** Each compiled redactor's glossary, as a key the redacted search index is stored under. */
const glossaryKeys = new WeakMap<Redactor, string>();

/**
 * The key of the glossary a redactor was compiled from (a SHA-256 of it), or null for one that
 * changes nothing (the named view, or an empty glossary).
 */
export function glossaryKeyOf(redact: Redactor): string | null {
  return glossaryKeys.get(redact) ?? null;
}

export async function redactorFor(db: Db, reviewId: string, mode: ViewMode): Promise<Redactor> {
  if (mode === 'named') return IDENTITY;
  return compiledRedactor(reviewId, await getGlossary(db, reviewId));
}

/** The review's glossary as a redactor, compiled once while the glossary is unchanged. */
export function compiledRedactor(
  reviewId: string,
  entries: ReadonlyArray<{ label: string; names: string[] }>,
): Redactor {
  if (entries.length === 0) return IDENTITY;
  const source = JSON.stringify(entries);
  const cached = compiled.get(reviewId, source);
  if (cached !== undefined) return cached;
  const redact = buildRedactor(entries);
  glossaryKeys.set(redact, createHash('sha256').update(source).digest('hex'));
  compiled.set(reviewId, source, redact);
  return redact;
}

export function isIdentity(redact: Redactor): boolean {
  return redact === IDENTITY;
}

/** Whether a reviewer has saved the review's glossary (even an empty one). */
export async function glossaryConfirmed(db: Db, reviewId: string): Promise<boolean> {
  return Boolean(await findGlossaryConfirmedAt(db, reviewId));
}
