import type { EventMatch, ExpectMatch } from '../contract/rules';
import type { GapEvent } from './gap-event';

export type EventPredicate = (event: GapEvent) => boolean;

/**
 * Compiles a rule's event description to a predicate: type code or prefix ("contact."), the
 * agency's kind, words mentioned (in the people or the description, whole words, any case),
 * and whether the child was seen.
 */
export function compileMatch(match: EventMatch | ExpectMatch): EventPredicate {
  const exact = new Set(match.types.filter((t) => !t.endsWith('.')));
  const prefixes = match.types.filter((t) => t.endsWith('.'));
  const kinds = match.agencyKinds ? new Set<string>(match.agencyKinds) : null;
  const mentions = match.mentions ? mentionPattern(match.mentions) : null;
  return (event) =>
    (exact.has(event.type) || prefixes.some((p) => event.type.startsWith(p))) &&
    (!kinds || kinds.has(event.agencyKind)) &&
    (match.childSeen === undefined || event.childSeen === match.childSeen) &&
    (!mentions ||
      mentions.test(event.description ?? '') ||
      event.subjects.some((s) => mentions.test(s)));
}

function mentionPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The types a rule names, as a quick pre-filter over events indexed by type. */
export function typesOf(match: { types: readonly string[] }, allTypes: Iterable<string>): string[] {
  const wanted: string[] = [];
  for (const type of allTypes) {
    if (match.types.some((t) => (t.endsWith('.') ? type.startsWith(t) : type === t))) {
      wanted.push(type);
    }
  }
  return wanted;
}
