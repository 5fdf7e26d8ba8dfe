import vocabulary from '../contract/event-types.json';
import typeWords from './data/type-words.json';
import { phraseKey } from '../shared/phrases';
import { abbreviationsNotFor, readForKind, vocabularyForKind } from './type-agency';
import { TypeMatcher, type TypeMatch } from './type-matcher';
import { TypeScorer } from './type-scorer';
import { readTypeText, saysLittle } from './type-words';

// The event vocabulary's codes, the matchers built from it, and what a type cell alone says.
// What the rest of a row says about the type is type-context.ts; vocabulary.ts puts both
// together (decideEventType).

export interface EventType {
  code: string;
  label: string;
  synonyms: string[];
  /** Its phrases win wherever they occur: "Home visit – no access" is not a visit. */
  overrides?: boolean;
}

export const EVENT_TYPES: readonly EventType[] = vocabulary.types;
export const OTHER_TYPE = 'other';
/** The codes of a welfare worry a practitioner records: a child's concern, an adult's. */
export const WORRY_CODES: ReadonlySet<string> = new Set(['concern', 'adult.concern']);
// What is done about a worry, and named beside it in one cell, is the event (`doneAbout`).
const DONE_ABOUT_WORRY: ReadonlySet<string> = new Set(typeWords.doneAboutWorry);

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

const SCORERS = new Map<string, TypeScorer>();

/**
 * A type cell no synonym matched, read by weighing its words against every code (type-scorer.ts):
 * the code and the words that spoke for it, or null when no code is clearly likeliest. Not a
 * cell that says little ("Contact", "Other", a system code).
 */
export function scoreTypeCell(typeText: string, agencyKind?: string): TypeDecision | null {
  if (saysLittle(typeText)) return null;
  const key = agencyKind ?? '';
  let scorer = SCORERS.get(key);
  if (!scorer) {
    const types = agencyKind === undefined ? null : vocabularyForKind(EVENT_TYPES, agencyKind);
    scorer = new TypeScorer(types ?? EVENT_TYPES);
    SCORERS.set(key, scorer);
  }
  const read = readTypeText(typeText);
  const scored = scorer.score(matcherFor(agencyKind).corrected(read), read.surface);
  if (!scored) return null;
  const code = readForKind(scored.code, typeText, agencyKind);
  return { code, basis: { from: 'type cell', words: scored.words } };
}

/** The matcher for an agency of this kind: built once per kind that has words of its own. */
export function matcherFor(kind: string | undefined): TypeMatcher {
  if (kind === undefined) return vocabularyMatcher();
  let matcher = KIND_MATCHERS.get(kind);
  if (!matcher) {
    const types = vocabularyForKind(EVENT_TYPES, kind);
    const notExpanded = abbreviationsNotFor(kind);
    matcher =
      types || notExpanded.size > 0
        ? new TypeMatcher(types ?? EVENT_TYPES, notExpanded)
        : vocabularyMatcher();
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
  /** `learned`: the learned reader (type-learned.ts), where the rules were weak; `words` weighed most. */
  from: 'type cell' | 'description' | 'outcome' | 'type map' | 'learned' | 'none';
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
  /** The uploading agency's name, which may say which service it is ("… (IDVA)"). */
  agencyName?: string;
  /** The type column's header as written ("Contact Reason"). */
  typeHeader?: string;
  /** The type column classifies each case ("CYP - DA" on every row of one case): it says little. */
  perCase?: boolean;
}

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
  // incident, wherever the word stands.
  const read = readTypeText(typeText);
  const best = doneAbout(
    found,
    narrowerOf(found, first, (m) => read.clause[m.start] === read.clause[first.start]),
  );
  // "Child concern – Referral from agency": a referral followed by where it came from came in,
  // whatever the words of sending before it.
  const code =
    best.code === 'referral.sent' && best.followedBy === 'from'
      ? 'referral.received'
      : (fromMarac(best, typeText) ?? readForKind(best.code, typeText, agencyKind));
  return { code, basis: { from: 'type cell', words: best.words } };
}

/**
 * A worry named beside something done about it ("MDT – self neglect", "Referral – neglect"):
 * the meeting, referral or assessment is what happened, the worry what it was about. A contact
 * beside a worry is left to the match's own rank ("Concern raised by phone" is the concern).
 */
function doneAbout(found: readonly TypeMatch[], best: TypeMatch): TypeMatch {
  if (!WORRY_CODES.has(best.code)) return best;
  return (
    found.find((m) => DONE_ABOUT_WORRY.has(m.code) && (m.end < best.start || m.start > best.end)) ??
    best
  );
}

/**
 * The match of a narrower code (`specialisedBy`) that the text names beside its best match, or
 * the best match: "Occurrence – DA" is a domestic incident, "MARAC referral sent" a MARAC
 * referral. Not through a word of the broader phrase itself ("Domestic burglary" is a
 * burglary), and only where `near` allows.
 */
export function narrowerOf(
  found: readonly TypeMatch[],
  best: TypeMatch,
  near: (m: TypeMatch) => boolean = () => true,
): TypeMatch {
  const narrower = SPECIALISED.get(best.code);
  if (!narrower) return best;
  const apart = (m: TypeMatch) => m.end > best.end || m.start < best.start;
  return found.find((m) => narrower.includes(m.code) && apart(m) && near(m)) ?? best;
}

/**
 * A MARAC referral whose words say it came from MARAC ("Re-referral from MARAC coordinator"):
 * a referral received, not one made to MARAC.
 */
export function fromMarac(match: TypeMatch, text: string): string | null {
  if (match.code !== 'marac.referral') return null;
  const between = readTypeText(text).surface.slice(match.start, match.end + 1);
  return between.some((w) => w.toLowerCase() === 'from') ? 'referral.received' : null;
}

/** The type cell's code alone ("other" when it matches nothing). */
export function matchEventType(text: string, typeMap: TypeMap): string {
  return decideFromTypeCell(text, typeMap)?.code ?? OTHER_TYPE;
}

/** The two or three codes likeliest meant by words that matched none, for the reviewer. */
export function likelyCodes(text: string, limit = 3): string[] {
  return vocabularyMatcher().related(text, limit);
}
