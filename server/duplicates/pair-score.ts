// The score of one pair of events: how likely they record the same thing. Pure.
//
// SCORE (0..1) = 0.55 × text + 0.20 × type + 0.10 × people + 0.15 × time
//
//   text   Cosine similarity of the two events' sets of meaningful words (words.ts), each word
//          weighted by its IDF over the events passed in (corpus.ts); the cosine is Σ idf² over
//          shared words / (‖a‖ ‖b‖). Divided by 0.4 and capped at 1: two agencies never
//          describe one incident in the same words, so a cosine of 0.4 already counts as "the
//          same text".
//   type   1 when both events have the same vocabulary code ('other' counts for nothing), or
//          when one is a referral sent and the other a referral received: the police's "DIR
//          submitted" and children's services' "Contact received – DIR" are one referral.
//   people Jaccard overlap of the subjects (Mum = Mother, Dad = Father, baby = Infant); 0 when
//          either event names nobody.
//   time   date-closeness.ts: 1 within 2 hours, down to 0.2 for a day apart.
//
// So a pair with no shared word and different types scores at most 0.10 + 0.15 = 0.25, below
// the default threshold of 0.35 even on the same day with the same people. The same type on
// the same day without a shared word reaches it only with about half the people in common
// (0.20 + 0.105 + 0.10 × Jaccard ≥ 0.35).

import type { Corpus } from './corpus';
import { timeScore } from './date-closeness';

export const WEIGHTS = { text: 0.55, type: 0.2, people: 0.1, time: 0.15 } as const;
/** The most a pair sharing no word and no type can score. */
export const WITHOUT_WORDS = WEIGHTS.people + WEIGHTS.time;
/** The cosine at which the text counts as fully similar. */
const TEXT_FULL_COSINE = 0.4;
const HALF_STEP = 0.005; // scores are rounded to 0.01

/** How many ids two ascending id lists have in common. */
function countCommon(x: Int32Array, y: Int32Array): number {
  let count = 0;
  let p = 0;
  let q = 0;
  while (p < x.length && q < y.length) {
    const u = x[p] as number;
    const v = y[q] as number;
    if (u === v) count++;
    if (u <= v) p++;
    if (v <= u) q++;
  }
  return count;
}

/** Jaccard overlap of the people; 0 when either event names nobody. */
export function peopleScore(corpus: Corpus, i: number, j: number): number {
  const x = corpus.people(i);
  const y = corpus.people(j);
  if (x.length === 0 || y.length === 0) return 0;
  const shared = countCommon(x, y);
  return shared / (x.length + y.length - shared);
}

/** Both events have one type key: the same code, or the two ends of one referral. */
export function sameType(corpus: Corpus, i: number, j: number): boolean {
  const { typeKey } = corpus;
  return typeKey[i] === typeKey[j] && (typeKey[i] as number) >= 0;
}

/**
 * The unrounded score of events i and j, whose shared words weigh `sharedWeight` (Σ idf²), or
 * -1 as soon as it is clear that its rounded score stays below `floor`: the cheap parts are
 * worked out first, and the time and people only for a pair that may still reach it.
 */
export function scorePair(
  corpus: Corpus,
  i: number,
  j: number,
  sharedWeight: number,
  tolerance: number,
  floor: number,
): number {
  const norms = (corpus.norm[i] as number) * (corpus.norm[j] as number);
  const cosine = norms > 0 ? sharedWeight / norms : 0;
  let raw =
    WEIGHTS.text * Math.min(1, cosine / TEXT_FULL_COSINE) +
    (sameType(corpus, i, j) ? WEIGHTS.type : 0);
  if (raw + WITHOUT_WORDS < floor - HALF_STEP) return -1;
  raw += WEIGHTS.time * timeScore(corpus, i, j, tolerance);
  if (raw + WEIGHTS.people < floor - HALF_STEP) return -1;
  return raw + WEIGHTS.people * peopleScore(corpus, i, j);
}
