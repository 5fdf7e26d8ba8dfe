// Suggests pairs of events from different agencies' chronologies that may record the same
// thing: the police log of a domestic incident and the social worker's note of the DIR about it,
// the health visitor's and the social worker's notes of one joint home visit. The reviewer
// confirms or rejects each suggestion, so every score comes with the plain-English reasons that
// produced it. Pure: no I/O, no clock, the same input always gives the same output.
//
// This file finds the pairs worth scoring and ranks them; the rest of the folder's pure core:
//   candidate.ts       what goes in (an event) and what comes out (a suggested pair)
//   words.ts           text normalisation: meaningful words, stemming, person keys
//   corpus.ts          the events read once into ids, day numbers and word weights (IDF)
//   pair-score.ts      the score of one pair and its formula (text, type, people, time)
//   date-closeness.ts  how close two events' dates and times are
//   reasons.ts         the reasons shown with a pair
//
// PAIRING: only events of different agencies whose date intervals overlap once one of them is
// widened by `dayTolerance` days on each side; with the default 1, events dated one day apart
// can pair (police DIR sent 30/09 at 23:50, DIR received 01/10 at 09:15), two days apart cannot.
//
// SPEED: each event's words are read once into ids. Events are then swept in order of earliest
// day, and each meets only the still-open events of its window that share a word with it,
// found through per-word lists of open events (an inverted index trimmed as the window moves):
// pairs sharing nothing are never scored. When the threshold is low enough for such pairs to
// qualify on type, or on dates and people alone, the sweep also keeps lists per type code, or
// of every open event, so the result is always exactly the pairs the formula lets through.

import type { DuplicateCandidate, DuplicateOptions, DuplicateSuggestion } from './candidate';
import { Corpus } from './corpus';
import { scorePair, WEIGHTS, WITHOUT_WORDS } from './pair-score';
import { reasonsFor } from './reasons';

export const DEFAULT_MIN_SCORE = 0.35;
export const DEFAULT_DAY_TOLERANCE = 1;
export const DEFAULT_LIMIT = 500;

/** A scored pair before its reasons are written: events i and j, by corpus index. */
interface Match {
  i: number;
  j: number;
  raw: number;
  score: number;
}

const EPSILON = 1e-9;

/**
 * Suggests pairs of events from different agencies that may be the same event, best first, at
 * most `limit`. See pair-score.ts for the formula. Events without an ISO date are skipped, as
 * is an event repeating an id already seen.
 */
export function suggestDuplicates(
  events: readonly DuplicateCandidate[],
  options: DuplicateOptions = {},
): DuplicateSuggestion[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const tolerance = Math.max(0, Math.floor(options.dayTolerance ?? DEFAULT_DAY_TOLERANCE));
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  if (limit === 0 || Number.isNaN(minScore) || Number.isNaN(tolerance)) return [];

  const corpus = new Corpus(events);
  const n = corpus.size;
  if (n < 2 || corpus.agencyCount < 2) return [];
  const { start, end, agency, typeKey, weight } = corpus;

  // Which pairs can reach the threshold without sharing a word? Besides one posting list per
  // word, the sweep then keeps one per type code, or one of every open event.
  const needAll = minScore <= WITHOUT_WORDS + EPSILON;
  const needType = !needAll && minScore <= WEIGHTS.type + WITHOUT_WORDS + EPSILON;
  const allList = weight.length;
  const typeListBase = allList + 1;

  // The sweep, in order of earliest day. A posting list holds the open events (those that can
  // still pair with a later one) having that word; each new event meets only them.
  const order = Array.from({ length: n }, (_, e) => e).sort(
    (x, y) => (start[x] as number) - (start[y] as number) || x - y,
  );
  const postings: number[][] = [];
  const dot = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  const matches: Match[] = [];
  let floor = minScore - EPSILON; // raised when more than `keep` better pairs are held
  const keep = Math.max(limit * 4, 1000);
  let trimAt = keep * 2;

  let step = 0;
  let j = 0; // the event being swept in
  let openFrom = 0; // an open event ends on or after this day
  const meet = (list: number, w: number): void => {
    let posting = postings[list];
    if (!posting) {
      posting = [];
      postings[list] = posting;
    }
    const own = agency[j];
    let write = 0;
    for (let read = 0; read < posting.length; read++) {
      const i = posting[read] as number;
      if ((end[i] as number) < openFrom) continue; // closed for good: later events start later
      posting[write++] = i;
      if (agency[i] === own) continue;
      if (stamp[i] !== step) {
        stamp[i] = step;
        dot[i] = 0;
        touched.push(i);
      }
      dot[i] = (dot[i] as number) + w;
    }
    posting.length = write;
    posting.push(j);
  };

  for (step = 0; step < n; step++) {
    j = order[step] as number;
    openFrom = (start[j] as number) - tolerance;
    touched.length = 0;
    const { wordIds, wordFrom } = corpus;
    for (let k = wordFrom[j] as number; k < (wordFrom[j + 1] as number); k++) {
      const id = wordIds[k] as number;
      meet(id, weight[id] as number);
    }
    if (needType && (typeKey[j] as number) >= 0) meet(typeListBase + (typeKey[j] as number), 0);
    if (needAll) meet(allList, 0);

    for (const i of touched) {
      const raw = scorePair(corpus, i, j, dot[i] as number, tolerance, floor);
      if (raw < 0) continue;
      const score = Math.round(raw * 100) / 100;
      if (score < floor) continue;
      // Sums of the same terms in another order differ in the last bits: rounding raw keeps
      // the order of equal pairs independent of the order of the input.
      matches.push({ i, j, raw: Math.round(raw * 1e9) / 1e9, score });
      if (matches.length >= trimAt) {
        // Keep every pair scoring at least the keep-th best: ties are never cut arbitrarily.
        matches.sort((p, q) => q.score - p.score);
        floor = Math.max(floor, (matches[keep - 1] as Match).score);
        let cut = keep;
        while (cut < matches.length && (matches[cut] as Match).score >= floor) cut++;
        matches.length = cut;
        trimAt = Math.max(keep * 2, cut * 2);
      }
    }
  }

  // Best first (ties by ids), with reasons for the ones returned.
  const ranked = matches.map((match) => {
    const x = corpus.sources[match.i] as DuplicateCandidate;
    const y = corpus.sources[match.j] as DuplicateCandidate;
    return x.id < y.id
      ? { a: match.i, b: match.j, idA: x.id, idB: y.id, match }
      : { a: match.j, b: match.i, idA: y.id, idB: x.id, match };
  });
  ranked.sort(
    (p, q) =>
      q.match.score - p.match.score ||
      q.match.raw - p.match.raw ||
      compareStrings(p.idA, q.idA) ||
      compareStrings(p.idB, q.idB),
  );
  return ranked.slice(0, limit).map(({ a, b, idA, idB, match }) => ({
    a: idA,
    b: idB,
    score: match.score,
    reasons: reasonsFor(corpus, a, b),
  }));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
