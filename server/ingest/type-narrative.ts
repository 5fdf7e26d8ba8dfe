import typeWords from './data/type-words.json';
import { injurySeenIn } from './injury-seen';
import { ownContactOf, readForKind } from './type-agency';
import {
  fromMarac,
  matcherFor,
  narrowerOf,
  WORRY_CODES,
  type TypeDecision,
  type TypeSources,
} from './type-codes';
import type { TypeMatch } from './type-match';
import { DETERMINERS, purposeBefore } from './type-purpose';
import { keyedText, readTypeText, type TypeText } from './type-words';

// What a description says happened: the best type named in a narrative (its first sentence,
// not what caused it or where it was), a failed contact, an injury seen, a referral's direction.
// Used by the rules of type-context.ts and by decideEventType (vocabulary.ts).

// A description of more words than this (stopwords aside) is a narrative, not a label: one word
// shared by several types ("visit", "call") is not enough there, though it is in a type cell.
const LONG_TEXT_WORDS = 5;

// "Referral to X" went out; "Referral from X" came in.
const DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['to', 'referral.sent'],
  ['from', 'referral.received'],
]);

/**
 * A contact named as a noun with where it went ("Call to nursery", "Letter to mother"): a
 * statement of what happened. Not a verb ("called to say", "phoned to ask"): there "to" begins
 * the purpose, not the destination.
 */
export function outgoing(match: TypeMatch): boolean {
  const word = (match.words[0] ?? '').toLowerCase();
  return (
    match.code.startsWith('contact.') &&
    match.words.length === 1 &&
    match.followedBy === 'to' &&
    !/(ed|ing)$/.test(word)
  );
}

/** A referral's direction as its words say it ("Referral from Eastmere MASH"), or null. */
export function directed(match: TypeMatch): string | null {
  if (match.code !== 'referral.sent' && match.code !== 'referral.received') return null;
  return DIRECTIONS.get(match.followedBy ?? '') ?? null;
}

// A type cell that names only how the contact was made (face to face, telephone, clinic).
const FORMS: ReadonlySet<string> = new Set(['contact.office', 'contact.phone', 'contact.message']);
// What happened at a contact, when the description says so: an injury seen, a concern, a
// service's own contact (IDVA, antenatal), a failed contact. Not domestic abuse: abuse talked
// about at an appointment is what was discussed; the incident happened elsewhere.
const HAPPENED: ReadonlySet<string> = new Set([
  'referral.received',
  'incident.injury',
  'concern',
  'adult.concern',
  'idva.contact',
  'health.emergency',
  'health.antenatal',
  'health.postnatal',
  'health.development',
  'health.birth',
  'critical',
  'contact.not-brought',
  'contact.no-access',
  'disclosure',
  'risk.assessment',
  // An assessment is done at a contact, by phone as at an office: "Office Visit" with "Initial
  // assessment completed" is the assessment. What a contact only talks about (a breach, a
  // referral) stays the contact.
  'assessment.start',
  'assessment.complete',
]);
const FAILED: ReadonlySet<string> = new Set(['contact.not-brought', 'contact.no-access']);
// The contacts whose description may say what they were made for (`purposeBefore`).
const MADE_FOR: ReadonlySet<string> = new Set([
  'contact.phone',
  'contact.message',
  'contact.office',
]);
// Another agency or professional named in a contact's type cell ("Telephone call to police").
const OTHERS: ReadonlySet<string> = new Set(
  [
    ...typeWords.sharedWithProfessionals.professionals,
    ...typeWords.informationFromAgencies.agencies,
  ].filter((w) => w !== 'idva'),
);
// A message carries what it sends: an email whose first sentence is a referral or records sent
// is that referral, or that information shared ("EMAIL": "Safeguarding referral emailed to the
// Front Door"). A call or a visit where a referral is named may only have talked about one.
// Face to face says how, not where: a description that opens with a home visit says where.
const SEEN_HAPPENED: ReadonlySet<string> = new Set([...HAPPENED, 'contact.home-visit']);
const CARRIED: ReadonlySet<string> = new Set(['referral.sent', 'info.shared', 'marac.referral']);
const MESSAGE_HAPPENED: ReadonlySet<string> = new Set([
  ...[...HAPPENED].filter((c) => !FAILED.has(c)),
  ...CARRIED,
]);

/**
 * What happened decides the code, not the form of contact: a "Face to face" whose description
 * is a bruise on a baby is the injury, a "Telephone" that is an IDVA's first call is the IDVA
 * contact, and a "Visit" or "Clinic" whose description says nobody answered or the child was
 * not brought is the failed contact. Read only for cells typed as a form of contact.
 */
export function whatHappened(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  if (cell.basis.from !== 'type cell') return null;
  if (cell.code === 'contact.not-brought') return visitFailed(sources.description ?? '', sources);
  // A message that got no reply was still sent: only a call or a meeting fails.
  const allowed =
    cell.code === 'contact.message'
      ? MESSAGE_HAPPENED
      : cell.code === 'contact.office'
        ? SEEN_HAPPENED
        : FORMS.has(cell.code)
          ? HAPPENED
          : cell.code === 'contact.home-visit'
            ? FAILED
            : null;
  if (!allowed || !sources.description) return null;
  const best = bestInNarrative(
    sources.description,
    false,
    sources.agencyKind,
    cell.code === 'contact.message' ? CARRIED : undefined,
  );
  // A failed contact is said first ("No reply at the flat."), or right after a first sentence
  // that only says where the visit went ("Visit to mother's address. No one home."); later
  // sentences report other things missed or people not seen ("They have missed HV
  // appointments", "Father not seen").
  const failedLater =
    best !== null &&
    FAILED.has(best.code) &&
    !saidFirst(best, sources.description, sources.agencyKind);
  // An injury is decided by what was seen (below), not by an injury word the matcher found.
  // A referral is read with its direction and the agency's kind ("Referral from MARAC" came in).
  const said =
    best && narrativeDecision(best, 'description', sources.description, sources.agencyKind);
  // Where a face-to-face contact was is said first ("Home visit. Mum engaging."); a visit named
  // later is talked about ("Office visit": "... No home visit to her address.").
  const visitLater =
    best !== null &&
    best.code === 'contact.home-visit' &&
    readTypeText(sources.description).sentence[best.start] !== 0;
  // What a call, a message or a meeting at an office or clinic was made to do or was about ("Call
  // to Kerry to rebook weight check", "rang mother to discuss missed appointments", "Mother came
  // to office to discuss contact") was talked about: the contact is what happened. At an office
  // or clinic only what it was to discuss counts (`TALKING`), and an injury seen there is still
  // found (`injurySeenAt`).
  const purpose = () =>
    MADE_FOR.has(cell.code) &&
    purposeBefore(
      readTypeText(sources.description ?? ''),
      best?.start ?? 0,
      cell.code === 'contact.office',
    );
  if (
    said &&
    allowed.has(said.code) &&
    !failedLater &&
    !visitLater &&
    said.code !== 'incident.injury' &&
    !purpose()
  )
    // A worry at a face-to-face contact whose ground is an injury seen there ("brought by mum
    // with bruise to L ear, noticed this morning") is the injury the practitioner saw.
    return (WORRY_CODES.has(said.code) && injurySeenAt(cell, sources.description)) || said;
  return injurySeenAt(cell, sources.description);
}

// How a contact was made with the person a service serves: a call, face to face. A message
// stays a message ("Text": "Checking in, call me when safe"); a visit stays where it was.
const SERVICE_FORMS: ReadonlySet<string> = new Set(['contact.phone', 'contact.office']);
// What a service does with other agencies, not with the person it serves: a call that was a
// referral, information passed on, a MARAC or another meeting is that, whoever made it.
const WITH_AGENCIES: ReadonlySet<string> = new Set([
  'referral.sent',
  'referral.received',
  'referral.acknowledged',
  'info.shared',
  'marac.referral',
  'marac.meeting',
  'meeting.planning',
  'meeting.conference',
  'meeting.core-group',
  'strategy',
]);

/**
 * At a service with a contact code of its own (an IDVA service, named so by the agency's name:
 * `ownContactOf`), a type cell that says only how the contact was made ("Telephone",
 * "Tel – outbound", "Face to Face") is the service's contact with the person it serves: an
 * IDVA's call with the victim is `idva.contact`, whatever the call was about ("Client reports
 * perpetrator came to house yesterday"). Not when the description says it was done with
 * another agency (a referral, information shared, a MARAC), nor when the cell names who else
 * it was with ("Telephone call to police"). Read after `whatHappened`, so a call that was a
 * risk assessment or had no answer is that.
 */
export function ownContact(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  if (cell.basis.from !== 'type cell' || !SERVICE_FORMS.has(cell.code)) return null;
  const code = ownContactOf(sources.agencyName);
  if (!code) return null;
  if (keyedText(sources.typeText ?? '').words.some((w) => OTHERS.has(w))) return null;
  const text = sources.description ?? '';
  const best = bestInNarrative(text, false, sources.agencyKind);
  const said = best && narrativeDecision(best, 'description', text, sources.agencyKind);
  if (said && WITH_AGENCIES.has(said.code)) return null;
  return { code, basis: { from: 'type cell', words: cell.basis.words } };
}

/**
 * A failed contact said in the first sentence, or opening the second after a first that names
 * the visit ("Visit to mother's address. No one home.").
 */
function saidFirst(failed: TypeMatch, text: string, kind: string | undefined): boolean {
  const read = readTypeText(text);
  const sentence = read.sentence[failed.start] ?? 0;
  if (sentence === 0) return true;
  const opens = read.sentence[failed.start - 1] !== sentence;
  // "Not seen" there is someone not seen at a visit that happened ("Not seen alone").
  const nobodyThere = !failed.words.some((w) => w.toLowerCase() === 'seen');
  if (!nobodyThere) return false;
  const visits = matcherFor(kind)
    .matches(read, { inOrder: true, everyMatch: true })
    .filter((m) => m.code === 'contact.home-visit');
  // Or in the same sentence as the visit, after it: "Absent 3 days. Home visit: no answer."
  if (visits.some((m) => read.sentence[m.start] === sentence && m.end < failed.start)) return true;
  return sentence === 1 && opens && visits.some((m) => read.sentence[m.start] === 0);
}

/**
 * A "DNA" whose description's first sentence is a home visit nobody answered ("No answer at
 * home visit.") is a failed visit: the practitioner went to the person, so no appointment was
 * missed (corpus decisions: a failed visit is `contact.no-access`, however it is typed).
 */
function visitFailed(text: string, sources: TypeSources): TypeDecision | null {
  const read = readTypeText(text);
  const first = matcherFor(sources.agencyKind)
    .matches(read, { inOrder: true, everyMatch: true })
    .filter((m) => read.sentence[m.start] === 0);
  const noAccess = first.find((m) => m.code === 'contact.no-access');
  if (!noAccess || !first.some((m) => m.code === 'contact.home-visit')) return null;
  return { code: 'contact.no-access', basis: { from: 'description', words: noAccess.words } };
}

// Where a practitioner is with the person: an injury recorded there was seen.
const FACE_TO_FACE: ReadonlySet<string> = new Set(['contact.office', 'contact.home-visit']);

/**
 * An injury seen at a face-to-face contact ("Anxiety, tearful. Bruising to forearms seen.",
 * "Baby brought with bruise to cheek") is the injury, in any sentence: an injury seen is what
 * the practitioner found, not what was talked about. A telephone call sees nothing.
 */
function injurySeenAt(cell: TypeDecision, description: string): TypeDecision | null {
  if (!FACE_TO_FACE.has(cell.code)) return null;
  // An examination's finding ("Fading bruising L forearm") is read at a consultation: at a
  // home visit the corpus keeps the visit when a bruise is only listed beside the child seen
  // ("Kai seen, bruise to forehead"), and an injury there must be said to be seen.
  const words = injurySeenIn(description, { findings: cell.code === 'contact.office' });
  return words ? { code: 'incident.injury', basis: { from: 'description', words } } : null;
}

const CAUSES: ReadonlySet<string> = new Set(typeWords.causes);

/** A causal word ("following", "after") earlier in the sentence of the word at `start`. */
function causeBefore(read: TypeText, start: number): boolean {
  const sentence = read.sentence[start];
  for (let i = start - 1; i >= 0 && read.sentence[i] === sentence; i--) {
    if (CAUSES.has((read.surface[i] ?? '').toLowerCase())) return true;
  }
  return false;
}

// Words before a place: "in the house", "at school", "outside the flat".
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'outside', 'near']);

/**
 * A single word of a narrative that says where ("children in the house", "seen at school"):
 * the place, not what happened there.
 */
function where(read: TypeText, m: TypeMatch): boolean {
  if (m.words.length !== 1) return false;
  let i = m.start - 1;
  if (DETERMINERS.has((read.surface[i] ?? '').toLowerCase())) i--;
  return PLACE_WORDS.has((read.surface[i] ?? '').toLowerCase());
}

/**
 * A description or outcome: a negating type anywhere ("Visit made. No access."), else the
 * first sentence that names a type ("ICPC held. Child made subject of a CP plan." is the
 * conference; what follows is its outcome).
 */
export function bestInNarrative(
  text: string,
  strict: boolean,
  kind?: string,
  carried?: ReadonlySet<string>,
): TypeMatch | null {
  if (!text.trim()) return null;
  const read = readTypeText(text);
  const long = strict || read.words.length > LONG_TEXT_WORDS;
  // A referral followed by where it went or came from ("Referral to MASH"), or a contact by
  // where it went ("Call to nursery"), is a statement of what happened, however common the
  // word.
  const strong = (m: TypeMatch | undefined) =>
    m &&
    !(long && where(read, m)) &&
    (!long ||
      m.overrides ||
      m.strength >= 2 ||
      m.weight >= 1 ||
      m.stemCount >= 2 ||
      directed(m) !== null ||
      outgoing(m))
      ? m
      : null;
  const every = matcherFor(kind).matches(read, { inOrder: true, everyMatch: true });
  // A form of contact ("emailed") gives way to what it carried (`carried`: a referral, records)
  // named in its sentence: "Referral emailed to MASH" is the referral.
  const sentenceOf = (m: TypeMatch) => read.sentence[m.start] ?? 0;
  const all = carried
    ? every.filter(
        (m) =>
          !FORMS.has(m.code) ||
          !every.some((o) => carried.has(o.code) && sentenceOf(o) === sentenceOf(m) && strong(o)),
      )
    : every;
  // What follows "following" or "after" is what led to the event, not the event: "Strat disc
  // with police following WNB" is the strategy discussion. Dropped when a strong match stands
  // before the causal word in the same sentence.
  const caused = (m: TypeMatch) => causeBefore(read, m.start);
  const uncaused = all.filter((m) => !caused(m));
  const ranked = uncaused.some((m) => strong(m) && all.some((c) => caused(c))) ? uncaused : all;
  if (ranked[0]?.overrides) return strong(ranked[0]);
  // Best first, so among the strong matches of the earliest sentence the best is found first.
  let found: TypeMatch | null = null;
  for (const m of ranked) {
    if (!strong(m)) continue;
    if (!found || (read.sentence[m.start] ?? 0) < (read.sentence[found.start] ?? 0)) found = m;
  }
  // A narrower code named in the same clause ("MARAC referral sent") is which it was, as in a
  // type cell.
  const clause = found && read.clause[found.start];
  return found && narrowerOf(ranked, found, (m) => read.clause[m.start] === clause && !!strong(m));
}

const ATTENDED = /^attend/i;

/**
 * Outside the police, a cell read as a police attendance only through an attendance word
 * ("Attended – F2F", "OP ATTENDANCE", "Ward attender") says that the person came: an outcome,
 * not what happened. It is a contact at the office or clinic, and says little, so a description
 * that names what happened decides ("Home visit.", "HTT assessment at home.").
 */
export function attendedOnly(
  cell: TypeDecision | null,
  kind: string | undefined,
): TypeDecision | null {
  if (kind === undefined || kind === 'police' || !cell || cell.basis.from === 'type map')
    return null;
  if (cell.code !== 'incident.police' || !cell.basis.words.every((w) => ATTENDED.test(w)))
    return null;
  return { code: 'contact.office', basis: cell.basis };
}

export function narrativeDecision(
  best: TypeMatch,
  from: 'description' | 'outcome',
  text: string,
  kind: string | undefined,
): TypeDecision {
  const code = directed(best) ?? fromMarac(best, text) ?? readForKind(best.code, text, kind);
  const decided = { code, basis: { from, words: best.words } };
  // "Attended BBR session 4" at probation: the person came, as in a type cell (`attendedOnly`).
  return attendedOnly(decided, kind) ?? decided;
}
