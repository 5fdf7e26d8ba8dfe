import type { TypeMatch } from './type-match';

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
        m.ordered &&
        // Adjacent with only a space between and as strong; or sharing a word and reaching
        // further, as strong or a later stage of the same thing however much the first
        // explained: "Single assessment completed" and "Child & family assessment completed"
        // are assessments completed ("Safeguarding adults concern raised" stays an adult's).
        ((m.strength === head.strength &&
          m.start === head.end + 1 &&
          joined[m.start] === true &&
          !participle(m) &&
          !visitThere(head, m)) ||
          (m.start > head.start &&
            m.start <= head.end &&
            m.end > head.end &&
            (m.strength === head.strength || (m.strength >= 2 && sameFamily(m, head))))),
    );
    if (!next) break;
    head = next;
  }
  return head === first ? sorted : [head, ...sorted.filter((m) => m !== head)];
}

/**
 * A bare visit after a place it was not at home ("Clinic visit", "Surgery visit"): the place
 * says where the visit was, so the visit does not head the compound.
 */
function visitThere(place: TypeMatch, visit: TypeMatch): boolean {
  return (
    place.code === 'contact.office' &&
    visit.code === 'contact.home-visit' &&
    visit.words.length === 1 &&
    visit.weight <= GENERIC_SHARE
  );
}

/** Two stages of one kind of event: "assessment.start" and "assessment.complete". */
function sameFamily(a: TypeMatch, b: TypeMatch): boolean {
  return a.code.split('.')[0] === b.code.split('.')[0];
}

/**
 * A common word ending in "-ed" after a match says what became of it ("ICPC attended"): a
 * verb, not the head noun of a compound ("CIN assessment"). A telling one is what happened
 * ("SM overruled" is a decision). So does a common attendance word.
 */
function participle(m: TypeMatch): boolean {
  if (m.words.length !== 1 || m.weight > GENERIC_SHARE) return false;
  // "UCC attendance", "OPD attender": an attendance word after a place says only that someone
  // came there; the place says what kind of attendance it was.
  return /ed$/i.test(m.words[0] ?? '') || /^attend/i.test(m.words[0] ?? '');
}

export function compareMatches(a: TypeMatch, b: TypeMatch): number {
  if (a.overrides !== b.overrides) return a.overrides ? -1 : 1;
  if (a.strength !== b.strength) return b.strength - a.strength;
  if (outweighs(a, b)) return -1;
  if (outweighs(b, a)) return 1;
  if (a.start !== b.start) return a.start - b.start;
  // The same words in two synonyms ("welfare concern", "concern for welfare"): the one written
  // in the text's order.
  if (a.ordered !== b.ordered) return a.ordered ? -1 : 1;
  return b.weight - a.weight;
}

// A word in this many codes or more says little on its own ("attendance", "referral").
const GENERIC_SHARE = 1 / 3;
// A word in at most two codes is telling ("surgery", "housing").
const TELLING_SHARE = 1 / 2;

/**
 * A telling match beats an earlier one that is a single generic word: "Attended GP surgery" is
 * a surgery appointment, not a police "attendance". Only a single word: a phrase of two words
 * ("Domestic incident attended by police") is what the text is about, whatever else follows.
 * Not words after a linking word: in "Referral to housing options" housing is where the
 * referral went. Decided by thresholds on how many codes share a word, not by the gap between
 * two weights, so a growing vocabulary (which only makes shared words more shared) does not
 * turn decisions round.
 */
function outweighs(x: TypeMatch, y: TypeMatch): boolean {
  return (
    !x.afterLink &&
    y.words.length === 1 &&
    y.weight <= GENERIC_SHARE &&
    x.weight >= TELLING_SHARE &&
    x.weight > y.weight
  );
}
