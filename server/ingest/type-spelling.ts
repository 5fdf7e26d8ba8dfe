import { isKnownWord, osaDistanceWithin, spellingBudget } from './spelling';
import { stemOf } from './type-words';

/**
 * The vocabulary's words as written, for reading a near spelling ("stratergy") as the word
 * meant (type-matcher.ts). Pure: no I/O; each answer is remembered, as agencies misspell the
 * same words again and again.
 */
export class NearSpellings {
  /** Vocabulary words as written (lower case, 4+ letters) by first letter and length. */
  private readonly byFirst = new Map<string, Array<{ word: string; stems: string[] }>>();
  private readonly answers = new Map<string, string[] | null>();

  /**
   * @param known the stems the vocabulary's synonyms use: a written word whose stems are not
   *   all among them is not a target.
   */
  constructor(private readonly known: ReadonlySet<string>) {}

  add(word: string, stems = [stemOf(word)]): void {
    // A written word the synonyms use only through an abbreviation ("referred" is read as
    // "referral") is not a target: its stem matches nothing.
    if (word.length < 4 || !/^[a-z]+$/.test(word) || stems.length === 0) return;
    if (!stems.every((stem) => this.known.has(stem))) return;
    const first = word[0] ?? '';
    const list = this.byFirst.get(first) ?? [];
    if (!list.some((s) => s.word === word)) list.push({ word, stems });
    this.byFirst.set(first, list);
  }

  /**
   * A misspelling's vocabulary stems, or null. A word of 4 letters or more, with the same first
   * letter (a typo seldom changes it), within one edit for 4–5 letters and two after (Damerau
   * distance: a swap of two letters is one edit), and only when one vocabulary word is
   * closest: "count" is not guessed as "court". A word the vocabulary writes out as others
   * ("antenatal") is read as those ("Antenatel"). A word the vocabulary or English holds is no
   * misspelling ("test" is not "text", "breathing" not "breach"); it is read only as the same
   * word with another ending ("injured" as "injury").
   */
  correction(word: string): string[] | null {
    const budget = spellingBudget(word);
    // Numbers and codes ("123", "ref4") are no misspelling, and not remembered: a file's row
    // numbers would fill the memory and clear the words with it.
    if (budget === 0 || !/^[a-z]+$/.test(word)) return null;
    const cached = this.answers.get(word);
    if (cached !== undefined) return cached;
    const known = isKnownWord(word);
    let bestDistance = budget + 1;
    const hits = new Map<string, string[]>();
    for (const candidate of this.byFirst.get(word[0] ?? '') ?? []) {
      if (Math.abs(candidate.word.length - word.length) > budget) continue;
      // A word of its own is read only as the same word with another ending ("injured").
      if (known && !sameWordOtherEnding(word, candidate.word)) continue;
      // Over the budget is not a near spelling ("induction" is not "injury").
      const d = osaDistanceWithin(word, candidate.word, budget);
      if (d > budget) continue;
      if (d < bestDistance) {
        bestDistance = d;
        hits.clear();
      }
      if (d === bestDistance) hits.set(candidate.stems.join(' '), candidate.stems);
    }
    const found = hits.size === 1 ? ([...hits.values()][0] ?? null) : null;
    if (this.answers.size > 50_000) this.answers.clear();
    this.answers.set(word, found);
    return found;
  }
}

/** Two words that differ only in their last two letters or fewer, after four or more in common. */
function sameWordOtherEnding(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return (
    a.length >= 5 &&
    b.length >= 5 &&
    common >= 4 &&
    a.length - common <= 2 &&
    b.length - common <= 2
  );
}
