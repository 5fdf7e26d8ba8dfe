import vocabulary from './data/event-types.json';
import { findEarliestPhrase, phraseKey } from './phrases';

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

export function isEventTypeCode(code: string): boolean {
  return CODES.has(code);
}

const phrasesOf = (types: readonly EventType[]) =>
  types.flatMap((t) => t.synonyms.map((s) => ({ key: phraseKey(s), value: t.code })));
const OVERRIDING_PHRASES = phrasesOf(EVENT_TYPES.filter((t) => t.overrides));
const PHRASES = phrasesOf(EVENT_TYPES);

/** A type map as the uploader gives it (their words → code), keyed for matching. */
export type TypeMap = ReadonlyMap<string, string>;

export function typeMapFrom(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries).map(([text, code]) => [phraseKey(text), code]));
}

/**
 * Maps an agency's own words for an event type to a vocabulary code: the uploader's type map
 * first (exact words), then the synonyms; `other` when nothing matches.
 */
export function matchEventType(text: string, typeMap: TypeMap): string {
  const key = phraseKey(text);
  if (!key) return OTHER_TYPE;
  const mapped = typeMap.get(key);
  if (mapped) return mapped;
  const match = findEarliestPhrase(text, OVERRIDING_PHRASES) ?? findEarliestPhrase(text, PHRASES);
  return match?.value ?? OTHER_TYPE;
}
