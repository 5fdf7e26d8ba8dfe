import { readTypeText } from './type-words';

// The features the learned type reader weighs (type-learned.ts), for training and reading alike.

/** The texts of a row the reader weighs. */
export interface LearnedSources {
  typeText?: string | null;
  description?: string | null;
  agencyKind?: string;
}

export interface Feature {
  key: string;
  /** The written word (or two) it came from, for the explanation. */
  written: string;
  from: 'type cell' | 'description' | 'kind';
}

/** Told each word of a text the reader weighs (eachWord). */
export interface WordVisitor {
  /**
   * A stem (`previous` null), or the pair of it and the stem before (`previous`); `surface` is
   * the text's written words, `at` the stem's and `before` the previous stem's (-1 for a stem).
   */
  word(
    stem: string,
    previous: string | null,
    surface: readonly string[],
    at: number,
    before: number,
  ): void;
}

/**
 * Tells `visitor` each word of a text the reader weighs, in order: each stem, then (after the
 * first) the pair of it and the stem before, told right after that stem. It stops at the
 * `limit`th written word, and skips a number of one or two digits ("8/52", "1:1"): a count,
 * not a word. The type cell is read whole, the description only up to its first words (the
 * model's `descriptionWords`), which say what happened.
 */
export function eachWord(text: string, limit: number, visitor: WordVisitor): void {
  const read = readTypeText(text);
  let previous: string | null = null;
  let previousAt = -1;
  for (const w of read.words) {
    if (isCount(w.stem)) continue;
    if (w.at >= limit) break;
    visitor.word(w.stem, null, read.surface, w.at, -1);
    if (previous !== null && w.at !== previousAt)
      visitor.word(w.stem, previous, read.surface, w.at, previousAt);
    previous = w.stem;
    previousAt = w.at;
  }
}

/** A number of one or two digits. */
function isCount(stem: string): boolean {
  if (stem.length === 0 || stem.length > 2) return false;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A feature's key: `t:` or `d:` and a stem, `tt:` or `dd:` and a pair of stems. */
export function keyOf(prefix: 't' | 'd', stem: string, previous: string | null): string {
  return previous === null ? `${prefix}:${stem}` : `${prefix}${prefix}:${previous}_${stem}`;
}

/** The written word (or the two) a feature came from; '' for the agency's kind (`at` -1). */
export function writtenOf(surface: readonly string[], at: number, before: number): string {
  if (at < 0) return '';
  const word = surface[at] ?? '';
  return before < 0 ? word : `${surface[before] ?? ''} ${word}`;
}

/**
 * The features of a row: the stems of the type cell (`t:`) and of the description's first
 * `descriptionWords` words (`d:`), each text's adjacent stems as pairs (`tt:`, `dd:`), and the
 * agency's kind (`k:`). A number of one or two digits ("8/52", "1:1") is a count, not a word.
 */
export function featuresOf(sources: LearnedSources, descriptionWords: number): Feature[] {
  const out: Feature[] = [];
  const into = (prefix: 't' | 'd', from: Feature['from']): WordVisitor => ({
    word(stem, previous, surface, at, before) {
      out.push({
        key: keyOf(prefix, stem, previous),
        written: writtenOf(surface, at, before),
        from,
      });
    },
  });
  if (sources.typeText) eachWord(sources.typeText, Infinity, into('t', 'type cell'));
  if (sources.description)
    eachWord(sources.description, descriptionWords, into('d', 'description'));
  if (sources.agencyKind) out.push({ key: `k:${sources.agencyKind}`, written: '', from: 'kind' });
  return out;
}
