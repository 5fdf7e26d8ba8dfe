import typeWords from './data/type-words.json';
import { isEnglish } from './spelling';
import type { MatchOptions, SynonymSource, TypeMatch } from './type-match';
import { compareMatches, rank } from './type-rank';
import { reversedMatch } from './type-reversal';
import { NearSpellings } from './type-spelling';
import { type Synonym, SynonymIndex, tightestWindow } from './type-synonyms';
import {
  DENIALS,
  isUnstemmed,
  NEGATIONS,
  readTypeText,
  stemOf,
  type TypeText,
  type TypeWord,
  wordsLeaving,
} from './type-words';

/**
 * Matches a text to vocabulary codes by words, not whole phrases. Each synonym is a set of
 * stemmed words; it matches when all its words occur in the text (all but one for synonyms of
 * four words or more) within a few words of each other, in any order. Synonyms with a negation
 * ("no access", "not brought") must match in order and side by side: "attended, not seen alone"
 * is not a "not attended". Pure: no I/O.
 */

export type { MatchOptions, SynonymSource, TypeMatch } from './type-match';

// Words after which a phrase names the destination, the actor or the subject of what went
// before: "Referral to housing", "Attended by police", "Call re school".
const LINKS: ReadonlySet<string> = new Set(typeWords.links);

/** How many recent texts a matcher remembers (see `recent`). */
const RECENT_TEXTS = 4;

export class TypeMatcher {
  private readonly index: SynonymIndex;
  private readonly known: ReadonlySet<string>;
  /** Vocabulary words as written, for near spellings. */
  private readonly spellings: NearSpellings;
  /**
   * The last few texts matched, with their options: one row's description is read by several
   * rules in turn (a death named, what happened, a referral said), each asking the same
   * question of the same text. Without this the ingest of a 100,000-row file read every
   * description three times over (docs/benchmarks.md, 2026-12-04).
   */
  private readonly recent: Array<{ read: TypeText; key: string; found: TypeMatch[] }> = [];
  /** The stems each code's synonyms use, built when a code is first asked about (`mayMatch`). */
  private readonly codeStems = new Map<string, ReadonlySet<string>>();
  /** The last text corrected: `mayMatch` and then `matches` ask it of the same text. */
  private lastCorrected: { read: TypeText; words: readonly TypeWord[] } | null = null;

  /**
   * @param notExpanded abbreviations (one written word, lower case) whose long meaning is not
   *   this agency's: to an ambulance service "CPR" is resuscitation, not the child protection
   *   register. They are read as the bare word, in its texts and its synonyms
   *   (`abbreviationsNotFor`).
   */
  constructor(
    types: readonly SynonymSource[],
    private readonly notExpanded: ReadonlySet<string> = new Set(),
  ) {
    this.index = new SynonymIndex(types, notExpanded);
    this.known = this.index.known;
    this.spellings = new NearSpellings(this.known);
    const written = [
      ...types.flatMap((t) => t.synonyms.flatMap((text) => text.toLowerCase().split(/[^a-z]+/))),
      ...Object.values(typeWords.abbreviations).flatMap((long) => long.split(' ')),
    ];
    for (const word of written) this.spellings.add(word);
    // A word the vocabulary writes out as others ("antenatal": ante natal) is a target too.
    // Not an acronym ("dnas"): "Donnas" is not a misspelling of it.
    for (const [short, long] of Object.entries(typeWords.abbreviations)) {
      if (isEnglish(short))
        this.spellings.add(
          short,
          readTypeText(long).words.map((w) => w.stem),
        );
    }
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
    for (let i = 0; i < words.length; i++) {
      const stem = words[i]!.stem;
      const list = where.get(stem);
      if (list) list.push(i);
      else where.set(stem, [i]);
    }
    // Only the synonyms of which the text holds enough stems, in the order going through every
    // synonym of each stem would meet them (the ranking keeps that order among equals).
    const candidates = this.index.candidates(where);
    const best = new Map<string, TypeMatch>();
    const all: TypeMatch[] = [];
    const maxInserted = options.maxInserted ?? 3;
    const inOrder = options.inOrder ?? false;
    for (const { synonym, found } of candidates) {
      const matched = this.matchSynonym(
        synonym,
        found,
        where,
        words,
        read.surface,
        maxInserted,
        inOrder,
      );
      const match = matched && reversedMatch(matched, read);
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

  /**
   * False when the text cannot hold a match of `code` with `minStems` matched words or more:
   * fewer than that many of its words (near spellings as corrected) are words of that code's
   * synonyms. A look of one pass, before the full read, for a rule that wants only such a match
   * (a death named takes a phrase); true says only that the full read may find one.
   */
  mayMatch(text: string | TypeText, code: string, minStems: number): boolean {
    const read = typeof text === 'string' ? readTypeText(text) : text;
    let stems = this.codeStems.get(code);
    if (!stems) {
      stems = new Set(this.index.synonyms.filter((s) => s.code === code).flatMap((s) => s.stems));
      this.codeStems.set(code, stems);
    }
    let held = 0;
    for (const w of this.corrected(read)) if (stems.has(w.stem) && ++held >= minStems) return true;
    return false;
  }

  /** How telling a stem is: 1 when only one code uses it, less when several share it. */
  specificity(stem: string): number {
    return this.index.specificity(stem);
  }

  /** Codes that share a word with the text, most telling first: suggestions for a reviewer. */
  related(text: string, limit: number): string[] {
    const read = this.corrected(readTypeText(text));
    const stems = new Set(read.map((w) => w.stem));
    const scores = new Map<string, number>();
    for (const synonym of this.index.synonyms) {
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

  /**
   * The text's words with near spellings of vocabulary words read as those words (see
   * `NearSpellings.correction`); the text's own list when no word changes.
   */
  corrected(read: TypeText): readonly TypeWord[] {
    if (this.lastCorrected?.read === read) return this.lastCorrected.words;
    const words = this.correctedAfresh(read);
    this.lastCorrected = { read, words };
    return words;
  }

  private correctedAfresh(read: TypeText): readonly TypeWord[] {
    let out: TypeWord[] | null = null;
    const words = wordsLeaving(read, this.notExpanded);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const stems = this.known.has(w.stem) ? null : this.correctionOf(w, read.surface);
      if (stems === null) {
        out?.push(w);
        continue;
      }
      out ??= words.slice(0, i);
      for (const stem of stems) out.push({ ...w, stem, fuzzy: true });
    }
    return out ?? words;
  }

  /** The vocabulary stems an unknown word is a near spelling of, or null. */
  private correctionOf(w: TypeWord, surface: readonly string[]): string[] | null {
    const written = surface[w.at] ?? '';
    const word = written.toLowerCase();
    // Only a word that is itself the unknown stem's source: abbreviations are exact already.
    if (stemOf(word) !== w.stem || isUnstemmed(word)) return null;
    // A short word in capitals is an acronym ("EPDS"), not a misspelling.
    if (word.length <= 5 && /^[A-Z]+$/.test(written)) return null;
    return this.spellings.correction(word);
  }

  private matchSynonym(
    synonym: Synonym,
    found: number,
    where: ReadonlyMap<string, number[]>,
    words: readonly TypeWord[],
    surface: readonly string[],
    maxInserted: number,
    inOrder: boolean,
  ): TypeMatch | null {
    if (synonym.sideBySide) return this.matchInOrder(synonym, where, words, surface);
    if (synonym.stems.length === 1) {
      // Most synonyms are one word: its first occurrence that no negation denies.
      for (const i of where.get(synonym.stems[0]!) ?? []) {
        if (!deniedAt(words, i)) return this.toMatch(synonym, [i], words, surface, false);
      }
      return null;
    }
    // The tightest window holding one occurrence of each found stem: texts are short and
    // stems rarely repeat. ("Nearly all" for long synonyms was counted before: `found` of its
    // stems are in the text, at least `needed`.)
    const positions: number[][] = [];
    for (const stem of synonym.stems) {
      const at = where.get(stem);
      if (at) positions.push(at);
    }
    const window = tightestWindow(positions);
    if (!window) return null;
    const { picks: bestPicks, span: bestSpan, low: bestLow } = window;
    const ordered = bestPicks.every((p, i) => i === 0 || p >= bestPicks[i - 1]!);
    if (inOrder && !ordered) return null;
    const inserted = bestSpan - new Set(bestPicks).size;
    if (inserted > maxInserted) return null;
    // Of two equal matches the tighter wins ("strategy meeting held to discuss" is a meeting),
    // and a match that reaches over a telling word of another type loses that word's worth:
    // "multi-agency strategy meeting" is a strategy meeting, not a "multi-agency meeting".
    // "No concerns", "not registered": a negated phrase is not the thing it names.
    if (deniedAt(words, bestLow)) return null;
    const match = this.toMatch(synonym, bestPicks, words, surface, found < synonym.stems.length);
    for (let i = bestLow + 1; i < bestLow + bestSpan; i++) {
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
    if (picks.length === 1) return this.toMatchOne(synonym, picks[0]!, words, surface, partial);
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

  /** `toMatch` for one word of the text, as most synonyms are: the same match, built directly. */
  private toMatchOne(
    synonym: Synonym,
    pick: number,
    words: readonly TypeWord[],
    surface: readonly string[],
    partial: boolean,
  ): TypeMatch {
    const w = words[pick]!;
    const a = w.at;
    // The other words the same written word became, all in the synonym ("ICPC" matched whole).
    let explained = 1;
    for (let j = pick - 1; words[j]?.at === a; j--)
      if (!synonym.stems.includes(words[j]!.stem)) explained = 0;
    for (let j = pick + 1; words[j]?.at === a; j++)
      if (!synonym.stems.includes(words[j]!.stem)) explained = 0;
    return {
      code: synonym.code,
      words: [w.span === 1 ? surface[a]! : surface.slice(a, a + w.span).join(' ')],
      strength: explained - (partial ? 0.5 : 0) - 0.25 * (w.fuzzy ? 1 : 0),
      start: a,
      end: a,
      overrides: synonym.overrides,
      weight: this.specificity(w.stem),
      ordered: true,
      afterLink: this.afterLink(a, words, surface),
      followedBy: (surface[a + w.span] ?? '').toLowerCase(),
      stemCount: 1,
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

/** A negation or a denial just before the word at `i` ("no concerns", "denies any DV"). */
function deniedAt(words: readonly TypeWord[], i: number): boolean {
  const before = words[i - 1]?.stem ?? '';
  return NEGATIONS.has(before) || DENIALS.has(before);
}
