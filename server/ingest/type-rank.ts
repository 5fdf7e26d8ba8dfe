import type { TypeMatch } from './type-matcher';

/**
 * Best first: a type that negates the rest wins wherever it occurs ("Home visit – no access");
 * then the match that explains more of the text ("MARF received" over "MARF"); then the
 * earliest ("Telephone call re home visit" is a call), except that of two adjacent matches the
 * second is the head of the compound ("CIN assessment" is an assessment; "DV incident - police
 * attended" is two phrases, not one); then specificity.
 */
export function rank(matches: TypeMatch[], joined: readonly boolean[]): TypeMatch[] {
  const sorted = matches.sort(compareMatches);
  const first = sorted[0];
  if (!first) return sorted;
  let head = first;
  for (;;) {
    const next = sorted.find(
      (m) =>
        m !== head &&
        m.overrides === head.overrides &&
        m.strength === head.strength &&
        // Adjacent with only a space between, or sharing a word and reaching further:
        // "Single assessment completed" is an assessment completed.
        m.ordered &&
        ((m.start === head.end + 1 && joined[m.start] === true) ||
          (m.start > head.start && m.start <= head.end && m.end > head.end)),
    );
    if (!next) break;
    head = next;
  }
  return head === first ? sorted : [head, ...sorted.filter((m) => m !== head)];
}

export function compareMatches(a: TypeMatch, b: TypeMatch): number {
  if (a.overrides !== b.overrides) return a.overrides ? -1 : 1;
  if (a.strength !== b.strength) return b.strength - a.strength;
  // A much more telling match beats an earlier generic one: "Attended GP surgery" is a surgery
  // appointment, not a police "attendance".
  if (Math.abs(a.weight - b.weight) >= 0.75) return b.weight - a.weight;
  if (a.start !== b.start) return a.start - b.start;
  // The same words in two synonyms ("welfare concern", "concern for welfare"): the one written
  // in the text's order.
  if (a.ordered !== b.ordered) return a.ordered ? -1 : 1;
  return b.weight - a.weight;
}
