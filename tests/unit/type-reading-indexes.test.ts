import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import vocabulary from '../../server/contract/event-types.json';
import { phraseKey } from '../../server/shared/phrases';
import { osaDistance, osaDistanceWithin } from '../../server/ingest/spelling';
import { SynonymIndex, tightestWindow } from '../../server/ingest/type-synonyms';
import { keyedText, readTypeText } from '../../server/ingest/type-words';

// The shortcuts that make reading event types cheap (docs/benchmarks.md, "Cheaper type
// reading") each give what the plain way gives: checked here against the plain way written out,
// over the type phrases of the corpus and hand-picked edge cases.

const phrases = Papa.parse<Record<string, string>>(
  readFileSync('fixtures/corpus/type-phrases.csv', 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const texts = [
  ...phrases.flatMap((p) => [p['type text'] ?? '', p['description'] ?? '']),
  'Visit 123: mother said things were fine, home conditions adequate, infant seen in cot.',
  'Café visit – naïve “quote” ‘single’ Strat. disc.\u00a0S.47\tcall;\nnext',
  '  leading and trailing  ',
  '',
];

describe('the synonym index', () => {
  it('finds the synonyms a plain pass over every synonym of each stem finds, in its order', () => {
    const index = new SynonymIndex(vocabulary.types);
    // The plain way: every synonym sharing a stem with the text, in the order met going
    // through the text's stems and each stem's synonyms, kept when enough stems are found.
    const plain = (where: Map<string, number[]>) => {
      const met = new Set<(typeof index.synonyms)[number]>();
      for (const stem of where.keys())
        for (const s of index.synonyms) if (s.distinct.includes(stem)) met.add(s);
      return [...met]
        .map((s) => ({ s, found: s.distinct.filter((stem) => where.has(stem)).length }))
        .filter(({ s, found }) => found >= s.needed)
        .map(({ s, found }) => `${s.id}:${found}`);
    };
    let compared = 0;
    for (const text of texts) {
      const where = new Map<string, number[]>();
      readTypeText(text).words.forEach((w, i) =>
        where.set(w.stem, [...(where.get(w.stem) ?? []), i]),
      );
      const found = index.candidates(where).map((c) => `${c.synonym.id}:${c.found}`);
      expect(found, text).toEqual(plain(where));
      compared += found.length;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('a long synonym is found with one of its words missing, a short one only whole', () => {
    const index = new SynonymIndex([
      { code: 'icpc', synonyms: ['initial child protection conference'] },
      { code: 'strategy', synonyms: ['strategy meeting'] },
    ]);
    const whereOf = (text: string) =>
      new Map(readTypeText(text).words.map((w, i) => [w.stem, [i]] as [string, number[]]));
    const codes = (text: string) => index.candidates(whereOf(text)).map((c) => c.synonym.code);
    expect(codes('initial protection conference')).toEqual(['icpc']);
    expect(codes('child protection')).toEqual([]);
    expect(codes('strategy held')).toEqual([]);
    expect(codes('meeting strategy')).toEqual(['strategy']);
  });
});

describe('the tightest window', () => {
  it('picks the nearest occurrence of each word to the best anchor, the earlier of two as tight', () => {
    expect(tightestWindow([[0], [5]])).toEqual({ picks: [0, 5], span: 6, low: 0 });
    expect(tightestWindow([[0, 7], [5]])).toEqual({ picks: [7, 5], span: 3, low: 5 });
    expect(tightestWindow([[2], [0, 4]])).toEqual({ picks: [2, 0], span: 3, low: 0 });
    expect(tightestWindow([[3]])).toEqual({ picks: [3], span: 1, low: 3 });
    expect(tightestWindow([])).toBeNull();
  });
});

describe('the near-spelling distance', () => {
  it('is the full distance within the budget, and over the budget when it is over', () => {
    const words = ['visit', 'vist', 'viist', 'access', 'acces', 'recieved', 'received', 'ab', 'ba'];
    words.push('kitten', 'sitting', 'strategy', 'stratergy', 'stragety', 'abc', 'ca', '', 'x');
    for (const a of words)
      for (const b of words)
        for (const budget of [0, 1, 2, 3]) {
          const full = osaDistance(a, b);
          const within = osaDistanceWithin(a, b, budget);
          if (full <= budget) expect(within, `${a}/${b}/${budget}`).toBe(full);
          else expect(within, `${a}/${b}/${budget}`).toBeGreaterThan(budget);
        }
  });

  it('answers the same after a longer word has grown its table', () => {
    expect(osaDistanceWithin('a'.repeat(40), 'a'.repeat(39) + 'b', 2)).toBe(1);
    expect(osaDistanceWithin('brith', 'birth', 1)).toBe(1);
  });
});

describe('text keys', () => {
  // phraseKey as it was before plain ASCII took a shortcut.
  const plainKey = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2018\u2019]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();

  it('are the same with or without the ASCII shortcut', () => {
    for (const text of texts) expect(phraseKey(text), text).toBe(plainKey(text));
    expect(phraseKey('Café naïve')).toBe('cafe naive');
  });

  it('are remembered for the last few texts, words and all', () => {
    const first = keyedText('Letter to GP');
    expect(first).toEqual({
      text: 'Letter to GP',
      key: 'letter to gp',
      words: ['letter', 'to', 'gp'],
    });
    expect(keyedText('Letter to GP')).toBe(first);
    for (const text of texts.slice(0, 20)) keyedText(text);
    expect(keyedText('Letter to GP')).not.toBe(first);
    expect(keyedText('Letter to GP')).toEqual(first);
  });
});

describe('reading a text into words', () => {
  // The words, joins and sentences as found by the regular expressions the scan replaced.
  const plainSurface = (text: string) => {
    const plain = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['\u2018\u2019]/g, '');
    const surface: string[] = [];
    const joined: boolean[] = [];
    const sentence: number[] = [];
    let end = 0;
    let current = 0;
    for (const m of plain.matchAll(/[A-Za-z0-9]+/g)) {
      const gap = plain.slice(end, m.index);
      joined.push(surface.length > 0 && /^\s+$/.test(gap));
      if (surface.length > 0 && /[.;!?]\s|\n/.test(gap)) current++;
      sentence.push(current);
      surface.push(m[0]);
      end = m.index + m[0].length;
    }
    return { surface, joined, sentence };
  };

  it('finds the words, joins and sentences the regular expressions found', () => {
    for (const text of texts) {
      const read = readTypeText(text);
      expect({ surface: read.surface, joined: read.joined, sentence: read.sentence }, text).toEqual(
        plainSurface(text),
      );
    }
  });

  it('reads a word the same the first time and when it is remembered', () => {
    const text = 'Zorblats visited the Quxhomes; ICPC held, no access';
    const first = readTypeText(text).words;
    for (let i = 0; i < 10; i++) readTypeText(`another text ${i}`);
    const again = readTypeText(`${text} `.trimEnd());
    expect(again.words).not.toBe(first);
    expect(again.words).toEqual(first);
    expect(first.map((w) => w.stem)).toEqual(
      expect.arrayContaining(['zorblat', 'visit', 'quxhom', 'initi', 'no', 'access']),
    );
  });
});
