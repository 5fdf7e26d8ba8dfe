import vocabulary from './data/event-types.json';
import { phraseKey } from './phrases';
import { TypeMatcher, type TypeMatch } from './type-matcher';
import { readTypeText, saysLittle } from './type-words';

export interface EventType {
  code: string;
  label: string;
  synonyms: string[];
  /** Its phrases win wherever they occur: "Home visit – no access" is not a visit. */
  overrides?: boolean;
}

export const EVENT_TYPES: readonly EventType[] = vocabulary.types;
export const OTHER_TYPE = 'other';
const CODES = new Set(EVENT_TYPES.map((t) => t.code));
const MATCHER = new TypeMatcher(EVENT_TYPES);

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
}

const NONE: TypeDecision = { code: OTHER_TYPE, basis: { from: 'none', words: [] } };
// A description of more words than this (stopwords aside) is a narrative, not a label: one word
// shared by several types ("visit", "call") is not enough there, though it is in a type cell.
const LONG_TEXT_WORDS = 5;

/**
 * The type cell alone: the uploader's type map first (exact words), then the vocabulary by
 * meaning. Null when it matches nothing.
 */
export function decideFromTypeCell(typeText: string, typeMap: TypeMap): TypeDecision | null {
  const key = phraseKey(typeText);
  if (!key) return null;
  const mapped = typeMap.get(key);
  if (mapped && !saysLittle(typeText))
    return { code: mapped, basis: { from: 'type map', words: [typeText] } };
  const best = MATCHER.matches(typeText)[0];
  return best ? { code: best.code, basis: { from: 'type cell', words: best.words } } : null;
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
  const fromCell = cell === undefined ? decideFromTypeCell(typeText, typeMap) : cell;
  if (fromCell) return fromCell;
  for (const from of ['description', 'outcome'] as const) {
    // An outcome mostly says what comes next ("SW to visit next week"): only a strong match
    // there says what this event was.
    const best = bestInNarrative(sources[from] ?? '', from === 'outcome');
    if (best) return { code: best.code, basis: { from, words: best.words } };
  }
  const mapped = typeMap.get(phraseKey(typeText));
  if (mapped) return { code: mapped, basis: { from: 'type map', words: [typeText] } };
  return NONE;
}

/**
 * A description or outcome: a negating type anywhere ("Visit made. No access."), else the
 * first sentence that names a type ("ICPC held. Child made subject of a CP plan." is the
 * conference; what follows is its outcome).
 */
function bestInNarrative(text: string, strict: boolean): TypeMatch | null {
  if (!text.trim()) return null;
  const read = readTypeText(text);
  const long = strict || read.words.length > LONG_TEXT_WORDS;
  const strong = (m: TypeMatch | undefined) =>
    m && (!long || m.overrides || m.strength >= 2 || m.weight >= 1 || m.stemCount >= 2) ? m : null;
  const ranked = MATCHER.matches(read, { inOrder: true, everyMatch: true });
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
  return MATCHER.related(text, limit);
}
