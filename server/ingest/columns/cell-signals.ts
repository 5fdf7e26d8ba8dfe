import type { CanonicalField } from '../../contract/fields';
import { type CellProfile, ROLE_HEADER } from './cell-profile';
import type { HeaderReading } from './header-words';

/** What most of a column's cells are (80% or more; yes/no 90%), else text. */
export type CellKind = 'empty' | 'date' | 'time' | 'yesno' | 'id' | 'text';

export const TEXT_KINDS: readonly CellKind[] = ['text', 'id'];

// Below this many cells, the optional fields' cell evidence counts for less: one "x2231" is
// not yet a column of codes.
export const FULL_SAMPLE = 5;

/**
 * Cells this plain (written dates, Y/N) say what the column is even against its header:
 * "Seen" over dates is when, not who; "Seen?" over Y/N answers a question.
 */
export function isPlain(kind: CellKind, p: CellProfile): boolean {
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

export type CellSignal = { value: number; why: string };

const CODE_WORDS: ReadonlySet<string> = new Set(['code', 'cd']);
// How much less a bare code (`OP4471`) counts as a role than a role's own words do.
const STAFF_CODE_DISCOUNT = 0.5;

export function cellSignals(
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
  // A system's code list ("Obs Code": HV, TC, SD): codes of a few letters under a header saying
  // code are a closed list of kinds of event, however few rows repeat them yet.
  const codeList =
    reading.words.some((w) => CODE_WORDS.has(w)) && p.meanWords <= 1 && p.meanLength <= 4;
  const typeValue =
    short && !reading.notTypeWord
      ? Math.max(0.8 * (codeList ? Math.max(repetition, 0.5) : repetition) * sample, vocabulary)
      : 0;
  // "Female 34" describes the patient: repeated and short, but never what happened.
  const demographic = share(p.demographics) >= 0.5;
  // Every event has a kind: a column empty on most rows (a presenting complaint, written only
  // for attendances) names the kind of a few. Its cells count over the rows, filled or not.
  const filled = p.rows > 0 ? Math.min(1, n / p.rows) : 1;
  signals.type = {
    value: demographic ? 0 : typeValue * filled * (otherShort ? 0.4 : 1),
    why:
      vocabulary >= repetition
        ? `${pct(p.vocabulary, n)} of cells are known event types${eg}`
        : `short and repeated: ${p.distinct} different value${p.distinct === 1 ? '' : 's'} in ${n} cells${eg}`,
  };

  signals.sourceRef = {
    value: reading.notReferenceWord ? 0 : share(p.ids) * distinctRatio * sample,
    why: `${pct(p.ids, n)} of cells are codes${eg}`,
  };
  // Names count only under a header naming someone ("Patient", "subjectName"): a column of
  // Title Case words may as well be types.
  const personHeader = (reading.fields.subjects?.score ?? 0) > 0;
  // A titled professional ("Dr A Patel") is the practitioner, not a subject.
  const named = personHeader ? Math.max(0, share(p.names) - share(p.roles)) : 0;
  const people = Math.max(share(p.people), named);
  signals.subjects = {
    value: people * sample,
    why:
      people > share(p.people)
        ? `${pct(p.names, n)} of cells name a person${eg}`
        : `${pct(p.people, n)} of cells list people${eg}`,
  };
  // "Grade" of "G1", "Priority" of "P2": codes of a rating, not staff codes or teams.
  const rating = reading.notTypeWord !== null;
  // Under "Referrer Agency", "Police" is the other agency, not this agency's team.
  const elsewhere = reading.counterpartWord !== null;
  // A bare code (`OP4471`) counts half: in real exports that shape is as often a grade, a school
  // year, an action code or a record number as a staff code, so cells of it alone do not make
  // the practitioner; a header naming the person (`Officer`, `OIC`) still does.
  const roles = p.roles - STAFF_CODE_DISCOUNT * p.staffCodes;
  // Under a header that is a role ("IDVA", "Social Worker"), names are of who held it.
  const roleNamed = ROLE_HEADER.test(reading.words.join(' ')) ? share(p.names) : 0;
  signals.practitioner = {
    value: rating ? 0 : Math.max(share(roles), roleNamed) * sample,
    why:
      roleNamed > share(roles)
        ? `${pct(p.names, n)} of cells name a person, under a header naming a role${eg}`
        : p.staffCodes > 0
          ? `${pct(p.roles, n)} of cells name a role or are staff codes${eg}`
          : `${pct(p.roles, n)} of cells name a role${eg}`,
  };
  signals.team = {
    value: rating || elsewhere ? 0 : share(p.teams) * sample,
    why: `${pct(p.teams, n)} of cells name a team or service${eg}`,
  };
  return signals;
}

/**
 * The column of longest free text, among those whose header does not name another field:
 * usually the description (a second long column is the outcome or analysis, by its header).
 */
export function longestText(
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
