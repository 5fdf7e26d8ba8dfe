// The plain-English reasons shown with a suggested pair, so that the reviewer can see why two
// events were put side by side: how close their dates and times are, a shared type, the rarest
// shared words, the people both name. Pure.

import { houseDay } from '../contract/house-date';
import { phraseWords } from '../shared/phrases';
import { EVENT_TYPES } from '../ingest/vocabulary';
import type { DuplicateCandidate } from './candidate';
import type { Corpus } from './corpus';
import { gapDays, minutesApart, singleDays, startsBefore, TWO_HOURS } from './date-closeness';
import { peopleScore, sameType } from './pair-score';
import { personKey, wordKey } from './words';

const SHOWN_WORDS = 6;
const DAY_MS = 86_400_000;
const TYPE_LABELS: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t.code, t.label]));

/** The reasons for the pair of corpus events a and b, a being the one with the smaller id. */
export function reasonsFor(corpus: Corpus, a: number, b: number): string[] {
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

  if (sameType(corpus, a, b)) {
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
      const stem = wordKey(word);
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

function dayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An event's dates in the house form: '30 Sep 2019' or '1 Nov 2018 – 30 Nov 2018'. */
function span(corpus: Corpus, e: number): string {
  const first = houseDay(dayIso(corpus.start[e] as number));
  if (corpus.start[e] === corpus.end[e]) return first;
  return `${first} – ${houseDay(dayIso(corpus.end[e] as number))}`;
}
