import { describe, expect, it } from 'vitest';
import { otherwiseForKind, vocabularyForKind } from '../../server/ingest/type-agency';
import { readTypeText, saysLittle } from '../../server/ingest/type-words';
import { EVENT_TYPES } from '../../server/ingest/vocabulary';

// How a type cell's words are read before matching, and the agency kinds' data, at the edges
// the vocabulary tests did not reach. Found by mutation testing (docs/testing.md).

const stems = (text: string) => readTypeText(text).words.map((w) => w.stem);

describe('readTypeText', () => {
  it('writes out an abbreviation of two written words, pointing at the first', () => {
    expect(stems('Phone T/C')).toEqual(stems('phone telephone call'));
    const words = readTypeText('Phone T/C').words.filter((w) => w.at === 1);
    expect(words.map((w) => [w.at, w.span])).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(readTypeText('T/C').words.every((w) => w.span === 2)).toBe(true);
  });

  it('writes out single-word abbreviations', () => {
    expect(stems('Strat disc')).toEqual(stems('strategy discussion'));
  });

  it('drops accents from the words as written', () => {
    expect(readTypeText('Café visit').surface).toEqual(['Cafe', 'visit']);
  });

  it('joins words that only spaces separate, however many', () => {
    expect(readTypeText('CIN  assessment - police').joined).toEqual([false, true, false]);
    // The first word follows no word, though a cell may open with spaces or a line break.
    expect(readTypeText('  Home visit').joined).toEqual([false, true]);
  });

  it('starts counting sentences at the first word, whatever comes before it', () => {
    expect(readTypeText('. Home visit. Phone call').sentence).toEqual([0, 0, 1, 1]);
  });
});

describe('saysLittle: a code, not words', () => {
  it.each(['07', '123', 'CN01', 'ACT-3', 'Other', ''])('%j says little', (text) => {
    expect(saysLittle(text)).toBe(true);
  });

  it('takes a row with no type cell at all as saying little', () => {
    expect(saysLittle(null)).toBe(true);
  });

  it.each(['Tel call', 'CN01 visits', 'ABCDE1', 'CN 01 AB', 'S47', '9 month check'])(
    '%j says what happened',
    (text) => {
      expect(saysLittle(text)).toBe(false);
    },
  );
});

describe("the agency kind's data", () => {
  it('has no vocabulary for a comment key, and no vocabulary or fallback code for other kinds', () => {
    expect(vocabularyForKind(EVENT_TYPES, '$comment')).toBeNull();
    expect(vocabularyForKind(EVENT_TYPES, 'other')).toBeNull();
    expect(otherwiseForKind('police')).toBeNull();
    expect(otherwiseForKind(undefined)).toBeNull();
  });

  it('reads an ambulance record that matches nothing as an emergency response', () => {
    expect(otherwiseForKind('ambulance')).toBe('health.emergency');
  });
});
