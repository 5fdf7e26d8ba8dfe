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
