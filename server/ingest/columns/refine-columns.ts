import type { CanonicalField } from '../../contract/fields';
import {
  ACCEPT_SCORE,
  type ColumnEvidence,
  type FieldScore,
  isFirstReading,
  STRONG_HEADER,
} from './column-scores';
import { FULL_SAMPLE } from './cell-signals';
import type { DateOrder } from './date-order';

/**
 * Habits of real exports that one column's score cannot see, because they depend on the other
 * columns of the file. Each rule changes `chosen` in place; see docs/uploading.md.
 */
export function refine(
  evidence: readonly ColumnEvidence[],
  chosen: Map<number, FieldScore>,
  used: Set<CanonicalField>,
  dateColumn: ColumnEvidence | undefined,
  order: (a: number, b: number) => DateOrder,
): void {
  const isFree = (e: ColumnEvidence) => !chosen.has(e.index) && e.header.trim() !== '';
  const columnOf = (field: CanonicalField) =>
    evidence.find((e) => chosen.get(e.index)?.field === field);
  const scoreOf = (e: ColumnEvidence, field: CanonicalField) =>
    e.scores.find((s) => s.field === field);

  // An end date is on or after the event's date in every row (Departure after Arrival). A
  // column that ends before it starts is some other date: kept as written. A header that names
  // the end plainly ("End date") stays, and each bad row is reported to be fixed.
  const end = columnOf('endDate');
  if (end && dateColumn && (chosen.get(end.index)?.headerScore ?? 0) < STRONG_HEADER) {
    const o = order(dateColumn.index, end.index);
    if (o === 'after' || o === 'mixed') {
      chosen.delete(end.index);
      used.delete('endDate');
    }
  }

  // "Staff Role" or "Grade" beside "Done By" / "Clinician": the role is the person's, and the
  // practitioner is the column naming the person.
  const practitioner = columnOf('practitioner');
  if (practitioner?.reading.roleOnly) {
    const person = evidence
      .filter((e) => isFree(e) && !e.reading.roleOnly)
      .map((e) => ({ e, s: scoreOf(e, 'practitioner') }))
      .filter((c): c is { e: ColumnEvidence; s: FieldScore } => (c.s?.score ?? 0) >= ACCEPT_SCORE)
      .sort((a, b) => b.s.score - a.s.score)[0];
    if (person) {
      chosen.delete(practitioner.index);
      chosen.set(person.e.index, {
        ...person.s,
        reasons: [...person.s.reasons, `names the person; “${practitioner.header}” gives a role`],
      });
    }
  }

  // The only long free text is what happened, even under "Comments": an analysis column exists
  // only beside a description.
  const analysis = columnOf('analysis');
  if (!used.has('description') && analysis && analysis.kind === 'text') {
    if (analysis.profile.meanWords >= 3) {
      const s = chosen.get(analysis.index)!;
      chosen.set(analysis.index, {
        ...s,
        field: 'description',
        reasons: [...s.reasons, 'the only long free text, so it says what happened'],
      });
      used.delete('analysis');
      used.add('description');
    }
  }

  // A span written as a pair of headers that differ only by its start and end words
  // ("Committed From" / "Committed To", "Step Started" / "Step Completed", "ArrivalDtTm" /
  // "DepartDtTm", "From" / "To" over times): the second is the end, when its cells are of the
  // same kind and, for dates, it never ends before the start.
  for (const [field, endField] of SPAN_FIELDS) {
    const start = columnOf(field);
    if (!start || used.has(endField)) continue;
    const startStem = spanStem(start.reading.words, START_WORDS);
    if (startStem === null) continue;
    const end = evidence.find(
      (e) =>
        isFree(e) &&
        e.kind === start.kind &&
        spanStem(e.reading.words, END_WORDS) === startStem &&
        (field !== 'date' || !['after', 'mixed'].includes(order(start.index, e.index))),
    );
    if (!end) continue;
    chosen.set(end.index, {
      field: endField,
      score: 0.7,
      headerScore: 0.6,
      reasons: [`the end of the span that “${start.header}” starts`],
    });
    used.add(endField);
  }

  // Two columns headed as a type (Epic's ENC_TYPE_NAME beside NOTE_TYPE, a case system's
  // "Contact Type" beside "Note Type"): the one whose cells name a known event type on more
  // rows says what happened; the other classifies the note or the record. Its cells, not a few
  // points of header score, decide. Rows count whether filled or not: a column filled only on
  // some rows (a presenting complaint, only for attendances) names no kind for the others.
  // Of two as telling, the score's choice stands.
  const type = columnOf('type');
  const typeScore = type && chosen.get(type.index);
  if (type && typeScore && typeScore.headerScore >= STRONG_HEADER) {
    const rival = evidence
      // A first reading ("Initial Category") stays behind the later one that corrects it.
      .filter((e) => isFree(e) && e.scores[0]?.field === 'type' && !isFirstReading(e.reading))
      .map((e) => ({ e, s: e.scores[0]! }))
      .filter((c) => c.s.score >= ACCEPT_SCORE && c.s.headerScore >= STRONG_HEADER)
      .filter((c) => knownShare(c.e) > knownShare(type))
      .sort((a, b) => knownShare(b.e) - knownShare(a.e) || b.s.score - a.s.score)[0];
    if (rival) {
      chosen.delete(type.index);
      chosen.set(rival.e.index, {
        ...rival.s,
        reasons: [
          ...rival.s.reasons,
          `its cells name a known event type more often than “${type.header}”'s`,
        ],
      });
    }
  }

  // A client's or case's reference repeats on each of its records ("clientRef" KDA-0412 on
  // every contact); a column of codes that differs on every row ("contactNo" KDA-0412-03) is
  // the record's own, which a reviewer cites. Only between two columns headed as references.
  const reference = columnOf('sourceRef');
  if (reference && distinctShare(reference) <= 0.5) {
    const own = evidence
      .filter((e) => isFree(e) && e.kind === 'id' && distinctShare(e) >= 0.9)
      .map((e) => ({ e, s: scoreOf(e, 'sourceRef') }))
      .filter(
        (c): c is { e: ColumnEvidence; s: FieldScore } =>
          (c.s?.score ?? 0) >= ACCEPT_SCORE && (c.s?.headerScore ?? 0) > 0,
      )
      .sort((a, b) => b.s.score - a.s.score)[0];
    if (own) {
      chosen.delete(reference.index);
      chosen.set(own.e.index, {
        ...own.s,
        reasons: [
          ...own.s.reasons,
          `differs on every row: the record’s own; “${reference.header}” repeats, a case’s`,
        ],
      });
    }
  }

  // "Attended (Y/N)" answers whether the person came. In a file of appointments (a header says
  // appointment, slot, clinic or booked) the child attending is the child seen; elsewhere
  // (police "Attended" an incident) it says nothing about the child.
  if (!used.has('childSeen')) {
    const appointments = evidence.some((e) => e.reading.words.some((w) => APPOINTMENT.has(w)));
    const attended = evidence.find(
      (e) => isFree(e) && e.kind === 'yesno' && e.reading.words.some((w) => ATTENDED.has(w)),
    );
    if (appointments && attended) {
      chosen.set(attended.index, {
        field: 'childSeen',
        score: 0.7,
        headerScore: 0.6,
        reasons: [
          `header word “${attended.reading.words.find((w) => ATTENDED.has(w))}” in a file of appointments: the child attending was seen`,
        ],
      });
      used.add('childSeen');
    }
  }
}

/** The share of a column's sampled cells that differ from each other. */
function distinctShare(e: ColumnEvidence): number {
  return e.profile.sampled >= FULL_SAMPLE ? e.profile.distinct / e.profile.sampled : 1;
}

/** The share of the rows looked at whose cell in this column the event vocabulary knows. */
function knownShare(e: ColumnEvidence): number {
  return e.profile.rows > 0 ? e.profile.vocabulary / e.profile.rows : 0;
}

const SPAN_FIELDS: ReadonlyArray<[CanonicalField, CanonicalField]> = [
  ['date', 'endDate'],
  ['time', 'endTime'],
];
const START_WORDS = new Set([
  'from',
  'start',
  'started',
  'begin',
  'began',
  'arrival',
  'arrived',
  'in',
]);
const END_WORDS = new Set([
  'to',
  'end',
  'ended',
  'until',
  'completed',
  'finish',
  'finished',
  'depart',
  'departure',
  'departed',
  'out',
]);

/**
 * The header's other words, once its one start (or end) word is taken out ("committed" of
 * "Committed From", "dt tm" of "ArrivalDtTm"); null when it has no such word.
 */
function spanStem(words: readonly string[], marks: ReadonlySet<string>): string | null {
  const at = words.findIndex((w) => marks.has(w));
  if (at < 0 || words.findIndex((w, i) => i > at && marks.has(w)) >= 0) return null;
  return words.filter((_, i) => i !== at).join(' ');
}

const APPOINTMENT = new Set([
  'appt',
  'appointment',
  'appointments',
  'slot',
  'clinic',
  'booked',
  'encounter',
]);
const ATTENDED = new Set(['attended', 'attendance', 'attend', 'dna']);
