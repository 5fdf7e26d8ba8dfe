import type { AlternativeMatch, EventMatch, ExpectMatch } from '../contract/rules';
import type { GapEvent } from './gap-event';

export type EventPredicate = (event: GapEvent) => boolean;

/**
 * Compiles a rule's event description to a predicate: the main description or any of its
 * alternatives (`or`) holds.
 */
export function compileMatch(match: EventMatch | ExpectMatch): EventPredicate {
  const main = compileDescription(match);
  if (!match.or) return main;
  const alternatives = match.or.map(compileDescription);
  return (event) => main(event) || alternatives.some((matches) => matches(event));
}

/**
 * One description: type code or prefix ("contact."), the agency's kind, words mentioned (in
 * the people or the description, whole words, any case) and words they must not hold, words in
 * the outcome and words it must not hold (a negation: "not registered"), and whether the child
 * was seen. Every part given must hold.
 */
export function compileDescription(match: AlternativeMatch): EventPredicate {
  const exact = new Set(match.types.filter((t) => !t.endsWith('.')));
  const prefixes = match.types.filter((t) => t.endsWith('.'));
  const kinds = match.agencyKinds ? new Set<string>(match.agencyKinds) : null;
  const mentions = match.mentions ? wordPattern(match.mentions) : null;
  const notMentions = match.notMentions ? wordPattern(match.notMentions) : null;
  const outcome = match.outcomeMentions ? wordPattern(match.outcomeMentions) : null;
  const notOutcome = match.outcomeNotMentions ? wordPattern(match.outcomeNotMentions) : null;
  return (event) =>
    (exact.has(event.type) || prefixes.some((p) => event.type.startsWith(p))) &&
    (!kinds || kinds.has(event.agencyKind)) &&
    (match.childSeen === undefined || event.childSeen === match.childSeen) &&
    (!mentions ||
      mentions.test(event.description ?? '') ||
      event.subjects.some((s) => mentions.test(s))) &&
    (!notMentions ||
      !(
        notMentions.test(event.description ?? '') || event.subjects.some((s) => notMentions.test(s))
      )) &&
    (!outcome || outcome.test(event.outcome ?? '')) &&
    (!notOutcome || !notOutcome.test(event.outcome ?? ''));
}

function wordPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Every type code or prefix a description names, its alternatives' included. */
export function typesNamed(match: EventMatch | ExpectMatch): string[] {
  return [...match.types, ...(match.or ?? []).flatMap((alternative) => alternative.types)];
}

/** The types a rule names, as a quick pre-filter over events indexed by type. */
export function typesOf(types: readonly string[], allTypes: Iterable<string>): string[] {
  const wanted: string[] = [];
  for (const type of allTypes) {
    if (types.some((t) => (t.endsWith('.') ? type.startsWith(t) : type === t))) {
      wanted.push(type);
    }
  }
  return wanted;
}
