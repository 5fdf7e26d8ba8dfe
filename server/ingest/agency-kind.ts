import type { AgencyKind } from '../contract/common';
import data from './data/agency-kinds.json';
import { headerKey, phraseKey } from '../shared/phrases';
import { stemOf } from './type-words';

/** A name's words, each stemmed: "Hospitals" is "hospital", "Midwives" is "midwife". */
export function stemsOf(text: string): string[] {
  return phraseKey(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => stemOf(w));
}

const PHRASES = data.kinds
  .flatMap((k, order) =>
    k.words.map((w) => ({ kind: k.kind as AgencyKind, stems: stemsOf(w), order })),
  )
  .filter((p) => p.stems.length > 0);

/**
 * Guesses a kind from an agency's name ("Dyfed-Powys Police" → police); `other` if unsure.
 * Words are compared stemmed, and the longest phrase found wins whatever its kind: "School
 * Nursing Service" is health (the phrase "school nursing"), not education (the word
 * "school"). Of two phrases as long, the kind listed first in the data wins.
 */
export function guessAgencyKind(name: string): AgencyKind {
  const words = stemsOf(name);
  let best: (typeof PHRASES)[number] | null = null;
  for (const phrase of PHRASES) {
    const n = phrase.stems.length;
    const found = words.some((_, i) => phrase.stems.every((s, k) => words[i + k] === s));
    if (!found) continue;
    if (!best || n > best.stems.length || (n === best.stems.length && phrase.order < best.order))
      best = phrase;
  }
  return best?.kind ?? 'other';
}

/**
 * What a row's agency cell says of the agency the file is uploaded for: `same` (its name, or
 * words of its name either way: "Police" for "Dyfed-Powys Police"), `service` (a name of no
 * other kind of agency: one of its own services or providers, as a health return compiled by
 * a designated nurse names "Community HV" and "Westbury General"), or `other` (an agency of
 * another kind: "Dyfed-Powys Police" in a health upload, a combined multi-agency chronology).
 */
export function agencyCellOf(
  cell: string,
  agencyName: string,
  agencyKind: string,
): 'same' | 'service' | 'other' {
  if (headerKey(cell) === headerKey(agencyName)) return 'same';
  const named = new Set(stemsOf(cell));
  const own = new Set(stemsOf(agencyName));
  const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((s) => b.has(s));
  if (within(named, own) || within(own, named)) return 'same';
  const kind = guessAgencyKind(cell);
  return kind === 'other' || kind === agencyKind ? 'service' : 'other';
}
