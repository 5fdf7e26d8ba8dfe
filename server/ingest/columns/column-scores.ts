import { CANONICAL_FIELDS, type CanonicalField } from '../fields';
import type { CellProfile } from './cell-profile';
import type { HeaderReading } from './header-words';

/** What most of a column's cells are (80% or more; yes/no 90%), else text. */
export type CellKind = 'empty' | 'date' | 'time' | 'yesno' | 'id' | 'text';

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
const TEXT_KINDS: readonly CellKind[] = ['text', 'id'];
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
// A header this sure is the agency's system naming the field: its cells are checked row by
// row later (a "Child seen" of "maybe" is an error to fix, not a reason to drop the column).
export const STRONG_HEADER = 0.85;
// Cells that plainly hold something else cut a weaker header's score to this share.
const MISFIT_FACTOR = 0.3;
// Below this many cells, the optional fields' cell evidence counts for less: one "x2231" is
// not yet a column of codes.
const FULL_SAMPLE = 5;

const KIND_WORDS: Record<CellKind, string> = {
  empty: 'empty',
  date: 'dates',
  time: 'times',
  yesno: 'yes/no answers',
  id: 'codes',
  text: 'text',
};

/**
 * Cells this plain (written dates, Y/N) say what the column is even against its header:
 * "Seen" over dates is when, not who; "Seen?" over Y/N answers a question.
 */
function isPlain(kind: CellKind, p: CellProfile): boolean {
  // Three or more plain answers: one "x" (a tick, or a placeholder) proves nothing.
  if (kind === 'yesno') return p.sampled >= 3 && p.plainYesNo >= 0.9 * p.sampled;
  return kind === 'date' && p.dates - p.numberDates >= 0.8 * p.sampled;
}

export function kindOf(p: CellProfile): CellKind {
  if (p.sampled === 0) return 'empty';
  const share = (n: number) => n / p.sampled;
  if (share(p.dateLike) >= 0.8) return 'date';
  if (share(p.times) >= 0.8) return 'time';
  if (share(p.yesNo) >= 0.9) return 'yesno';
  if (share(p.ids) >= 0.8) return 'id';
  return 'text';
}

/** "1 word a cell on average", "24 words a cell on average". */
export function wordsPerCell(mean: number): string {
  const words = Math.round(mean);
  return `${words} word${words === 1 ? '' : 's'} a cell on average`;
}

export function pct(n: number, of: number): string {
  return `${Math.round((100 * n) / Math.max(of, 1))}%`;
}

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
  const kinds = profiles.map(kindOf);
  const longest = longestText(readings, profiles, kinds);
  return headers.map((header, index) => {
    const reading = readings[index]!;
    const profile = profiles[index]!;
    const kind = kinds[index]!;
    const cells = cellSignals(reading, profile, kind, index === longest);
    const plain = isPlain(kind, profile);
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

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

type CellSignal = { value: number; why: string };

function cellSignals(
  reading: HeaderReading,
  p: CellProfile,
  kind: CellKind,
  isLongest: boolean,
): Partial<Record<CanonicalField, CellSignal>> {
  const n = p.sampled;
  if (n === 0) return {};
  const share = (count: number) => count / n;
  const sample = Math.min(1, n / FULL_SAMPLE);
  const distinctRatio = p.distinct / n;
  const eg = `, e.g. “${p.example}”`;
  const signals: Partial<Record<CanonicalField, CellSignal>> = {};

  const dates = reading.notEventWord ? 0 : share(p.dates);
  const withTimes = p.dateTimes * 2 >= p.dates && p.dates > 0 ? ', with times' : '';
  const dateWhy = reading.notEventWord
    ? `header word “${reading.notEventWord}”: not the date an event happened`
    : `${pct(p.dates, n)} of cells are dates${withTimes}`;
  signals.date = { value: dates, why: dateWhy };
  signals.endDate = { value: dates, why: dateWhy };
  const digitTimes = reading.words.includes('time') ? p.digitTimes : 0;
  const times = {
    value: reading.notTimeWord ? 0 : Math.min(1, share(p.times + digitTimes)),
    why: `${pct(p.times + digitTimes, n)} of cells are times`,
  };
  signals.time = times;
  signals.endTime = times;
  const yesNo = { value: share(p.yesNo), why: `${pct(p.yesNo, n)} of cells are yes/no` };
  signals.childSeen = yesNo;
  signals.seenAlone = yesNo;

  const textiness = kind === 'text' ? Math.min(1, p.meanWords / 8) : 0;
  const repeated = n >= 5 && distinctRatio < 0.5;
  signals.description = {
    value: textiness * (isLongest ? 1 : 0.6) * (repeated ? 0.5 : 1),
    why: isLongest
      ? `the longest free text (${wordsPerCell(p.meanWords)})`
      : `free text (${wordsPerCell(p.meanWords)})`,
  };
  signals.outcome = { value: textiness, why: `free text (${wordsPerCell(p.meanWords)})` };
  signals.analysis = signals.outcome;

  // A type is short, and either repeats (few distinct values for many rows) or is known.
  const short = TEXT_KINDS.includes(kind) && p.meanWords <= 6;
  // One value on every row (an export's constant "Contact") says nothing about the type.
  const varies = p.distinct >= 2 || n < FULL_SAMPLE;
  const repetition = n >= 2 && varies ? Math.min(1, Math.max(0, (1 - distinctRatio) / 0.5)) : 0;
  const vocabulary = share(p.vocabulary);
  const otherShort = Math.max(share(p.people), share(p.roles), share(p.teams)) >= 0.5;
  const typeValue =
    short && !reading.notTypeWord ? Math.max(0.8 * repetition * sample, vocabulary) : 0;
  signals.type = {
    value: typeValue * (otherShort ? 0.4 : 1),
    why:
      vocabulary >= repetition
        ? `${pct(p.vocabulary, n)} of cells are known event types${eg}`
        : `short and repeated: ${p.distinct} different value${p.distinct === 1 ? '' : 's'} in ${n} cells${eg}`,
  };

  signals.sourceRef = {
    value: reading.notReferenceWord ? 0 : share(p.ids) * distinctRatio * sample,
    why: `${pct(p.ids, n)} of cells are codes${eg}`,
  };
  signals.subjects = {
    value: share(p.people) * sample,
    why: `${pct(p.people, n)} of cells list people${eg}`,
  };
  signals.practitioner = {
    value: share(p.roles) * sample,
    why: `${pct(p.roles, n)} of cells name a role${eg}`,
  };
  signals.team = {
    value: share(p.teams) * sample,
    why: `${pct(p.teams, n)} of cells name a team or service${eg}`,
  };
  return signals;
}

/**
 * The column of longest free text, among those whose header does not name another field:
 * usually the description (a second long column is the outcome or analysis, by its header).
 */
function longestText(
  readings: readonly HeaderReading[],
  profiles: readonly CellProfile[],
  kinds: readonly CellKind[],
): number {
  let best = -1;
  profiles.forEach((p, i) => {
    if (kinds[i] !== 'text' || p.meanWords < 3) return;
    const named = Object.entries(readings[i]!.fields).some(
      ([field, signal]) => field !== 'description' && signal.score >= 0.7,
    );
    if (named) return;
    if (best < 0 || p.meanLength > profiles[best]!.meanLength) best = i;
  });
  return best;
}
