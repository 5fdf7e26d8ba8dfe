import { describe, expect, it } from 'vitest';
import { type MatchOptions, TypeMatcher } from '../../server/ingest/type-matcher';

// The word matcher on its own (server/ingest/type-matcher.ts), with a small vocabulary written
// for these tests, so each assertion shows one rule of matching: which words, in which order,
// how far apart, how strong. The project's vocabulary is tested through matchEventType in
// event-types-by-meaning.test.ts. The matcher is built inside each test: mutation testing
// credits a constructor's mutants only to the tests that run it (docs/testing.md).

function matcher(): TypeMatcher {
  return new TypeMatcher([
    { code: 'visit', synonyms: ['home visit', 'visit'] },
    { code: 'no-access', synonyms: ['no access'] },
    { code: 'strategy', synonyms: ['strategy meeting', 'strategy discussion'] },
    { code: 'meeting', synonyms: ['meeting', 'multi agency meeting'] },
    { code: 'icpc', synonyms: ['initial child protection conference'], overrides: true },
    { code: 'f2f', synonyms: ['face to face'] },
    { code: 'referral', synonyms: ['referral'] },
    { code: 'court', synonyms: ['court'] },
    { code: 'count', synonyms: ['count'] },
    { code: 'decision', synonyms: ['review decision'] },
    { code: 'plan', synonyms: ['plan review', 'review of plan'] },
    { code: 'ignored', synonyms: ['', 'the'] },
  ]);
}

const codes = (text: string, options?: MatchOptions) =>
  matcher()
    .matches(text, options)
    .map((m) => m.code);

function only(text: string, options?: MatchOptions) {
  const [first, ...rest] = matcher().matches(text, options);
  expect(rest.map((m) => m.code)).toEqual([]);
  return first;
}

describe('a synonym of several words', () => {
  it('matches its words in any order in a label, and says whether they came in order', () => {
    expect(only('Visit - home')).toMatchObject({
      code: 'visit',
      words: ['Visit', 'home'],
      strength: 2,
      start: 0,
      end: 1,
      weight: 2,
      stemCount: 2,
      ordered: false,
      overrides: false,
      afterLink: false,
      followedBy: '',
    });
    expect(only('Home visit')).toMatchObject({ words: ['Home', 'visit'], ordered: true });
  });

  it('in a sentence only in its own order', () => {
    expect(only('home visit', { inOrder: true })).toMatchObject({ words: ['home', 'visit'] });
    // Out of order, only the one-word synonym is left.
    expect(only('visit home', { inOrder: true })).toMatchObject({
      words: ['visit'],
      strength: 1,
      followedBy: 'home',
    });
  });

  it('allows three inserted words by default, fewer when asked, each costing a little', () => {
    const m = matcher();
    const near = m.matches('Strategy with police meeting').find((x) => x.code === 'strategy');
    expect(near).toMatchObject({ words: ['Strategy', 'meeting'], start: 0, end: 3 });
    expect(near?.strength).toBeCloseTo(1.9);
    const three = m.matches('Strategy police health school meeting');
    expect(three.find((x) => x.code === 'strategy')?.strength).toBeCloseTo(1.7);
    expect(codes('Strategy police health school CSC meeting')).toEqual(['meeting']);
    expect(codes('Strategy police meeting', { maxInserted: 0 })).toEqual(['meeting']);
    expect(codes('Strategy police meeting', { maxInserted: 1 })).toContain('strategy');
  });

  it('costs more to reach over a telling word of another type', () => {
    const over = matcher()
      .matches('Strategy referral meeting')
      .find((x) => x.code === 'strategy');
    // 0.1 for the inserted word, and 1 for "referral", which only one code uses.
    expect(over?.strength).toBeCloseTo(0.9);
  });

  it('matches a long synonym with one of its words missing, as a partial match', () => {
    expect(only('child protection conference')).toMatchObject({
      code: 'icpc',
      words: ['child', 'protection', 'conference'],
      strength: 2.5,
      weight: 3,
      overrides: true,
    });
    expect(codes('protection conference')).toEqual([]);
  });

  it('reads an abbreviation as its long meaning and as one written word', () => {
    expect(only('ICPC')).toMatchObject({
      code: 'icpc',
      words: ['ICPC'],
      strength: 1,
      stemCount: 4,
    });
    expect(only('initial child protection conf')).toMatchObject({ strength: 4, stemCount: 4 });
  });

  it('takes the tightest window when a word repeats', () => {
    expect(only('Visit, then home, then home visit')).toMatchObject({
      words: ['home', 'visit'],
      start: 4,
      end: 5,
      strength: 2,
    });
  });

  it('is not the thing when a negation comes before it', () => {
    expect(codes('No home visit')).toEqual(['visit']);
    expect(only('No home visit')).toMatchObject({ words: ['visit'], start: 2 });
    expect(codes('Not visit')).toEqual([]);
  });
});

describe('a synonym with a negation or a repeated word', () => {
  it('matches side by side and in order', () => {
    expect(only('No access')).toMatchObject({ code: 'no-access', words: ['No', 'access'] });
    expect(codes('Access - no')).toEqual([]);
    expect(codes('No answer, access later')).toEqual([]);
    expect(only('Face to face')).toMatchObject({ code: 'f2f', words: ['Face', 'face'], end: 2 });
    expect(codes('Face')).toEqual([]);
  });
});

describe('what a match says about its place in the text', () => {
  it('the word after it', () => {
    expect(only('Referral to CSC')).toMatchObject({ followedBy: 'to' });
    expect(only('ICPC held')).toMatchObject({ followedBy: 'held' });
  });

  it('whether it follows a linking word, directly or past up to three words of no type', () => {
    expect(only('Call to Westvale hospital about visit')).toMatchObject({
      code: 'visit',
      afterLink: true,
    });
    expect(only('Call to Westvale general hospital visit')).toMatchObject({ afterLink: true });
    expect(only('Call to Westvale general hospital ward visit')).toMatchObject({
      afterLink: false,
    });
    expect(only('To visit')).toMatchObject({ afterLink: true });
    // A word of a type between the link and the match ends the search.
    const m = matcher().matches('Referral to court and visit');
    expect(m.find((x) => x.code === 'visit')).toMatchObject({ afterLink: false });
    expect(m.find((x) => x.code === 'court')).toMatchObject({ afterLink: true });
  });
});

describe('near spellings', () => {
  it('reads a misspelt vocabulary word as it, for a little less', () => {
    const m = matcher().matches('Stratergy meeting');
    expect(m[0]).toMatchObject({ code: 'strategy', words: ['Stratergy', 'meeting'] });
    expect(m[0]?.strength).toBeCloseTo(1.75);
    expect(codes('Stratergy meeting', { fuzzy: false })).toEqual(['meeting']);
    expect(only('Refferal')).toMatchObject({ code: 'referral', strength: 0.75 });
  });

  it('never guesses between two words equally near', () => {
    // "cout" is one edit from both "court" and "count".
    expect(codes('cout')).toEqual([]);
    expect(codes('courrt')).toEqual(['court']);
  });

  it('keeps the first letter, the edit budget and English words', () => {
    expect(codes('Trategy meeting')).toEqual(['meeting']);
    // Two edits in a word of five letters is over its budget of one.
    expect(codes('Vsiti')).toEqual([]);
    expect(codes('Viist')).toEqual(['visit']);
    // "meting" is English: not read as "meeting", though one edit away.
    expect(codes('Meting')).toEqual([]);
    // A short word in capitals is an acronym.
    expect(codes('VIST')).toEqual([]);
    expect(codes('Vist')).toEqual(['visit']);
  });
});

describe('every match, not only each code’s best', () => {
  it('lists each synonym that matched', () => {
    const all = matcher().matches('Home visit and strategy meeting', { everyMatch: true });
    expect(all.map((m) => [m.code, m.words.join(' ')])).toEqual([
      ['visit', 'Home visit'],
      ['strategy', 'strategy meeting'],
      ['visit', 'visit'],
      ['meeting', 'meeting'],
    ]);
    expect(codes('Home visit and strategy meeting')).toEqual(['visit', 'strategy', 'meeting']);
  });

  it('gives the same answer when a text is asked again, with other options in between', () => {
    const m = matcher();
    const first = m.matches('Stratergy meeting');
    expect(m.matches('Stratergy meeting', { fuzzy: false }).map((x) => x.code)).toEqual([
      'meeting',
    ]);
    for (const text of ['a', 'b', 'c', 'd', 'e']) m.matches(text);
    expect(m.matches('Stratergy meeting')).toEqual(first);
    // A caller that changes the list it was given changes no later answer.
    m.matches('Stratergy meeting').pop();
    expect(m.matches('Stratergy meeting')).toEqual(first);
  });
});

describe('specificity and related codes', () => {
  it('a stem one code uses weighs 1, one several codes use less', () => {
    const m = matcher();
    expect(m.specificity('visit')).toBe(1);
    expect(m.specificity('meet')).toBe(0.5);
    expect(m.specificity('unheard')).toBe(1);
  });

  it('suggests the codes that share words with a text, most telling first', () => {
    const m = matcher();
    expect(m.related('strategy review', 3)).toEqual(['strategy', 'plan', 'decision']);
    expect(m.related('meeting', 3)).toEqual(['meeting', 'strategy']);
    expect(m.related('meeting', 1)).toEqual(['meeting']);
    expect(m.related('Stratergy', 3)).toEqual(['strategy']);
    expect(m.related('nothing alike', 3)).toEqual([]);
    // Equal best shares: the code with a second synonym sharing the word comes first.
    expect(m.related('review', 2)).toEqual(['plan', 'decision']);
  });
});

// Survivors of the full mutation run of 2026-12-05 (docs/testing.md, "Mutation testing").
describe('remembered answers keep each option apart', () => {
  it('a text asked in order, then in any order, is matched afresh', () => {
    const m = matcher();
    expect(m.matches('Visit - home', { inOrder: true }).map((x) => x.words)).toEqual([['Visit']]);
    expect(m.matches('Visit - home').map((x) => x.words)).toEqual([['Visit', 'home']]);
  });

  it('a text asked for each code’s best, then for every match, is matched afresh', () => {
    const m = matcher();
    expect(m.matches('Home visit')).toHaveLength(1);
    expect(m.matches('Home visit', { everyMatch: true })).toHaveLength(2);
  });

  it('a text asked with no inserted words, then with the default, is matched afresh', () => {
    const m = matcher();
    expect(m.matches('Strategy police meeting', { maxInserted: 0 }).map((x) => x.code)).toEqual([
      'meeting',
    ]);
    expect(m.matches('Strategy police meeting').map((x) => x.code)).toEqual([
      'strategy',
      'meeting',
    ]);
  });

  it('a caller that changes the first list it was given changes no later answer', () => {
    const m = matcher();
    const first = m.matches('Home visit and strategy meeting');
    expect(first).toHaveLength(3);
    first.length = 0;
    expect(m.matches('Home visit and strategy meeting')).toHaveLength(3);
  });
});

describe('abbreviations, edge by edge', () => {
  it('weighs an abbreviation as one word, its meaning’s stems averaged', () => {
    expect(only('ICPC')).toMatchObject({ weight: 1, ordered: true });
  });

  it('reads a misspelling of a word an abbreviation stands for ("confrence" of ICPC)', () => {
    const m = new TypeMatcher([{ code: 'icpc', synonyms: ['ICPC'] }]);
    const [found] = m.matches('Initial child protection confrence');
    expect(found).toMatchObject({
      code: 'icpc',
      words: ['Initial', 'child', 'protection', 'confrence'],
    });
    expect(found?.strength).toBeCloseTo(3.75);
  });

  it('does not read an abbreviation as a synonym that holds only part of its meaning', () => {
    // "ICPC" is an initial child protection conference, neither a "protection conference"
    // (its last words) nor an "initial child" (its first).
    const m = new TypeMatcher([
      { code: 'conference', synonyms: ['protection conference'] },
      { code: 'initial', synonyms: ['initial child'] },
    ]);
    expect(m.matches('ICPC')).toEqual([]);
  });

  it('says an abbreviation of two written words ("A&E") as written, and the word after it', () => {
    const m = new TypeMatcher([{ code: 'ae', synonyms: ['accident and emergency'] }]);
    expect(m.matches('Seen in A&E today')).toEqual([
      expect.objectContaining({
        code: 'ae',
        words: ['A E'],
        start: 2,
        end: 2,
        followedBy: 'today',
      }),
    ]);
  });
});

describe('one-word synonyms and near spellings, edge by edge', () => {
  it('takes the first occurrence no negation denies', () => {
    expect(only('No referral yet; referral made later')).toMatchObject({
      code: 'referral',
      start: 3,
      ordered: true,
    });
  });

  it('corrects a word of four letters to a four-letter vocabulary word', () => {
    expect(codes('Plna review')).toEqual(['plan']);
  });

  it('leaves a word in capitals of five letters or fewer as an acronym, not longer ones', () => {
    expect(codes('VISTI')).toEqual([]);
    expect(codes('Visti')).toEqual(['visit']);
    expect(codes('COURRT')).toEqual(['court']);
  });

  it('reads no word with a digit in it as a misspelling', () => {
    expect(codes('Vis1t')).toEqual([]);
  });

  it('reads an English word as the vocabulary word with another ending ("injured": injury)', () => {
    const m = new TypeMatcher([{ code: 'injury', synonyms: ['injury'] }]);
    const [found] = m.matches('Child injured');
    expect(found).toMatchObject({ code: 'injury', words: ['injured'] });
    expect(found?.strength).toBeCloseTo(0.75);
  });
});

describe('windows, weights and suggestions, edge by edge', () => {
  it('of two windows equally tight, takes the earlier', () => {
    expect(only('Visit home, home visit')).toMatchObject({ words: ['Visit', 'home'], start: 0 });
  });

  it('says only the words found of a long synonym with one missing', () => {
    expect(only('Urgent child protection conference')).toMatchObject({
      code: 'icpc',
      words: ['child', 'protection', 'conference'],
      start: 1,
    });
  });

  it('weighs each written word by its own stems: "CP" as child protection, "meeting" as shared', () => {
    const m = new TypeMatcher([
      { code: 'cp-meeting', synonyms: ['child protection meeting'] },
      { code: 'meeting', synonyms: ['meeting'] },
    ]);
    const found = m.matches('CP meeting').find((x) => x.code === 'cp-meeting');
    expect(found).toMatchObject({ words: ['CP', 'meeting'], stemCount: 3 });
    // "CP": child and protection, each in one code (1); "meeting" in two codes (0.5).
    expect(found?.weight).toBeCloseTo(1.5);
  });

  it('does not read "ICPC" as a synonym of its last two words, when its first two are no vocabulary words', () => {
    const m = new TypeMatcher([{ code: 'conference', synonyms: ['protection conference'] }]);
    expect(m.matches('ICPC')).toEqual([]);
  });

  it('says each written word of a match with its own span ("Attended A&E")', () => {
    const m = new TypeMatcher([{ code: 'ae', synonyms: ['attended accident and emergency'] }]);
    expect(m.matches('Attended A&E today')).toEqual([
      expect.objectContaining({
        words: ['Attended', 'A E'],
        start: 0,
        end: 1,
        followedBy: 'today',
      }),
    ]);
  });

  it('suggests the code whose synonym the text fills most, and adds up the shared words', () => {
    const m = new TypeMatcher([
      { code: 'long', synonyms: ['alpha beta gamma'] },
      { code: 'short', synonyms: ['alpha'] },
      { code: 'pair', synonyms: ['delta epsilon'] },
      { code: 'one', synonyms: ['delta'] },
    ]);
    expect(m.related('alpha', 2)).toEqual(['short', 'long']);
    // Both words of "delta epsilon" (1 + 0.5 = 1.5) outweigh "delta" alone (0.5).
    expect(m.related('delta epsilon', 2)).toEqual(['pair', 'one']);
  });

  it("says a text may hold a match of a code only when enough of its words are that code's, near spellings included", () => {
    const m = matcher();
    // Two of the strategy synonyms' words, apart: a match may be there (and is).
    expect(m.mayMatch('Strategy held, then a discussion', 'strategy', 2)).toBe(true);
    // One of its words only: no match of two words can be there.
    expect(m.mayMatch('Strategy of the home visit', 'strategy', 2)).toBe(false);
    expect(m.mayMatch('Strategy of the home visit', 'strategy', 1)).toBe(true);
    // "referral" is a word of another code's synonyms only.
    expect(m.mayMatch('Home visit, then a referral', 'strategy', 1)).toBe(false);
    // A near spelling counts as the word it is read as, as the full read would read it.
    expect(m.mayMatch('Stratergy discusion', 'strategy', 2)).toBe(true);
    expect(codes('Stratergy discusion', { everyMatch: true })).toContain('strategy');
  });
});
