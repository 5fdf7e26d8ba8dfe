import type { SynonymSource } from './type-match';
import { NEGATIONS, readTypeText, wordsLeaving } from './type-words';

// The type matcher's synonyms (type-matcher.ts), indexed by stem: which synonyms a text's stems
// can match, looked up without going through every synonym that shares a common word with it.

export interface Synonym {
  /** Its place in the index's list (marks a candidate without a set). */
  id: number;
  code: string;
  stems: string[];
  /** Its stems once each (`stems` repeats one in "face to face"). */
  distinct: string[];
  /** Words as the synonym is written (stopwords aside): "nearly all" counts these. */
  wordCount: number;
  /**
   * Matched in order, word by word: a negation ("no access") or a repeated word ("face to
   * face", which as a set would be "face" alone).
   */
  sideBySide: boolean;
  overrides: boolean;
  /**
   * How many of its distinct stems a text must hold before it is looked at: all of them, or
   * all but one for a synonym of four written words or more ("nearly all").
   */
  needed: number;
}

/** A synonym a text may match: how many of its stems the text holds. */
export interface Candidate {
  synonym: Synonym;
  found: number;
  /** Where the text first names one of its stems (index into the text's words). */
  first: number;
}

export class SynonymIndex {
  readonly synonyms: Synonym[] = [];
  /** Every stem the synonyms use. */
  readonly known = new Set<string>();
  /** Stem → how telling it is: 1 when one code's synonyms use it, 1/n when n codes' do. */
  private readonly specificities = new Map<string, number>();
  /**
   * Stem → the synonyms it keys: a synonym whose every stem a text must hold is keyed by its
   * rarest stem, one that may lack one ("nearly all") by its two rarest. "visit", in 41
   * synonyms, keys few of them.
   */
  private readonly byKeyStem = new Map<string, Synonym[]>();
  /** Per synonym (by id), 1 while it is a candidate for the text being looked up. */
  private readonly marks: Uint8Array;

  /** @param notExpanded abbreviations read as the bare word (`TypeMatcher`'s). */
  constructor(types: readonly SynonymSource[], notExpanded: ReadonlySet<string> = new Set()) {
    const stemCodes = new Map<string, Set<string>>();
    const byStem = new Map<string, Synonym[]>();
    for (const type of types) {
      for (const text of type.synonyms) {
        const read = readTypeText(text);
        const words = wordsLeaving(read, notExpanded);
        const sequence = words.map((w) => w.stem);
        const stems = [...new Set(sequence)];
        if (stems.length === 0) continue;
        const sideBySide = stems.some((s) => NEGATIONS.has(s)) || stems.length < sequence.length;
        const wordCount = new Set(words.map((w) => w.at)).size;
        const synonym = {
          id: this.synonyms.length,
          code: type.code,
          stems: sideBySide ? sequence : stems,
          distinct: stems,
          wordCount,
          sideBySide,
          overrides: Boolean(type.overrides),
          needed:
            !sideBySide && stems.length > 1 && wordCount >= 4 ? stems.length - 1 : stems.length,
        };
        this.synonyms.push(synonym);
        for (const stem of stems) {
          this.known.add(stem);
          const holding = byStem.get(stem) ?? [];
          holding.push(synonym);
          byStem.set(stem, holding);
          if (!stemCodes.has(stem)) stemCodes.set(stem, new Set());
          stemCodes.get(stem)?.add(type.code);
        }
      }
    }
    this.marks = new Uint8Array(this.synonyms.length);
    for (const synonym of this.synonyms) {
      const rarest = [...synonym.distinct].sort(
        (a, b) => (byStem.get(a)?.length ?? 0) - (byStem.get(b)?.length ?? 0),
      );
      for (const stem of rarest.slice(0, synonym.distinct.length - synonym.needed + 1)) {
        const keyed = this.byKeyStem.get(stem) ?? [];
        keyed.push(synonym);
        this.byKeyStem.set(stem, keyed);
      }
    }
    for (const [stem, codes] of stemCodes) this.specificities.set(stem, 1 / codes.size);
  }

  /** How telling a stem is: 1 when only one code uses it, less when several share it. */
  specificity(stem: string): number {
    return this.specificities.get(stem) ?? 1;
  }

  /**
   * The synonyms of which a text holds enough stems (`where`: each stem of the text → its
   * places), in the order the text first names one of their stems, then the vocabulary's
   * order: the order in which going through each stem's synonyms would meet them.
   */
  candidates(where: ReadonlyMap<string, readonly number[]>): Candidate[] {
    const marks = this.marks;
    const keyed: Synonym[] = [];
    for (const stem of where.keys()) {
      for (const synonym of this.byKeyStem.get(stem) ?? []) {
        if (marks[synonym.id] === 1) continue;
        marks[synonym.id] = 1;
        keyed.push(synonym);
      }
    }
    const candidates: Candidate[] = [];
    for (const synonym of keyed) {
      marks[synonym.id] = 0;
      let found = 0;
      let first = Infinity;
      for (const stem of synonym.distinct) {
        const at = where.get(stem);
        if (at === undefined) continue;
        found++;
        if (at[0]! < first) first = at[0]!;
      }
      if (found >= synonym.needed) candidates.push({ synonym, found, first });
    }
    return candidates.sort((a, b) => a.first - b.first || a.synonym.id - b.synonym.id);
  }
}

/**
 * The tightest window holding one occurrence of each list's positions (each in text order),
 * anchored on each occurrence in turn: the picks (one per list, in list order), the window's
 * length and its first position; of two as tight, the one that starts earlier.
 */
export function tightestWindow(
  positions: ReadonlyArray<readonly number[]>,
): { picks: number[]; span: number; low: number } | null {
  let bestAnchor = -1;
  let bestSpan = Infinity;
  let bestLow = Infinity;
  for (const anchorList of positions) {
    for (const anchor of anchorList) {
      let low = Infinity;
      let high = -Infinity;
      for (const p of positions) {
        const pick = nearest(p, anchor);
        if (pick < low) low = pick;
        if (pick > high) high = pick;
      }
      const span = high - low + 1;
      if (span < bestSpan || (span === bestSpan && low < bestLow)) {
        bestSpan = span;
        bestLow = low;
        bestAnchor = anchor;
      }
    }
  }
  if (bestAnchor < 0) return null;
  return { picks: positions.map((p) => nearest(p, bestAnchor)), span: bestSpan, low: bestLow };
}

/** Of a list of positions in text order, the one nearest `anchor`; the earlier of two as near. */
function nearest(positions: readonly number[], anchor: number): number {
  let pick = positions[0]!;
  for (let k = 1; k < positions.length; k++) {
    const p = positions[k]!;
    if (Math.abs(p - anchor) < Math.abs(pick - anchor)) pick = p;
  }
  return pick;
}
