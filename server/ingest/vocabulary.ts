import vocabulary from '../contract/event-types.json';
import typeWords from './data/type-words.json';
import { injurySeenIn } from './injury-seen';
import { phraseKey } from './phrases';
import {
  complaintCodeFor,
  isReasonHeader,
  isReportedCode,
  otherwiseForKind,
  readForKind,
  receivesReferrals,
  vocabularyForKind,
} from './type-agency';
import { TypeMatcher, type TypeMatch } from './type-matcher';
import { NEGATIONS, readTypeText, saysLittle, type TypeText } from './type-words';

export interface EventType {
  code: string;
  label: string;
  synonyms: string[];
  /** Its phrases win wherever they occur: "Home visit – no access" is not a visit. */
  overrides?: boolean;
}

export const EVENT_TYPES: readonly EventType[] = vocabulary.types;
export const OTHER_TYPE = 'other';
const CRITICAL = 'critical';
const CONCERN = 'concern';
const MESSAGE_WORDS: ReadonlySet<string> = new Set(typeWords.sharedWithProfessionals.messages);
const PROFESSIONALS: ReadonlySet<string> = new Set(typeWords.sharedWithProfessionals.professionals);
const SHARE_LINKS: ReadonlySet<string> = new Set(['to', 'from', 'for']);
const TELLING_AGENCIES: ReadonlySet<string> = new Set(typeWords.informationFromAgencies.agencies);
const INFORMATION_WORDS: ReadonlySet<string> = new Set(
  typeWords.informationFromAgencies.information,
);
const REFINED: ReadonlySet<string> = new Set(typeWords.refinedFamilies);
const DOMAIN_CELLS: ReadonlyMap<string, string> = new Map(
  Object.entries(typeWords.domainCells).filter(([key]) => !key.startsWith('$')),
);
const WORRIES: ReadonlySet<string> = new Set([CONCERN, 'adult.concern']);
const CONCERN_LEADS_TO: ReadonlySet<string> = new Set(typeWords.concernLeadsTo);
const DEATH_WORDS: ReadonlySet<string> = new Set(typeWords.deathWords);
const SPECIALISED: ReadonlyMap<string, string[]> = new Map(
  Object.entries(typeWords.specialisedBy).filter(([key]) => !key.startsWith('$')) as Array<
    [string, string[]]
  >,
);
const CODES = new Set(EVENT_TYPES.map((t) => t.code));
// Built on first use: a thread that only needs the codes and labels (the main thread: gaps,
// annex, duplicates) never builds the matcher and its spelling index.
let baseMatcher: TypeMatcher | null = null;
function vocabularyMatcher(): TypeMatcher {
  baseMatcher ??= new TypeMatcher(EVENT_TYPES);
  return baseMatcher;
}
const KIND_MATCHERS = new Map<string, TypeMatcher>();

/** The matcher for an agency of this kind: built once per kind that has words of its own. */
function matcherFor(kind: string | undefined): TypeMatcher {
  if (kind === undefined) return vocabularyMatcher();
  let matcher = KIND_MATCHERS.get(kind);
  if (!matcher) {
    const types = vocabularyForKind(EVENT_TYPES, kind);
    matcher = types ? new TypeMatcher(types) : vocabularyMatcher();
    KIND_MATCHERS.set(kind, matcher);
  }
  return matcher;
}

export function isEventTypeCode(code: string): boolean {
  return CODES.has(code);
}

/** A type map as the uploader gives it (their words → code), keyed for matching. */
export type TypeMap = ReadonlyMap<string, string>;

export function typeMapFrom(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries).map(([text, code]) => [phraseKey(text), code]));
}

/** Which text decided an event's type, and the words of it that matched. */
export interface TypeBasis {
  from: 'type cell' | 'description' | 'outcome' | 'type map' | 'none';
  words: string[];
}

export interface TypeDecision {
  code: string;
  basis: TypeBasis;
}

export interface TypeSources {
  typeText: string | null;
  description?: string | null;
  outcome?: string | null;
  /** The uploading agency's kind: the same words mean different things to a MASH and a GP. */
  agencyKind?: string;
  /** The type column's header as written ("Contact Reason"). */
  typeHeader?: string;
  /** The type column classifies each case ("CYP - DA" on every row of one case): it says little. */
  perCase?: boolean;
}

const NONE: TypeDecision = { code: OTHER_TYPE, basis: { from: 'none', words: [] } };
// A description of more words than this (stopwords aside) is a narrative, not a label: one word
// shared by several types ("visit", "call") is not enough there, though it is in a type cell.
const LONG_TEXT_WORDS = 5;

/**
 * The type cell alone: the uploader's type map first (exact words), then the vocabulary by
 * meaning. Null when it matches nothing.
 */
export function decideFromTypeCell(
  typeText: string,
  typeMap: TypeMap,
  agencyKind?: string,
): TypeDecision | null {
  const key = phraseKey(typeText);
  if (!key) return null;
  const mapped = typeMap.get(key);
  if (mapped && !saysLittle(typeText))
    return { code: mapped, basis: { from: 'type map', words: [typeText] } };
  const found = matcherFor(agencyKind).matches(typeText);
  const first = found[0];
  if (!first) return null;
  // "Occurrence – DA": a police incident that the cell also says was domestic is the domestic
  // incident, wherever the word stands; but not through a word of the broader phrase itself
  // ("Domestic burglary" is a burglary).
  const narrower = SPECIALISED.get(first.code);
  const apart = (m: TypeMatch) => m.end > first.end || m.start < first.start;
  const best = (narrower && found.find((m) => narrower.includes(m.code) && apart(m))) || first;
  const code = readForKind(best.code, typeText, agencyKind);
  return { code, basis: { from: 'type cell', words: best.words } };
}

/**
 * An event's type code and what decided it. An informative type cell wins. When it says little
 * ("Contact", "Case note", a system code) or matches nothing, the description and then the
 * outcome are read with the same matcher (a narrative needs a stronger match). A type map entry
 * for a say-little word ("Contact" → phone) is the fallback when neither text tells: a reviewer
 * who maps "Contact" means the contacts nothing else explains, not the home visits the
 * description names.
 */
export function decideEventType(
  sources: TypeSources,
  typeMap: TypeMap,
  cell?: TypeDecision | null,
): TypeDecision {
  const typeText = sources.typeText ?? '';
  const kind = sources.agencyKind;
  const read =
    (cell === undefined ? decideFromTypeCell(typeText, typeMap, kind) : cell) ??
    domainCell(typeText);
  const attended = attendedOnly(read, kind);
  const fromCell = attended ?? read;
  // A word that says little for most agencies but means something to this one ("Contact" at a
  // children's services front door) still lets a description that says more decide.
  const vague =
    attended !== null ||
    (sources.perCase === true && fromCell?.basis.from === 'type cell') ||
    (fromCell !== null && fromCell.basis.from === 'type cell' && saysLittle(typeText));
  const received = referralReceived(fromCell, vague, sources);
  if (received) return received;
  const critical = criticalIn(sources, fromCell, vague);
  if (critical) return critical;
  const complaint = complaintOf(fromCell, sources);
  if (complaint) return complaint;
  const shared = sharedWithProfessional(fromCell, vague, sources);
  if (shared) return shared;
  const told = familyTold(fromCell, vague, sources);
  if (told) return told;
  const worry = worryReported(fromCell, vague, sources);
  if (worry) return worry;
  if (fromCell && !vague)
    return betweenPartners(
      whatHappened(fromCell, sources) ??
        referralSaid(fromCell, sources) ??
        refined(fromCell, sources) ??
        fromCell,
      sources,
    );
  for (const from of ['description', 'outcome'] as const) {
    // An outcome mostly says what comes next ("SW to visit next week"): only a strong match
    // there says what this event was.
    const best = bestInNarrative(sources[from] ?? '', from === 'outcome', kind);
    if (best)
      return betweenPartners(narrativeDecision(best, from, sources[from] ?? '', kind), sources);
  }
  // The reviewer's map for a vague word comes before what the agency's kind makes of it.
  const mapped = typeMap.get(phraseKey(typeText));
  if (mapped) return { code: mapped, basis: { from: 'type map', words: [typeText] } };
  if (fromCell) return fromCell;
  const otherwise = otherwiseForKind(kind);
  if (otherwise) return { code: otherwise, basis: { from: 'none', words: [] } };
  return NONE;
}

const PARTNERS: ReadonlySet<string> = new Set(typeWords.betweenPartners.partners);
const PARTNER_AFTER: ReadonlySet<string> = new Set(typeWords.betweenPartners.after);
const NOT_PARTNERS_AFTER: ReadonlySet<string> = new Set(typeWords.betweenPartners.notAfter);

/**
 * A police incident between intimate partners is a domestic incident ("Assault (ABH)" with
 * "pushed into the door frame by her partner"; "Harassment" with "40 messages from
 * ex-partner"): the type cell says what the police recorded, the description who it was
 * between. A reviewer's type map is not overruled.
 */
function betweenPartners(decided: TypeDecision, sources: TypeSources): TypeDecision {
  if (decided.code !== 'incident.police' || decided.basis.from === 'type map') return decided;
  for (const text of [sources.typeText, sources.description]) {
    const words = phraseKey(text ?? '').split(' ');
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

const ATTENDED = /^attend/i;

/**
 * Outside the police, a cell read as a police attendance only through an attendance word
 * ("Attended – F2F", "OP ATTENDANCE", "Ward attender") says that the person came: an outcome,
 * not what happened. It is a contact at the office or clinic, and says little, so a description
 * that names what happened decides ("Home visit.", "HTT assessment at home.").
 */
function attendedOnly(cell: TypeDecision | null, kind: string | undefined): TypeDecision | null {
  if (kind === undefined || kind === 'police' || !cell || cell.basis.from === 'type map')
    return null;
  if (cell.code !== 'incident.police' || !cell.basis.words.every((w) => ATTENDED.test(w)))
    return null;
  return { code: 'contact.office', basis: cell.basis };
}

/**
 * At an agency that receives referrals, a row is the referral received when its type column
 * holds the reason for the contact ("Contact Reason": "PPN DA - high risk", "Neglect"), or when
 * its type cell reads as a referral received ("Contact" at a children's services front door)
 * and the description names what the referral reported (an incident, an injury, a concern):
 * the police's DA incident is what the contact is about, not what the MASH did.
 */
function referralReceived(
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
function criticalIn(
  sources: TypeSources,
  cell: TypeDecision | null,
  vague: boolean,
): TypeDecision | null {
  const text = sources.description ?? '';
  if (!text.trim() || cell?.basis.from === 'type map') return null;
  const found = matcherFor(sources.agencyKind)
    .matches(text, { inOrder: true, everyMatch: true })
    .find((m) => m.code === CRITICAL && m.stemCount >= 2);
  if (!found) return null;
  const death = found.words.some((w) => DEATH_WORDS.has(w.toLowerCase()));
  if (!death && cell && !vague && cell.code !== 'incident.injury') return null;
  return { code: CRITICAL, basis: { from: 'description', words: found.words } };
}

function narrativeDecision(
  best: TypeMatch,
  from: 'description' | 'outcome',
  text: string,
  kind: string | undefined,
): TypeDecision {
  const code = directed(best) ?? readForKind(best.code, text, kind);
  const decided = { code, basis: { from, words: best.words } };
  // "Attended BBR session 4" at probation: the person came, as in a type cell (`attendedOnly`).
  return attendedOnly(decided, kind) ?? decided;
}

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
function outgoing(match: TypeMatch): boolean {
  const word = (match.words[0] ?? '').toLowerCase();
  return (
    match.code.startsWith('contact.') &&
    match.words.length === 1 &&
    match.followedBy === 'to' &&
    !/(ed|ing)$/.test(word)
  );
}

/** A referral's direction as its words say it ("Referral from Eastmere MASH"), or null. */
function directed(match: TypeMatch): string | null {
  if (match.code !== 'referral.sent' && match.code !== 'referral.received') return null;
  return DIRECTIONS.get(match.followedBy ?? '') ?? null;
}

/**
 * An agency whose every record is one kind of event (an ambulance's is an emergency response)
 * with a type column headed as the reason or complaint ("Chief Complaint": "Falls", "Breathing
 * problems"): what the call was about, an injury or an assault, is not what the agency did.
 * A code of the agency's own doing ("Safeguarding Referral", a cardiac arrest) stands. So does
 * a health agency's column headed as the presenting complaint ("PresentingComplaint":
 * "Assault", "Head injury"): what a patient arrives with at an emergency department.
 */
function complaintOf(cell: TypeDecision | null, sources: TypeSources): TypeDecision | null {
  const otherwise =
    otherwiseForKind(sources.agencyKind) ??
    complaintCodeFor(sources.agencyKind, sources.typeHeader);
  if (!otherwise || !isReasonHeader(sources.typeHeader) || !sources.typeText?.trim()) return null;
  if (cell && cell.basis.from !== 'type cell') return null;
  if (cell && (!isReportedCode(cell.code) || cell.code === 'referral.sent')) return null;
  return { code: otherwise, basis: { from: 'type cell', words: [sources.typeText] } };
}

/**
 * A cell that names a family of events in one word ("Court", "Custody - Bail", "MARAC") and a description
 * that says which of the family it was ("non-molestation order granted", "bail conditions",
 * "Referral to MARAC"): the description's own code. Only the families in `refinedFamilies`.
 */
function refined(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  const family = cell.code.split('.')[0] ?? '';
  // Only a cell that names the family in one word: "Breach of bail" already says which.
  if (cell.basis.from !== 'type cell' || !REFINED.has(family) || cell.basis.words.length !== 1)
    return null;
  const best = bestInNarrative(sources.description ?? '', false, sources.agencyKind);
  if (!best || best.code === cell.code || best.code.split('.')[0] !== family) return null;
  return narrativeDecision(best, 'description', sources.description ?? '', sources.agencyKind);
}

/**
 * A letter, email or information sent to or received from another professional ("Letter to
 * GP/SW", "Info to EH", "Email from SW: …") is information shared; a letter to the family is a
 * message (DOMAIN.md). Read in the type cell when it is a message or names nothing, then in the
 * description's first words when the cell says little.
 */
function sharedWithProfessional(
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
    if (!WORRIES.has(cell.code)) return null;
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
  return null;
}

/**
 * Another agency named first, then within three words what it passed on ("Police Notification -
 * Arrest", "MARAC Information", "Children's services check requested"): this agency was told.
 */
function informationFromAgency(text: string): string[] | null {
  const words = phraseKey(text).split(' ');
  if (!TELLING_AGENCIES.has(words[0] ?? '')) return null;
  const told = words.slice(1, 5).find((w) => INFORMATION_WORDS.has(w));
  return told ? [words[0] ?? '', told] : null;
}

const FAMILY_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.family);
const DECISION_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.decisions);
const TELLING_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.telling);
const NOT_YET_WORDS: ReadonlySet<string> = new Set(typeWords.familyTold.notYet);

/**
 * A decision or outcome told to the family ("Letter to parents re decision", "Outcome of
 * strategy shared with mum", a call whose description says "Rang mother to tell her the
 * manager's decision"): the family being told, which the gap rules time from the decision
 * (DOMAIN.md). Not what is still to come ("will tell", "to be shared").
 */
function familyTold(
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
function worryReported(
  cell: TypeDecision | null,
  vague: boolean,
  sources: TypeSources,
): TypeDecision | null {
  // At a visit or an appointment the worry is what the practitioner found there: the visit
  // stands ("Home visit": "Concerns raised about the state of the home").
  if (cell && !vague && !HEARD_CONTACTS.has(cell.code)) return null;
  const code = sources.agencyKind === 'adult-services' ? 'adult.concern' : CONCERN;
  return saidOfContact(cell, vague, sources, code, (text) => {
    const words = phraseKey(text).split(' ');
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
  const first = (sources.description ?? '').split(/[.;!?](?:\s|$)|\n/)[0] ?? '';
  const inDescription = find(first);
  return inDescription ? { code, basis: { from: 'description', words: inDescription } } : null;
}

/** A family word, a decision word and a telling word in the text, none of it still to come. */
function tellsFamily(text: string): string[] | null {
  const words = phraseKey(text).split(' ');
  if (words.some((w) => NOT_YET_WORDS.has(w))) return null;
  const family = words.find((w) => FAMILY_WORDS.has(w));
  const decision = words.find((w) => DECISION_WORDS.has(w));
  const telling = words.find((w) => TELLING_WORDS.has(w));
  return family && decision && telling ? [telling, family, decision] : null;
}

/**
 * The words "<message> to|from <professional>" in a text (only at its start when `atStart`):
 * a message word, a linking word, then within two more words one that names a professional.
 */
function messageToProfessional(text: string, atStart: boolean): string[] | null {
  const words = phraseKey(text).split(' ');
  const last = atStart ? 1 : words.length;
  // A type cell may name the professional straight after the message ("Email – health",
  // "Letter GP"): a label, where "to" goes without saying.
  if (!atStart && MESSAGE_WORDS.has(words[0] ?? '') && PROFESSIONALS.has(words[1] ?? ''))
    return [words[0] ?? '', words[1] ?? ''];
  for (let i = 0; i < last; i++) {
    if (!MESSAGE_WORDS.has(words[i] ?? '') || !SHARE_LINKS.has(words[i + 1] ?? '')) continue;
    for (let j = i + 2; j <= i + 4 && j < words.length; j++) {
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
function domainCell(typeText: string): TypeDecision | null {
  const code = DOMAIN_CELLS.get(phraseKey(typeText));
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
function referralSaid(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  const text = sources.description ?? '';
  if (cell.basis.from !== 'type cell' || !text.trim()) return null;
  const referral = cell.code === 'referral.sent' || cell.code === 'referral.received';
  if (!referral && cell.code !== CONCERN) return null;
  const said = matcherFor(sources.agencyKind).matches(text, { inOrder: true, everyMatch: true });
  if (referral) {
    // Only the description's own first words give a referral cell its direction.
    const first = said.find((m) => m.start === 0 && directed(m));
    const code = first && directed(first);
    return first && code && code !== cell.code
      ? { code, basis: { from: 'description', words: first.words } }
      : null;
  }
  const led = said.find((m) => CONCERN_LEADS_TO.has(m.code));
  if (!led) return null;
  const code = directed(led) ?? readForKind(led.code, text, sources.agencyKind);
  return { code, basis: { from: 'description', words: led.words } };
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
]);
const FAILED: ReadonlySet<string> = new Set(['contact.not-brought', 'contact.no-access']);
const MESSAGE_HAPPENED: ReadonlySet<string> = new Set([...HAPPENED].filter((c) => !FAILED.has(c)));

/**
 * What happened decides the code, not the form of contact: a "Face to face" whose description
 * is a bruise on a baby is the injury, a "Telephone" that is an IDVA's first call is the IDVA
 * contact, and a "Visit" or "Clinic" whose description says nobody answered or the child was
 * not brought is the failed contact. Read only for cells typed as a form of contact.
 */
function whatHappened(cell: TypeDecision, sources: TypeSources): TypeDecision | null {
  if (cell.basis.from !== 'type cell') return null;
  if (cell.code === 'contact.not-brought') return visitFailed(sources.description ?? '', sources);
  // A message that got no reply was still sent: only a call or a meeting fails.
  const allowed =
    cell.code === 'contact.message'
      ? MESSAGE_HAPPENED
      : FORMS.has(cell.code)
        ? HAPPENED
        : cell.code === 'contact.home-visit'
          ? FAILED
          : null;
  if (!allowed || !sources.description) return null;
  const best = bestInNarrative(sources.description, false, sources.agencyKind);
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
  if (said && allowed.has(said.code) && !failedLater && said.code !== 'incident.injury')
    return said;
  return injurySeenAt(cell, sources.description);
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
  return (
    sentence === 1 &&
    opens &&
    nobodyThere &&
    matcherFor(kind)
      .matches(read, { inOrder: true, everyMatch: true })
      .some((m) => m.code === 'contact.home-visit' && read.sentence[m.start] === 0)
  );
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
  const words = injurySeenIn(description);
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
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'our']);

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
function bestInNarrative(text: string, strict: boolean, kind?: string): TypeMatch | null {
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
  const all = matcherFor(kind).matches(read, { inOrder: true, everyMatch: true });
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
  return found;
}

/** The type cell's code alone ("other" when it matches nothing). */
export function matchEventType(text: string, typeMap: TypeMap): string {
  return decideFromTypeCell(text, typeMap)?.code ?? OTHER_TYPE;
}

/** The two or three codes likeliest meant by words that matched none, for the reviewer. */
export function likelyCodes(text: string, limit = 3): string[] {
  return vocabularyMatcher().related(text, limit);
}
