import type { SynonymSource } from './type-match';
import { readTypeText, type TypeWord } from './type-words';

/**
 * Reads a type cell that no synonym matched by weighing every one of its words against every
 * code: a multinomial naive Bayes learned from the vocabulary's own synonyms (each synonym a
 * labelled example of its code; never from a corpus's answers). "Welfare – Appearance" shares
 * no whole synonym with any code, but "welfare" is a word the concern's synonyms use far more
 * than any other code's. It answers only when one code is clearly likelier than all the others
 * together, and otherwise abstains (the row stays `other`, for the reviewer). Pure: no I/O.
 */

/** Add-α smoothing of word counts: small, so that a word a code never uses counts against it. */
const ALPHA = 0.1;
/** The share of the likelihood the best code must hold over all codes to be said. */
export const SCORER_THRESHOLD = 0.6;
/** A word used by more codes than this says nothing about which (`visit`, `review`, `child`). */
const MAX_CODES_PER_WORD = 6;
/**
 * A telling word, as the matcher counts one (type-rank.ts): used by at most two codes. Words
 * that three or more codes share can weigh toward one of them, but cannot alone make the answer:
 * "Information received" is as much a referral or a birth notice as information shared.
 */
const TELLING_CODES = 2;

export interface ScoredType {
  code: string;
  /** The best code's share of the likelihood over all codes, 0–1. */
  share: number;
  /** The written words that spoke for the code, in text order. */
  words: string[];
}

export class TypeScorer {
  /** Code → stem → how often its synonyms use it. */
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  /** Stem → how many codes use it. */
  private readonly codesPerStem = new Map<string, number>();
  private readonly codes: string[];
  private readonly vocabularySize: number;

  constructor(types: readonly SynonymSource[]) {
    for (const type of types) {
      if (type.synonyms.length === 0) continue;
      const counts = this.counts.get(type.code) ?? new Map<string, number>();
      for (const text of type.synonyms) {
        for (const stem of new Set(readTypeText(text).words.map((w) => w.stem))) {
          counts.set(stem, (counts.get(stem) ?? 0) + 1);
          this.totals.set(type.code, (this.totals.get(type.code) ?? 0) + 1);
        }
      }
      this.counts.set(type.code, counts);
    }
    for (const counts of this.counts.values()) {
      for (const stem of counts.keys())
        this.codesPerStem.set(stem, (this.codesPerStem.get(stem) ?? 0) + 1);
    }
    this.codes = [...this.counts.keys()];
    this.vocabularySize = this.codesPerStem.size;
  }

  /**
   * The likeliest code for these words (already corrected for near spellings), or null when no
   * word is telling or no code holds `threshold` of the likelihood.
   */
  score(words: readonly TypeWord[], surface: readonly string[], threshold = SCORER_THRESHOLD) {
    const telling = words.filter((w) => {
      // A one-digit number is a count or an age ("1:1 session", "8/52"), not a kind of event.
      if (/^\d$/.test(w.stem)) return false;
      // A word that many codes share ("visit", "review") says nothing about which.
      const shared = this.codesPerStem.get(w.stem);
      return shared !== undefined && shared <= MAX_CODES_PER_WORD;
    });
    if (!telling.some((w) => (this.codesPerStem.get(w.stem) ?? 0) <= TELLING_CODES)) return null;
    const logs = this.codes.map((code) => {
      const counts = this.counts.get(code);
      const denominator = (this.totals.get(code) ?? 0) + ALPHA * this.vocabularySize;
      return telling.reduce(
        (sum, w) => sum + Math.log(((counts?.get(w.stem) ?? 0) + ALPHA) / denominator),
        0,
      );
    });
    const top = Math.max(...logs);
    const sum = logs.reduce((s, l) => s + Math.exp(l - top), 0);
    const best = logs.indexOf(top);
    const code = this.codes[best] ?? '';
    const share = 1 / sum;
    if (share < threshold) return null;
    const counts = this.counts.get(code);
    const at = [...new Set(telling.filter((w) => counts?.has(w.stem)).map((w) => w.at))];
    const spoke = at.sort((a, b) => a - b).map((a) => surface[a] ?? '');
    return spoke.length > 0 ? { code, share, words: spoke } : null;
  }

  /** `score` of a text as written. */
  scoreText(text: string, threshold?: number): ScoredType | null {
    const read = readTypeText(text);
    return this.score(read.words, read.surface, threshold);
  }
}
