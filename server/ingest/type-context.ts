import typeWords from './data/type-words.json';
import {
  complaintCodeFor,
  isReasonHeader,
  isReportedCode,
  otherwiseForKind,
  readForKind,
  receivesReferrals,
} from './type-agency';
import {
  matcherFor,
  narrowerOf,
  WORRY_CODES,
  type TypeDecision,
  type TypeSources,
} from './type-codes';
import { bestInNarrative, directed } from './type-narrative';
import type { TypeMatch } from './type-match';
import { passedOn } from './type-passed-on';
import { keyedText, NEGATIONS, readTypeText } from './type-words';

// What the rest of a row says about an event's type: the description, the outcome, the type
// column's header and the agency's kind, read beside (or instead of) the type cell. Each rule is
// called by decideEventType (vocabulary.ts) in its order.

const CRITICAL = 'critical';
const CONCERN = 'concern';
const MESSAGE_WORDS: ReadonlySet<string> = new Set(typeWords.sharedWithProfessionals.messages);
const PROFESSIONALS: ReadonlySet<string> = new Set(typeWords.sharedWithProfessionals.professionals);
const SHARE_LINKS: ReadonlySet<string> = new Set(['to', 'from', 'for']);
const REFERRALS: ReadonlySet<string> = new Set(['referral.sent', 'marac.referral']);
const SENDING_WORDS: ReadonlySet<string> = new Set(typeWords.sharedWithProfessionals.sending);
const TELLING_AGENCIES: ReadonlySet<string> = new Set(typeWords.informationFromAgencies.agencies);
const INFORMATION_WORDS: ReadonlySet<string> = new Set(
  typeWords.informationFromAgencies.information,
);
const DOMAIN_CELLS: ReadonlyMap<string, string> = new Map(
  Object.entries(typeWords.domainCells).filter(([key]) => !key.startsWith('$')),
);
const CONCERN_LEADS_TO: ReadonlySet<string> = new Set(typeWords.concernLeadsTo);
const CONCERN_MEETINGS: ReadonlySet<string> = new Set(typeWords.concernMeetings.codes);
const MEETING_NOT_YET: ReadonlySet<string> = new Set(typeWords.concernMeetings.notAfter);
const RAISED_WITH = typeWords.passedOn.receivedBy as Record<string, string[]>;
const DEATH_WORDS: ReadonlySet<string> = new Set(typeWords.deathWords);
// Where a description's first sentence ends.
const SENTENCE_END = /[.;!?](?:\s|$)|\n/;

const PARTNERS: ReadonlySet<string> = new Set(typeWords.betweenPartners.partners);
const PARTNER_AFTER: ReadonlySet<string> = new Set(typeWords.betweenPartners.after);
const NOT_PARTNERS_AFTER: ReadonlySet<string> = new Set(typeWords.betweenPartners.notAfter);

/**
 * A police incident between intimate partners is a domestic incident ("Assault (ABH)" with
 * "pushed into the door frame by her partner"; "Harassment" with "40 messages from
 * ex-partner"): the type cell says what the police recorded, the description who it was
 * between. A reviewer's type map is not overruled.
 */
export function betweenPartners(decided: TypeDecision, sources: TypeSources): TypeDecision {
  if (decided.code !== 'incident.police' || decided.basis.from === 'type map') return decided;
  for (const text of [sources.typeText, sources.description]) {
    const { words } = keyedText(text ?? '');
    const at = words.findIndex(
      (w, i) =>
        // "her partner's car" is written "her partners car".
        (PARTNERS.has(w) || (w.endsWith('s') && PARTNERS.has(w.slice(0, -1)))) &&
        PARTNER_AFTER.has(words[i - 1] ?? '') &&
        !NOT_PARTNERS_AFTER.has(words[i + 1] ?? ''),
    );
    if (at >= 0) {
      const from = text === sources.typeText ? 'type cell' : 'description';
      return { code: 'incident.domestic', basis: { from, words: [words[at] ?? ''] } };
    }
  }
  return decided;
}

/**
 * At an agency that receives referrals, a row is the referral received when its type column
 * holds the reason for the contact ("Contact Reason": "PPN DA - high risk", "Neglect"), or when
 * its type cell reads as a referral received ("Contact" at a children's services front door)
 * and the description names what the referral reported (an incident, an injury, a concern):
 * the police's DA incident is what the contact is about, not what the MASH did.
 */
export function referralReceived(
  cell: TypeDecision | null,
  vague: boolean,
  sources: TypeSources,
): TypeDecision | null {
  if (!receivesReferrals(sources.agencyKind)) return null;
  const typeText = sources.typeText ?? '';
  const fromCell = cell?.basis.from === 'type cell' ? cell : null;
  if (isReasonHeader(sources.typeHeader) && typeText.trim()) {
    if (fromCell && fromCell.code !== 'referral.received' && !isReportedCode(fromCell.code))
      return null;
    return { code: 'referral.received', basis: { from: 'type cell', words: [typeText] } };
  }
  if (!vague || fromCell?.code !== 'referral.received') return null;
  const told = bestInNarrative(sources.description ?? '', false, sources.agencyKind);
  return told && isReportedCode(told.code) ? fromCell : null;
}

/**
 * The death or serious injury under review, named in the description by a phrase ("cardiac
 * arrest", "life pronounced extinct", "subdural haemorrhage"), is what the record is. A death
 * is, whatever the type cell says ("ED attendance"); a serious injury is when the cell says
 * only that there was an injury ("Child - Serious Injury") or says little: an ED attendance for
 * a subdural haemorrhage is still the attendance. A single word ("death") may be someone
 * else's, so it takes a phrase. A reviewer's type map is not overruled.
 */
export function criticalIn(
  sources: TypeSources,
  cell: TypeDecision | null,
  vague: boolean,
): TypeDecision | null {
  const text = sources.description ?? '';
  if (!text.trim() || cell?.basis.from === 'type map') return null;
  const matcher = matcherFor(sources.agencyKind);
  // Most descriptions hold no two words of a death or injury: no need to read them whole here.
  if (!matcher.mayMatch(text, CRITICAL, 2)) return null;
  const named = matcher
    .matches(text, { inOrder: true, everyMatch: true })
    .filter((m) => m.code === CRITICAL && m.stemCount >= 2);
  const isDeath = (m: TypeMatch) => m.words.some((w) => DEATH_WORDS.has(w.toLowerCase()));
  // A death named anywhere is the death ("CPR ongoing. Life extinct 03:40.").
  const found = named.find(isDeath) ?? named[0];
  if (!found) return null;
  const death = isDeath(found);
  if (!death && cell && !vague && cell.code !== 'incident.injury') return null;
  return { code: CRITICAL, basis: { from: 'description', words: found.words } };
}

/**
 * An agency whose every record is one kind of event (an ambulance's is an emergency response)
 * with a type column headed as the reason or complaint ("Chief Complaint": "Falls", "Breathing
 * problems"): what the call was about, an injury or an assault, is not what the agency did.
 * A code of the agency's own doing ("Safeguarding Referral", a cardiac arrest) stands. So does
 * a health agency's column headed as the presenting complaint ("PresentingComplaint":
 * "Assault", "Head injury"): what a patient arrives with at an emergency department.
 */
export function complaintOf(cell: TypeDecision | null, sources: TypeSources): TypeDecision | null {
  const otherwise =
    otherwiseForKind(sources.agencyKind) ??
    complaintCodeFor(sources.agencyKind, sources.typeHeader);
  if (!otherwise || !isReasonHeader(sources.typeHeader) || !sources.typeText?.trim()) return null;
  if (cell && cell.basis.from !== 'type cell') return null;
  if (cell && (!isReportedCode(cell.code) || cell.code === 'referral.sent')) return null;
  return { code: otherwise, basis: { from: 'type cell', words: [sources.typeText] } };
}

/**
 * A letter, email or information sent to or received from another professional ("Letter to
 * GP/SW", "Info to EH", "Email from SW: …") is information shared; a letter to the family is a
 * message (DOMAIN.md). Read in the type cell when it is a message or names nothing, then in the
 * description's first words when the cell says little.
 */
export function sharedWithProfessional(
  cell: TypeDecision | null,
  vague: boolean,
  sources: TypeSources,
): TypeDecision | null {
  if (cell && cell.basis.from !== 'type cell') return null;
  const texts = [sources.typeText ?? ''];
  if (!cell || vague) texts.push(sources.description ?? '');
  if (!receivesReferrals(sources.agencyKind)) {
    for (const [i, text] of texts.entries()) {
      const words = informationFromAgency(text);
      if (words)
        return { code: 'info.shared', basis: { from: i ? 'description' : 'type cell', words } };
    }
  }
  if (cell && !vague && cell.code !== 'contact.message') {
    // A category of worry, then what was done ("Safeguarding / Info to CSC"): the message the
    // cell names beside it is what happened. Not when the message word is the match itself
    // ("Report to social services" is a referral), nor beside a contact ("Home visit - letter
    // to GP" is the visit).
    if (!WORRY_CODES.has(cell.code)) return null;
    const words = messageToProfessional(sources.typeText ?? '', false);
    const matched = new Set(cell.basis.words.map((w) => w.toLowerCase()));
    return words && !matched.has(words[0] ?? '')
      ? { code: 'info.shared', basis: { from: 'type cell', words } }
      : null;
  }
  for (const [i, text] of texts.entries()) {
    const words = messageToProfessional(text, i > 0);
    if (words)
      return { code: 'info.shared', basis: { from: i ? 'description' : 'type cell', words } };
  }
  // A message cell ("Correspondence", "Letter") whose first sentence says what went to whom
  // ("Medical report emailed to SW and police"): the message was that information shared.
  // Unless what went was a referral ("Referral emailed to MASH"): that is the referral.
  if (cell?.code === 'contact.message' && !vague) {
    const first = firstSentence(sources.description ?? '');
    const words = messageToProfessional(first, false);
    if (words && !referralBefore(first, words[0] ?? '', sources.agencyKind))
      return { code: 'info.shared', basis: { from: 'description', words } };
  }
  return null;
}

/** A referral named before the message word ("Safeguarding referral emailed to MASH"). */
function referralBefore(text: string, message: string, kind: string | undefined): boolean {
  const read = readTypeText(text);
  const at = read.surface.findIndex((w) => w.toLowerCase() === message);
  return matcherFor(kind)
    .matches(read, { everyMatch: true })
    .some((m) => REFERRALS.has(m.code) && m.start < at);
}

/** A text up to its first full stop, semicolon, question or exclamation mark, or line break. */
function firstSentence(text: string): string {
  const end = text.search(/[.;!?](\s|$)|\n/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Another agency named first, then within three words what it passed on ("Police Notification -
 * Arrest", "MARAC Information", "Children's services check requested"): this agency was told.
 */
function informationFromAgency(text: string): string[] | null {
  const { words } = keyedText(text);
  if (!TELLING_AGENCIES.has(words[0] ?? '')) return null;
  const told = words.slice(1, 5).find((w) => INFORMATION_WORDS.has(w));
  return told ? [words[0] ?? '', told] : null;
}

const FAMILY_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.family);
const DECISION_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.decisions);
const TELLING_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.telling);
const NOT_YET_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.notYet);
const MADE_KNOWN: ReadonlySet<string> = new Set(typeWords.familyTold.madeKnown);
const TOLD_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.toldWords);

/**
 * A decision or outcome told to the family ("Letter to parents re decision", "Outcome of
 * strategy shared with mum", a call whose description says "Rang mother to tell her the
 * manager's decision"): the family being told, which the gap rules time from the decision
 * (DOMAIN.md). Not what is still to come ("will tell", "to be shared").
 */
export function familyTold(
  cell: TypeDecision | null,
  vague: boolean,
  sources: TypeSources,
): TypeDecision | null {
  return saidOfContact(cell, vague, sources, 'family.informed', tellsFamily);
}

const WORRY_WORDS: ReadonlySet<string> = new Set(typeWords.worryReported.worry);
const HEARD_CONTACTS: ReadonlySet<string> = new Set(['contact.phone', 'contact.message']);
const REPORTING_WORDS: ReadonlySet<string> = new Set(typeWords.worryReported.reporting);

/**
 * Somebody rang, called in or wrote worried ("Grandmother phoned worried about drinking in
 * the home", "Daughter rang worried about dad's bruises"): the worry this agency was told of,
 * a concern (an adult's at adult services), not the call or message. Not after a negation
 * ("no concerns").
 */
export function worryReported(
  cell: TypeDecision | null,
  vague: boolean,
  sources: TypeSources,
): TypeDecision | null {
  // At a visit or an appointment the worry is what the practitioner found there: the visit
  // stands ("Home visit": "Concerns raised about the state of the home").
  if (cell && !vague && !HEARD_CONTACTS.has(cell.code)) return null;
  const code = sources.agencyKind === 'adult-services' ? 'adult.concern' : CONCERN;
  return saidOfContact(cell, vague, sources, code, (text) => {
    const { words } = keyedText(text);
    const worry = words.findIndex(
      (w, i) => WORRY_WORDS.has(w) && !NEGATIONS.has(words[i - 1] ?? ''),
    );
    const reporting = words.find((w) => REPORTING_WORDS.has(w));
    return worry >= 0 && reporting ? [reporting, words[worry] ?? ''] : null;
  });
}

/**
 * `code` when `find` finds its words in the type cell, or in the description's first sentence
 * under a contact or say-little cell (a call, a letter, a visit, "Case note"): what the
 * contact was. Not under a type map's answer, nor a visit that did not happen.
 */
function saidOfContact(
  cell: TypeDecision | null,
  vague: boolean,
  sources: TypeSources,
  code: string,
  find: (text: string) => string[] | null,
): TypeDecision | null {
  if (cell && cell.basis.from !== 'type cell') return null;
  const inCell = find(sources.typeText ?? '');
  if (inCell) return { code, basis: { from: 'type cell', words: inCell } };
  if (cell && !vague && !cell.code.startsWith('contact.')) return null;
  if (cell?.code === 'contact.no-access' || cell?.code === 'contact.not-brought') return null;
  const description = sources.description ?? '';
  const end = description.search(SENTENCE_END);
  const first = end < 0 ? description : description.slice(0, end);
  const inDescription = find(first);
  return inDescription ? { code, basis: { from: 'description', words: inDescription } } : null;
}

/**
 * A family word, a decision word and a telling word in the text, or a family word and a word of
 * telling followed by a referral; none of it still to come.
 */
function tellsFamily(text: string): string[] | null {
  const { words } = keyedText(text);
  if (words.some((w) => NOT_YET_WORDS.has(w))) return null;
  const family = words.find((w) => FAMILY_WORDS.has(w));
  if (!family) return null;
  const decision = words.find((w) => DECISION_WORDS.has(w));
  const telling = words.find((w) => TELLING_WORDS.has(w));
  if (decision && telling) return [telling, family, decision];
  // A referral made is a decision the family is told of, named after the telling ("rang mum to
  // tell her school had made a referral"). Only a word that says they were told: a call "to
  // discuss the referral" talked about it.
  const told = words.findIndex((w) => TOLD_WORDS.has(w));
  const made = told < 0 ? undefined : words.slice(told + 1).find((w) => MADE_KNOWN.has(w));
  return made ? [words[told] ?? '', family, made] : null;
}

/**
 * The words "<message> to|from <professional>" in a text (only at its start when `atStart`):
 * a message word, a linking word, then within two more words one that names a professional.
 */
function messageToProfessional(text: string, atStart: boolean): string[] | null {
  const { words } = keyedText(text);
  const last = atStart ? 1 : words.length;
  // A type cell may name the professional straight after the message ("Email – health",
  // "Letter GP"): a label, where "to" goes without saying.
  if (!atStart && MESSAGE_WORDS.has(words[0] ?? '') && PROFESSIONALS.has(words[1] ?? ''))
    return [words[0] ?? '', words[1] ?? ''];
  for (let i = 0; i < last; i++) {
    if (!MESSAGE_WORDS.has(words[i] ?? '')) continue;
    // "Email to HV", or with how it went between: "Email sent to HV", "Report emailed to SW".
    const link = SENDING_WORDS.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    if (!SHARE_LINKS.has(words[link] ?? '')) continue;
    for (let j = link + 1; j <= link + 3 && j < words.length; j++) {
      if (PROFESSIONALS.has(words[j] ?? '')) return [words[i] ?? '', words[j] ?? ''];
    }
  }
  return null;
}

/**
 * A type cell that names only the field of work ("Safeguarding"): a concern, unless its
 * description says what the concern led to (see `referralSaid`). Not a synonym of the
 * vocabulary: the word alone does not make a column a type column, nor a phrase holding it
 * ("Safeguarding supervision") a concern.
 */
export function domainCell(typeText: string): TypeDecision | null {
  const code = DOMAIN_CELLS.get(keyedText(typeText).key);
  return code ? { code, basis: { from: 'type cell', words: [typeText] } } : null;
}

/**
 * A type cell that reads as a referral, or as a concern, and a description that says which way
 * the referral went or what the concern led to. "Referral" with "Referral from Eastmere MASH:
 * …" is the referral received. A "Safeguarding" or "Child Concern" note whose description
 * records a referral, a MARAC referral or a DASH is that (DOMAIN.md: a concern passed to
 * another agency is a referral); an outcome's referral may be one still to be made, so only the
 * description counts.
 */
export function referralSaid(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  const text = sources.description ?? '';
  if (cell.basis.from !== 'type cell' || !text.trim()) return null;
  const referral = cell.code === 'referral.sent' || cell.code === 'referral.received';
  // An adult's concern at adult services is the concern raised with them, not one passed on.
  const raisedHere = RAISED_WITH[cell.code]?.includes(sources.agencyKind ?? '') ?? false;
  if (!referral && (!WORRY_CODES.has(cell.code) || raisedHere)) return null;
  const said = matcherFor(sources.agencyKind).matches(text, { inOrder: true, everyMatch: true });
  if (referral) {
    // Only the description's own first words give a referral cell its direction.
    const first = said.find((m) => m.start === 0 && directed(m));
    const code = first && directed(first);
    return first && code && code !== cell.code
      ? { code, basis: { from: 'description', words: first.words } }
      : null;
  }
  const read = readTypeText(text);
  // A meeting in the first sentence, not one still to come or not held ("will be discussed at
  // the next core group", "threshold not met for a strategy discussion").
  const meetingHeld = (m: TypeMatch) =>
    (read.sentence[m.start] ?? 0) === 0 &&
    !read.surface.slice(0, m.start).some((w) => MEETING_NOT_YET.has(w.toLowerCase()));
  const first = said.find(
    (m) => CONCERN_LEADS_TO.has(m.code) || (CONCERN_MEETINGS.has(m.code) && meetingHeld(m)),
  );
  if (!first) {
    const passed = passedOn(text);
    return passed && { code: 'referral.sent', basis: { from: 'description', words: passed } };
  }
  // "MARAC referral sent": the narrower code named in the same clause is which it led to.
  const led = narrowerOf(said, first, (m) => read.clause[m.start] === read.clause[first.start]);
  const code = directed(led) ?? readForKind(led.code, text, sources.agencyKind);
  return { code, basis: { from: 'description', words: led.words } };
}
