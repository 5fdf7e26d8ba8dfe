import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isKnownWord,
  KNOWN_WORDS,
  osaDistance,
  spellingBudget,
} from '../../server/ingest/spelling';
import { matchEventType } from '../../server/ingest/vocabulary';

const none = new Map<string, string>();
const typeOf = (text: string) => matchEventType(text, none);

describe('Damerau (optimal string alignment) distance', () => {
  it('counts an insertion, a deletion, a substitution and a swap of neighbours as one edit', () => {
    expect(osaDistance('vist', 'visit')).toBe(1);
    expect(osaDistance('acces', 'access')).toBe(1);
    expect(osaDistance('test', 'text')).toBe(1);
    expect(osaDistance('brith', 'birth')).toBe(1);
    expect(osaDistance('recieved', 'received')).toBe(1);
    expect(osaDistance('ca', 'abc')).toBe(3);
    expect(osaDistance('', 'abc')).toBe(3);
    expect(osaDistance('same', 'same')).toBe(0);
    expect(osaDistance('', '')).toBe(0);
    expect(osaDistance('abc', '')).toBe(3);
    // A swap of the first two letters, and of the last two.
    expect(osaDistance('ba', 'ab')).toBe(1);
    expect(osaDistance('vistI', 'visIt')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    // Optimal string alignment edits no substring twice: 'ca' → 'abc' is 3, not Damerau's 2.
    expect(osaDistance('abc', 'ca')).toBe(3);
  });

  it('allows one edit to words of 4–5 letters, two to longer, none to shorter', () => {
    expect(spellingBudget('rta')).toBe(0);
    expect(spellingBudget('vist')).toBe(1);
    expect(spellingBudget('bruse')).toBe(1);
    expect(spellingBudget('infomed')).toBe(2);
    expect(spellingBudget('atendd')).toBe(2);
  });

  it('knows English word forms and the vocabulary, but not misspellings', () => {
    for (const word of ['test', 'cheek', 'breathing', 'states', 'doesnt', 'strategy'])
      expect(isKnownWord(word), word).toBe(true);
    for (const word of ['vist', 'acces', 'atend', 'bruse', 'brith', 'infomed', 'antenatel'])
      expect(isKnownWord(word), word).toBe(false);
  });

  it('knows the words of every vocabulary file, keys and lists alike, but not their comments', () => {
    // Acronyms no English list holds: event types, agency kinds, an abbreviation's key.
    for (const word of ['marac', 'idva', 'camhs', 'strat', 'icpc', 'subdural'])
      expect(KNOWN_WORDS.has(word), word).toBe(true);
    // Words written only in a data file's $comment ('phraseKey', 'stemmer').
    for (const word of ['phrasekey', 'stemmer']) expect(KNOWN_WORDS.has(word), word).toBe(false);
    expect([...KNOWN_WORDS].every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });

  it('holds no word that the vocabulary files do not write (a number or a flag adds none)', () => {
    // header-words.json holds weights (0.9) and event-types.json flags (overrides: true): the
    // words come from their strings and keys only.
    const written = [
      'contract/event-types',
      'ingest/data/agency-kinds',
      'ingest/data/header-synonyms',
      'ingest/data/header-words',
      'ingest/data/type-words',
    ]
      .map((name) =>
        readFileSync(new URL(`../../server/${name}.json`, import.meta.url), 'utf8').toLowerCase(),
      )
      .join('\n');
    const strays = [...KNOWN_WORDS].filter((word) => !written.includes(word));
    expect(strays).toEqual([]);
  });

  it('takes a possessive written without its apostrophe as the word', () => {
    // "safeguardings" is in no word list; "safeguarding" is ("the safeguardings lead").
    expect(isKnownWord('safeguardings')).toBe(true);
    expect(isKnownWord('policings')).toBe(true);
    expect(isKnownWord('vists')).toBe(false);
  });
});

describe('misspelt type words are read as the vocabulary word one or two edits away', () => {
  it.each([
    ['Home vist', 'contact.home-visit'],
    ['No acces', 'contact.no-access'],
    ['Did not atend', 'contact.not-brought'],
    ['Bruse to face', 'incident.injury'],
    ['New brith visit', 'health.postnatal'],
    ['Parents infomed', 'family.informed'],
    ['Antenatel appointment', 'health.antenatal'],
    ['Stratergy meeting', 'strategy'],
  ])('"%s" → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it.each([
    // English words one edit from a vocabulary word are not misspellings of it.
    ['Blood test', 'other'],
    ['Breathing problems', 'other'],
    ['Cheek swab', 'other'],
    // A short word in capitals is an acronym, not a misspelling: "MAPA" (a restraint training)
    // is not MAPPA, though "Mapa" would be read as it.
    ['MAPA', 'other'],
  ])('"%s" stays %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });
});
