import type { AgencyKind } from '../contract/common';
import data from './data/agency-kinds.json';
import { findEarliestPhrase, phraseKey } from './phrases';

const RULES = data.kinds.map((k) => ({
  kind: k.kind as AgencyKind,
  phrases: k.words.map((w) => ({ key: phraseKey(w), value: true })),
}));

/** Guesses a kind from an agency's name ("Dyfed-Powys Police" → police); `other` if unsure. */
export function guessAgencyKind(name: string): AgencyKind {
  for (const rule of RULES) {
    if (findEarliestPhrase(name, rule.phrases)) return rule.kind;
  }
  return 'other';
}
