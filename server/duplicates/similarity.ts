// Suggests pairs of events from different agencies' chronologies that may record the same
// thing: the police log of a domestic incident and the social worker's note of the DIR about it,
// the health visitor's and the social worker's notes of one joint home visit. The reviewer
// confirms or rejects each suggestion, so every score comes with the plain-English reasons that
// produced it. Pure: no I/O, no clock, the same input always gives the same output.
//
// SCORE (0..1) = 0.55 × text + 0.20 × type + 0.10 × people + 0.15 × time
//
//   text   Cosine similarity of the two events' sets of meaningful words, each word weighted
//          by its IDF over the events passed in: idf = ln((1 + N) / (1 + df)) + 1, N events, df
//          of them with the word; the cosine is Σ idf² over shared words / (‖a‖ ‖b‖). Divided
//          by 0.4 and capped at 1: two agencies never describe one incident in the same words,
//          so a cosine of 0.4 already counts as "the same text". Meaningful words: phraseKey
//          words, lightly stemmed (assaulted → assault, screaming → scream), without English
//          stop-words, bare numbers, the words every case record uses (mother, father, visit,
//          home…) and, in a large collection, any word in more than 1 in 20 events (and more
//          than 50): such a word is no evidence that two events are one.
//   type   1 when both events have the same vocabulary code ('other' counts for nothing), or
//          when one is a referral sent and the other a referral received: the police's "DIR
//          submitted" and children's services' "Contact received – DIR" are one referral.
//   people Jaccard overlap of the subjects (Mum = Mother, Dad = Father, baby = Infant); 0 when
//          either event names nobody.
//   time   1    times at most 2 hours apart (same day, or either side of midnight);
//          0.7  same single day;
//          0.4  overlapping dates where the vaguer one spans ≤ 10 days ('mid-February');
//          0.25 ditto, spanning ≤ 31 days ('Nov 2018'); 0.1 longer;
//          0.2  not overlapping but within the day tolerance ('1 day apart').
//
// So a pair with no shared word and different types scores at most 0.10 + 0.15 = 0.25, below
// the default threshold of 0.35 even on the same day with the same people. The same type on
// the same day without a shared word reaches it only with about half the people in common
// (0.20 + 0.105 + 0.10 × Jaccard ≥ 0.35).
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

import { dayNumber, formatUkDate } from '../shared/calendar';
import { phraseKey, phraseWords } from '../shared/phrases';
import { EVENT_TYPES, OTHER_TYPE } from '../ingest/vocabulary';

export interface DuplicateCandidate {
  id: string;
  /** Events of the same agency are never paired. */
  agency: string;
  /** ISO date, first possible day of the event. */
  earliest: string;
  /** ISO date, last possible day. */
  latest: string;
  /** 'HH:MM' or null. */
  time: string | null;
  /** Vocabulary code, e.g. 'incident.domestic', 'contact.home-visit', 'other'. */
  type: string;
  /** typeText + description + outcome joined, as written. */
  text: string;
  /** e.g. ['Mother', 'Infant']. */
  subjects: string[];
}

export interface DuplicateSuggestion {
  /** Ids with a < b lexicographically, so a pair has one spelling. */
  a: string;
  b: string;
  /** 0..1, rounded to 2 decimals. */
  score: number;
  /** Short plain-English phrases for the reviewer. */
  reasons: string[];
}

export interface DuplicateOptions {
  /** Default 0.35. */
  minScore?: number;
  /** Default 1. */
  dayTolerance?: number;
  /** Default 500. */
  limit?: number;
}

export const DEFAULT_MIN_SCORE = 0.35;
export const DEFAULT_DAY_TOLERANCE = 1;
export const DEFAULT_LIMIT = 500;

export const WEIGHTS = { text: 0.55, type: 0.2, people: 0.1, time: 0.15 } as const;
/** The cosine at which the text counts as fully similar. */
const TEXT_FULL_COSINE = 0.4;
const TWO_HOURS = 120;
const SHOWN_WORDS = 6;
/** Words in more than this share of the events, and in more than MIN_COMMON_COUNT, are dropped. */
const COMMON_SHARE = 0.05;
const MIN_COMMON_COUNT = 50;

// prettier-ignore
const ENGLISH_STOP_WORDS = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any',
  'are', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both',
  'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'even',
  'ever', 'every', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her',
  'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it',
  'its', 'itself', 'just', 'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my', 'no',
  'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one', 'only', 'or', 'other', 'our', 'ours',
  'out', 'over', 'own', 'same', 'shall', 'she', 'should', 'so', 'some', 'such', 'than', 'that',
  'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this',
  'those', 'though', 'through', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'via',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will',
  'with', 'within', 'would', 'yet', 'you', 'your', 'yours',
];
// Words nearly every row of a safeguarding chronology uses, whatever happened. IDF would weigh
// them down anyway; leaving them out keeps them from the reasons shown to the reviewer.
// prettier-ignore
const CASE_RECORD_WORDS = [
  'mother', 'father', 'mum', 'dad', 'parent', 'parents', 'visit', 'visited', 'home', 'contact',
  'seen', 'see', 'worker', 'plan', 'next', 'advised', 'discussed', 'informed', 'agreed', 'said',
  'say', 'says', 'told', 'today', 'yesterday', 'week', 'weeks', 'day', 'days', 'tel', 'call',
  'phone', 'phoned', 'telephone', 'approx', 're', 'per', 'given', 'made', 'noted', 'record',
  'recorded', 'case', 'family',
];
const STOP_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOP_WORDS, ...CASE_RECORD_WORDS]);

const PERSON_ALIASES: Readonly<Record<string, string>> = {
  mum: 'mother',
  mam: 'mother',
  mom: 'mother',
  mummy: 'mother',
  dad: 'father',
  daddy: 'father',
  baby: 'infant',
};

const TYPE_LABELS: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t.code, t.label]));

/**
 * Light suffix stripping so that one agency's 'assaulted' meets another's 'assault'. Not a
 * full stemmer: it only has to send the forms of one word to the same key, consistently.
 */
function stemWord(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let stripped = false;
  if (w.endsWith('ing') && w.length - 3 >= 4) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ed') && w.length - 2 >= 4) {
    w = w.slice(0, -2);
    stripped = true;
  }
  // referred → referr → refer, stopped → stopp → stop; but not assess, call, buzz.
  if (stripped && /([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

function keyOf(word: string): string | null {
  if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word)) return null;
  const stem = stemWord(word);
  return STOP_WORDS.has(stem) ? null : stem;
}

const CLOCK = /^(\d{1,2}):(\d{2})/;
const DAY_MS = 86_400_000;

function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function minutesOf(time: string | null): number {
  const m = time === null ? null : CLOCK.exec(time.trim());
  if (!m) return NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes < 24 * 60 && Number(m[2]) < 60 ? minutes : NaN;
}

function personKey(name: string): string {
  const key = phraseKey(name);
  return PERSON_ALIASES[key] ?? key;
}

/** Codes that name the two ends of one event, each agency recording its own end. */
const TWO_ENDS: ReadonlyMap<string, string> = new Map([
  ['referral.sent', 'referral.received'],
  ['referral.received', 'referral.sent'],
]);

/**
 * Adds id to the ascending run list[from..] unless it is there already. The runs are one
 * event's words or people, a few dozen at most: insertion beats a sort with a comparator.
 */
function insertSorted(list: number[], from: number, id: number): void {
  let k = list.length;
  while (k > from && (list[k - 1] as number) > id) k--;
  if (k > from && list[k - 1] === id) return;
  list.splice(k, 0, id);
}

/** Looks a key up, numbering it on first sight. */
function numberOf<K>(ids: Map<K, number>, key: K): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/**
 * The events as the sweep needs them, worked out once: flat arrays indexed by event, so the
 * inner loop touches numbers only. Word and person ids come in ascending order per event.
 */
class Corpus {
  readonly sources: DuplicateCandidate[] = [];
  // Event e's word ids are wordIds[wordFrom[e] .. wordFrom[e + 1]); likewise its people.
  wordIds = new Int32Array(0);
  wordFrom = new Int32Array(1);
  personIds = new Int32Array(0);
  personFrom = new Int32Array(1);
  readonly stemIds = new Map<string, number>(); // stemmed word → word id
  weight = new Float64Array(0); // per word id: idf², 0 for a word too common to count
  start = new Int32Array(0); // day numbers, start ≤ end
  end = new Int32Array(0);
  minutes = new Float64Array(0); // NaN when no time
  agency = new Int32Array(0);
  typeKey = new Int32Array(0); // -1 for 'other'; both ends of a referral share one key
  norm = new Float64Array(0); // √Σ weight over the event's words
  agencyCount = 0;

  get size(): number {
    return this.sources.length;
  }

  constructor(events: readonly DuplicateCandidate[]) {
    const wordIdOf = new Map<string, number>(); // word as written → word id, -1 for no word
    const df: number[] = []; // per word id: how many events have it
    const lastEvent: number[] = []; // per word id: the last event counted, to count each once
    const personIdOf = new Map<string, number>(); // name as written → person id, -1 for none
    const personKeys = new Map<string, number>();
    const days = new Map<string, number>();
    const agencyIds = new Map<string, number>();
    const typeIds = new Map<string, number>();
    const seenIds = new Set<string>();
    const start: number[] = [];
    const end: number[] = [];
    const minutes: number[] = [];
    const agency: number[] = [];
    const typeKey: number[] = [];
    const allWords: number[] = [];
    const wordFrom: number[] = [0];
    const allPeople: number[] = [];
    const personFrom: number[] = [0];
    const day = (iso: string): number => {
      let n = days.get(iso);
      if (n === undefined) {
        n = dayNumber(iso.trim());
        days.set(iso, n);
      }
      return n;
    };

    for (const source of events) {
      if (seenIds.has(source.id)) continue;
      let first = day(source.earliest);
      let last = day(source.latest);
      if (Number.isNaN(first)) first = last;
      if (Number.isNaN(last)) last = first;
      if (Number.isNaN(first)) continue;
      seenIds.add(source.id);
      const index = this.sources.length;

      for (const word of phraseWords(source.text)) {
        let id = wordIdOf.get(word);
        if (id === undefined) {
          const stem = keyOf(word);
          id = -1;
          if (stem !== null) {
            id = numberOf(this.stemIds, stem);
            if (id === df.length) {
              df.push(0);
              lastEvent.push(-1);
            }
          }
          wordIdOf.set(word, id);
        }
        if (id < 0 || lastEvent[id] === index) continue;
        lastEvent[id] = index;
        df[id] = (df[id] as number) + 1;
        insertSorted(allWords, wordFrom[index] as number, id);
      }
      wordFrom.push(allWords.length);

      for (const name of source.subjects) {
        let id = personIdOf.get(name);
        if (id === undefined) {
          const key = personKey(name);
          id = key ? numberOf(personKeys, key) : -1;
          personIdOf.set(name, id);
        }
        if (id >= 0) insertSorted(allPeople, personFrom[index] as number, id);
      }
      personFrom.push(allPeople.length);

      const type = source.type;
      const typeCode = TWO_ENDS.has(type) ? 'referral.sent|received' : type;
      this.sources.push(source);
      start.push(Math.min(first, last));
      end.push(Math.max(first, last));
      minutes.push(minutesOf(source.time));
      agency.push(numberOf(agencyIds, source.agency.trim().toLowerCase()));
      typeKey.push(type === OTHER_TYPE || type === '' ? -1 : numberOf(typeIds, typeCode));
    }

    const n = this.sources.length;
    this.start = Int32Array.from(start);
    this.end = Int32Array.from(end);
    this.minutes = Float64Array.from(minutes);
    this.agency = Int32Array.from(agency);
    this.typeKey = Int32Array.from(typeKey);
    this.agencyCount = agencyIds.size;
    this.personIds = Int32Array.from(allPeople);
    this.personFrom = Int32Array.from(personFrom);

    // A word in more than 1 in 20 events (and in more than 50) is no evidence that two events
    // are one, and comparing on it would make every event meet most of its window: it goes,
    // like a stop-word.
    const tooCommon = Math.max(MIN_COMMON_COUNT, n * COMMON_SHARE);
    this.weight = new Float64Array(df.length);
    df.forEach((count, id) => {
      const idf = Math.log((1 + n) / (1 + count)) + 1;
      this.weight[id] = count > tooCommon ? 0 : idf * idf;
    });
    this.norm = new Float64Array(n);
    const kept: number[] = [];
    const keptFrom: number[] = [0];
    for (let e = 0; e < n; e++) {
      let sum = 0;
      for (let k = wordFrom[e] as number; k < (wordFrom[e + 1] as number); k++) {
        const id = allWords[k] as number;
        const w = this.weight[id] as number;
        if (w === 0) continue;
        kept.push(id);
        sum += w;
      }
      keptFrom.push(kept.length);
      this.norm[e] = Math.sqrt(sum);
    }
    this.wordIds = Int32Array.from(kept);
    this.wordFrom = Int32Array.from(keptFrom);
  }

  words(e: number): Int32Array {
    return this.wordIds.subarray(this.wordFrom[e], this.wordFrom[e + 1]);
  }

  people(e: number): Int32Array {
    return this.personIds.subarray(this.personFrom[e], this.personFrom[e + 1]);
  }
}

/** A scored pair before its reasons are written: events i and j, by corpus index. */
interface Match {
  i: number;
  j: number;
  raw: number;
  score: number;
}

const EPSILON = 1e-9;
const HALF_STEP = 0.005; // scores are rounded to 0.01

/**
 * Suggests pairs of events from different agencies that may be the same event, best first, at
 * most `limit`. See the comment at the top of this file for the formula. Events without an ISO
 * date are skipped, as is an event repeating an id already seen.
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
  const { start, end, agency, typeKey, norm, weight } = corpus;

  // Which pairs can reach the threshold without sharing a word? Besides one posting list per
  // word, the sweep then keeps one per type code, or one of every open event.
  const withoutWords = WEIGHTS.people + WEIGHTS.time;
  const needAll = minScore <= withoutWords + EPSILON;
  const needType = !needAll && minScore <= WEIGHTS.type + withoutWords + EPSILON;
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
      const norms = (norm[i] as number) * (norm[j] as number);
      const cosine = norms > 0 ? (dot[i] as number) / norms : 0;
      let raw =
        WEIGHTS.text * Math.min(1, cosine / TEXT_FULL_COSINE) +
        (typeKey[i] === typeKey[j] && (typeKey[i] as number) >= 0 ? WEIGHTS.type : 0);
      // Cheap parts first: give up as soon as the rest cannot lift the rounded score to floor.
      if (raw + withoutWords < floor - HALF_STEP) continue;
      raw += WEIGHTS.time * timeScore(corpus, i, j, tolerance);
      if (raw + WEIGHTS.people < floor - HALF_STEP) continue;
      raw += WEIGHTS.people * peopleScore(corpus, i, j);
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
function peopleScore(corpus: Corpus, i: number, j: number): number {
  const x = corpus.people(i);
  const y = corpus.people(j);
  if (x.length === 0 || y.length === 0) return 0;
  const shared = countCommon(x, y);
  return shared / (x.length + y.length - shared);
}

/** Days between the two events' intervals: 0 when they overlap. */
function gapDays(corpus: Corpus, i: number, j: number): number {
  const { start, end } = corpus;
  const later = Math.max(start[i] as number, start[j] as number);
  const earlier = Math.min(end[i] as number, end[j] as number);
  return Math.max(0, later - earlier);
}

function singleDays(corpus: Corpus, i: number, j: number): boolean {
  const { start, end } = corpus;
  return start[i] === end[i] && start[j] === end[j];
}

/** Minutes between two timed single-day events; NaN when either is untimed or vague. */
function minutesApart(corpus: Corpus, i: number, j: number): number {
  if (!singleDays(corpus, i, j)) return NaN;
  const { start, minutes } = corpus;
  const days = (start[j] as number) - (start[i] as number);
  return Math.abs(days * 24 * 60 + (minutes[j] as number) - (minutes[i] as number));
}

function timeScore(corpus: Corpus, i: number, j: number, tolerance: number): number {
  if (minutesApart(corpus, i, j) <= TWO_HOURS) return 1;
  const gap = gapDays(corpus, i, j);
  if (gap > 0) return gap <= tolerance ? 0.2 : 0;
  if (singleDays(corpus, i, j)) return 0.7;
  const { start, end } = corpus;
  const widest =
    Math.max((end[i] as number) - (start[i] as number), (end[j] as number) - (start[j] as number)) +
    1;
  return widest <= 10 ? 0.4 : widest <= 31 ? 0.25 : 0.1;
}

function reasonsFor(corpus: Corpus, a: number, b: number): string[] {
  const x = corpus.sources[a] as DuplicateCandidate;
  const y = corpus.sources[b] as DuplicateCandidate;
  const reasons: string[] = [];

  // Dates and times in the order they happened, whichever id comes first.
  const [early, late] = startsBefore(corpus, b, a) ? [b, a] : [a, b];
  const gap = gapDays(corpus, a, b);
  if (gap > 0) reasons.push(`${gap} day${gap === 1 ? '' : 's'} apart`);
  else if (singleDays(corpus, a, b)) reasons.push('same day');
  else reasons.push(`dates overlap (${span(corpus, early)} and ${span(corpus, late)})`);
  if (minutesApart(corpus, a, b) <= TWO_HOURS) {
    const times = [early, late].map((e) => corpus.sources[e]?.time?.trim());
    reasons.push(`times within 2 hours (${times.join(', ')})`);
  }

  if (corpus.typeKey[a] === corpus.typeKey[b] && (corpus.typeKey[a] as number) >= 0) {
    if (x.type !== y.type) {
      reasons.push('one referral: sent by one agency, received by the other');
    } else {
      reasons.push(`same type: ${(TYPE_LABELS.get(x.type) ?? x.type).toLowerCase()}`);
    }
  }

  const theirWords = corpus.words(b);
  const shared = corpus.words(a).filter((id) => theirWords.includes(id));
  if (shared.length > 0) {
    // Rarest first: they are the evidence. Each as the first id's text writes it.
    const written = new Map<number, string>();
    for (const word of phraseWords(x.text)) {
      const stem = keyOf(word);
      const id = stem === null ? undefined : corpus.stemIds.get(stem);
      if (id !== undefined && !written.has(id)) written.set(id, word);
    }
    const { weight } = corpus;
    const shown = Array.from(shared)
      .sort((u, v) => (weight[v] as number) - (weight[u] as number) || u - v)
      .slice(0, SHOWN_WORDS)
      .map((id) => written.get(id));
    const more = shared.length > SHOWN_WORDS ? ` (+${shared.length - SHOWN_WORDS} more)` : '';
    reasons.push(`shared words: ${shown.join(', ')}${more}`);
  }

  if (peopleScore(corpus, a, b) > 0) {
    const theirs = new Set(y.subjects.map(personKey));
    const named = new Set<string>();
    const names: string[] = [];
    for (const name of x.subjects) {
      const key = personKey(name);
      if (!theirs.has(key) || named.has(key)) continue;
      named.add(key);
      names.push(name.trim());
    }
    reasons.push(`both involve: ${names.join(', ')}`);
  }
  return reasons;
}

function startsBefore(corpus: Corpus, i: number, j: number): boolean {
  const { start, end, minutes } = corpus;
  if (start[i] !== start[j]) return (start[i] as number) < (start[j] as number);
  if (end[i] !== end[j]) return (end[i] as number) < (end[j] as number);
  return (minutes[i] as number) < (minutes[j] as number); // false when either has no time
}

function span(corpus: Corpus, e: number): string {
  const first = formatUkDate(dayIso(corpus.start[e] as number));
  if (corpus.start[e] === corpus.end[e]) return first;
  return `${first}–${formatUkDate(dayIso(corpus.end[e] as number))}`;
}
