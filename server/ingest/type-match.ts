// What the type matcher (type-matcher.ts) is built from and gives: its own module, so that the
// ranking of matches (type-rank.ts) and the rules that read them need not import the matcher.

export interface SynonymSource {
  code: string;
  synonyms: readonly string[];
  overrides?: boolean;
}

export interface TypeMatch {
  code: string;
  /** The words of the text that matched, as written, in text order. */
  words: string[];
  /** How much of the text the match explains: matched words, less for partial or near spellings. */
  strength: number;
  /** Index of its first word in the text. */
  start: number;
  end: number;
  overrides: boolean;
  /** The stems matched, for specificity. */
  weight: number;
  /** How many stems matched: "ICPC" is one written word but four matched words. */
  stemCount: number;
  /** Its words came in the synonym's own order. */
  ordered: boolean;
  /**
   * It starts after a linking word ("to", "by", "re"), directly or past words of no type
   * ("Referral to Westvale hospital IDVA"): it says where or who, not what.
   */
  afterLink: boolean;
  /** The word written right after it, lower case ("to" in "Referral to CSC"); '' at the end. */
  followedBy?: string;
}

export interface MatchOptions {
  /** Words that may sit between a synonym's words (after stopwords are dropped). */
  maxInserted?: number;
  /**
   * Synonym words must come in the synonym's order. A type cell is a label and its words come
   * in any order ("Visit - home"); a narrative is a sentence, where "X informed Mother" is not
   * "mother informed".
   */
  inOrder?: boolean;
  /** Correct near spellings ("stratergy") of vocabulary words. */
  fuzzy?: boolean;
  /** Every synonym's match, not only each code's best: to choose by sentence. */
  everyMatch?: boolean;
}
