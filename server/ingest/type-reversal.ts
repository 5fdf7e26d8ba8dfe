import typeWords from './data/type-words.json';
import type { TypeMatch } from './type-match';
import { NEGATIONS, stemOf, type TypeText } from './type-words';

/**
 * A code that names something starting ("Child protection register", "Allocated") read beside
 * a word saying it ended ("Removed from child protection register", "Child taken off the CP
 * plan", "Allocation ended") is its opposite. The vocabulary's synonyms hold a few such
 * phrases ("removed from register"), but agencies insert words ("Removed from the child
 * protection register") and abbreviate ("Removed from CPR"), and then the longer match for the
 * starting code won. One rule for every such pair instead of one synonym per wording. Pure.
 */

const OPPOSITES: ReadonlyMap<string, string> = new Map(Object.entries(typeWords.reversedBy.codes));

/**
 * How far from the match a word that ends it may be, in written words, stopwords counted:
 * "Child removed from the CP register".
 */
const REACH = 3;

// Words as written, not stems: "ended" says the plan ended, "to end" only that someone meant
// to ("TM decided to end assessment" is the decision). A pair by its first word's stem, then
// its second word as written ("stepped down", "steps down": step → down).
const SINGLE: ReadonlySet<string> = new Set(
  typeWords.reversedBy.words.filter((w) => !w.includes(' ')),
);
const PAIRS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const pairs = new Map<string, Set<string>>();
  for (const phrase of typeWords.reversedBy.words.filter((w) => w.includes(' '))) {
    const [first = '', second = ''] = phrase.split(' ');
    const key = first === 'no' ? first : stemOf(first);
    const set = pairs.get(key) ?? new Set<string>();
    set.add(second);
    pairs.set(key, set);
  }
  return pairs;
})();

/** The written words at `i` (and after) that say something ended, or null. */
function endingAt(surface: readonly string[], i: number): string[] | null {
  const word = (surface[i] ?? '').toLowerCase();
  if (!word) return null;
  const next = (surface[i + 1] ?? '').toLowerCase();
  const pair = PAIRS.get(word === 'no' ? word : stemOf(word));
  if (pair?.has(next)) return [surface[i]!, surface[i + 1]!];
  // "Not removed", "never closed": the ending is denied.
  if (NEGATIONS.has((surface[i - 1] ?? '').toLowerCase())) return null;
  return SINGLE.has(word) ? [surface[i]!] : null;
}

/**
 * The match as its opposite when a word saying it ended is inside it or within `REACH`
 * written words of it in the same clause; the match itself otherwise. A comma parts what
 * ended from what began ("Case allocated to SW, EH closed", "Initial assessment started,
 * previous closed"). The ending words join
 * the match's words and count in its strength, as words of the text it explains.
 */
export function reversedMatch(match: TypeMatch, read: TypeText): TypeMatch {
  const opposite = OPPOSITES.get(match.code);
  if (!opposite) return match;
  const { surface, clause } = read;
  // The ending word in the clause of the match's first or last word: an ending inside a long
  // match (its words parted by a comma) still reverses it.
  const near = (i: number) => clause[i] === clause[match.start] || clause[i] === clause[match.end];
  const from = Math.max(0, match.start - REACH);
  const to = Math.min(surface.length - 1, match.end + REACH);
  for (let i = from; i <= to; i++) {
    if (!near(i)) continue;
    const ending = endingAt(surface, i);
    if (!ending) continue;
    if (i >= match.start && i <= match.end) return { ...match, code: opposite };
    return {
      ...match,
      code: opposite,
      words: i < match.start ? [...ending, ...match.words] : [...match.words, ...ending],
      strength: match.strength + ending.length,
      start: Math.min(match.start, i),
      end: Math.max(match.end, i + ending.length - 1),
    };
  }
  return match;
}
