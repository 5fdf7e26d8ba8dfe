import { type CanonicalField, FIELD_NAMES } from '../../contract/fields';
import { pct, wordsPerCell } from './cell-signals';
import { ACCEPT_SCORE, type ColumnEvidence, type FieldScore } from './column-scores';
import type { DateOrder } from './date-order';
import { refine } from './refine-columns';

export type ColumnSource = 'uploader' | 'remembered' | 'recognised' | 'none';
export type Confidence = 'high' | 'medium' | 'low';

/** One column of the file: what it was read as, why, and how sure. */
export interface ColumnReading {
  header: string;
  /** The field it feeds; null when its cells are only kept with each event as written. */
  field: CanonicalField | null;
  source: ColumnSource;
  /** 0–1. For an unused column, the best field's score: how near it came to being used. */
  score: number;
  /** How sure the reading is: for an unused column, how sure it is that nothing fits. */
  confidence: Confidence;
  reasons: string[];
}

export interface RecognitionWarning {
  column: string;
  code: string;
  message: string;
}

export const HIGH_SCORE = 0.8;
export const MEDIUM_SCORE = 0.65;
// A header this sure names a date ("Date Contact Rec'd", "Decision Date").
const NAMED_DATE = 0.5;
// Above the strongest header word (0.9): the header is one of the whole-header synonyms.
const USUAL_NAME = 0.9;

export function confidenceOf(score: number): Confidence {
  return score >= HIGH_SCORE ? 'high' : score >= MEDIUM_SCORE ? 'medium' : 'low';
}

/**
 * Chooses, for the fields not yet decided, the column that fits each best: each column feeds at
 * most one field and each field comes from at most one column. The date goes first (it is
 * required, and the two-date rule needs every candidate in view); then greedy, best score first
 * over every (column, field) pair at or above ACCEPT_SCORE, ties to the stronger header, then
 * to the earlier column. Greedy is enough here: a column's best field usually wins by a wide
 * margin, and where two columns want one field the better one should have it.
 */
export function assignColumns(
  evidence: readonly ColumnEvidence[],
  taken: ReadonlyMap<number, CanonicalField>,
  decided: ReadonlySet<CanonicalField>,
  order: (a: number, b: number) => DateOrder = () => 'unknown',
): { chosen: Map<number, FieldScore>; warnings: RecognitionWarning[] } {
  const chosen = new Map<number, FieldScore>();
  const used = new Set<CanonicalField>(decided);
  // A column with no header cannot be named in a mapping, so the uploader could not undo a
  // wrong guess: it is only kept as written.
  const free = evidence.filter((e) => !taken.has(e.index) && e.header.trim() !== '');
  const scoreOf = (e: ColumnEvidence, field: CanonicalField) =>
    e.scores.find((s) => s.field === field);

  const dateCandidates = free
    .map((e) => ({ e, s: scoreOf(e, 'date') }))
    .filter((c): c is { e: ColumnEvidence; s: FieldScore } => (c.s?.score ?? 0) >= ACCEPT_SCORE)
    .sort((a, b) => b.s.score - a.s.score || a.e.index - b.e.index);
  let dateColumn: ColumnEvidence | undefined;
  if (!used.has('date') && dateCandidates.length > 0) {
    // One date on every row is the case's ("Crime Committed", "Referral Date"), not each
    // event's: a column whose dates vary wins, even one headed as the date typed in.
    const varying = dateCandidates.filter((c) => !oneDate(c.e));
    const pool = varying.length > 0 ? varying : dateCandidates;
    // The date an event happened beats the date it was typed in ("Entered", "createdOn").
    const events = pool.filter((c) => !c.e.reading.recordedWord);
    let pick = events[0] ?? pool[0]!;
    // Things are done about an event after it happens (a decision, a review, a closure): of the
    // dates that are not a typing stamp and whose header says date, the one on or before the
    // others in every row is when. ("Booked On" or a column of numbers read as serials does not
    // say date, so it cannot take over.)
    // A usual whole-header name for the event's date ("Date", "Event Date") is never overridden.
    const usualName = pick.s.headerScore > USUAL_NAME;
    for (const c of events) {
      if (usualName || c === pick || c.s.headerScore < NAMED_DATE) continue;
      if (order(c.e.index, pick.e.index) === 'before') pick = c;
    }
    chosen.set(pick.e.index, pick.s);
    used.add('date');
    dateColumn = pick.e;
  }

  const pairs = free
    .filter((e) => !chosen.has(e.index))
    .flatMap((e) => e.scores.filter((s) => s.score >= ACCEPT_SCORE).map((s) => ({ e, s })))
    .sort(
      (a, b) => b.s.score - a.s.score || b.s.headerScore - a.s.headerScore || a.e.index - b.e.index,
    );
  for (const { e, s } of pairs) {
    if (chosen.has(e.index) || used.has(s.field)) continue;
    chosen.set(e.index, s);
    used.add(s.field);
  }

  refine(evidence, chosen, used, dateColumn, order);

  const warnings: RecognitionWarning[] = [];
  if (dateColumn) {
    const others = dateCandidates.filter((c) => c.e !== dateColumn && !chosen.has(c.e.index));
    if (others.length > 0)
      warnings.push(
        twoDates(
          dateColumn,
          others.map((c) => c.e),
        ),
      );
    else if (dateColumn.reading.recordedWord) warnings.push(onlyRecordedDate(dateColumn));
  }
  return { chosen, warnings };
}

/** Every sampled row (three or more) holds the same date. */
function oneDate(column: ColumnEvidence): boolean {
  return column.profile.sampled >= 3 && column.profile.distinct === 1;
}

function twoDates(event: ColumnEvidence, others: readonly ColumnEvidence[]): RecognitionWarning {
  const names = others.map((o) => `"${o.header}"`).join(', ');
  const why = others.every((o) => oneDate(o) && !oneDate(event))
    ? `${others.length === 1 ? 'it holds' : 'they hold'} the same date on every row: the date of the case, not of each event`
    : others.every((o) => o.reading.recordedWord)
      ? `${others.length === 1 ? 'it looks like' : 'they look like'} the date the record was typed (header word “${others[0]!.reading.recordedWord}”)`
      : `"${event.header}" fits better (${event.scores.find((s) => s.field === 'date')?.reasons.join('; ')})`;
  return {
    column: event.header,
    code: 'mapping.two-date-columns',
    message: `More than one column holds dates: "${event.header}" and ${names}. "${event.header}" is read as the date each event happened; ${names} ${others.length === 1 ? 'is' : 'are'} kept with each event as written, because ${why}. If that is wrong, choose the date column in the mapping.`,
  };
}

function onlyRecordedDate(column: ColumnEvidence): RecognitionWarning {
  return {
    column: column.header,
    code: 'mapping.recorded-date-only',
    message: `The only column of dates, "${column.header}", may be when each record was typed rather than when the event happened (header word “${column.reading.recordedWord}”); it is used as the event's date. Check a few rows against the source.`,
  };
}

/** Why a column that feeds no field feeds none: its nearest field, and what kept it out. */
export function unusedReasons(
  e: ColumnEvidence,
  owners: ReadonlyMap<CanonicalField, string>,
): string[] {
  const best = e.scores[0];
  if (e.header.trim() === '') return ['the column has no header, so it is only kept as written'];
  if (e.reading.notAField) {
    return [
      `header word “${e.reading.notReferenceWord}”: a contact detail or a person's number, which no field holds`,
    ];
  }
  if (!best || best.score < 0.05) {
    return [
      e.kind === 'empty' ? 'every cell is empty' : 'neither its header nor its cells fit a field',
    ];
  }
  const near = `nearest field: ${FIELD_NAMES[best.field]}, score ${best.score.toFixed(2)} (${best.reasons.join('; ') || 'weak evidence'})`;
  const owner = owners.get(best.field);
  if (best.score >= ACCEPT_SCORE && owner)
    return [near, `the ${FIELD_NAMES[best.field]} comes from "${owner}"`];
  return [near, `below the ${ACCEPT_SCORE.toFixed(2)} needed`];
}

/** For the missing-date message: why this column is not the date. */
export function whyNotDate(e: ColumnEvidence, field: CanonicalField | undefined): string {
  if (field) return `"${e.header}": read as the ${FIELD_NAMES[field]}`;
  if (e.kind === 'empty') return `"${e.header}": empty`;
  if (e.reading.notEventWord) {
    return `"${e.header}": header word “${e.reading.notEventWord}” (not the date an event happened)`;
  }
  return `"${e.header}": ${pct(e.profile.dates, e.profile.sampled)} of cells are dates`;
}

/** For the missing-description message: why this column is not the description. */
export function whyNotDescription(e: ColumnEvidence, field: CanonicalField | undefined): string {
  if (field) return `"${e.header}": read as the ${FIELD_NAMES[field]}`;
  if (e.kind === 'empty') return `"${e.header}": empty`;
  if (e.kind !== 'text')
    return `"${e.header}": its cells are ${e.kind === 'id' ? 'codes' : e.kind === 'yesno' ? 'yes/no answers' : `${e.kind}s`}`;
  return `"${e.header}": ${wordsPerCell(e.profile.meanWords)}, too short for a description`;
}
