// The events as the duplicate sweep needs them, worked out once: each event's words and people
// read into ascending ids, its dates into day numbers, its agency and type into small numbers,
// and each word's weight (idf²) over the events passed in. Pure.
//
// Word weight: idf = ln((1 + N) / (1 + df)) + 1, N events, df of them with the word. In a large
// collection a word in more than 1 in 20 events (and more than 50) weighs nothing: such a word
// is no evidence that two events are one.

import { dayNumber } from '../shared/calendar';
import { phraseWords } from '../shared/phrases';
import { OTHER_TYPE } from '../ingest/vocabulary';
import type { DuplicateCandidate } from './candidate';
import { personKey, wordKey } from './words';

/** Words in more than this share of the events, and in more than MIN_COMMON_COUNT, are dropped. */
const COMMON_SHARE = 0.05;
const MIN_COMMON_COUNT = 50;
const CLOCK = /^(\d{1,2}):(\d{2})/;

/** Codes that name the two ends of one event, each agency recording its own end. */
const TWO_ENDS: ReadonlyMap<string, string> = new Map([
  ['referral.sent', 'referral.received'],
  ['referral.received', 'referral.sent'],
]);

function minutesOf(time: string | null): number {
  const m = time === null ? null : CLOCK.exec(time.trim());
  if (!m) return NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes < 24 * 60 && Number(m[2]) < 60 ? minutes : NaN;
}

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
 * The events as flat arrays indexed by event, so the inner loop touches numbers only. Word and
 * person ids come in ascending order per event. Events without an ISO date are skipped, as is
 * an event repeating an id already seen; `sources[e]` is event e as passed in.
 */
export class Corpus {
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
          const stem = wordKey(word);
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
