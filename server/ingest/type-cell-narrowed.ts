// A type cell that names an event only broadly (a family in one word, a form of contact at a
// place of that family, a meeting of no named kind, two events of one family as alternatives)
// and a description that says which it was. Split from type-context.ts, whose other rules read
// the rest of a row beside the cell; each is called by decideEventType (vocabulary.ts).
import typeWords from './data/type-words.json';
import {
  decideFromTypeCell,
  matcherFor,
  type TypeDecision,
  type TypeMap,
  type TypeSources,
} from './type-codes';
import type { TypeMatch } from './type-match';
import { bestInNarrative, narrativeDecision } from './type-narrative';
import { keyedText, NEGATIONS, readTypeText } from './type-words';

const NO_MAP: TypeMap = new Map();
const REFINED: ReadonlySet<string> = new Set(typeWords.refinedFamilies);

/**
 * A cell that names a family of events in one word ("Court", "Custody - Bail", "MARAC") and a description
 * that says which of the family it was ("non-molestation order granted", "bail conditions",
 * "Referral to MARAC"): the description's own code. Only the families in `refinedFamilies`.
 */
export function refined(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  const family = cell.code.split('.')[0] ?? '';
  // Only a cell that names the family in one word: "Breach of bail" already says which.
  if (cell.basis.from !== 'type cell' || !REFINED.has(family) || cell.basis.words.length !== 1)
    return null;
  const text = sources.description ?? '';
  const best = bestInNarrative(text, false, sources.agencyKind);
  // Narrower than the cell, or beside it: a cell that already names one of the family
  // ("Breach") is not made the family's broad code by a description that says "court".
  const ofFamily = (code: string) =>
    code !== cell.code &&
    code.split('.')[0] === family &&
    (code !== family || !cell.code.includes('.'));
  if (best && ofFamily(best.code))
    return narrativeDecision(best, 'description', text, sources.agencyKind);
  // The description may first say where or why ("Supported client at Family Court.
  // Non-molestation order granted"): the family's narrower code said later, not as where
  // something went ("to MARAC") nor denied ("started; not completed"), is which of the family
  // it was. Only under a cell naming no more than the family ("Court", "MARAC"): "Breach NMO"
  // already says which.
  const named = cell.basis.words.join(' ').toLowerCase();
  if (cell.code.includes('.') && named !== family) return null;
  const read = readTypeText(text);
  // A negation among the words the match reaches over, not one of its own ("Non-molestation").
  const denied = (m: TypeMatch) =>
    read.surface
      .slice(m.start, m.end + 1)
      .some((w) => NEGATIONS.has(w.toLowerCase()) && !m.words.includes(w));
  const later = matcherFor(sources.agencyKind)
    .matches(read, { inOrder: true, everyMatch: true })
    .filter((m) => ofFamily(m.code) && !m.afterLink && m.stemCount >= 2 && !denied(m))
    .sort((a, b) => a.start - b.start)[0];
  return later ? narrativeDecision(later, 'description', text, sources.agencyKind) : null;
}

// A type cell that names only how the contact was made.
const CONTACT_FORMS: ReadonlySet<string> = new Set(['contact.office', 'contact.phone']);

/**
 * A form of contact at a place that names a family ("F2F – court", "Tel – court"): the IDVA or
 * the probation officer was there with the person, and what the description says the court did
 * ("Restraining order made") is the record, as under a cell that says only "Court" (`refined`).
 * When it names nothing narrower, the contact stands.
 */
export function formAtFamily(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  if (cell.basis.from !== 'type cell' || !CONTACT_FORMS.has(cell.code)) return null;
  const formWords = new Set(cell.basis.words.map((w) => w.toLowerCase()));
  const place = matcherFor(sources.agencyKind)
    .matches(sources.typeText ?? '')
    .find(
      (m) =>
        m.words.length === 1 &&
        REFINED.has(m.code.split('.')[0] ?? '') &&
        !formWords.has((m.words[0] ?? '').toLowerCase()),
    );
  if (!place) return null;
  return refined({ code: place.code, basis: { from: 'type cell', words: place.words } }, sources);
}

// Words of a cell that names a meeting but not which kind ("Multi-agency meeting").
const GENERIC_MEETING: ReadonlySet<string> = new Set(typeWords.genericMeeting.words);
const MEETING_KINDS: ReadonlySet<string> = new Set(typeWords.genericMeeting.kinds);
const NOT_HELD: ReadonlySet<string> = new Set([
  ...typeWords.familyTold.notYet,
  ...typeWords.genericMeeting.notHeld,
]);

/**
 * A cell that names a meeting but not which ("Multi-agency meeting", "Professionals meeting")
 * and a description whose first sentence names the kind ("DSL attended strategy discussion on
 * Teams"): that kind. The cell's reading stands when the description names none.
 */
export function meetingSaid(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  if (cell.basis.from !== 'type cell' || !MEETING_KINDS.has(cell.code)) return null;
  const { words } = keyedText(sources.typeText ?? '');
  if (!words.length || !words.every((w) => GENERIC_MEETING.has(w))) return null;
  const read = readTypeText(sources.description ?? '');
  // Not a meeting still to be held ("Strategy discussion to be arranged").
  const first = read.surface.filter((_, i) => read.sentence[i] === 0);
  if (first.some((w) => NOT_HELD.has(w.toLowerCase()))) return null;
  const kind = matcherFor(sources.agencyKind)
    .matches(read, { inOrder: true, everyMatch: true })
    .filter((m) => MEETING_KINDS.has(m.code) && read.sentence[m.start] === 0 && !m.afterLink)
    .sort((a, b) => a.start - b.start)[0];
  return kind && kind.code !== cell.code
    ? { code: kind.code, basis: { from: 'description', words: kind.words } }
    : null;
}

/**
 * A cell that names two events of one family as alternatives ("Discharge / transfer", a
 * system's combined category) and a description that says which it was ("Transfer from HTT
 * to CMHT"): that one. Each part must be read as a code of the same family on its own.
 */
export function alternativeSaid(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  const typeText = sources.typeText ?? '';
  if (cell.basis.from !== 'type cell' || !typeText.includes('/')) return null;
  const parts = typeText.split('/').filter((p) => p.trim());
  if (parts.length < 2) return null;
  const codes = parts.map((p) => decideFromTypeCell(p, NO_MAP, sources.agencyKind)?.code);
  const family = (code: string | undefined) => code?.split('.')[0];
  if (codes.some((c) => !c || family(c) !== family(cell.code)) || new Set(codes).size < 2)
    return null;
  // The alternative the description names first, in its first sentence: the cell has already
  // said it is one of them, so one word of it is enough ("Transfer from HTT to CMHT").
  const read = readTypeText(sources.description ?? '');
  const first = matcherFor(sources.agencyKind)
    .matches(read, { inOrder: true, everyMatch: true })
    .filter((m) => codes.includes(m.code) && read.sentence[m.start] === 0 && !m.afterLink)
    .sort((a, b) => a.start - b.start)[0];
  return first && first.code !== cell.code
    ? { code: first.code, basis: { from: 'description', words: first.words } }
    : null;
}
