import { describe, expect, it } from 'vitest';
import type { TypeMatch } from '../../server/ingest/type-matcher';
import { compareMatches, rank } from '../../server/ingest/type-rank';

// The order of a type text's candidate codes (type-rank.ts), on matches made by hand so each
// rule of the order is seen alone. Found by mutation testing (docs/testing.md).

function match(code: string, partial: Partial<TypeMatch> = {}): TypeMatch {
  return {
    code,
    words: [code],
    strength: 1,
    start: 0,
    end: 0,
    overrides: false,
    weight: 0.5,
    stemCount: 1,
    ordered: true,
    afterLink: false,
    ...partial,
  };
}
const codes = (matches: TypeMatch[]) => matches.map((m) => m.code);
const order = (a: TypeMatch, b: TypeMatch) => [
  Math.sign(compareMatches(a, b)),
  Math.sign(compareMatches(b, a)),
];

describe('compareMatches', () => {
  it('puts the earlier match first when nothing else decides', () => {
    expect(order(match('a', { start: 1, end: 1 }), match('b', { start: 3, end: 3 }))).toEqual([
      -1, 1,
    ]);
  });

  it('puts the match in the synonym’s own word order first at the same place', () => {
    expect(order(match('a', { ordered: true }), match('b', { ordered: false }))).toEqual([-1, 1]);
  });

  it('then the more specific (heavier) match', () => {
    expect(order(match('a', { weight: 0.9 }), match('b', { weight: 0.4 }))).toEqual([-1, 1]);
  });

  it('lets a telling word beat an earlier single generic word, from either side', () => {
    const generic = match('incident.police', { start: 0, end: 0, weight: 0.2 });
    const telling = match('contact.office', { start: 2, end: 2, weight: 0.6 });
    expect(order(telling, generic)).toEqual([-1, 1]);
  });

  it('does not, when the generic word is exactly at the generic share, or the other only as telling', () => {
    // A word in a third of the codes is generic; a word in half of them is telling.
    const atGeneric = match('x', { start: 0, weight: 1 / 3 });
    const telling = match('y', { start: 2, weight: 0.5 });
    expect(order(telling, atGeneric)).toEqual([-1, 1]);
    const justAbove = match('x', { start: 0, weight: 0.34 });
    expect(order(telling, justAbove)).toEqual([1, -1]);
    const notTelling = match('y', { start: 2, weight: 0.49 });
    expect(order(notTelling, atGeneric)).toEqual([1, -1]);
  });

  it('does not let an equal weight outweigh', () => {
    const a = match('x', { start: 0, weight: 0.3 });
    const b = match('y', { start: 2, weight: 0.3 });
    expect(order(b, a)).toEqual([1, -1]);
  });
});

describe('rank', () => {
  it('gives an empty list for no matches', () => {
    expect(rank([], [])).toEqual([]);
  });

  it('takes the head of a compound of two adjacent matches ("CIN assessment")', () => {
    const cin = match('case.open', { start: 0, end: 0 });
    const assessment = match('assessment.start', { start: 1, end: 1 });
    expect(codes(rank([cin, assessment], [false, true]))).toEqual([
      'assessment.start',
      'case.open',
    ]);
  });

  it('keeps the first of two matches not joined only by spaces ("DV incident - police")', () => {
    const dv = match('incident.domestic', { start: 0, end: 1 });
    const police = match('incident.police', { start: 2, end: 2 });
    expect(codes(rank([dv, police], [false, true, false]))).toEqual([
      'incident.domestic',
      'incident.police',
    ]);
  });

  it('takes a match that shares a word and reaches further ("Single assessment completed")', () => {
    const assessment = match('assessment.start', { start: 0, end: 1 });
    const completed = match('assessment.complete', { start: 1, end: 2 });
    expect(codes(rank([assessment, completed], [false, true, true]))).toEqual([
      'assessment.complete',
      'assessment.start',
    ]);
  });

  it('does not take one that starts at the same word, or ends where the first ends', () => {
    const first = match('a', { start: 0, end: 2 });
    const sameStart = match('b', { start: 0, end: 3, weight: 0.4 });
    const inside = match('c', { start: 1, end: 2, weight: 0.3 });
    expect(codes(rank([first, sameStart, inside], [false, true, true, true]))[0]).toBe('a');
  });
});

describe('rank: the word-order rules of typesdev', () => {
  it('a later stage of the same family takes the head only when it is strong (two words)', () => {
    const head = match('assessment.start', { strength: 2.5, start: 0, end: 1 });
    const weak = match('assessment.complete', { strength: 1.5, start: 1, end: 2 });
    expect(codes(rank([head, weak], [false, true, true]))).toEqual([
      'assessment.start',
      'assessment.complete',
    ]);
    const strong = match('assessment.complete', { strength: 2, start: 1, end: 2 });
    expect(codes(rank([head, strong], [false, true, true]))[0]).toBe('assessment.complete');
  });

  it('a match right after the head heads it, unless it is one generic word ending "-ed"', () => {
    const joined = [false, true];
    // The head's weight is neither generic nor telling, so the sort leaves it first.
    const head = () => match('case.open', { start: 0, end: 0, weight: 0.4 });
    const after = (words: string[], weight: number) =>
      match('decision', { start: 1, end: 1, words, weight });
    // One generic participle: "Allocated agreed" stays the allocation.
    expect(codes(rank([head(), after(['agreed'], 0.2)], joined))[0]).toBe('case.open');
    // Two words, a word that is no participle, or a telling participle: the later heads.
    expect(codes(rank([head(), after(['agreed', 'jointly'], 0.2)], joined))[0]).toBe('decision');
    expect(codes(rank([head(), after(['decision'], 0.2)], joined))[0]).toBe('decision');
    expect(codes(rank([head(), after(['overruled'], 0.5)], joined))[0]).toBe('decision');
  });
});

describe('compareMatches: a telling match outweighs only a one-word generic one', () => {
  it('not a generic match of two words', () => {
    const telling = match('telling', { start: 2, end: 2, weight: 0.5, words: ['surgery'] });
    const generic = (words: string[]) =>
      match('generic', { start: 0, end: words.length - 1, weight: 0.2, words });
    expect(order(telling, generic(['attendance']))).toEqual([-1, 1]);
    expect(order(telling, generic(['attendance', 'noted']))).toEqual([1, -1]);
  });
});
