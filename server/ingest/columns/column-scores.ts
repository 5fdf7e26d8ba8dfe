import { CANONICAL_FIELDS, type CanonicalField } from '../../contract/fields';
import type { CellProfile } from './cell-profile';
import {
  type CellKind,
  cellSignals,
  isPlain,
  kindOf,
  longestText,
  TEXT_KINDS,
} from './cell-signals';
import type { HeaderReading } from './header-words';

export interface FieldScore {
  field: CanonicalField;
  /** 0–1: header and cells combined. */
  score: number;
  headerScore: number;
  /** Plain text, for the report: header words, then cell evidence. */
  reasons: string[];
}

export interface ColumnEvidence {
  index: number;
  header: string;
  reading: HeaderReading;
  profile: CellProfile;
  kind: CellKind;
  /** Every field with a score above zero, best first. */
  scores: FieldScore[];
}

// How far cells alone can carry each field. A column of dates is a date column whatever its
// header; Y/N cells cannot say *which* yes/no question, nor long text outcome from analysis,
// so those fields need their header's words too.
const CELL_AUTHORITY: Record<CanonicalField, number> = {
  date: 0.9,
  time: 0.85,
  endDate: 0.3,
  endTime: 0.3,
  agency: 0,
  team: 0.7,
  practitioner: 0.7,
  type: 0.85,
  subjects: 0.85,
  childSeen: 0.45,
  seenAlone: 0.3,
  description: 1,
  outcome: 0.3,
  analysis: 0.2,
  sourceRef: 0.8,
};
const FITS: Record<CanonicalField, readonly CellKind[]> = {
  date: ['date'],
  endDate: ['date'],
  time: ['time', 'id'],
  endTime: ['time', 'id'],
  childSeen: ['yesno'],
  seenAlone: ['yesno'],
  sourceRef: TEXT_KINDS,
  agency: TEXT_KINDS,
  team: TEXT_KINDS,
  practitioner: TEXT_KINDS,
  type: TEXT_KINDS,
  subjects: TEXT_KINDS,
  description: TEXT_KINDS,
  outcome: TEXT_KINDS,
  analysis: TEXT_KINDS,
};
// A column feeds a field only when its combined score reaches this.
export const ACCEPT_SCORE = 0.5;
// A header this sure is the agency's system naming the field: its cells are checked row by
// row later (a "Child seen" of "maybe" is an error to fix, not a reason to drop the column).
export const STRONG_HEADER = 0.85;
// Cells that plainly hold something else cut a weaker header's score to this share.
const MISFIT_FACTOR = 0.3;
// An id the system stamps on each audit or import row, not the agency's reference for the record.
// "Initial Category" beside "Final Category" (a control room's call type, then what it was):
// the first reading is what was reported, the later one what happened.
const FIRST_READING_WORDS: ReadonlySet<string> = new Set([
  'initial',
  'original',
  'opening',
  'provisional',
]);
/** A header naming the first reading of something a later column may correct ("Initial …"). */
export function isFirstReading(reading: HeaderReading): boolean {
  return reading.words.some((w) => FIRST_READING_WORDS.has(w));
}
const SYSTEM_ID_WORDS = new Set(['audit', 'row', 'line', 'import', 'batch']);
// A reference to a place (a housing system's "Prop Ref", a UPRN, premises) names the building,
// which many records share, like a postcode: not the record. Halved, so a case or record
// reference beside it is taken; alone, it stays below the threshold.
const PLACE_WORDS = new Set(['property', 'prop', 'uprn', 'premises', 'address']);
// Below this many words a cell, text is a label or rating ("High"), not an analysis.
const ANALYSIS_MIN_WORDS = 2.5;
const KIND_WORDS: Record<CellKind, string> = {
  empty: 'empty',
  date: 'dates',
  time: 'times',
  yesno: 'yes/no answers',
  id: 'codes',
  text: 'text',
};

/**
 * Scores every column for every field. A header signal h and a cell signal c combine as
 * independent evidence, 1 − (1 − h)(1 − c); c is first discounted by how strongly the header
 * names some *other* field ("Outcome" full of long text is not the description).
 */
export function scoreColumns(
  headers: readonly string[],
  readings: readonly HeaderReading[],
  profiles: readonly CellProfile[],
): ColumnEvidence[] {
  const kinds = profiles.map((p, i) => (numbersNamed(readings[i]!, p) ? 'id' : kindOf(p)));
  readings = readCodeLabels(readings, profiles);
  const longest = longestText(readings, profiles, kinds);
  const rowsAreCases = readings.some(
    (r, i) => r.caseRef && kinds[i] === 'id' && ownPerRow(profiles[i]!),
  );
  return headers.map((header, index) => {
    const reading = readings[index]!;
    const profile = profiles[index]!;
    const kind = kinds[index]!;
    const cells = cellSignals(reading, profile, kind, index === longest);
    const plain = isPlain(kind, profile);
    // A column of Mr, Mrs, Dr is how a person is addressed, whatever its header ("Title" reads
    // as an entry's heading): it is none of the event's fields.
    const titles = profile.sampled > 0 && profile.titles >= 0.8 * profile.sampled;
    const scores: FieldScore[] = [];
    for (const field of reading.notAField ? [] : CANONICAL_FIELDS) {
      const head = reading.fields[field];
      const h = head?.score ?? 0;
      // Only a header naming a field these cells could hold speaks against them.
      const hOther = Math.max(
        0,
        ...CANONICAL_FIELDS.filter(
          (f) => f !== field && (kind === 'empty' || FITS[f].includes(kind)),
        ).map((f) => reading.fields[f]?.score ?? 0),
      );
      const cell = cells[field];
      const c = (cell?.value ?? 0) * CELL_AUTHORITY[field] * (1 - hOther);
      let score = 1 - (1 - h) * (1 - c);
      const reasons = [head?.why, cell && cell.value > 0 ? cell.why : undefined];
      const misfit = kind !== 'empty' && !FITS[field].includes(kind);
      if (misfit && (h < STRONG_HEADER || plain)) {
        score *= MISFIT_FACTOR;
        reasons.push(`but its cells are ${KIND_WORDS[kind]}`);
      } else if (h < STRONG_HEADER && kind === 'empty') {
        score *= MISFIT_FACTOR;
        reasons.push('but every cell is empty');
      }
      if (field === 'sourceRef' && reading.words.some((w) => SYSTEM_ID_WORDS.has(w))) {
        score *= 0.5;
        reasons.push('but an audit or row id is the system’s, not the record’s reference');
      }
      if (field === 'sourceRef' && reading.words.some((w) => PLACE_WORDS.has(w))) {
        score *= 0.5;
        reasons.push('but a property’s reference names the place, not the record');
      }
      if (
        field === 'analysis' &&
        kind === 'text' &&
        h < STRONG_HEADER &&
        profile.meanWords < ANALYSIS_MIN_WORDS
      ) {
        score *= MISFIT_FACTOR;
        reasons.push('but its cells are one-word labels or ratings, not an analysis');
      }
      if (field === 'type' && isFirstReading(reading)) {
        score *= 0.9;
        reasons.push('but it is the first reading, which a later one may have corrected');
      }
      if (field === 'type' && reading.caseType && !rowsAreCases) {
        score *= 0.5;
        reasons.push('but it classifies the whole case, not each event');
      }
      if (titles) {
        score *= MISFIT_FACTOR;
        reasons.push('but its cells are courtesy titles (Mr, Mrs): part of a person’s name');
      }
      if (field === 'date' && reading.recordedWord) {
        reasons.push(`header word “${reading.recordedWord}”: perhaps when the record was typed`);
      }
      if (score > 0) {
        scores.push({ field, score, headerScore: h, reasons: reasons.filter(isText) });
      }
    }
    scores.sort((a, b) => b.score - a.score);
    return { index, header, reading, profile, kind, scores };
  });
}

/**
 * A coded list exported as two columns, "Action Code" (ARR1) beside "Action Description"
 * (Arrears Stage 1): the description is the code's label, so it is the event type, not the
 * free-text description. Only when its cells are short: a long "X Description" is still text.
 */
function readCodeLabels(
  readings: readonly HeaderReading[],
  profiles: readonly CellProfile[],
): HeaderReading[] {
  // The code columns' words before "code" ("act" of "Act Cd").
  const codeStems = readings
    .filter((r) => r.words.length >= 2 && CODE_WORDS.has(r.words.at(-1)!))
    .map((r) => r.words.slice(0, -1));
  return readings.map((r, i) => {
    const last = r.words.at(-1);
    if (r.words.length < 2 || !last || !LABEL_WORDS.has(last)) return r;
    const words = r.words.slice(0, -1);
    const stem = words.join(' ');
    const coded = codeStems.some((c) => c.length === words.length && c.every(shortens(words)));
    if (!coded || profiles[i]!.meanWords > 6) return r;
    const { description: _, ...fields } = r.fields;
    return {
      ...r,
      fields: {
        ...fields,
        type: { score: 0.9, why: `the label beside “${stem} code”: a coded list of what was done` },
      },
    };
  });
}
const LABEL_WORDS = new Set(['description', 'desc', 'text', 'label', 'name']);

/**
 * A code column's word is the label's word or a short form of it ("Act Cd" beside "Action
 * Text"): the same word, or its first three letters or more.
 */
const shortens =
  (words: readonly string[]) =>
  (short: string, k: number): boolean => {
    const word = words[k] ?? '';
    return short === word || (short.length >= 3 && word.startsWith(short));
  };
const CODE_WORDS = new Set(['code', 'cd']);

/**
 * Bare numbers that could be Excel serial dates, under a header that names a number or reference
 * and no date ("Incident #", "Log No"): record numbers, not dates (40211 is an incident, not
 * 2010).
 */
function numbersNamed(reading: HeaderReading, p: CellProfile): boolean {
  return (
    reading.fields.sourceRef !== undefined &&
    reading.fields.date === undefined &&
    p.sampled > 0 &&
    p.numberDates >= 0.8 * p.sampled
  );
}

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

const MIN_ROWS_FOR_CASES = 5;

/**
 * A case reference different on every row ("Case No" of an out-of-hours service, one call a
 * case): each row is a case of its own, so its "Case Type" is the event's type. A handful of
 * rows says nothing either way.
 */
function ownPerRow(profile: CellProfile): boolean {
  return profile.sampled >= MIN_ROWS_FOR_CASES && profile.distinct >= 0.95 * profile.sampled;
}
