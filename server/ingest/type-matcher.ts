import typeWords from './data/type-words.json';
import { isEnglish, isKnownWord, osaDistance, spellingBudget } from './spelling';
import type { MatchOptions, SynonymSource, TypeMatch } from './type-match';
import { compareMatches, rank } from './type-rank';
import { NEGATIONS, readTypeText, stemOf, type TypeText, type TypeWord } from './type-words';

/**
 * Matches a text to vocabulary codes by words, not whole phrases. Each synonym is a set of
 * stemmed words; it matches when all its words occur in the text (all but one for synonyms of
 * four words or more) within a few words of each other, in any order. Synonyms with a negation
 * ("no access", "not brought") must match in order and side by side: "attended, not seen alone"
 * is not a "not attended". Pure: no I/O.
 */

export type { MatchOptions, SynonymSource, TypeMatch } from './type-match';

interface Synonym {
  code: string;
  stems: string[];
  /** Words as the synonym is written (stopwords aside): "nearly all" counts these. */
  wordCount: number;
  /**
   * Matched in order, word by word: a negation ("no access") or a repeated word ("face to
   * face", which as a set would be "face" alone).
   */
  sideBySide: boolean;
  overrides: boolean;
}

// Words after which a phrase names the destination, the actor or the subject of what went
// before: "Referral to housing", "Attended by police", "Call re school".
const LINKS: ReadonlySet<string> = new Set(typeWords.links);

/** How many recent texts a matcher remembers (see `recent`). */
const RECENT_TEXTS = 4;

export class TypeMatcher {
  private readonly synonyms: Synonym[] = [];
  private readonly known = new Set<string>();
  /** Vocabulary words as written (lower case, 4+ letters) by first letter, for near spellings. */
  private readonly spellings = new Map<string, Array<{ word: string; stems: string[] }>>();
  /** Stem → in how many codes' synonyms it occurs: a word in one code says more than "visit". */
  private readonly codesPerStem = new Map<string, number>();
  private readonly corrections = new Map<string, string[] | null>();
  /** Stem → the synonyms that hold it: a long description is checked only against those. */
  private readonly byStem = new Map<string, Synonym[]>();
  /**
   * The last few texts matched, with their options: one row's description is read by several
   * rules in turn (a death named, what happened, a referral said), each asking the same
   * question of the same text. Without this the ingest of a 100,000-row file read every
   * description three times over (docs/benchmarks.md, 2026-12-04).
   */
  private readonly recent: Array<{ read: TypeText; key: string; found: TypeMatch[] }> = [];

  constructor(types: readonly SynonymSource[]) {
    const stemCodes = new Map<string, Set<string>>();
    for (const type of types) {
      for (const text of type.synonyms) {
        const read = readTypeText(text);
        const sequence = read.words.map((w) => w.stem);
        const stems = [...new Set(sequence)];
        if (stems.length === 0) continue;
        const sideBySide = stems.some((s) => NEGATIONS.has(s)) || stems.length < sequence.length;
        const synonym = {
          code: type.code,
          stems: sideBySide ? sequence : stems,
          wordCount: new Set(read.words.map((w) => w.at)).size,
          sideBySide,
          overrides: Boolean(type.overrides),
        };
        this.synonyms.push(synonym);
        for (const stem of stems) {
          this.known.add(stem);
          const holding = this.byStem.get(stem) ?? [];
          holding.push(synonym);
          this.byStem.set(stem, holding);
          if (!stemCodes.has(stem)) stemCodes.set(stem, new Set());
          stemCodes.get(stem)?.add(type.code);
        }
      }
    }
    const written = [
      ...types.flatMap((t) => t.synonyms.flatMap((text) => text.toLowerCase().split(/[^a-z]+/))),
      ...Object.values(typeWords.abbreviations).flatMap((long) => long.split(' ')),
    ];
    for (const word of written) this.addSpelling(word);
    // A word the vocabulary writes out as others ("antenatal": ante natal) is a target too.
    // Not an acronym ("dnas"): "Donnas" is not a misspelling of it.
    for (const [short, long] of Object.entries(typeWords.abbreviations)) {
      if (isEnglish(short))
        this.addSpelling(
          short,
          readTypeText(long).words.map((w) => w.stem),
        );
    }
    for (const [stem, codes] of stemCodes) this.codesPerStem.set(stem, codes.size);
  }

  /** Every code whose synonym matches, best first (see `rank`). */
  matches(text: string | TypeText, options: MatchOptions = {}): TypeMatch[] {
    const read = typeof text === 'string' ? readTypeText(text) : text;
    const key = `${options.maxInserted ?? 3}|${options.inOrder === true}|${options.fuzzy !== false}|${options.everyMatch === true}`;
    // `readTypeText` gives the same object for the same text read again (its own memo).
    const held = this.recent.find((r) => r.read === read && r.key === key);
    // A copy of the list: callers sort and filter what they are given.
    if (held) return [...held.found];
    const found = this.matchAll(read, options);
    this.recent.unshift({ read, key, found });
    if (this.recent.length > RECENT_TEXTS) this.recent.pop();
    return [...found];
  }

  private matchAll(read: TypeText, options: MatchOptions): TypeMatch[] {
    const words = options.fuzzy === false ? read.words : this.corrected(read);
    const where = new Map<string, number[]>();
    words.forEach((w, i) => {
      const list = where.get(w.stem);
      if (list) list.push(i);
      else where.set(w.stem, [i]);
    });
    const candidates = new Set<Synonym>();
    for (const stem of where.keys()) {
      for (const synonym of this.byStem.get(stem) ?? []) candidates.add(synonym);
    }
    const best = new Map<string, TypeMatch>();
    const all: TypeMatch[] = [];
    for (const synonym of candidates) {
      const match = this.matchSynonym(
        synonym,
        where,
        words,
        read.surface,
        options.maxInserted ?? 3,
        options.inOrder ?? false,
      );
      // An abbreviation's long meaning matched in part only ("MASH": its "safeguarding") does
      // not say what the text is.
      if (!match || match.strength <= 0) continue;
      if (options.everyMatch) {
        all.push(match);
        continue;
      }
      const held = best.get(match.code);
      if (!held || compareMatches(match, held) < 0) best.set(match.code, match);
    }
    return rank(options.everyMatch ? all : [...best.values()], read.joined);
  }

  /** How telling a stem is: 1 when only one code uses it, less when several share it. */
  specificity(stem: string): number {
    return 1 / (this.codesPerStem.get(stem) ?? 1);
  }

  /** Codes that share a word with the text, most telling first: suggestions for a reviewer. */
  related(text: string, limit: number): string[] {
    const read = this.corrected(readTypeText(text));
    const stems = new Set(read.map((w) => w.stem));
    const scores = new Map<string, number>();
    for (const synonym of this.synonyms) {
      const shared = synonym.stems.filter((s) => stems.has(s));
      if (shared.length === 0) continue;
      const score =
        shared.reduce((sum, s) => sum + this.specificity(s), 0) *
        (shared.length / synonym.stems.length);
      // The best synonym's share, and a little for each other synonym of the code sharing
      // the words: "review" is in four planning synonyms and one decision synonym.
      const held = scores.get(synonym.code);
      scores.set(synonym.code, held === undefined ? score : Math.max(held, score) + 0.05);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([code]) => code);
  }

  private addSpelling(word: string, stems = [stemOf(word)]): void {
    // A written word the synonyms use only through an abbreviation ("referred" is read as
    // "referral") is not a target: its stem matches nothing.
    if (word.length < 4 || !/^[a-z]+$/.test(word) || stems.length === 0) return;
    if (!stems.every((stem) => this.known.has(stem))) return;
    const first = word[0] ?? '';
    const list = this.spellings.get(first) ?? [];
    if (!list.some((s) => s.word === word)) list.push({ word, stems });
    this.spellings.set(first, list);
  }

  /** The text's words with near spellings of vocabulary words read as those words. */
  corrected(read: TypeText): TypeWord[] {
    return read.words.flatMap((w) => {
      if (this.known.has(w.stem)) return [w];
      const written = read.surface[w.at] ?? '';
      const word = written.toLowerCase();
      // Only a word that is itself the unknown stem's source: abbreviations are exact already.
      if (stemOf(word) !== w.stem) return [w];
      // A short word in capitals is an acronym ("EPDS"), not a misspelling.
      if (word.length <= 5 && /^[A-Z]+$/.test(written)) return [w];
      const stems = this.correction(word);
      return stems ? stems.map((stem) => ({ ...w, stem, fuzzy: true })) : [w];
    });
  }

  /**
   * A misspelling's vocabulary stems, or null. A word of 4 letters or more, with the same first
   * letter (a typo seldom changes it), within one edit for 4–5 letters and two after (Damerau
   * distance: a swap of two letters is one edit), and only when one vocabulary word is closest: "count" is not guessed as "court". A word the
   * vocabulary writes out as others ("antenatal") is read as those ("Antenatel"). A word the
   * vocabulary or English holds is no misspelling ("test" is not "text", "breathing" not
   * "breach"); it is read only as the same word with another ending ("injured" as "injury").
   */
  private correction(word: string): string[] | null {
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    let found: string[] | null = null;
    const budget = spellingBudget(word);
    const known = isKnownWord(word);
    if (budget > 0 && /^[a-z]+$/.test(word)) {
      let bestDistance = budget + 1;
      const hits = new Map<string, string[]>();
      for (const candidate of this.spellings.get(word[0] ?? '') ?? []) {
        if (Math.abs(candidate.word.length - word.length) > budget) continue;
        // A word of its own is read only as the same word with another ending ("injured").
        if (known && !sameWordOtherEnding(word, candidate.word)) continue;
        const d = osaDistance(word, candidate.word);
        // Over the budget is not a near spelling ("induction" is not "injury").
        if (d > budget) continue;
        if (d < bestDistance) {
          bestDistance = d;
          hits.clear();
        }
        if (d === bestDistance) hits.set(candidate.stems.join(' '), candidate.stems);
      }
      if (hits.size === 1) found = [...hits.values()][0] ?? null;
    }
    if (this.corrections.size > 50_000) this.corrections.clear();
    this.corrections.set(word, found);
    return found;
  }

  private matchSynonym(
    synonym: Synonym,
    where: ReadonlyMap<string, number[]>,
    words: readonly TypeWord[],
    surface: readonly string[],
    maxInserted: number,
    inOrder: boolean,
  ): TypeMatch | null {
    if (synonym.sideBySide) return this.matchInOrder(synonym, where, words, surface);
    if (synonym.stems.length === 1) {
      // Most synonyms are one word: its first occurrence that no negation denies.
      const at = (where.get(synonym.stems[0] ?? '') ?? []).find(
        (i) => !NEGATIONS.has(words[i - 1]?.stem ?? ''),
      );
      return at === undefined ? null : this.toMatch(synonym, [at], words, surface, false);
    }
    // Counted before anything is allocated: most candidates of a long description share one
    // common word with it ("visit") and are refused here.
    let found = 0;
    for (const stem of synonym.stems) if (where.has(stem)) found++;
    // "Nearly all" for long synonyms: one word of four or more may be missing. Counted in words
    // as written, so an abbreviation's long meaning ("MASH") does not make a synonym long.
    const needed = synonym.wordCount >= 4 ? synonym.stems.length - 1 : synonym.stems.length;
    if (found < needed) return null;
    const positions = synonym.stems.map((stem) => where.get(stem) ?? []);
    // The tightest window holding one occurrence of each found stem, anchored on each
    // occurrence in turn: texts are short and stems rarely repeat.
    let bestPicks: number[] | null = null;
    let bestSpan = Infinity;
    for (const anchor of positions.flat()) {
      const picks = positions
        .filter((p) => p.length > 0)
        .map((p) =>
          p.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a), p[0] ?? 0),
        );
      const span = Math.max(...picks) - Math.min(...picks) + 1;
      if (span < bestSpan || (span === bestSpan && Math.min(...picks) < Math.min(...bestPicks!))) {
        bestSpan = span;
        bestPicks = picks;
      }
    }
    if (!bestPicks) return null;
    const ordered = bestPicks.every((p, i) => i === 0 || p >= (bestPicks?.[i - 1] ?? 0));
    if (inOrder && !ordered) return null;
    const inserted = bestSpan - new Set(bestPicks).size;
    if (inserted > maxInserted) return null;
    const match = this.toMatch(synonym, bestPicks, words, surface, found < synonym.stems.length);
    // Of two equal matches the tighter wins ("strategy meeting held to discuss" is a meeting),
    // and a match that reaches over a telling word of another type loses that word's worth:
    // "multi-agency strategy meeting" is a strategy meeting, not a "multi-agency meeting".
    const first = Math.min(...bestPicks);
    // "No concerns", "not registered": a negated phrase is not the thing it names.
    if (NEGATIONS.has(words[first - 1]?.stem ?? '')) return null;
    for (let i = first + 1; i < first + bestSpan; i++) {
      if (bestPicks.includes(i)) continue;
      const stem = words[i]?.stem ?? '';
      match.strength -= 0.1 + (this.known.has(stem) ? this.specificity(stem) : 0);
    }
    match.ordered = ordered;
    return match;
  }

  /** Every word, in order, side by side. */
  private matchInOrder(
    synonym: Synonym,
    where: ReadonlyMap<string, number[]>,
    words: readonly TypeWord[],
    surface: readonly string[],
  ): TypeMatch | null {
    for (const i of where.get(synonym.stems[0] ?? '') ?? []) {
      if (synonym.stems.every((stem, k) => words[i + k]?.stem === stem)) {
        return this.toMatch(
          synonym,
          synonym.stems.map((_, k) => i + k),
          words,
          surface,
          false,
        );
      }
    }
    return null;
  }

  private toMatch(
    synonym: Synonym,
    picks: readonly number[],
    words: readonly TypeWord[],
    surface: readonly string[],
    partial: boolean,
  ): TypeMatch {
    const matched = picks.map((i) => words[i]).filter((w): w is TypeWord => w !== undefined);
    const at = [...new Set(matched.map((w) => w.at))].sort((a, b) => a - b);
    const fuzzy = matched.filter((w) => w.fuzzy).length;
    const pickedStems = new Set(picks);
    // Words of the text explained: an abbreviation ("ICPC") is one word however long its
    // meaning, and counts only when all of its meaning matched ("DA incident reported" is a DA
    // incident, not a "domestic incident report"); a partial or misspelt match counts less.
    // The words one written word became sit side by side in `words`.
    const unexplained = new Set<number>();
    for (const p of picks) {
      const a = words[p]?.at;
      for (const step of [-1, 1]) {
        for (let j = p + step; words[j]?.at === a; j += step) {
          const w = words[j];
          if (w && !pickedStems.has(j) && !synonym.stems.includes(w.stem)) unexplained.add(a ?? -1);
        }
      }
    }
    const explained = at.filter((a) => !unexplained.has(a)).length;
    const lastSpan = matched.find((w) => w.at === at[at.length - 1])?.span ?? 1;
    return {
      code: synonym.code,
      words: at.map((i) => {
        const span = matched.find((w) => w.at === i)?.span ?? 1;
        return surface.slice(i, i + span).join(' ');
      }),
      strength: explained - (partial ? 0.5 : 0) - 0.25 * fuzzy,
      start: at[0] ?? 0,
      end: at[at.length - 1] ?? 0,
      overrides: synonym.overrides,
      // Per written word, so an abbreviation's long meaning ("CIN": child in need) weighs as
      // one word.
      weight: at.reduce((sum, a) => {
        const own = matched.filter((w) => w.at === a);
        return sum + own.reduce((s, w) => s + this.specificity(w.stem), 0) / own.length;
      }, 0),
      ordered: true,
      afterLink: this.afterLink(at[0] ?? 0, words, surface),
      followedBy: (surface[(at[at.length - 1] ?? 0) + lastSpan] ?? '').toLowerCase(),
      stemCount: matched.length,
    };
  }

  /**
   * A linking word before the written word at `start`, directly or past up to three words
   * that name no type (a place or a name: "to Westvale hospital IDVA").
   */
  private afterLink(start: number, words: readonly TypeWord[], surface: readonly string[]) {
    for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
      const word = (surface[i] ?? '').toLowerCase();
      if (LINKS.has(word)) return true;
      if (words.some((w) => w.at === i && this.known.has(w.stem))) return false;
    }
    return false;
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
